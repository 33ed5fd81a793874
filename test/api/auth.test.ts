/**
 * People and access over HTTP: login with the demo accounts, the session cookie's attributes,
 * one answer for a wrong password and an unknown email, viewer, logout, forged cookies, refused
 * input, and what the database keeps of a password.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServerOnTestDatabase, type ServerOnTestDatabase } from '../support/api-server.js';
import { queryRows } from '../support/database.js';
import { post, type GraphQLResult } from '../support/graphql.js';
import { expectBadUserInput } from './expectations.js';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    viewer { user { email role } customer { name } }
    errors { field code message }
  }
}`;

const VIEWER = `{ viewer { user { email role } customer { name } } }`;

const LOGOUT = `mutation { logout { errors { code } } }`;

interface LoginData {
  login: {
    viewer: { user: { email: string; role: string }; customer: { name: string } | null } | null;
    errors: { field: string | null; code: string; message: string }[];
  };
}

interface ViewerData {
  viewer: { user: { email: string; role: string }; customer: { name: string } | null } | null;
}

let api: ServerOnTestDatabase;

beforeAll(async () => {
  api = await startServerOnTestDatabase({ env: { DEMO_DATA: 'on' } });
});

afterAll(async () => {
  await api?.stop();
});

function login(email: string, password: string, headers: Record<string, string> = {}) {
  return post<LoginData>(api.url, LOGIN, { email, password }, headers);
}

/** The session cookie a response sets, as its raw Set-Cookie line; undefined if none. */
function sessionSetCookie(result: GraphQLResult<unknown>): string | undefined {
  return result.headers.getSetCookie().find((line) => line.startsWith('session='));
}

/** The `Cookie` header that sends back the session a response set. */
function cookieFrom(result: GraphQLResult<unknown>): { cookie: string } {
  const line = sessionSetCookie(result);
  expect(line, result.text).toBeDefined();
  return { cookie: line!.split(';')[0]! };
}

describe('login', () => {
  it('logs the demo customer in and sets an httpOnly, SameSite=Lax session cookie', async () => {
    const result = await login('customer@example.com', 'demo');

    expect(result.status).toBe(200);
    expect(result.body.data?.login).toEqual({
      viewer: {
        user: { email: 'customer@example.com', role: 'CUSTOMER' },
        customer: { name: 'Демо-университет' },
      },
      errors: [],
    });

    const line = sessionSetCookie(result)!;
    expect(line).toMatch(/^session=[A-Za-z0-9_-]{43};/);
    const attributes = line.split(';').map((a) => a.trim().toLowerCase());
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('samesite=lax');
    expect(attributes).toContain('path=/');
    expect(attributes).toContain(`max-age=${30 * 24 * 3600}`);
    // Plain HTTP from a client: Secure would make the browser drop the cookie.
    expect(attributes).not.toContain('secure');
  });

  it('marks the cookie Secure when a trusted proxy says the request came over TLS', async () => {
    const result = await login('customer@example.com', 'demo', { 'x-forwarded-proto': 'https' });
    const attributes = sessionSetCookie(result)!
      .split(';')
      .map((a) => a.trim().toLowerCase());
    expect(attributes).toContain('secure');
  });

  it('takes the email in any case and with spaces around it', async () => {
    const result = await login('  Specialist@EXAMPLE.com ', 'demo');
    expect(result.body.data?.login.viewer?.user).toEqual({
      email: 'specialist@example.com',
      role: 'SPECIALIST',
    });
    expect(result.body.data?.login.viewer?.customer).toBeNull();
    cookieFrom(result);
  });

  it('gives a wrong password and an unknown email the same answer, and no cookie', async () => {
    const wrongPassword = await login('manager@example.com', 'Demo');
    const unknownEmail = await login('nobody@example.com', 'demo');

    for (const result of [wrongPassword, unknownEmail]) {
      expect(result.status).toBe(200);
      expect(result.body.errors).toBeUndefined();
      expect(sessionSetCookie(result)).toBeUndefined();
    }
    expect(wrongPassword.body.data?.login.viewer).toBeNull();
    expect(wrongPassword.body.data?.login.errors).toEqual([
      { field: null, code: 'INVALID_CREDENTIALS', message: 'Неверный email или пароль.' },
    ]);
    expect(unknownEmail.body).toEqual(wrongPassword.body);
  });

  it('answers in English when asked', async () => {
    const result = await login('manager@example.com', 'nope', { 'accept-language': 'en' });
    expect(result.body.data?.login.errors[0]?.message).toBe('The email or password is wrong.');
  });

  it('starts a fresh session at each login and ends the one the caller came with', async () => {
    const first = cookieFrom(await login('manager@example.com', 'demo'));
    const second = cookieFrom(await login('manager@example.com', 'demo', first));
    expect(second.cookie).not.toBe(first.cookie);

    const before = await post<ViewerData>(api.url, VIEWER, undefined, first);
    expect(before.body.data?.viewer).toBeNull();
    const after = await post<ViewerData>(api.url, VIEWER, undefined, second);
    expect(after.body.data?.viewer?.user.email).toBe('manager@example.com');
  });
});

