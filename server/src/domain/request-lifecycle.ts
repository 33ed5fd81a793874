/**
 * A request's life (DESIGN.md, "A request's life") as plain rules: which action is allowed from
 * which status, what a stage holds and charges, when actual time overruns the estimate, and the
 * intervals a request spent waiting on the customer.
 */
import { Decimal } from './decimal.js';
import { checkHourPrecision } from './ledger.js';
import { chargedNormHours, chargedNormHoursForMinutes } from './pricing.js';
import { RuleViolation } from './rule-violation.js';
import type { Pause } from './service-levels.js';

export const REQUEST_STATUSES = [
  'NEW',
  'ESTIMATING',
  'AWAITING_APPROVAL',
  'QUEUED',
  'IN_PROGRESS',
  'AWAITING_ACCEPTANCE',
  'SUSPENDED',
  'COMPLETED',
  'DECLINED',
  'WITHDRAWN',
  'REJECTED',
] as const;

export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export type StageStatus = 'PLANNED' | 'IN_PROGRESS' | 'DELIVERED' | 'ACCEPTED' | 'WITHDRAWN';

/** Every step of a request's life, in the order a request meets them. */
export const REQUEST_ACTIONS = [
  'updateRequest',
  'logStudyTime',
  'sendEstimate',
  'approveEstimate',
  'declineEstimate',
  'startStage',
  'logStageTime',
  'deliverStage',
  'acceptStage',
  'returnStage',
  'approveOverrun',
  'withdrawRequest',
  'rejectRequest',
] as const;

export type RequestAction = (typeof REQUEST_ACTIONS)[number];

/** The statuses each action may start from; every other status refuses it. */
const ALLOWED_FROM: Record<RequestAction, readonly RequestStatus[]> = {
  updateRequest: ['NEW', 'ESTIMATING'],
  // Staff may study on while the customer weighs the estimate; a revision charges those minutes.
  logStudyTime: ['NEW', 'ESTIMATING', 'AWAITING_APPROVAL'],
  sendEstimate: ['NEW', 'ESTIMATING', 'AWAITING_APPROVAL'],
  approveEstimate: ['AWAITING_APPROVAL'],
  declineEstimate: ['AWAITING_APPROVAL'],
  startStage: ['QUEUED', 'SUSPENDED'],
  logStageTime: ['IN_PROGRESS'],
  deliverStage: ['IN_PROGRESS'],
  acceptStage: ['AWAITING_ACCEPTANCE'],
  returnStage: ['AWAITING_ACCEPTANCE'],
  approveOverrun: ['AWAITING_ACCEPTANCE'],
  withdrawRequest: ['NEW', 'ESTIMATING', 'AWAITING_APPROVAL', 'QUEUED', 'SUSPENDED', 'IN_PROGRESS'],
  rejectRequest: ['NEW', 'ESTIMATING', 'AWAITING_APPROVAL'],
};

/** While in these, the request waits on the customer and its service-level clock stops. */
export const WAITING_ON_CUSTOMER: readonly RequestStatus[] = [
  'AWAITING_APPROVAL',
  'AWAITING_ACCEPTANCE',
  'SUSPENDED',
];

export const FINAL_STATUSES: readonly RequestStatus[] = [
  'COMPLETED',
  'DECLINED',
  'WITHDRAWN',
  'REJECTED',
];

export const MAX_STAGES = 20;
export const MAX_STAGE_HOURS = new Decimal(10_000);
/** One entry of logged time is at most a day: a longer one is a typing slip. */
export const MAX_MINUTES_PER_ENTRY = 24 * 60;

export function allowedFrom(action: RequestAction): readonly RequestStatus[] {
  return ALLOWED_FROM[action];
}

/** Refuses `action` from `status` with INVALID_STATE, naming the statuses it is allowed from. */
export function requireStatus(action: RequestAction, status: RequestStatus): void {
  const allowed = ALLOWED_FROM[action];
  if (allowed.includes(status)) return;
  throw new RuleViolation(
    'INVALID_STATE',
    null,
    `${action} is not possible while the request is ${status}; ` +
      `it is possible from ${allowed.join(', ')}.`,
  );
}

export interface PlannedStage {
  title: string;
  hours: Decimal;
}

/**
 * Checks an estimate's stages: 1 to 20, each titled, with positive hours to 0.01. A service of
 * fixed labour is estimated at exactly its fixed hours, split over stages as staff like.
 */
