/**
 * Where a request stands against its service levels (DESIGN.md, "Service levels"): the deadlines
 * of its line from its submission, moved by the pauses its history shows, the first response
 * staff gave, and a state for the badge and the desk. Everything comes from the history, so
 * nothing kept beside it can drift.
 */
import { isCalendarKnown, type BusinessCalendar } from './business-calendar.js';
import { businessTimeBetween } from './business-time.js';
import { pausesOf, type RequestStatus } from './request-lifecycle.js';
import { badInput } from './rule-violation.js';
import {
  dueAfter,
  serviceLevelDeadlines,
  type PauseOptions,
  type ServiceLevelDeadlines,
  type SupportLevel,
} from './service-levels.js';

export const SLA_STATES = ['ON_TIME', 'AT_RISK', 'BREACHED', 'MET', 'NONE'] as const;

/**
 * ON_TIME and AT_RISK while open; BREACHED once a deadline passed unmet (it stays so); MET when
 * closed with every deadline kept; NONE while no deadline counts (line 3 before its estimate).
 */
export type SlaState = (typeof SLA_STATES)[number];

/** The history's kind for a manager moving a request to another line. */
export const LINE_CHANGED = 'LINE_CHANGED';

/** A deadline is at risk in the last fifth of its span (issue 4). */
const AT_RISK_SHARE = 0.2;

/** About a working year: a longer resolution is a typing slip, not an estimate. */
export const MAX_RESOLUTION_BUSINESS_DAYS = 250;

/** A line of a request's history as the service-level clock reads it. */
export interface SlaEvent {
  at: Date;
  kind: string;
  toStatus: RequestStatus;
  /** True when a specialist or a manager took the step. */
  byStaff: boolean;
}

/** What a request's service levels follow from. */
export interface SlaFacts {
  line: SupportLevel;
  submittedAt: Date;
  closedAt: Date | null;
  /** Line 3: full business days to resolve, set by staff with the estimate; null until then. */
  resolutionBusinessDays: number | null;
  /** Oldest first. */
  history: readonly SlaEvent[];
}

export interface RequestSlaStanding extends ServiceLevelDeadlines {
  line: SupportLevel;
  /** The first step staff took on the request; null while nobody has. */
  firstRespondedAt: Date | null;
  /** The deadline that counts now: first response until staff respond, then resolution. */
  due: Date | null;
  /** Until `due`, negative once it passed; frozen at closing. */
  timeLeftMs: number | null;
  state: SlaState;
}

type Deadlines = ServiceLevelDeadlines;
type CountingDeadline = 'firstResponseDue' | 'resolutionDueLatest';

/** The request's service levels at `now`; a closed request's clock stopped when it closed. */
export function requestSla(
  calendar: BusinessCalendar,
  facts: SlaFacts,
  now: Date,
): RequestSlaStanding {
  const clockEnd = facts.closedAt ?? now;
  const pauses = pausesOf(facts.history.map((event) => ({ at: event.at, to: event.toStatus })));
  const moved = deadlinesOf(calendar, facts, { pauses, now: clockEnd });
  const firstRespondedAt = facts.history.find(isResponse)?.at ?? null;

  const counting: CountingDeadline =
    firstRespondedAt === null && facts.closedAt === null
      ? 'firstResponseDue'
      : 'resolutionDueLatest';
  const due = moved[counting];
  const timeLeftMs = due && due.getTime() - clockEnd.getTime();

  const breached =
    isLate(moved.firstResponseDue, firstRespondedAt ?? clockEnd) ||
    isLate(moved.resolutionDueLatest, clockEnd);
  let state: SlaState;
  if (breached) state = 'BREACHED';
  else if (facts.closedAt) state = 'MET';
  else if (!due) state = 'NONE';
  else state = isAtRisk(calendar, facts, counting, due, clockEnd) ? 'AT_RISK' : 'ON_TIME';

  return { ...moved, line: facts.line, firstRespondedAt, due, timeLeftMs, state };
}

/** Refuses resolution days staff may not set: only line 3's resolution is theirs to set. */
export function checkResolutionBusinessDays(line: number, days: number): void {
  const field = 'resolutionBusinessDays';
  if (line !== 3) {
    throw badInput(field, 'Only line 3 has its resolution set by staff; lines 1-2 follow theirs.');
  }
  if (!Number.isInteger(days) || days < 1 || days > MAX_RESOLUTION_BUSINESS_DAYS) {
    throw badInput(
      field,
      `A resolution takes 1 to ${MAX_RESOLUTION_BUSINESS_DAYS} full business days, not ${days}.`,
    );
  }
}

/** The line's deadlines, with line 3's resolution from the days staff set. */
function deadlinesOf(
  calendar: BusinessCalendar,
  facts: SlaFacts,
  options: PauseOptions,
): Deadlines {
  const due = serviceLevelDeadlines(calendar, facts.line, facts.submittedAt, options);
  const days = facts.resolutionBusinessDays;
  if (facts.line !== 3 || days === null) return due;

  const resolution = dueAfter(calendar, { businessDays: days }, facts.submittedAt, options);
  // A resolution is an answer too: a first response is never due after it.
  const firstResponseDue = resolution < due.firstResponseDue ? resolution : due.firstResponseDue;
  return {
    ...due,
    firstResponseDue,
    resolutionDueEarliest: resolution,
    resolutionDueLatest: resolution,
    calendarKnown: due.calendarKnown && isCalendarKnown(calendar, facts.submittedAt, resolution),
  };
}

/**
 * In the last fifth of the span from submission to the deadline, both without the time paused:
 * business time on lines 2-3, clock time on line 1.
 */
function isAtRisk(
  calendar: BusinessCalendar,
  facts: SlaFacts,
  counting: CountingDeadline,
  due: Date,
  clockEnd: Date,
): boolean {
  const measure = (from: Date, to: Date) =>
    facts.line === 1
      ? Math.max(0, to.getTime() - from.getTime())
      : businessTimeBetween(calendar, from, to);
  const unpaused = deadlinesOf(calendar, facts, {})[counting]!;

  return measure(clockEnd, due) <= AT_RISK_SHARE * measure(facts.submittedAt, unpaused);
}

/**
 * Staff's first step answers the customer; moving the request to another line does not, or a
 * manager could stop the first-response clock without a word to the customer.
 */
function isResponse(event: SlaEvent): boolean {
  return event.byStaff && event.kind !== LINE_CHANGED;
}

function isLate(deadline: Date | null, at: Date): boolean {
  return deadline !== null && at > deadline;
}
