/**
 * The HTTP surface around GraphQL: refusals of malformed and batched bodies, CSRF prevention,
 * the health check, request ids, and the caller's language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServerOnTestDatabase, type ServerOnTestDatabase } from '../support/api-server.js';
import { getQuery, graphqlEndpoint, post, postRaw } from '../support/graphql.js';
import { parseLogLines } from '../support/server.js';

let api: ServerOnTestDatabase;

beforeAll(async () => {
  api = await startServerOnTestDatabase();
});

afterAll(async () => {
  await api?.stop();
});

function expectJsonRefusal(result: {
  status: number;
  headers: Headers;
  body: { errors?: unknown[] };
}) {
  expect(result.status).toBe(400);
  expect(result.headers.get('content-type')).toMatch(/application\/json/);
  expect(result.body.errors?.length).toBeGreaterThan(0);
}

describe('bodies GraphQL cannot take', () => {
  it.each([
    ['cut-off JSON', '{"query": "{ listRate {'],
    ['not JSON at all', '{query: listRate}'],
    ['a JSON string', '"{ listRate { amount } }"'],
    ['JSON null', 'null'],
    ['an empty object', '{}'],
    ['variables as a string', '{"query": "{ listRate { amount } }", "variables": "{}"}'],
  ])('%s is a 400 with a JSON error', async (_, body) => {
    const result = await postRaw(api.url, body);
    expectJsonRefusal(result);
    expect(result.text).not.toMatch(/at .+\.js:\d+/);
  });

  it('a body over the size limit is refused with a JSON error, not a 500', async () => {
    const query = `{ listRate { amount } } # ${'x'.repeat(200_000)}`;
    const result = await post(api.url, query);

    expect(result.status).toBe(413);
    expect(result.body.errors?.length).toBeGreaterThan(0);
  });

  it('a batch (a JSON array) is refused', async () => {
    const one = { query: '{ listRate { amount } }' };
    const result = await postRaw(api.url, JSON.stringify([one, one]));

    expectJsonRefusal(result);
    expect(result.body.data).toBeUndefined();
  });
});

describe('CSRF prevention', () => {
  it('a GET without apollo-require-preflight is refused', async () => {
    const result = await getQuery(api.url, '{ listRate { amount } }');
    expect(result.status).toBe(400);
    expect(result.text).toMatch(/CSRF/);
  });

  it('a GET with apollo-require-preflight is answered', async () => {
    const result = await getQuery(api.url, '{ listRate { amount } }', {
      'apollo-require-preflight': 'true',
    });
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({
      listRate: { amount: expect.stringMatching(/^\d+\.\d{2}$/) },
    });
  });

  it('a text/plain POST, which a form on another site could send, is refused', async () => {
    const response = await fetch(graphqlEndpoint(api.url), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ listRate { amount } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('a GET cannot run a mutation or anything but a query', async () => {
    const result = await getQuery(api.url, 'mutation { __typename }', {
      'apollo-require-preflight': 'true',
    });
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
  });
});

describe('around the API', () => {
  it('/health answers', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('every answer carries a request id, and a sane one given by the caller is kept', async () => {
    const fresh = await post(api.url, '{ listRate { amount } }');
    expect(fresh.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);

    const given = await post(api.url, '{ listRate { amount } }', undefined, {
      'x-request-id': 'abc-123',
    });
    expect(given.headers.get('x-request-id')).toBe('abc-123');

    const hostile = await post(api.url, '{ listRate { amount } }', undefined, {
      'x-request-id': 'a b"c<script>',
    });
    expect(hostile.headers.get('x-request-id')).not.toContain('<');
  });

  it('does not announce the framework', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('an operation type the schema does not serve is a request error, not ours', async () => {
    const result = await post(api.url, 'mutation { anything }');

    expect(result.body.errors?.[0]?.extensions?.code).toMatch(/BAD_REQUEST|VALIDATION/);
    const errorLines = parseLogLines(api.server.logs()).filter((entry) => entry.level >= 50);
    expect(errorLines).toEqual([]);
  });

  it('a missing bundle file is a 404, not the app page in its place', async () => {
    const response = await fetch(`${api.url}/assets/no-such-chunk.js`);
    expect(response.status).toBe(404);
  });

  it('an unknown field is a 400 naming it', async () => {
    const result = await post(api.url, '{ nothingHere }');
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.message).toMatch(/nothingHere/);
  });
});

describe("the caller's language", () => {
  const QUERY = `{ service(code: "2.4") { title specialist { title } limits { title } }
                   requestCategories { path } supportLines { title } }`;
  type Answer = {
    service: { title: string; specialist: { title: string }; limits: { title: string }[] };
    requestCategories: { path: string }[];
    supportLines: { title: string }[];
  };

  it('is Russian by default', async () => {
    const { body } = await post<Answer>(api.url, QUERY);
    expect(body.data?.service.title).toBe('Разработка прототипа среды электронного обучения');
    expect(body.data?.requestCategories[0]?.path).toBe('* Организационный вопрос');
  });

  it.each(['en', 'en-GB,en;q=0.9', 'de-DE, en;q=0.8, ru;q=0.5'])(
    'is English for Accept-Language "%s"',
    async (acceptLanguage) => {
      const { body } = await post<Answer>(api.url, QUERY, undefined, {
        'accept-language': acceptLanguage,
      });
      const data = body.data!;

      expect(data.service.title).toBe('Developing a prototype of the e-learning environment');
      expect(data.service.specialist.title).toMatch(/^[\x20-\x7e]+$/);
      expect(data.service.limits.every((l) => !/[а-яё]/i.test(l.title))).toBe(true);
      expect(data.requestCategories.every((c) => !/[а-яё]/i.test(c.path))).toBe(true);
      expect(data.supportLines.map((l) => l.title)).toEqual([
        'First line',
        'Second line',
        'Third (expert) line',
      ]);
    },
  );

  it('stays Russian when Russian is preferred over English', async () => {
    const { body } = await post<Answer>(api.url, QUERY, undefined, {
      'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8',
    });
    expect(body.data?.service.title).toBe('Разработка прототипа среды электронного обучения');
  });
});
