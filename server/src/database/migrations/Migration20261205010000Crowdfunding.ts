import { Migration } from '@mikro-orm/migrations';

/**
 * Crowdfunding pledges, and catalogue rows that retire instead of vanishing. A project's pledged
 * figure from the content is only a sample now; real pledges are rows of their own, held and
 * charged on the ledger, whose entries name the project. Services, categories, typical works and
 * projects that something references get `retired_at` when the content drops them.
 */
export class Migration20261205010000Crowdfunding extends Migration {
  override async up(): Promise<void> {
    for (const table of ['service', 'request_category', 'typical_work', 'crowdfunding_project']) {
      this.addSql(`alter table "${table}" add column "retired_at" timestamptz(6) null`);
    }

    this.addSql(`alter table "crowdfunding_project"
      rename column "pledged_hours" to "sample_pledged_hours"`);
    this.addSql(`alter table "crowdfunding_project"
      add constraint "crowdfunding_project_status_check"
        check ("status" in ('OPEN', 'FUNDED', 'IN_DEVELOPMENT', 'RELEASED', 'CLOSED')),
      add constraint "crowdfunding_project_goal_check" check ("goal_hours" > 0)`);

    this.addSql(`create table "crowdfunding_pledge" (
      "id" uuid not null primary key,
      "project_id" varchar(64) not null references "crowdfunding_project" ("id"),
      "customer_id" uuid not null references "customer" ("id"),
      "hours" numeric(18,2) not null check ("hours" > 0),
      "status" varchar(16) not null
        check ("status" in ('ACTIVE', 'WITHDRAWN', 'CHARGED', 'RELEASED')),
      "created_by" uuid not null references "app_user" ("id"),
      "created_at" timestamptz(6) not null,
      "updated_by" uuid not null references "app_user" ("id"),
      "updated_at" timestamptz(6) not null,
      "settled_by" uuid null references "app_user" ("id"),
      "settled_at" timestamptz(6) null)`);
    // One active pledge per customer and project: a second pledge adds to it.
    this.addSql(`create unique index "crowdfunding_pledge_active_index"
      on "crowdfunding_pledge" ("project_id", "customer_id") where "status" = 'ACTIVE'`);
    this.addSql(`create index "crowdfunding_pledge_customer_index"
      on "crowdfunding_pledge" ("customer_id", "project_id")`);

    // Staff's moves on a project have no customer account to scope their keys to.
    this.addSql(`create table "crowdfunding_project_key" (
      "project_id" varchar(64) not null references "crowdfunding_project" ("id"),
      "mutation" varchar(32) not null,
      "key" varchar(200) not null,
      "arguments_hash" char(64) not null,
      "payload" jsonb not null,
      "created_at" timestamptz(6) not null,
      primary key ("project_id", "mutation", "key"))`);

    this.addSql(`alter table "ledger_entry" add column "crowdfunding_project_id" varchar(64) null
      references "crowdfunding_project" ("id")`);
  }
}
