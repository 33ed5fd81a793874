import { Migration } from '@mikro-orm/migrations';

/**
 * The norm-hour ledger: contract terms on the customer, append-only entries, an account row per
 * customer with the derived balance and held hours, and idempotency keys of the mutations that
 * move hours.
 */
export class Migration20261204200000Ledger extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "customer"
      add column "rate" numeric(18,2) null,
      add column "basic_support" boolean not null default false`);
    this.addSql(`update "customer" set "rate" =
      coalesce((select "amount" from "list_rate" where "currency" = 'RUB'), 0)`);
    this.addSql(`alter table "customer" alter column "rate" set not null,
      add constraint "customer_rate_check" check ("rate" >= 0)`);

    this.addSql(`create table "customer_account" (
      "customer_id" uuid not null primary key references "customer" ("id"),
      "balance" numeric(18,2) not null default 0,
      "held" numeric(18,2) not null default 0,
      "updated_at" timestamptz(6) not null,
      constraint "customer_account_held_check" check ("held" >= 0),
      constraint "customer_account_available_check" check ("balance" - "held" >= 0))`);

    this.addSql(`create table "ledger_entry" (
      "id" uuid not null primary key,
      "seq" bigint generated always as identity unique,
      "customer_id" uuid not null references "customer" ("id"),
      "kind" varchar(16) not null
        check ("kind" in ('TOP_UP', 'HOLD', 'RELEASE', 'CHARGE', 'ADJUSTMENT')),
      "hours" numeric(18,2) not null check ("hours" <> 0),
      "balance_after" numeric(18,2) not null check ("balance_after" >= 0),
      "reason" text null,
      "actor_id" uuid null references "app_user" ("id"),
      "created_at" timestamptz(6) not null)`);
    this.addSql(
      `create index "ledger_entry_customer_seq_index" on "ledger_entry" ("customer_id", "seq")`,
    );

    // Append-only in the database too: an UPDATE or DELETE of an entry fails, whoever sends it.
    this.addSql(`create function "ledger_entry_append_only"() returns trigger
      language plpgsql as $$
      begin
        raise exception 'ledger entries are append-only: % refused', tg_op;
      end $$`);
    this.addSql(`create trigger "ledger_entry_append_only"
      before update or delete on "ledger_entry"
      for each statement execute function "ledger_entry_append_only"()`);

    this.addSql(`create table "idempotency_key" (
      "customer_id" uuid not null references "customer" ("id"),
      "mutation" varchar(32) not null,
      "key" varchar(200) not null,
      "arguments_hash" char(64) not null,
      "payload" jsonb not null,
      "created_at" timestamptz(6) not null,
      primary key ("customer_id", "mutation", "key"))`);
  }
}