describe('viewer and logout', () => {
  it('is null for an anonymous caller', async () => {
    const result = await post<ViewerData>(api.url, VIEWER);
    expect(result.body).toEqual({ data: { viewer: null } });
  });

  it('is the user behind the cookie, until logout ends the session', async () => {
    const session = cookieFrom(await login('manager@example.com', 'demo'));

    const viewer = await post<ViewerData>(api.url, VIEWER, undefined, session);
    expect(viewer.body.data?.viewer).toEqual({
      user: { email: 'manager@example.com', role: 'MANAGER' },
      customer: null,
    });

    const logout = await post(api.url, LOGOUT, undefined, session);
    expect(logout.body).toEqual({ data: { logout: { errors: [] } } });
    expect(sessionSetCookie(logout)).toMatch(/^session=;.*expires=thu, 01 jan 1970/i);

    // The browser forgets the cookie; a copy kept elsewhere must open nothing either.
    const replayed = await post<ViewerData>(api.url, VIEWER, undefined, session);
    expect(replayed.body).toEqual({ data: { viewer: null } });
  });

  it('deletes the session row at logout', async () => {
    const session = cookieFrom(await login('customer@example.com', 'demo'));
    const count = async () =>
      (
        await queryRows<{ n: string }>(
          api.database.url,
          `select count(*) as n from session s join app_user u on u.id = s.user_id
           where u.email = 'customer@example.com'`,
        )
      )[0]!.n;

    const before = Number(await count());
    await post(api.url, LOGOUT, undefined, session);
    expect(Number(await count())).toBe(before - 1);
  });

  it('treats a forged or malformed cookie as anonymous', async () => {
    for (const cookie of [
      'session=' + 'A'.repeat(43),
      'session=not-a-token',
      'session=',
      'session=%00%ff; other=1',
    ]) {
      const result = await post<ViewerData>(api.url, VIEWER, undefined, { cookie });
      expect(result.status, cookie).toBe(200);
      expect(result.body, cookie).toEqual({ data: { viewer: null } });
    }
  });

  it('slides: a session unused for over an hour is renewed, with its cookie', async () => {
    const session = cookieFrom(await login('manager@example.com', 'demo'));
    const id = (
      await queryRows<{ id: string }>(
        api.database.url,
        `select id from session order by created_at desc limit 1`,
      )
    )[0]!.id;

    // Within the hour: no write and no new cookie.
    const quiet = await post<ViewerData>(api.url, VIEWER, undefined, session);
    expect(sessionSetCookie(quiet)).toBeUndefined();

    await queryRows(
      api.database.url,
      `update session set last_seen_at = now() - interval '2 hours',
         expires_at = now() + interval '1 day' where id = $1`,
      [id],
    );
    const renewed = await post<ViewerData>(api.url, VIEWER, undefined, session);
    expect(renewed.body.data?.viewer?.user.email).toBe('manager@example.com');
    expect(sessionSetCookie(renewed)).toContain(`${session.cookie};`);
    expect(sessionSetCookie(renewed)?.toLowerCase()).toContain(`max-age=${30 * 24 * 3600}`);

    const [row] = await queryRows<{ days: number }>(
      api.database.url,
      `select extract(epoch from expires_at - now()) / 86400 as days from session where id = $1`,
      [id],
    );
    expect(Number(row!.days)).toBeGreaterThan(29.9);
  });

  it('treats an expired session as anonymous', async () => {
    const session = cookieFrom(await login('manager@example.com', 'demo'));
    await queryRows(
      api.database.url,
      `update session set expires_at = now() - interval '1 second'
       where id = (select id from session order by created_at desc limit 1)`,
    );
    const result = await post<ViewerData>(api.url, VIEWER, undefined, session);
    expect(result.body).toEqual({ data: { viewer: null } });
  });

  it('logs out an anonymous caller without complaint', async () => {
    const result = await post(api.url, LOGOUT);
    expect(result.body).toEqual({ data: { logout: { errors: [] } } });
  });

  it('keeps the token itself out of the database: the row id is its SHA-256', async () => {
    const { cookie } = cookieFrom(await login('specialist@example.com', 'demo'));
    const token = cookie.slice('session='.length);
    const rows = await queryRows<{ id: string }>(api.database.url, 'select id from session');
    expect(rows.map((r) => r.id)).not.toContain(token);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.id))).toBe(true);
  });
});

