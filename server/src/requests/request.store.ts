/**
 * Reads of requests, their stages, logged time and history, as plain rows with exact decimals.
 * Writes happen in request.service.ts, under the account lock.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import { Decimal } from '../domain/decimal.js';
import type { RequestStatus, StageStatus } from '../domain/request-lifecycle.js';

export interface RequestRow {
  id: string;
  number: string;
  customerId: string;
  customerName: string;
  title: string;
  description: string;
  categoryId: string;
  serviceCode: string | null;
  typicalWorkId: string | null;
  paid: boolean;
  coefficient: Decimal;
  fixedHours: Decimal | null;
  rate: Decimal;
  supportLine: number;
  status: RequestStatus;
  submittedAt: Date;
  estimateSentAt: Date | null;
  approvedAt: Date | null;
  /** The approval time as PostgreSQL keeps it, to the microsecond (C7). */
  approvedAtExact: string | null;
  closedAt: Date | null;
  studyMinutesCharged: number;
}

export interface StageRow {
  requestId: string;
  index: number;
  title: string;
  estimateHours: Decimal;
  status: StageStatus;
  heldHours: Decimal;
  chargedHours: Decimal | null;
  overrunApprovedMinutes: number | null;
  minutes: number;
  startedAt: Date | null;
  deliveredAt: Date | null;
  acceptedAt: Date | null;
}

export interface RequestCharge {
  hours: Decimal;
  stageIndex: number | null;
}

export interface EventRow {
  seq: string;
  kind: string;
  fromStatus: RequestStatus | null;
  toStatus: RequestStatus;
  stageIndex: number | null;
  actorEmail: string | null;
  actorRole: string | null;
  comment: string | null;
  at: Date;
}

export interface TimeEntryRow {
  id: string;
  stageIndex: number | null;
  minutes: number;
  note: string | null;
  userEmail: string;
  loggedAt: Date;
}

interface RawRequest {
  id: string;
  number: string;
  customer_id: string;
  customer_name: string;
  title: string;
  description: string;
  category_id: string;
  service_code: string | null;
  typical_work_id: string | null;
  paid: boolean;
  coefficient: string;
  fixed_hours: string | null;
  rate: string;
  support_line: number;
  status: RequestStatus;
  submitted_at: string | Date;
  estimate_sent_at: string | Date | null;
  approved_at: string | Date | null;
  approved_at_exact: string | null;
  closed_at: string | Date | null;
  study_minutes_charged: number;
}

const REQUEST_COLUMNS = `r."id", r."number"::text as "number", r."customer_id",
  c."name" as "customer_name", r."title", r."description", r."category_id", r."service_code",
  r."typical_work_id", r."paid", r."coefficient", r."fixed_hours", r."rate", r."support_line",
  r."status", r."submitted_at", r."estimate_sent_at", r."approved_at",
  to_char(r."approved_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
    as "approved_at_exact",
  r."closed_at", r."study_minutes_charged"`;

const FROM_REQUEST = `from "request" r join "customer" c on c."id" = r."customer_id"`;

/** What a page of a request list is filtered by; null where it is not. */
export interface RequestFilter {
  customerId: string | null;
  statuses: readonly RequestStatus[] | null;
}

export class RequestStore {
  async request(em: EntityManager, id: string): Promise<RequestRow | null> {
    const rows = await em.execute<RawRequest[]>(
      `select ${REQUEST_COLUMNS} ${FROM_REQUEST} where r."id" = ?`,
      [id],
    );
    return rows[0] ? requestOf(rows[0]) : null;
  }

  /** Newest first; `beforeNumber` continues a page. */
  async requests(
    em: EntityManager,
    filter: RequestFilter,
    limit: number,
    beforeNumber: string | null,
  ): Promise<RequestRow[]> {
    const { where, params } = conditionsOf(filter);
    if (beforeNumber) {
      where.push('r."number" < ?');
      params.push(beforeNumber);
    }
    const rows = await em.execute<RawRequest[]>(
      `select ${REQUEST_COLUMNS} ${FROM_REQUEST}
       ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
       order by r."number" desc limit ?`,
      [...params, limit],
    );
    return rows.map(requestOf);
  }

