import { Migration } from '@mikro-orm/migrations';

/** The business calendar: years with their dated exceptions, loaded by the calendar importer. */
export class Migration20261204120000Calendar extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "business_calendar_year" (
      "year" smallint not null primary key,
      "source" text not null,
      "content_hash" varchar(64) null,
      "loaded_at" timestamptz(6) not null)`);

    this.addSql(`create table "business_calendar_day" (
      "date" date not null primary key,
      "year" smallint not null
        references "business_calendar_year" ("year") on delete cascade,
      "kind" varchar(24) not null
        check ("kind" in ('HOLIDAY', 'TRANSFERRED_DAY_OFF', 'WORKING_DAY', 'SHORTENED_DAY')),
      "moved_from" date null,
      "note" text null,
      check (extract(year from "date") = "year"))`);

    this.addSql(
      `create index "business_calendar_day_year_index" on "business_calendar_day" ("year")`,
    );
  }
}