describe('refused input', () => {
  it('refuses a missing password as BAD_USER_INPUT, in a literal and in variables', async () => {
    expectBadUserInput(
      await post(api.url, 'mutation { login(email: "a@b.c") { errors { code } } }'),
    );
    expectBadUserInput(await post(api.url, LOGIN, { email: 'customer@example.com' }));
    expectBadUserInput(await post(api.url, LOGIN, { email: null, password: 'demo' }));
  });

  it('refuses a NUL character as BAD_USER_INPUT', async () => {
    expectBadUserInput(await login('customer@example.com\u0000', 'demo'));
    expectBadUserInput(await login('customer@example.com', 'de\u0000mo'));
  });

  it('refuses a password of the wrong type as BAD_USER_INPUT', async () => {
    expectBadUserInput(
      await post(api.url, LOGIN, { email: 'customer@example.com', password: 1234 }),
    );
  });
});

describe('stored accounts', () => {
  it('keeps an argon2id hash, never the password, and lower-cased emails', async () => {
    const rows = await queryRows<{ email: string; password_hash: string; role: string }>(
      api.database.url,
      'select email, password_hash, role from app_user order by email',
    );
    expect(rows.map((r) => [r.email, r.role])).toEqual([
      ['customer@example.com', 'CUSTOMER'],
      ['manager@example.com', 'MANAGER'],
      ['specialist@example.com', 'SPECIALIST'],
    ]);
    for (const row of rows) {
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
      expect(row.password_hash).not.toContain('demo');
    }
  });

  it('the database refuses an email differing only in case, a customer without one', async () => {
    await expect(
      queryRows(
        api.database.url,
        `insert into app_user (id, email, password_hash, role, customer_id, created_at)
         values (gen_random_uuid(), 'Manager@example.com', 'x', 'MANAGER', null, now())`,
      ),
    ).rejects.toThrow(/app_user_email_check/);
    await expect(
      queryRows(
        api.database.url,
        `insert into app_user (id, email, password_hash, role, customer_id, created_at)
         values (gen_random_uuid(), 'new@example.com', 'x', 'CUSTOMER', null, now())`,
      ),
    ).rejects.toThrow(/app_user_customer_check/);
  });
});
