import { Migration } from '@mikro-orm/migrations';

/** The catalogue: the content of the source document, loaded by the catalogue importer. */
export class Migration20261204000000Catalogue extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "catalogue_import" (
      "id" serial primary key,
      "content_hash" varchar(64) not null,
      "imported_at" timestamptz(6) not null)`);

    this.addSql(`create table "catalogue_section" (
      "code" varchar(16) not null primary key,
      "parent" varchar(16) null,
      "title" jsonb not null,
      "summary" jsonb not null,
      "position" int not null)`);

    this.addSql(`create table "specialist_kind" (
      "kind" varchar(32) not null primary key,
      "title" jsonb not null,
      "position" int not null)`);

    this.addSql(`create table "course_limit_title" (
      "key" varchar(32) not null primary key,
      "title" jsonb not null,
      "position" int not null)`);

    this.addSql(`create table "service" (
      "code" varchar(16) not null primary key,
      "section" varchar(16) not null,
      "title" jsonb not null,
      "summary" jsonb not null,
      "inputs" jsonb not null,
      "result" jsonb not null,
      "scope" jsonb not null,
      "labour_mode" varchar(16) not null,
      "fixed_hours" numeric(18,6) null,
      "coefficient" numeric(18,6) not null,
      "coefficient_by_category" boolean not null,
      "specialist_kind" varchar(32) not null,
      "regulation_clause" int not null,
      "options" jsonb not null,
      "attestation" jsonb null,
      "limits" jsonb not null,
      "sample" boolean not null,
      "position" int not null)`);

    this.addSql(`create table "support_comparison_row" (
      "position" int not null primary key,
      "situation" jsonb not null,
      "basic" jsonb not null,
      "extended" jsonb not null)`);

    this.addSql(`create table "request_category" (
      "id" varchar(64) not null primary key,
      "path" jsonb not null,
      "paid" boolean not null,
      "coefficient" numeric(18,6) not null,
      "support_line" smallint not null,
      "position" int not null)`);

    this.addSql(`create table "crowdfunding_project" (
      "id" varchar(64) not null primary key,
      "title" jsonb not null,
      "summary" jsonb not null,
      "goal_hours" numeric(18,6) not null,
      "pledged_hours" numeric(18,6) not null,
      "status" varchar(16) not null,
      "sample" boolean not null,
      "position" int not null)`);

    this.addSql(`create table "price_example" (
      "id" varchar(64) not null primary key,
      "kind" varchar(16) not null,
      "section" varchar(16) not null,
      "title" jsonb not null,
      "typical" boolean not null,
      "hours" numeric(18,6) not null,
      "coefficient" numeric(18,6) not null,
      "sample" boolean not null,
      "position" int not null)`);

    this.addSql(`create table "typical_work" (
      "id" varchar(64) not null primary key,
      "section" varchar(16) not null,
      "title" jsonb not null,
      "unit" jsonb not null,
      "hours" numeric(18,6) not null,
      "coefficient" numeric(18,6) not null,
      "sample" boolean not null,
      "position" int not null)`);

    this.addSql(`create table "example_request" (
      "id" varchar(64) not null primary key,
      "section" varchar(16) not null,
      "text" jsonb not null,
      "hours" numeric(18,6) not null,
      "coefficient" numeric(18,6) not null,
      "sample" boolean not null,
      "position" int not null)`);

    this.addSql(`create table "support_line" (
      "level" smallint not null primary key,
      "title" jsonb not null,
      "schedule" jsonb not null,
      "response_time" jsonb not null,
      "weekdays_only" boolean not null,
      "opens_at" varchar(5) not null,
      "closes_at" varchar(5) not null)`);

    this.addSql(`create table "list_rate" (
      "currency" varchar(3) not null primary key,
      "amount" numeric(18,2) not null,
      "sample" boolean not null)`);
  }
}