export function checkEstimateStages(
  stages: readonly PlannedStage[],
  fixedHours: Decimal | null,
): void {
  if (stages.length === 0 || stages.length > MAX_STAGES) {
    throw new RuleViolation(
      'BAD_USER_INPUT',
      'stages',
      `An estimate has 1 to ${MAX_STAGES} stages, not ${stages.length}.`,
    );
  }
  stages.forEach((stage, i) => {
    const field = `stages[${i}]`;
    if (stage.title.trim().length === 0 || stage.title.length > 200) {
      const message = 'A stage needs a title of 1 to 200 characters.';
      throw new RuleViolation('BAD_USER_INPUT', `${field}.title`, message);
    }
    checkHourPrecision(`${field}.hours`, stage.hours);
    if (!stage.hours.isPositive() || stage.hours.isZero() || stage.hours.gt(MAX_STAGE_HOURS)) {
      throw new RuleViolation(
        'BAD_USER_INPUT',
        `${field}.hours`,
        `A stage takes more than 0 and at most ${MAX_STAGE_HOURS.toFixed()} hours.`,
      );
    }
  });

  const total = stages.reduce((acc, stage) => acc.plus(stage.hours), new Decimal(0));
  if (fixedHours && !total.eq(fixedHours)) {
    throw new RuleViolation(
      'FIXED_HOURS_MISMATCH',
      'stages',
      `This service is fixed labour of ${fixedHours.toFixed(2)} hours; ` +
        `the stages add up to ${total.toFixed(2)}.`,
    );
  }
}

/** A comment, note or reason: what a person writes in a line or two, not a document. */
export const MAX_COMMENT = 2000;

export function checkComment(field: string, text: string | null | undefined): void {
  if (text && text.length > MAX_COMMENT) {
    throw new RuleViolation(
      'BAD_USER_INPUT',
      field,
      `A ${field} is at most ${MAX_COMMENT} characters, not ${text.length}.`,
    );
  }
}

/** Logged time comes in whole minutes, 1 to a day per entry. */
export function checkMinutes(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_MINUTES_PER_ENTRY) {
    throw new RuleViolation(
      'BAD_USER_INPUT',
      'minutes',
      `Time is logged in whole minutes, 1 to ${MAX_MINUTES_PER_ENTRY} per entry.`,
    );
  }
}

export interface StageTerms {
  estimateHours: Decimal;
  coefficient: Decimal;
  /** A service of fixed labour charges its estimate, whatever time is logged. */
  fixedLabour: boolean;
}

/** Norm-hours held when a stage starts: its estimate x K. */
export function stageHold(terms: StageTerms): Decimal {
  return chargedNormHours(terms.estimateHours, terms.coefficient);
}

/** Norm-hours charged when a stage is accepted: minutes x K / 60, rounded once (C3). */
export function stageCharge(terms: StageTerms, minutes: number): Decimal {
  if (terms.fixedLabour) return stageHold(terms);
  return chargedNormHoursForMinutes(minutes, terms.coefficient);
}

/** Minutes logged beyond the estimate; zero for fixed labour, which never overruns. */
export function overrunMinutes(terms: StageTerms, minutes: number): number {
  if (terms.fixedLabour) return 0;
  const estimateMinutes = terms.estimateHours.times(60);
  return Math.max(0, new Decimal(minutes).minus(estimateMinutes).ceil().toNumber());
}

/**
 * Acceptance needs the customer's approval of any overrun, for the minutes logged now: time
 * logged after an approval needs approving again.
 */
export function requireOverrunApproved(
  terms: StageTerms,
  minutes: number,
  approvedMinutes: number | null,
): void {
  if (overrunMinutes(terms, minutes) === 0) return;
  if (approvedMinutes !== null && approvedMinutes >= minutes) return;
  throw new RuleViolation(
    'OVERRUN_NOT_APPROVED',
    'stageIndex',
    `${formatMinutes(minutes)} were logged against an estimate of ` +
      `${formatMinutes(terms.estimateHours.times(60).toNumber())}: approve the overrun first.`,
  );
}

/** Time as h:mm, so what is shown multiplies out to what is charged. */
export function formatMinutes(minutes: number): string {
  const whole = Math.ceil(minutes);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

export interface StatusChange {
  at: Date;
  to: RequestStatus;
}

/** The intervals spent waiting on the customer, from the history of status changes in order. */
export function pausesOf(changes: readonly StatusChange[]): Pause[] {
  const pauses: Pause[] = [];
  for (const change of changes) {
    const open = pauses.at(-1);
    const waiting = WAITING_ON_CUSTOMER.includes(change.to);
    if (open && open.end === null && !waiting) open.end = change.at;
    if (waiting && (!open || open.end !== null)) pauses.push({ start: change.at, end: null });
  }
  return pauses;
}
