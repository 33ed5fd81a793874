/**
 * Crowdfunding's rules as plain functions: what a pledge may be, how much of it a project still
 * takes, and which moves of a project's status are allowed.
 */
import { Decimal } from './decimal.js';
import { checkHourPrecision } from './ledger.js';
import { RuleViolation } from './rule-violation.js';

export type ProjectStatus = 'OPEN' | 'FUNDED' | 'IN_DEVELOPMENT' | 'RELEASED' | 'CLOSED';

export type PledgeStatus = 'ACTIVE' | 'WITHDRAWN' | 'CHARGED' | 'RELEASED';

/** Pledges that count towards a project's goal: held now, or charged when it was funded. */
export const COUNTED_PLEDGES: readonly PledgeStatus[] = ['ACTIVE', 'CHARGED'];

/** A pledge is a positive number of norm-hours with at most two decimals. */
export function checkPledgeHours(hours: Decimal): void {
  checkHourPrecision('hours', hours);
  if (!hours.isPositive() || hours.isZero()) {
    throw new RuleViolation('BAD_USER_INPUT', 'hours', 'A pledge is a positive number of hours.');
  }
}

/** What a project still misses to reach its goal; zero once it is reached. */
export function hoursMissing(goal: Decimal, pledged: Decimal): Decimal {
  return Decimal.max(goal.minus(pledged), 0);
}

/**
 * The part of a pledge a project takes: all of it, or only the hours it still misses when the
 * pledge crosses the goal, so that nobody is held or charged for more than the goal.
 */
export function hoursTaken(offered: Decimal, missing: Decimal): Decimal {
  return Decimal.min(offered, missing);
}

const NOT_OPEN: Record<'pledge' | 'withdraw' | 'close', string> = {
  pledge: 'Pledges are taken only while the project is open.',
  withdraw: 'A pledge is withdrawn only while the project is open.',
  close: 'Only an open project is closed with its holds released; a funded one has charged them.',
};

/** Pledging, withdrawing and closing with holds released all need an open project. */
export function requireOpen(status: ProjectStatus, action: keyof typeof NOT_OPEN): void {
  if (status !== 'OPEN') throw new RuleViolation('INVALID_STATE', 'projectId', NOT_OPEN[action]);
}

const NEXT_STATUS: Partial<Record<ProjectStatus, ProjectStatus>> = {
  FUNDED: 'IN_DEVELOPMENT',
  IN_DEVELOPMENT: 'RELEASED',
};

/**
 * Staff move a funded project on one step at a time: FUNDED, IN_DEVELOPMENT, RELEASED. Asking
 * for the status it already has changes nothing (a repeated click), and is no error.
 */
export function isStatusStep(from: ProjectStatus, to: ProjectStatus): boolean {
  if (from === to) return false;
  const next = NEXT_STATUS[from];
  if (next !== to) {
    const why = next
      ? `a ${from} project goes to ${next} next`
      : from === 'OPEN'
        ? 'pledges fund an open project, and closeCrowdfundingProject closes it'
        : `a ${from} project moves no further`;
    throw new RuleViolation('INVALID_STATE', 'status', `Not ${to}: ${why}.`);
  }
  return true;
}
