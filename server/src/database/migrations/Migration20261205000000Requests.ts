import { Migration } from '@mikro-orm/migrations';

/**
 * Requests and their life: the request with the terms fixed when it was created (K, rate, line),
 * its stages, the minutes logged on it, and every transition as history. Ledger entries name the
 * request they were moved for.
 */
export class Migration20261205000000Requests extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "request" (
      "id" uuid not null primary key,
      "number" bigint generated always as identity unique,
      "customer_id" uuid not null references "customer" ("id"),
      "created_by" uuid not null references "app_user" ("id"),
      "title" text not null,
      "description" text not null,
      "category_id" varchar(64) not null references "request_category" ("id"),
      "service_code" varchar(16) null references "service" ("code"),
      "typical_work_id" varchar(64) null references "typical_work" ("id"),
      "paid" boolean not null,
      "coefficient" numeric(18,6) not null check ("coefficient" > 0),
      "fixed_hours" numeric(18,2) null check ("fixed_hours" > 0),
      "rate" numeric(18,2) not null check ("rate" >= 0),
      "support_line" smallint not null check ("support_line" between 1 and 3),
      "status" varchar(24) not null,
      "submitted_at" timestamptz(6) not null,
      "estimate_sent_at" timestamptz(6) null,
      "approved_at" timestamptz(6) null,
      "closed_at" timestamptz(6) null,
      "study_minutes_charged" integer not null default 0,
      "updated_at" timestamptz(6) not null)`);
    this.addSql(`create index "request_customer_index" on "request" ("customer_id", "number")`);
    // The queue: FIFO by approval time to the microsecond, ties broken by number (C7).
    this.addSql(`create index "request_queue_index" on "request" ("approved_at", "number")
      where "status" = 'QUEUED'`);

    this.addSql(`create table "request_stage" (
      "request_id" uuid not null references "request" ("id"),
      "index" smallint not null check ("index" >= 1),
      "title" text not null,
      "estimate_hours" numeric(18,2) not null check ("estimate_hours" > 0),
      "status" varchar(24) not null,
      "held_hours" numeric(18,2) not null default 0 check ("held_hours" >= 0),
      "charged_hours" numeric(18,2) null,
      "overrun_approved_minutes" integer null,
      "started_at" timestamptz(6) null,
      "delivered_at" timestamptz(6) null,
      "accepted_at" timestamptz(6) null,
      primary key ("request_id", "index"))`);

    this.addSql(`create table "time_entry" (
      "id" uuid not null primary key,
      "request_id" uuid not null references "request" ("id"),
      "stage_index" smallint null,
      "user_id" uuid not null references "app_user" ("id"),
      "minutes" integer not null check ("minutes" > 0),
      "note" text null,
      "logged_at" timestamptz(6) not null)`);
    this.addSql(`create index "time_entry_request_index" on "time_entry" ("request_id")`);

    this.addSql(`create table "request_event" (
      "seq" bigint generated always as identity primary key,
      "request_id" uuid not null references "request" ("id"),
      "kind" varchar(32) not null,
      "from_status" varchar(24) null,
      "to_status" varchar(24) not null,
      "stage_index" smallint null,
      "actor_id" uuid null references "app_user" ("id"),
      "comment" text null,
      "at" timestamptz(6) not null)`);
    this.addSql(
      `create index "request_event_request_index" on "request_event" ("request_id", "seq")`,
    );

    // The stage an entry was moved for; null on a request's entry means its study.
    this.addSql(`alter table "ledger_entry"
      add column "request_id" uuid null references "request" ("id"),
      add column "stage_index" smallint null`);
  }
}
