import { Migration } from '@mikro-orm/migrations';

/** People and access: customer organisations, users with their roles, and login sessions. */
export class Migration20261204180000Auth extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "customer" (
      "id" uuid not null primary key,
      "name" text not null check (length(trim("name")) > 0),
      "created_at" timestamptz(6) not null)`);

    this.addSql(`create table "app_user" (
      "id" uuid not null primary key,
      "email" varchar(254) not null check ("email" = lower("email") and "email" like '%_@_%'),
      "password_hash" text not null,
      "role" varchar(16) not null check ("role" in ('CUSTOMER', 'SPECIALIST', 'MANAGER')),
      "customer_id" uuid null references "customer" ("id"),
      "created_at" timestamptz(6) not null,
      constraint "app_user_customer_check"
        check (("role" = 'CUSTOMER') = ("customer_id" is not null)))`);
    this.addSql(`create unique index "app_user_email_unique" on "app_user" ("email")`);
    this.addSql(`create index "app_user_customer_id_index" on "app_user" ("customer_id")`);

    this.addSql(`create table "session" (
      "id" varchar(64) not null primary key,
      "user_id" uuid not null references "app_user" ("id") on delete cascade,
      "created_at" timestamptz(6) not null,
      "expires_at" timestamptz(6) not null,
      "last_seen_at" timestamptz(6) not null)`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id")`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at")`);
  }
}
