/**
 * Who may take which step of a request's life: the customer decides on estimates, acceptance and
 * withdrawal; staff study, estimate, start, log and deliver. Seeing a request is checked apart,
 * in RequestService.visibleRequest, so that another customer's request is simply not found.
 */
import type { Role } from '../domain/access.js';
import { REQUEST_ACTIONS, type RequestAction } from '../domain/request-lifecycle.js';
import { RuleViolation } from '../domain/rule-violation.js';

export interface Actor {
  /** Null only for steps the system takes on someone's behalf (a resume after a top-up). */
  userId: string | null;
  role: Role;
  /** The organisation a CUSTOMER represents; null for staff. */
  customerId: string | null;
}

const CUSTOMER_ACTIONS: readonly RequestAction[] = [
  'updateRequest',
  'approveEstimate',
  'declineEstimate',
  'acceptStage',
  'returnStage',
  'approveOverrun',
  'withdrawRequest',
];

export function isCustomerAction(action: RequestAction): boolean {
  return CUSTOMER_ACTIONS.includes(action);
}

/** Refuses with FORBIDDEN an action that is not the actor's to take. */
export function requireRole(action: RequestAction, actor: Actor): void {
  const customers = isCustomerAction(action);
  if (customers && actor.role !== 'CUSTOMER') {
    throw new RuleViolation('FORBIDDEN', null, `${action} is the customer's decision.`);
  }
  if (!customers && actor.role === 'CUSTOMER') {
    throw new RuleViolation('FORBIDDEN', null, `${action} is for the vendor's staff.`);
  }
}

/** The actions `actor` may take where `possible` says the request allows them, in order. */
export function actionsFor(
  actor: Actor,
  possible: (action: RequestAction) => boolean,
): RequestAction[] {
  const customer = actor.role === 'CUSTOMER';
  return REQUEST_ACTIONS.filter(
    (action) => isCustomerAction(action) === customer && possible(action),
  );
}