  /**
   * Every request the filter matches, oldest first: for an order computed at read time (by
   * deadline), which must see them all before it can page.
   */
  async matching(em: EntityManager, filter: RequestFilter): Promise<RequestRow[]> {
    const { where, params } = conditionsOf(filter);
    const rows = await em.execute<RawRequest[]>(
      `select ${REQUEST_COLUMNS} ${FROM_REQUEST}
       ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
       order by r."number"`,
      params,
    );
    return rows.map(requestOf);
  }

  /** The queue: first in, first out by approval time to the microsecond, then by number. */
  async queue(em: EntityManager): Promise<RequestRow[]> {
    const rows = await em.execute<RawRequest[]>(
      `select ${REQUEST_COLUMNS} ${FROM_REQUEST} where r."status" = 'QUEUED'
       order by r."approved_at", r."number"`,
    );
    return rows.map(requestOf);
  }

  /** The norm-hours every queued request is estimated at, in queue order. */
  async queuedNormHours(em: EntityManager): Promise<{ id: string; normHours: Decimal }[]> {
    const rows = await em.execute<{ id: string; norm_hours: string }[]>(
      `select r."id", coalesce(sum(round(s."estimate_hours" * r."coefficient", 2)), 0)
         as "norm_hours"
       from "request" r left join "request_stage" s on s."request_id" = r."id"
       where r."status" = 'QUEUED'
       group by r."id", r."approved_at", r."number"
       order by r."approved_at", r."number"`,
    );
    return rows.map((row) => ({ id: row.id, normHours: new Decimal(row.norm_hours) }));
  }

  /** Norm-hours charged for requests since `since`: the team's recent throughput. */
  async chargedSince(em: EntityManager, since: Date): Promise<Decimal> {
    const [row] = await em.execute<{ total: string | null }[]>(
      `select -sum("hours") as "total" from "ledger_entry"
       where "kind" = 'CHARGE' and "request_id" is not null and "created_at" >= ?`,
      [since],
    );
    return new Decimal(row?.total ?? 0);
  }

  /** When the ledger first charged for a request: how far back the team's history goes. */
  async firstRequestChargeAt(em: EntityManager): Promise<Date | null> {
    const [row] = await em.execute<{ first: string | Date | null }[]>(
      `select min("created_at") as "first" from "ledger_entry"
       where "kind" = 'CHARGE' and "request_id" is not null`,
    );
    return dateOrNull(row?.first ?? null);
  }

  /** Each charge the ledger made for one request, oldest first; stage null for the study. */
  async chargesFor(em: EntityManager, requestId: string): Promise<RequestCharge[]> {
    const rows = await em.execute<{ hours: string; stage_index: number | null }[]>(
      `select -"hours" as "hours", "stage_index" from "ledger_entry"
       where "kind" = 'CHARGE' and "request_id" = ? order by "seq"`,
      [requestId],
    );
    return rows.map((row) => ({ hours: new Decimal(row.hours), stageIndex: row.stage_index }));
  }

  async stages(em: EntityManager, requestId: string): Promise<StageRow[]> {
    const rows = await em.execute<
      {
        index: number;
        title: string;
        estimate_hours: string;
        status: StageStatus;
        held_hours: string;
        charged_hours: string | null;
        overrun_approved_minutes: number | null;
        minutes: string | number;
        started_at: string | Date | null;
        delivered_at: string | Date | null;
        accepted_at: string | Date | null;
      }[]
    >(
      `select s.*, coalesce((select sum(t."minutes") from "time_entry" t
         where t."request_id" = s."request_id" and t."stage_index" = s."index"), 0) as "minutes"
       from "request_stage" s where s."request_id" = ? order by s."index"`,
      [requestId],
    );
    return rows.map((row) => ({
      requestId,
      index: row.index,
      title: row.title,
      estimateHours: new Decimal(row.estimate_hours),
      status: row.status,
      heldHours: new Decimal(row.held_hours),
      chargedHours: row.charged_hours === null ? null : new Decimal(row.charged_hours),
      overrunApprovedMinutes: row.overrun_approved_minutes,
      minutes: Number(row.minutes),
      startedAt: dateOrNull(row.started_at),
      deliveredAt: dateOrNull(row.delivered_at),
      acceptedAt: dateOrNull(row.accepted_at),
    }));
  }

