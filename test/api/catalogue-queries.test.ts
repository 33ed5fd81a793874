/**
 * Every anonymous catalogue query of API.md answers over HTTP with the fields partners rely on,
 * and its filters narrow the list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServerOnTestDatabase, type ServerOnTestDatabase } from '../support/api-server.js';
import { post, queryData } from '../support/graphql.js';

let api: ServerOnTestDatabase;

beforeAll(async () => {
  api = await startServerOnTestDatabase();
});

afterAll(async () => {
  await api?.stop();
});

const SERVICE_FIELDS = `code section title summary inputs result scope labourMode fixedHours
  coefficient coefficientByCategory specialistKind specialist { kind title } regulationClause
  options attestation { checks actions transferNote } limits { key title min max } sample`;

interface ServiceRow {
  code: string;
  section: string;
  title: string;
  summary: string;
  inputs: string;
  result: string;
  labourMode: string;
  specialist: { kind: string; title: string };
}

describe('services', () => {
  it('lists the regulated services with every field of the contract', async () => {
    const { services } = await queryData<{ services: ServiceRow[] }>(
      api.url,
      `{ services { ${SERVICE_FIELDS} } }`,
    );

    const codes = services.map((s) => s.code);
    expect(codes).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9']);
    for (const service of services) {
      expect(service.title.length, service.code).toBeGreaterThan(5);
      expect(service.summary.length, service.code).toBeGreaterThan(5);
      expect(service.inputs.length, service.code).toBeGreaterThan(5);
      expect(service.result.length, service.code).toBeGreaterThan(5);
      expect(service.specialist.title.length, service.code).toBeGreaterThan(2);
    }
  });

  it('narrows to one section with `section`', async () => {
    const query = 'query($s: String) { services(section: $s) { code section } }';

    const inTwo = await queryData<{ services: { section: string }[] }>(api.url, query, { s: '2' });
    expect(inTwo.services).toHaveLength(9);
    expect(new Set(inTwo.services.map((s) => s.section))).toEqual(new Set(['2']));

    const inFour = await queryData<{ services: unknown[] }>(api.url, query, { s: '4' });
    expect(inFour.services).toEqual([]);
  });
});

describe('service(code)', () => {
  it('finds a service by its number', async () => {
    const { service } = await queryData<{ service: { code: string; fixedHours: string } }>(
      api.url,
      '{ service(code: "2.4") { code fixedHours } }',
    );
    expect(service).toEqual({ code: '2.4', fixedHours: '10.00' });
  });

  it.each(['9.9', '2', '', '2.4 ', 'DROP TABLE service'])('answers null for "%s"', async (code) => {
    const result = await post(api.url, 'query($c: String!) { service(code: $c) { code } }', {
      c: code,
    });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ data: { service: null } });
  });
});

describe('the other lists', () => {
  it('supportComparison: rows with situation, basic and extended', async () => {
    const { supportComparison } = await queryData<{
      supportComparison: { situation: string; basic: string; extended: string }[];
    }>(api.url, '{ supportComparison { position situation basic extended } }');

    expect(supportComparison).toHaveLength(15);
    for (const row of supportComparison) {
      expect(row.situation && row.basic && row.extended).toBeTruthy();
    }
  });

  it('requestCategories: id, path, title, paid, coefficient and supportLine', async () => {
    const { requestCategories } = await queryData<{
      requestCategories: { id: string; path: string; title: string; groups: string[] }[];
    }>(api.url, '{ requestCategories { id path title groups paid coefficient supportLine } }');

    expect(requestCategories).toHaveLength(18);
    for (const category of requestCategories) {
      expect(category.id).toMatch(/^[a-z0-9-]+$/);
      expect(category.path.endsWith(category.title)).toBe(true);
      expect([...category.groups, category.title].join(' / ')).toBe(category.path);
    }
  });

  it('crowdfundingProjects: goal, pledged and status, never who pledged', async () => {
    const { crowdfundingProjects } = await queryData<{
      crowdfundingProjects: { goalHours: string; pledgedHours: string; status: string }[];
    }>(
      api.url,
      '{ crowdfundingProjects { id title summary goalHours pledgedHours status sample } }',
    );

    expect(crowdfundingProjects.length).toBeGreaterThan(0);
    for (const project of crowdfundingProjects) {
      expect(project.goalHours).toMatch(/^\d+\.\d{2}$/);
      expect(project.pledgedHours).toMatch(/^\d+\.\d{2}$/);
      expect(['OPEN', 'FUNDED', 'IN_DEVELOPMENT', 'RELEASED', 'CLOSED']).toContain(project.status);
    }
  });

  it('priceExamples: every kind, and one kind at a time', async () => {
    const query = `query($k: PriceExampleKind) {
      priceExamples(kind: $k) {
        id kind title typical hours coefficient price { amount currency } sample
      }
    }`;
    type Examples = { priceExamples: { kind: string; price: { currency: string } }[] };

    const all = await queryData<Examples>(api.url, query);
    expect(all.priceExamples).toHaveLength(8);

    for (const kind of ['INTEGRATION', 'MODIFICATION', 'NEW_MODULE']) {
      const some = await queryData<Examples>(api.url, query, { k: kind });
      expect(some.priceExamples.length, kind).toBeGreaterThan(0);
      expect(some.priceExamples.every((e) => e.kind === kind)).toBe(true);
      expect(some.priceExamples.every((e) => e.price.currency === 'RUB')).toBe(true);
    }
  });

  it('typicalWorks: all, content ("4") and configuration ("5")', async () => {
    const query = `query($s: String) {
      typicalWorks(section: $s) { id section title unit hours coefficient sample }
    }`;
    type Works = { typicalWorks: { section: string }[] };

    const all = await queryData<Works>(api.url, query);
    const content = await queryData<Works>(api.url, query, { s: '4' });
    const configuration = await queryData<Works>(api.url, query, { s: '5' });

    expect(all.typicalWorks).toHaveLength(18);
    expect(content.typicalWorks.every((w) => w.section === '4')).toBe(true);
    expect(configuration.typicalWorks.every((w) => w.section === '5')).toBe(true);
    expect(content.typicalWorks.length + configuration.typicalWorks.length).toBe(18);
  });

  it('exampleRequests: text, hours, K and price', async () => {
    const { exampleRequests } = await queryData<{ exampleRequests: { text: string }[] }>(
      api.url,
      '{ exampleRequests { id section text hours coefficient price { amount currency } sample } }',
    );
    expect(exampleRequests).toHaveLength(5);
    expect(exampleRequests.every((r) => r.text.length > 20)).toBe(true);
  });

  it("sections: the document's sections in its order", async () => {
    const { sections } = await queryData<{ sections: { code: string; parent: string | null }[] }>(
      api.url,
      '{ sections { code parent title summary } }',
    );
    const codes = sections.map((s) => s.code);

    for (const code of ['1', '2', '3', '3.1', '3.2', '3.3', '3.4', '4', '5']) {
      expect(codes).toContain(code);
    }
    expect(codes.indexOf('3.1')).toBeLessThan(codes.indexOf('3.4'));
    expect(codes.indexOf('3.4')).toBeLessThan(codes.indexOf('4'));
    expect(sections.find((s) => s.code === '3.2')?.parent).toBe('3');
  });

  it('supportLines: lines 1 to 3 with schedule and response time', async () => {
    const { supportLines } = await queryData<{ supportLines: { level: number }[] }>(
      api.url,
      '{ supportLines { level title schedule responseTime weekdaysOnly opensAt closesAt } }',
    );
    expect(supportLines.map((l) => l.level)).toEqual([1, 2, 3]);
  });

  it('listRate: the public rate of a norm-hour in roubles', async () => {
    const { listRate } = await queryData<{ listRate: { amount: string; currency: string } }>(
      api.url,
      '{ listRate { amount currency } }',
    );
    expect(listRate.amount).toMatch(/^\d+\.\d{2}$/);
    expect(listRate.currency).toBe('RUB');
  });

  it('listRateSample: the rate is an example until staff set it', async () => {
    const { listRateSample } = await queryData<{ listRateSample: boolean }>(
      api.url,
      '{ listRateSample }',
    );
    expect(listRateSample).toBe(true);
  });

  it('estimate: answers an anonymous caller', async () => {
    const { estimate } = await queryData<{ estimate: { total: { currency: string } } }>(
      api.url,
      '{ estimate(input: { serviceCode: "2.2" }) { hours total { amount currency } } }',
    );
    expect(estimate).toEqual({
      hours: '20.00',
      total: expect.objectContaining({ currency: 'RUB' }),
    });
  });
});
