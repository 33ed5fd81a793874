/**
 * A request's service levels for the API, and a manager moving a request to another line. The
 * calendar and the history are read once per GraphQL request; the rules are the domain's.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import type { BusinessCalendar } from '../domain/business-calendar.js';
import { FINAL_STATUSES } from '../domain/request-lifecycle.js';
import {
  checkResolutionBusinessDays,
  LINE_CHANGED,
  requestSla,
  type RequestSlaStanding,
} from '../domain/request-sla.js';
import { badInput, RuleViolation } from '../domain/rule-violation.js';
import { isSupportLevel } from '../domain/service-levels.js';
import type { Actor } from '../requests/request-access.js';
import type { RequestService, TransitionResult } from '../requests/request.service.js';
import type { RequestRow } from '../requests/request.store.js';
import type { BusinessCalendarService } from './business-calendar.service.js';
import { byDeadline } from './request-sla.order.js';
import type { RequestSlaStore, SlaHistory } from './request-sla.store.js';
import { RequestSla } from './request-sla.types.js';

export interface LineChange {
  requestId: string;
  line: number;
  comment: string;
  /** Line 3's resolution days; null keeps those set before. */
  resolutionBusinessDays: number | null;
  idempotencyKey: string | null;
}

const MAX_COMMENT = 2_000;
const MINUTE_MS = 60_000;

/** The calendar read once per ORM context, that is per GraphQL request. */
const calendarsPerRequest = new WeakMap<EntityManager, Promise<BusinessCalendar>>();

/**
 * Standings computed to order a list, kept for the rest of the GraphQL request, so that each
 * request's `sla` shows the very deadline it was sorted by.
 */
const orderedPerRequest = new WeakMap<EntityManager, Map<string, RequestSla>>();

export class RequestSlaService {
  constructor(
    private readonly calendars: BusinessCalendarService,
    private readonly histories: RequestSlaStore,
    private readonly requests: RequestService,
  ) {}

  /** Where the request stands against its service levels now. */
  async standing(em: EntityManager, request: RequestRow, now = new Date()): Promise<RequestSla> {
    const ordered = orderedPerRequest.get(em)?.get(request.id);
    if (ordered) return ordered;

    const [calendar, found] = await Promise.all([
      this.calendarOf(em),
      this.histories.history(em, request.id),
    ]);
    return standingOf(calendar, request, found, now);
  }

  /**
   * The requests by the deadline that counts now, earliest first, those without one last, ties
   * by number: every history read in one query, every deadline computed at the same `now`.
   */
  async byDeadline(
    em: EntityManager,
    requests: readonly RequestRow[],
    now = new Date(),
  ): Promise<RequestRow[]> {
    const [calendar, histories] = await Promise.all([
      this.calendarOf(em),
      this.histories.histories(
        em,
        requests.map((request) => request.id),
      ),
    ]);
    const standings = new Map<string, RequestSla>();
    orderedPerRequest.set(em, standings);
    const dues = requests.map((request) => {
      const sla = standingOf(calendar, request, histories.get(request.id), now);
      standings.set(request.id, sla);
      const closed = FINAL_STATUSES.includes(request.status);
      // A breach with no deadline ahead (line 3 answered late, resolution not yet set) still
      // sorts by the deadline it missed, among the most urgent.
      const due = sla.due ?? (sla.state === 'BREACHED' ? sla.firstResponseDue : null);
      return { request, number: request.number, due, closed };
    });
    return dues.sort(byDeadline).map((entry) => entry.request);
  }

  /**
   * A manager moves the request to another line (or sets line 3's resolution days): a line of
   * history says so; the deadlines follow from the new line, the pauses from the same history.
   */
  async changeLine(em: EntityManager, actor: Actor, change: LineChange): Promise<TransitionResult> {
    const comment = checkLineChange(actor, change);
    const spec = {
      requestId: change.requestId,
      mutation: 'changeSupportLine',
      idempotencyKey: change.idempotencyKey,
      args: { line: change.line, comment, days: change.resolutionBusinessDays },
      check: (request: RequestRow) => checkMovable(request, change),
    };

    return this.requests.step(em, actor, spec, async (scope) => {
      const { tx, request, now } = scope;
      await tx.execute(
        `update "request" set "support_line" = ?, "updated_at" = ?,
           "resolution_business_days" = coalesce(?, "resolution_business_days")
         where "id" = ?`,
        [change.line, now, change.resolutionBusinessDays, request.id],
      );
      const days = change.resolutionBusinessDays;
      const what =
        `Линия ${request.supportLine} → ${change.line}` +
        (days === null ? '' : `, решение за ${days} раб. дн.`);
      const { status } = request;
      const detail = { comment: `${what}: ${comment}` };
      await this.requests.record(scope, LINE_CHANGED, status, status, detail, scope.actorId);
    });
  }

  private calendarOf(em: EntityManager): Promise<BusinessCalendar> {
    let calendar = calendarsPerRequest.get(em);
    if (!calendar) {
      calendar = this.calendars.calendar(em);
      calendarsPerRequest.set(em, calendar);
    }
    return calendar;
  }
}

/** Checks what needs no database; answers the comment as it is kept. */
function checkLineChange(actor: Actor, change: LineChange): string {
  if (actor.role !== 'MANAGER') {
    throw new RuleViolation('FORBIDDEN', null, 'A manager moves a request to another line.');
  }
  if (!isSupportLevel(change.line)) {
    throw badInput('line', `There are support lines 1, 2 and 3; got ${change.line}.`);
  }
  const comment = change.comment.trim();
  if (comment.length === 0 || comment.length > MAX_COMMENT) {
    throw badInput('comment', `Say why the request moves, in 1 to ${MAX_COMMENT} characters.`);
  }
  if (change.resolutionBusinessDays !== null) {
    checkResolutionBusinessDays(change.line, change.resolutionBusinessDays);
  }
  return comment;
}

/** A closed request's deadlines are history; a move to where it is already changes nothing. */
function checkMovable(request: RequestRow, change: LineChange): void {
  if (FINAL_STATUSES.includes(request.status)) {
    throw new RuleViolation(
      'INVALID_STATE',
      null,
      `The request is ${request.status}: its line and deadlines stay as they were.`,
    );
  }
  if (request.supportLine === change.line && change.resolutionBusinessDays === null) {
    throw badInput('line', `The request is on line ${change.line} already.`);
  }
}

function standingOf(
  calendar: BusinessCalendar,
  request: RequestRow,
  found: SlaHistory | undefined,
  now: Date,
): RequestSla {
  const line = request.supportLine;
  if (!found || !isSupportLevel(line)) throw new Error(`request ${request.id} has no sla facts`);

  const facts = { ...found, line, submittedAt: request.submittedAt, closedAt: request.closedAt };
  return slaOf(requestSla(calendar, facts, now));
}

function slaOf(standing: RequestSlaStanding): RequestSla {
  return Object.assign(new RequestSla(), {
    line: standing.line,
    firstResponseDue: standing.firstResponseDue,
    firstResponseUsual: standing.firstResponseUsual,
    firstRespondedAt: standing.firstRespondedAt,
    resolutionDueEarliest: standing.resolutionDueEarliest,
    resolutionDueLatest: standing.resolutionDueLatest,
    calendarKnown: standing.calendarKnown,
    pausedMinutes: Math.floor(standing.pausedMs / MINUTE_MS),
    paused: standing.paused,
    due: standing.due,
    timeLeftMinutes:
      standing.timeLeftMs === null ? null : Math.floor(standing.timeLeftMs / MINUTE_MS),
    state: standing.state,
  });
}
