/**
 * Shapes rows of requests for the API: exact decimals as two-decimal strings, money at the
 * request's rate, time as minutes and as h:mm.
 */
import { Decimal, formatAmount, formatPlain, roundHalfUp } from '../domain/decimal.js';
import { rubles } from '../domain/money.js';
import { priceOfNormHours } from '../domain/pricing.js';
import { formatMinutes, overrunMinutes, stageHold } from '../domain/request-lifecycle.js';
import { Money } from '../graphql/money.type.js';
import { termsOf } from './request.service.js';
import type {
  EventRow,
  RequestCharge,
  RequestRow,
  StageRow,
  TimeEntryRow,
} from './request.store.js';
import { Request, RequestEvent, RequestStage, RequestTotals, TimeEntry } from './request.types.js';

export function requestOf(row: RequestRow): Request {
  return Object.assign(new Request(), {
    row,
    id: row.id,
    number: Number(row.number),
    status: row.status,
    customerName: row.customerName,
    title: row.title,
    description: row.description,
    paid: row.paid,
    coefficient: formatPlain(row.coefficient),
    rate: Money.from(rubles(row.rate)),
    supportLine: row.supportLine,
    submittedAt: row.submittedAt,
    estimateSentAt: row.estimateSentAt,
    approvedAt: row.approvedAt,
    closedAt: row.closedAt,
  });
}

export function stageOf(request: RequestRow, stage: StageRow): RequestStage {
  const terms = termsOf(request, stage);
  const normHours = stageHold(terms);
  const overrun = overrunMinutes(terms, stage.minutes);
  return Object.assign(new RequestStage(), {
    index: stage.index,
    title: stage.title,
    status: stage.status,
    estimateHours: formatAmount(stage.estimateHours),
    estimateNormHours: formatAmount(normHours),
    estimateAmount: moneyFor(request, normHours),
    actualMinutes: stage.minutes,
    actualTime: formatMinutes(stage.minutes),
    actualHours: formatAmount(hoursOfMinutes(stage.minutes)),
    heldHours: formatAmount(stage.heldHours),
    chargedHours: stage.chargedHours && formatAmount(stage.chargedHours),
    chargedAmount: stage.chargedHours && moneyFor(request, stage.chargedHours),
    overrunMinutes: overrun,
    overrunApproved:
      overrun > 0 &&
      stage.overrunApprovedMinutes !== null &&
      stage.overrunApprovedMinutes >= stage.minutes,
    startedAt: stage.startedAt,
    deliveredAt: stage.deliveredAt,
    acceptedAt: stage.acceptedAt,
  });
}

/**
 * Totals over stages and `charges`, every charge the ledger made for the request. Each charge
 * became money rounded once, so the money charged is the sum of those amounts, never the sum of
 * hours priced again (which can differ by a kopeck); the study is what no stage charged.
 */
export function totalsOf(
  request: RequestRow,
  stages: readonly StageRow[],
  loggedMinutes: number,
  charges: readonly RequestCharge[],
): RequestTotals {
  const normHours = sum(stages.map((s) => stageHold(termsOf(request, s))));
  const study = charges.filter((charge) => charge.stageIndex === null);
  return Object.assign(new RequestTotals(), {
    studyChargedHours: formatAmount(sum(study.map((charge) => charge.hours))),
    studyChargedAmount: amountOf(request, study),
    estimateHours: formatAmount(sum(stages.map((s) => s.estimateHours))),
    estimateNormHours: formatAmount(normHours),
    estimateAmount: moneyFor(request, normHours),
    loggedMinutes,
    heldHours: formatAmount(sum(stages.map((s) => s.heldHours))),
    chargedHours: formatAmount(sum(charges.map((charge) => charge.hours))),
    chargedAmount: amountOf(request, charges),
  });
}

/** What charges cost: each priced and rounded once, then added. */
function amountOf(request: RequestRow, charges: readonly RequestCharge[]): Money {
  if (!request.paid) return Money.from(rubles(new Decimal(0)));
  const amounts = charges.map((charge) => priceOfNormHours(charge.hours, request.rate));
  return Money.from(rubles(sum(amounts)));
}

function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((a, b) => a.plus(b), new Decimal(0));
}

export function eventOf(row: EventRow): RequestEvent {
  return Object.assign(new RequestEvent(), {
    at: row.at,
    kind: row.kind,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    stageIndex: row.stageIndex,
    actorEmail: row.actorEmail,
    actorRole: row.actorRole,
    comment: row.comment,
  });
}

export function timeEntryOf(row: TimeEntryRow): TimeEntry {
  return Object.assign(new TimeEntry(), row);
}

/**
 * Minutes as hours: exact when the division ends (multiples of 3 minutes), else to six places,
 * so hours x K rounded to 0.01 still gives the norm-hours charged (C3: 50 min is 0.833333).
 */
export function hoursOfMinutes(minutes: number): Decimal {
  return roundHalfUp(new Decimal(minutes).dividedBy(60), 6);
}

/** Money for norm-hours at the request's rate; nothing for work under warranty. */
function moneyFor(request: RequestRow, normHours: Decimal): Money {
  const amount = request.paid ? priceOfNormHours(normHours, request.rate) : new Decimal(0);
  return Money.from(rubles(amount));
}
