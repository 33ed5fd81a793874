/**
 * The estimate's pricing rules over HTTP: which hours and which K apply, and that hours x K x
 * rate comes out exact (cases C3 and C5 of CASES.md at the API), with the rate read from the
 * data so the checks hold at any rate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServerOnTestDatabase, type ServerOnTestDatabase } from '../support/api-server.js';
import { post, queryData } from '../support/graphql.js';
import { multiply } from './exact-decimal.js';
import { expectBadUserInput } from './expectations.js';

const ESTIMATE = `query Estimate($input: EstimateInput!) {
  estimate(input: $input) {
    hours coefficient chargedHours rate { amount currency } total { amount currency }
    withinLimits violations { key limit requested excess } suggestedServiceCode
    lines { title hours coefficient amount { amount } rounding }
  }
}`;

interface Estimate {
  hours: string;
  coefficient: string;
  chargedHours: string;
  rate: { amount: string; currency: string };
  total: { amount: string; currency: string };
  lines: {
    hours: string | null;
    coefficient: string | null;
    amount: { amount: string };
    rounding: boolean;
  }[];
}

let api: ServerOnTestDatabase;
let rate: string;
const categoryIds = new Map<string, string>();

beforeAll(async () => {
  api = await startServerOnTestDatabase();

  const data = await queryData<{
    listRate: { amount: string };
    requestCategories: { id: string; path: string }[];
  }>(api.url, '{ listRate { amount } requestCategories { id path } }');
  rate = data.listRate.amount;
  for (const category of data.requestCategories) categoryIds.set(category.path, category.id);
});

afterAll(async () => {
  await api?.stop();
});

function estimate(input: Record<string, unknown>) {
  return post<{ estimate: Estimate }>(api.url, ESTIMATE, { input });
}

async function estimateOk(input: Record<string, unknown>): Promise<Estimate> {
  const result = await estimate(input);
  expect(result.body.errors, result.text).toBeUndefined();
  return result.body.data!.estimate;
}

function categoryId(path: string): string {
  const id = categoryIds.get(path);
  if (!id) throw new Error(`no category "${path}"`);
  return id;
}

describe('FIXED services', () => {
  it.each([
    ['2.2', '20.00'],
    ['2.3', '32.00'],
    ['2.4', '10.00'],
    ['2.5', '64.00'],
  ])('%s is priced at its fixed %s h', async (serviceCode, hours) => {
    const result = await estimateOk({ serviceCode });

    expect(result.hours).toBe(hours);
    expect(result.coefficient).toBe('1');
    expect(result.chargedHours).toBe(hours);
    expect(result.rate).toEqual({ amount: rate, currency: 'RUB' });
    expect(result.total).toEqual({ amount: multiply(2, hours, rate), currency: 'RUB' });
  });

  it('refuses given hours, naming the fixed labour', async () => {
    const error = expectBadUserInput(await estimate({ serviceCode: '2.2', hours: '5' }));
    expect(error.message).toMatch(/20/);
  });
});

describe('ACTUAL_TIME and CONTRACT services', () => {
  it.each(['2.1', '2.6', '2.7', '2.8', '2.9'])('%s needs hours', async (serviceCode) => {
    expectBadUserInput(await estimate({ serviceCode }));
  });

  it('2.8 asks for the hours expected under its separate contract', async () => {
    const error = expectBadUserInput(await estimate({ serviceCode: '2.8' }));
    expect(error.message).toMatch(/separate contract/);
  });

  it('2.7 prices the hours given at K 1', async () => {
    const result = await estimateOk({ serviceCode: '2.7', hours: '3' });
    expect(result).toMatchObject({ hours: '3.00', coefficient: '1', chargedHours: '3.00' });
    expect(result.total.amount).toBe(multiply(2, '3', rate));
  });
});

describe('C3 / C5 at the API: exact hours x K x rate', () => {
  it('1.5 h at K 0.6 is 0.90 norm-hours (2250.00 at 2500)', async () => {
    const result = await estimateOk({ serviceCode: '2.1', hours: '1.5' });

    expect(result).toMatchObject({ hours: '1.50', coefficient: '0.6', chargedHours: '0.90' });
    expect(result.total.amount).toBe(multiply(2, '0.90', rate));
    if (rate === '2500.00') expect(result.total.amount).toBe('2250.00');
  });

  it('0.1 h at K 0.6 is 0.06 norm-hours (150.00 at 2500)', async () => {
    const result = await estimateOk({ serviceCode: '2.6', hours: '0.1' });

    expect(result.chargedHours).toBe('0.06');
    expect(result.total.amount).toBe(multiply(2, '0.06', rate));
    if (rate === '2500.00') expect(result.total.amount).toBe('150.00');
  });

  it('"1,5" is refused, and the message says to use a dot', async () => {
    const error = expectBadUserInput(await estimate({ serviceCode: '2.1', hours: '1,5' }));
    expect(error.message).toMatch(/dot/i);
  });

  it.each(['0.35', '0.01', '0.123457', '7.777777'])(
    '%s h: the shown lines add up to the total, a rounding line making up any difference',
    async (hours) => {
      const result = await estimateOk({ serviceCode: '2.1', hours });
      const work = result.lines.filter((line) => !line.rounding);
      const sum = result.lines.reduce((acc, line) => acc + toKopecks(line.amount.amount), 0n);
      const workSum = work.reduce((acc, line) => acc + toKopecks(line.amount.amount), 0n);

      expect(result.chargedHours).toBe(multiply(2, hours, '0.6'));
      expect(result.total.amount).toBe(multiply(2, result.chargedHours, rate));
      expect(sum).toBe(toKopecks(result.total.amount));
      expect(result.lines.some((line) => line.rounding)).toBe(workSum !== sum);
    },
  );
});

describe('K: the category wins over the service', () => {
  it('2.9 with the editor-assistant category is charged at K 0.6', async () => {
    const id = categoryId('Выделенный специалист (н.часы) / Ассистент редактора или конс.');
    const result = await estimateOk({ serviceCode: '2.9', categoryId: id, hours: '2' });

    expect(result).toMatchObject({ coefficient: '0.6', chargedHours: '1.20' });
    expect(result.total.amount).toBe(multiply(2, '1.20', rate));
  });

  it('2.1 (K 0.6) with the developer category is charged at K 1', async () => {
    const id = categoryId('Выделенный специалист (н.часы) / Разработчик или сисадмин');
    const result = await estimateOk({ serviceCode: '2.1', categoryId: id, hours: '2' });

    expect(result).toMatchObject({ coefficient: '1', chargedHours: '2.00' });
  });

  it('a category alone prices the hours at its K', async () => {
    const id = categoryId('Выделенный специалист (н.часы) / Проверка материалов клиента');
    const result = await estimateOk({ categoryId: id, hours: '10' });
    expect(result).toMatchObject({ coefficient: '0.6', chargedHours: '6.00' });
  });
});

describe('free warranty categories', () => {
  it('record the hours at K 1 and charge nothing', async () => {
    const result = await post<{ estimate: Estimate & { free: boolean } }>(
      api.url,
      'query($input: EstimateInput!) { estimate(input: $input) ' +
        '{ free hours coefficient chargedHours total { amount } lines { amount { amount } } } }',
      { input: { categoryId: categoryId('* Организационный вопрос'), hours: '2' } },
    );

    expect(result.body.data?.estimate).toMatchObject({
      free: true,
      hours: '2.00',
      coefficient: '1',
      chargedHours: '0.00',
      total: { amount: '0.00' },
      lines: [{ amount: { amount: '0.00' } }],
    });
  });

  it('cannot price paid work, which they would make free', async () => {
    const category = categoryId('* Организационный вопрос');

    for (const input of [
      { serviceCode: '2.5', categoryId: category },
      { typicalWorkId: 'file-elements', categoryId: category },
    ]) {
      const error = expectBadUserInput(await estimate(input));
      expect(error.message).toMatch(/free warranty support/);
    }
  });

  it('a paid category is not free', async () => {
    const path = 'Выделенный специалист (н.часы) / Разработчик или сисадмин';
    const result = await post<{ estimate: { free: boolean } }>(
      api.url,
      'query($input: EstimateInput!) { estimate(input: $input) { free } }',
      { input: { categoryId: categoryId(path), hours: '1' } },
    );
    expect(result.body.data?.estimate.free).toBe(false);
  });
});

describe('typical works', () => {
  type Work = { id: string; hours: string; coefficient: string };
  let works: Work[];

  beforeAll(async () => {
    ({ typicalWorks: works } = await queryData<{ typicalWorks: Work[] }>(
      api.url,
      '{ typicalWorks { id hours coefficient } }',
    ));
  });

  it('take their own hours and K by default', async () => {
    for (const work of works) {
      const result = await estimateOk({ typicalWorkId: work.id });
      expect(result.hours, work.id).toBe(work.hours);
      expect(result.coefficient, work.id).toBe(work.coefficient);
      expect(result.total.amount, work.id).toBe(
        multiply(2, multiply(2, work.hours, work.coefficient), rate),
      );
    }
  });

  it('take the hours given instead, at their own K', async () => {
    const work = works.find((w) => w.coefficient === '0.6')!;
    const result = await estimateOk({ typicalWorkId: work.id, hours: '3' });
    expect(result).toMatchObject({ hours: '3.00', coefficient: '0.6', chargedHours: '1.80' });
  });
});

function toKopecks(amount: string): bigint {
  return BigInt(multiply(2, amount).replace('.', ''));
}
