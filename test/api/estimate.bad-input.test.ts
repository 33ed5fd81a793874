/**
 * Hostile and careless input to the estimate: each is a top-level error with code
 * BAD_USER_INPUT and a readable message, never an HTTP 500, never a price. The unexpected is
 * masked: no stack trace, no SQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServerOnTestDatabase, type ServerOnTestDatabase } from '../support/api-server.js';
import { queryRows } from '../support/database.js';
import { post } from '../support/graphql.js';
import { parseLogLines } from '../support/server.js';
import { expectBadUserInput, expectReadable } from './expectations.js';

const BY_VARIABLE = `query($input: EstimateInput!) {
  estimate(input: $input) { hours total { amount } }
}`;
const HOURS_VARIABLE = `query($hours: Decimal) {
  estimate(input: { serviceCode: "2.1", hours: $hours }) { hours total { amount } }
}`;

let api: ServerOnTestDatabase;

beforeAll(async () => {
  api = await startServerOnTestDatabase();
});

afterAll(async () => {
  await api?.stop();
});

describe('references that do not exist', () => {
  it.each([
    ['an unknown service', { serviceCode: '9.9', hours: '1' }, /9\.9/],
    ['an unknown category', { categoryId: 'no-such-category', hours: '1' }, /no-such-category/],
    ['an unknown typical work', { typicalWorkId: 'no-such-work' }, /no-such-work/],
    ['nothing to estimate', {}, /service|category|typical work/],
    ['a service and a typical work', { serviceCode: '2.4', typicalWorkId: 'empty-course' }, /./],
  ])('%s', async (_, input, mentions) => {
    const error = expectBadUserInput(await post(api.url, BY_VARIABLE, { input }));
    expect(error.message).toMatch(mentions);
  });
});

describe('hours that are not an exact, non-negative decimal with a dot', () => {
  it.each([
    ['negative hours', '-1', /negative/],
    ['a comma', '1,5', /dot/],
    ['an exponent', '1e5', /./],
    ['no integer part', '.5', /./],
    ['no fraction after the dot', '1.', /./],
    ['a plus sign', '+1', /./],
    ['NaN', 'NaN', /./],
    ['Infinity', 'Infinity', /./],
    ['13 integer digits', '1234567890123', /12 digits/],
    ['7 fraction digits', '1.1234567', /6 digits/],
    ['spaces', ' 1', /./],
    ['an empty string', '', /./],
    ['text after a number ("12abc")', '12abc', /./],
    ['non-ASCII digits', '١٢', /./],
  ])('%s ("%s") in a variable', async (_, hours, mentions) => {
    const error = expectBadUserInput(await post(api.url, HOURS_VARIABLE, { hours }));
    expect(error.message).toMatch(mentions);
  });

  it.each([
    ['a JSON float', 1.5],
    ['a JSON boolean', true],
    ['a JSON object', { amount: '1' }],
    ['an unsafe JSON integer', 2 ** 60],
  ])('%s in a variable', async (_, hours) => {
    expectBadUserInput(await post(api.url, HOURS_VARIABLE, { hours }));
  });

  it.each([
    ['a float literal', 'hours: 1.5'],
    ['an exponent literal', 'hours: 1e5'],
    ['a boolean literal', 'hours: true'],
    ['a list literal', 'hours: ["1"]'],
    ['a 13-digit integer literal', 'hours: 1234567890123'],
    ['a negative string literal', 'hours: "-2"'],
  ])('%s in the query text', async (_, field) => {
    const query = `{ estimate(input: { serviceCode: "2.1", ${field} }) { hours } }`;
    expectBadUserInput(await post(api.url, query));
  });

  it('12 integer and 6 fraction digits are the most accepted', async () => {
    const result = await post(api.url, HOURS_VARIABLE, { hours: '123456789012.123456' });
    expect(result.body.errors, result.text).toBeUndefined();
  });
});

describe('input that fails the schema', () => {
  it('an explicit null for the required input, as a literal', async () => {
    expectBadUserInput(await post(api.url, '{ estimate(input: null) { hours } }'));
  });

  it('an explicit null for the required input, in a variable', async () => {
    expectBadUserInput(await post(api.url, BY_VARIABLE, { input: null }));
  });

  it('the required input left out', async () => {
    expectBadUserInput(await post(api.url, BY_VARIABLE, {}));
  });

  it('an explicit null for a required argument of another query', async () => {
    expectBadUserInput(await post(api.url, '{ service(code: null) { code } }'));
  });

  it('an unknown input field, as a literal and in a variable', async () => {
    expectBadUserInput(
      await post(api.url, '{ estimate(input: { serviceCode: "2.2", discount: "9" }) { hours } }'),
    );
    expectBadUserInput(
      await post(api.url, BY_VARIABLE, { input: { serviceCode: '2.2', discount: '9' } }),
    );
  });

  it('an Int beyond 32 bits, as a literal', async () => {
    const query =
      '{ estimate(input: { serviceCode: "2.4", course: { sections: 4294967296 } }) { hours } }';
    expectBadUserInput(await post(api.url, query));
  });

  it('a wrong type for a String field', async () => {
    expectBadUserInput(await post(api.url, '{ estimate(input: { serviceCode: 24 }) { hours } }'));
  });

  it('an enum value that does not exist, as a literal', async () => {
    expectBadUserInput(await post(api.url, '{ priceExamples(kind: CHEAP) { title } }'));
  });

  it('an enum value that does not exist, in a variable', async () => {
    const query = 'query($k: PriceExampleKind) { priceExamples(kind: $k) { title } }';
    expectBadUserInput(await post(api.url, query, { k: 'CHEAP' }));
  });
});

describe('the unexpected is masked', () => {
  it('a failure inside the server reaches the client without stack or SQL', async () => {
    // A table gone from under the server: the kind of fault no input should be able to cause.
    await queryRows(api.database.url, 'alter table support_line rename to support_line_gone');
    try {
      const result = await post(api.url, '{ supportLines { level } }');

      expect(result.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      for (const error of result.body.errors ?? []) expectReadable(error);
      expect(result.text).not.toMatch(/support_line|relation|select |stack/i);
    } finally {
      await queryRows(api.database.url, 'alter table support_line_gone rename to support_line');
    }
  });

  // PostgreSQL cannot store a NUL character; it must be refused before any query runs.
  it('a NUL character in a code is refused as bad input, not a server error', async () => {
    const result = await post(api.url, BY_VARIABLE, {
      input: { serviceCode: '2.1\u0000', hours: '1' },
    });
    expectBadUserInput(result);
  });

  it('only the masked failures were logged at error level, bad input was not', () => {
    const errorLines = parseLogLines(api.server.logs()).filter((entry) => entry.level >= 50);

    expect(errorLines.length).toBeGreaterThan(0);
    for (const entry of errorLines) expect(entry.msg).toMatch(/unexpected error/);
  });
});
