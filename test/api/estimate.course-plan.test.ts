/**
 * A planned course against the limits of 2.4 and 2.5: which maxima it goes past, by how much,
 * the price of the service asked for all the same, and the package that would hold it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServerOnTestDatabase, type ServerOnTestDatabase } from '../support/api-server.js';
import { post, queryData } from '../support/graphql.js';
import { IMPLEMENTATION_LIMITS, PROTOTYPE_LIMITS } from './document-excerpts.js';
import { multiply } from './exact-decimal.js';
import { expectBadUserInput } from './expectations.js';

const ESTIMATE = `query($input: EstimateInput!) {
  estimate(input: $input) {
    hours total { amount } withinLimits suggestedServiceCode
    violations { key title limit requested excess }
  }
}`;

interface Estimate {
  hours: string;
  total: { amount: string };
  withinLimits: boolean;
  suggestedServiceCode: string | null;
  violations: { key: string; title: string; limit: number; requested: number; excess: number }[];
}

let api: ServerOnTestDatabase;
let rate: string;

beforeAll(async () => {
  api = await startServerOnTestDatabase();
  rate = (await queryData<{ listRate: { amount: string } }>(api.url, '{ listRate { amount } }'))
    .listRate.amount;
});

afterAll(async () => {
  await api?.stop();
});

function estimate(serviceCode: string, course: Record<string, unknown>) {
  return post<{ estimate: Estimate }>(api.url, ESTIMATE, { input: { serviceCode, course } });
}

async function estimateOk(serviceCode: string, course: Record<string, unknown>) {
  const result = await estimate(serviceCode, course);
  expect(result.body.errors, result.text).toBeUndefined();
  return result.body.data!.estimate;
}

describe('a plan within the limits', () => {
  it.each([
    ['2.4', PROTOTYPE_LIMITS],
    ['2.5', IMPLEMENTATION_LIMITS],
  ])('fits %s with every count at its maximum', async (serviceCode, limits) => {
    const atMaxima = Object.fromEntries(Object.entries(limits).map(([key, { max }]) => [key, max]));
    const result = await estimateOk(serviceCode, atMaxima);

    expect(result).toMatchObject({
      withinLimits: true,
      violations: [],
      suggestedServiceCode: null,
    });
  });

  it('counts only the keys given: an empty plan fits', async () => {
    const result = await estimateOk('2.4', {});
    expect(result.withinLimits).toBe(true);
  });
});

describe('a plan over the limits of 2.4', () => {
  it('12 sections and 35 questions: two violations, the price of 2.4 all the same', async () => {
    const result = await estimateOk('2.4', { sections: 12, quizQuestions: 35 });

    expect(result.withinLimits).toBe(false);
    expect(result.violations.map(({ title: _, ...v }) => v)).toEqual([
      { key: 'sections', limit: 10, requested: 12, excess: 2 },
      { key: 'quizQuestions', limit: 30, requested: 35, excess: 5 },
    ]);
    expect(result.violations.every((v) => v.title.length > 3)).toBe(true);
    expect(result.hours).toBe('10.00');
    expect(result.total.amount).toBe(multiply(2, '10', rate));
    // 2.5 has the same course limits for these keys, so nothing holds the plan.
    expect(result.suggestedServiceCode).toBeNull();
  });

  it('5 "course logic" elements outgrow 2.4 and fit 2.5, which is suggested', async () => {
    const result = await estimateOk('2.4', { courseLogic: 5 });

    expect(result.violations.map(({ title: _, ...v }) => v)).toEqual([
      { key: 'courseLogic', limit: 3, requested: 5, excess: 2 },
    ]);
    expect(result.suggestedServiceCode).toBe('2.5');
    expect(result.total.amount).toBe(multiply(2, '10', rate));
  });

  it('custom roles are not part of a prototype: any count is past its maximum of 0', async () => {
    const result = await estimateOk('2.4', { customRoles: 2 });
    expect(result.violations.map(({ title: _, ...v }) => v)).toEqual([
      { key: 'customRoles', limit: 0, requested: 2, excess: 2 },
    ]);
    expect(result.suggestedServiceCode).toBe('2.5');
  });
});

describe('a plan over the limits of 2.5', () => {
  it('has its violations and no suggestion, 2.5 being the largest package', async () => {
    const result = await estimateOk('2.5', { courseLogic: 7, customReports: 2 });

    expect(result.violations.map((v) => [v.key, v.excess])).toEqual([
      ['courseLogic', 1],
      ['customReports', 1],
    ]);
    expect(result.suggestedServiceCode).toBeNull();
    expect(result.total.amount).toBe(multiply(2, '64', rate));
  });
});

describe('counts that cannot describe a course', () => {
  it.each([
    ['a negative count', { sections: -1 }],
    ['a fractional count', { sections: 1.5 }],
    ['a count beyond 32 bits', { quizQuestions: 4_294_967_296 }],
    ['a string count', { sections: '3' }],
    ['an unknown key', { chapters: 3 }],
  ])('%s is refused', async (_, course) => {
    expectBadUserInput(await estimate('2.4', course));
  });

  it('a plan for a service without course limits is refused', async () => {
    const result = await post(api.url, ESTIMATE, {
      input: { serviceCode: '2.1', hours: '1', course: { sections: 1 } },
    });
    expectBadUserInput(result);
  });
});