  /** Minutes logged while studying the request, before its estimate was approved. */
  async studyMinutes(em: EntityManager, requestId: string): Promise<number> {
    const [row] = await em.execute<{ minutes: string | number | null }[]>(
      `select sum("minutes") as "minutes" from "time_entry"
       where "request_id" = ? and "stage_index" is null`,
      [requestId],
    );
    return Number(row?.minutes ?? 0);
  }

  async timeEntries(em: EntityManager, requestId: string): Promise<TimeEntryRow[]> {
    const rows = await em.execute<
      {
        id: string;
        stage_index: number | null;
        minutes: number;
        note: string | null;
        email: string;
        logged_at: string | Date;
      }[]
    >(
      `select t."id", t."stage_index", t."minutes", t."note", u."email", t."logged_at"
       from "time_entry" t join "app_user" u on u."id" = t."user_id"
       where t."request_id" = ? order by t."logged_at", t."id"`,
      [requestId],
    );
    return rows.map((row) => ({
      id: row.id,
      stageIndex: row.stage_index,
      minutes: row.minutes,
      note: row.note,
      userEmail: row.email,
      loggedAt: new Date(row.logged_at),
    }));
  }

  /** The request's history, oldest first. */
  async events(em: EntityManager, requestId: string): Promise<EventRow[]> {
    const rows = await em.execute<
      {
        seq: string;
        kind: string;
        from_status: RequestStatus | null;
        to_status: RequestStatus;
        stage_index: number | null;
        email: string | null;
        role: string | null;
        comment: string | null;
        at: string | Date;
      }[]
    >(
      `select e."seq"::text as "seq", e."kind", e."from_status", e."to_status", e."stage_index",
         u."email", u."role", e."comment", e."at"
       from "request_event" e left join "app_user" u on u."id" = e."actor_id"
       where e."request_id" = ? order by e."seq"`,
      [requestId],
    );
    return rows.map((row) => ({
      seq: row.seq,
      kind: row.kind,
      fromStatus: row.from_status,
      toStatus: row.to_status,
      stageIndex: row.stage_index,
      actorEmail: row.email,
      actorRole: row.role,
      comment: row.comment,
      at: new Date(row.at),
    }));
  }
}

function conditionsOf(filter: RequestFilter): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.customerId) {
    where.push('r."customer_id" = ?');
    params.push(filter.customerId);
  }
  if (filter.statuses) {
    where.push(`r."status" in (${filter.statuses.map(() => '?').join(', ')})`);
    params.push(...filter.statuses);
  }
  return { where, params };
}

function requestOf(row: RawRequest): RequestRow {
  return {
    id: row.id,
    number: row.number,
    customerId: row.customer_id,
    customerName: row.customer_name,
    title: row.title,
    description: row.description,
    categoryId: row.category_id,
    serviceCode: row.service_code,
    typicalWorkId: row.typical_work_id,
    paid: row.paid,
    coefficient: new Decimal(row.coefficient),
    fixedHours: row.fixed_hours === null ? null : new Decimal(row.fixed_hours),
    rate: new Decimal(row.rate),
    supportLine: row.support_line,
    status: row.status,
    submittedAt: new Date(row.submitted_at),
    estimateSentAt: dateOrNull(row.estimate_sent_at),
    approvedAt: dateOrNull(row.approved_at),
    approvedAtExact: row.approved_at_exact,
    closedAt: dateOrNull(row.closed_at),
    studyMinutesCharged: row.study_minutes_charged,
  };
}

function dateOrNull(value: string | Date | null): Date | null {
  return value === null ? null : new Date(value);
}
