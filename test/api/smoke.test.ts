import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startServer, type RunningServer } from '../support/server.js';
import { queryData } from '../support/graphql.js';

let db: TestDatabase;
let server: RunningServer;
beforeAll(async () => {
  db = await createTestDatabase();
  server = await startServer({ databaseUrl: db.url });
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});
it('answers', async () => {
  const data = await queryData(server.url, '{ listRate { amount currency } }');
  expect(data).toEqual({ listRate: { amount: '2500.00', currency: 'RUB' } });
});
