/**
 * The norm-hour ledger's rules, as plain functions: what an entry does to an account's balance
 * and held hours, and the guards that keep hours exact and available hours never below zero.
 */
import { Decimal } from './decimal.js';
import { RuleViolation } from './rule-violation.js';

export type LedgerKind = 'TOP_UP' | 'HOLD' | 'RELEASE' | 'CHARGE' | 'ADJUSTMENT';

export interface AccountState {
  balance: Decimal;
  held: Decimal;
}

/** Hours on the ledger have two decimals: 0.01 norm-hour is the smallest step. */
export const HOUR_PLACES = 2;

export function available(account: AccountState): Decimal {
  return account.balance.minus(account.held);
}

/** Refuses hours with more than two decimals: a ledger never rounds what staff typed. */
export function checkHourPrecision(field: string, hours: Decimal): void {
  if (hours.decimalPlaces() > HOUR_PLACES) {
    throw new RuleViolation(
      'BAD_USER_INPUT',
      field,
      `${hours.toFixed()} has more than ${HOUR_PLACES} decimals: norm-hours go to 0.01`,
    );
  }
}

/**
 * The most one top-up or adjustment moves: years of any customer's support. More is a typing
 * slip, and would push the balance past what an adjustment can take back in one step.
 */
export const MAX_MOVE_HOURS = new Decimal(100_000);

/** A reason is a line or two, as every comment is. */
export const MAX_REASON = 2000;

/** A top-up adds a positive number of hours, at most MAX_MOVE_HOURS. */
export function checkTopUp(hours: Decimal, reason: string | null = null): void {
  checkHourPrecision('hours', hours);
  if (!hours.isPositive() || hours.isZero()) {
    throw new RuleViolation('BAD_USER_INPUT', 'hours', 'A top-up adds a positive number of hours.');
  }
  checkMoveSize(hours);
  checkReasonLength(reason);
}

/** An adjustment moves a signed, non-zero number of hours and always says why. */
export function checkAdjustment(hours: Decimal, reason: string): void {
  checkHourPrecision('hours', hours);
  if (hours.isZero()) {
    throw new RuleViolation(
      'BAD_USER_INPUT',
      'hours',
      'An adjustment moves a non-zero number of hours.',
    );
  }
  if (reason.trim().length === 0) {
    throw new RuleViolation('BAD_USER_INPUT', 'reason', 'An adjustment needs a reason.');
  }
  checkMoveSize(hours);
  checkReasonLength(reason);
}

function checkMoveSize(hours: Decimal): void {
  if (hours.abs().gt(MAX_MOVE_HOURS)) {
    throw new RuleViolation(
      'BAD_USER_INPUT',
      'hours',
      `One move is at most ${MAX_MOVE_HOURS.toFixed()} norm-hours; split a larger one.`,
    );
  }
}

function checkReasonLength(reason: string | null): void {
  if (reason && reason.length > MAX_REASON) {
    throw new RuleViolation(
      'BAD_USER_INPUT',
      'reason',
      `A reason is at most ${MAX_REASON} characters, not ${reason.length}.`,
    );
  }
}

/**
 * The account after an entry: TOP_UP, CHARGE and ADJUSTMENT move the balance by the entry's
 * signed hours; HOLD and RELEASE move the held hours. Refused with INSUFFICIENT_BALANCE when
 * available hours would fall below zero.
 */
export function applyEntry(account: AccountState, kind: LedgerKind, hours: Decimal): AccountState {
  const next =
    kind === 'HOLD' || kind === 'RELEASE'
      ? { balance: account.balance, held: account.held.plus(hours) }
      : { balance: account.balance.plus(hours), held: account.held };
  if (next.held.isNegative()) {
    throw new RuleViolation('INVALID_STATE', 'hours', 'More hours released than are held.');
  }
  if (available(next).isNegative()) {
    throw new RuleViolation(
      'INSUFFICIENT_BALANCE',
      'hours',
      `Available ${available(account).toFixed(2)} norm-hours do not cover ` +
        `${hours.abs().toFixed(2)}.`,
    );
  }
  return next;
}
