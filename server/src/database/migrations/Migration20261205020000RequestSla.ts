import { Migration } from '@mikro-orm/migrations';

/**
 * Line 3's resolution deadline: the full business days staff set with the estimate, counted from
 * submission like every other deadline. Null until they set it.
 */
export class Migration20261205020000RequestSla extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "request" add column "resolution_business_days" smallint null
      check ("resolution_business_days" between 1 and 250)`);
  }
}
