/**
 * The ORM's configuration: every entity named explicitly, migrations listed rather than
 * discovered, and one connection when the server is the embedded PGlite, which serves only one.
 */
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';

import * as authEntities from '../auth/entities/index.js';
import * as catalogueEntities from '../catalogue/entities/index.js';
import * as slaEntities from '../sla/entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

export const ENTITIES = [
  ...Object.values(catalogueEntities),
  ...Object.values(slaEntities),
  ...Object.values(authEntities),
];

export function ormConfig(clientUrl: string, options: { embedded: boolean }): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    migrations: {
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    pool: options.embedded ? { min: 0, max: 1 } : { min: 0, max: 10 },
    // A database that does not answer fails the start in seconds, with a message, not a hang.
    driverOptions: {
      acquireConnectionTimeout: 10_000,
      connection: { connectionTimeoutMillis: 5_000 },
    },
    debug: false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    discovery: { requireEntitiesArray: true },
  });
}
