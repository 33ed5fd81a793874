import type { MigrationObject } from '@mikro-orm/core';

import { Migration20261204000000Catalogue } from './Migration20261204000000Catalogue.js';
import { Migration20261204120000Calendar } from './Migration20261204120000Calendar.js';
import { Migration20261204180000Auth } from './Migration20261204180000Auth.js';
import { Migration20261204200000Ledger } from './Migration20261204200000Ledger.js';
import { Migration20261205000000Requests } from './Migration20261205000000Requests.js';
import { Migration20261205010000Crowdfunding } from './Migration20261205010000Crowdfunding.js';
import { Migration20261205020000RequestSla } from './Migration20261205020000RequestSla.js';

/** Every migration in the order it runs; listed, because discovery cannot read `.ts` in tests. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261204000000Catalogue', class: Migration20261204000000Catalogue },
  { name: 'Migration20261204120000Calendar', class: Migration20261204120000Calendar },
  { name: 'Migration20261204180000Auth', class: Migration20261204180000Auth },
  { name: 'Migration20261204200000Ledger', class: Migration20261204200000Ledger },
  { name: 'Migration20261205000000Requests', class: Migration20261205000000Requests },
  { name: 'Migration20261205010000Crowdfunding', class: Migration20261205010000Crowdfunding },
  { name: 'Migration20261205020000RequestSla', class: Migration20261205020000RequestSla },
];
