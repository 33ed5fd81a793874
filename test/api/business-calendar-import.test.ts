/**
 * The business calendar import on a real PostgreSQL: a restart on the same database writes
 * nothing again, and a year that staff loaded themselves is never overwritten by the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, queryRows, type TestDatabase } from '../support/database.js';
import { queryData } from '../support/graphql.js';
import { startServer } from '../support/server.js';

const ROWS = `select y.year, y.content_hash, y.loaded_at::text, count(d.date)::int as days,
    count(d.date) filter (where d.kind = 'SHORTENED_DAY')::int as shortened
  from business_calendar_year y left join business_calendar_day d on d.year = y.year
  group by y.year order by y.year`;

const FIRST_DUE = `{ slaDeadline(line: 2, submittedAt: "2025-05-07T21:00:00+03:00") {
  resolutionDueEarliest } }`;

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

describe('the business calendar import', () => {
  it('loads 2025 and 2026 once, and a restart changes nothing', async () => {
    const first = await startServer({ databaseUrl: database.url });
    const answer = await queryData(first.url, FIRST_DUE);
    expect(await first.stop()).toBe(0);
    const rows = await queryRows(database.url, ROWS);

    const second = await startServer({ databaseUrl: database.url });
    expect(await queryData(second.url, FIRST_DUE)).toEqual(answer);
    expect(await second.stop()).toBe(0);

    expect(rows).toMatchObject([
      { year: 2025, days: 23, shortened: 4 },
      { year: 2026, days: 22, shortened: 4 },
    ]);
    expect(await queryRows(database.url, ROWS)).toEqual(rows);
  });

  it('leaves a year that staff loaded as they loaded it', async () => {
    // Staff declare 8 May 2025 a working day after all: their year carries no content hash.
    await queryRows(
      database.url,
      `update business_calendar_year set content_hash = null where year = 2025;
       delete from business_calendar_day where date = '2025-05-08'`,
    );

    const server = await startServer({ databaseUrl: database.url });
    try {
      const { slaDeadline } = await queryData<{ slaDeadline: { resolutionDueEarliest: string } }>(
        server.url,
        FIRST_DUE,
      );
      expect(slaDeadline.resolutionDueEarliest).toBe('2025-05-08T15:00:00.000Z');
    } finally {
      await server.stop();
    }

    const [kept] = await queryRows(
      database.url,
      `${ROWS.replace('group by', 'where y.year = 2025 group by')}`,
    );
    expect(kept).toMatchObject({ year: 2025, content_hash: null, days: 22 });
  });
});
