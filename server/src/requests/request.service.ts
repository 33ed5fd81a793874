/**
 * A request's transitions. Each runs in one transaction: lock the customer's account, answer a
 * retried idempotency key from its stored result, lock the request, check the status against the
 * domain's table, then write the change, the hours it moves and a line of history together.
 */
import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import {
  appendEntry,
  argumentsHashOf,
  lockAccount,
  recallKey,
  rememberKey,
  type EntryLine,
  type LockedAccount,
} from '../billing/account-ledger.js';
import { isUuid } from '../billing/ledger.service.js';
import { Decimal } from '../domain/decimal.js';
import { available } from '../domain/ledger.js';
import { chargedNormHoursForMinutes } from '../domain/pricing.js';
import {
  requireStatus,
  type RequestAction,
  type RequestStatus,
  type StageTerms,
  stageHold,
} from '../domain/request-lifecycle.js';
import { RuleViolation } from '../domain/rule-violation.js';
import { requireRole, type Actor } from './request-access.js';
import { RequestStore, type RequestRow, type StageRow } from './request.store.js';

/** What a transition answers, and what a retry with the same key answers again. */
export interface TransitionResult {
  requestId: string;
  /** A refusal that still changed something: a start without cover suspends the request (C6). */
  refusal: { code: string; field: string | null; message: string } | null;
}

/** What the body of a transition works with, inside the transaction. */
export interface TransitionScope {
  tx: EntityManager;
  account: LockedAccount;
  request: RequestRow;
  /** Who takes the step, as history and ledger record it; null for the system. */
  actorId: string | null;
  now: Date;
}

export interface TransitionSpec {
  action: RequestAction;
  /** The mutation's name: idempotency keys are kept per customer and mutation. */
  mutation: string;
  requestId: string;
  /** Null for a step that moves no hours and repeats harmlessly (an edit). */
  idempotencyKey: string | null;
  /** The arguments that make a retry the same call. */
  args: unknown;
}

type Body = (scope: TransitionScope) => Promise<TransitionResult['refusal'] | void>;

export class RequestService {
  constructor(private readonly store: RequestStore) {}

  /** Runs `body` as the transition `spec` on behalf of `actor`, or answers a retry. */
  async transition(
    em: EntityManager,
    actor: Actor,
    spec: TransitionSpec,
    body: Body,
  ): Promise<TransitionResult> {
    requireRole(spec.action, actor);
    const check = (request: RequestRow) => requireStatus(spec.action, request.status);
    return this.step(em, actor, { ...spec, check }, body);
  }

  /**
   * One step on a request in one transaction: lock the customer's account, answer a retried
   * idempotency key from its stored result, lock the request, `check` it, then run `body`.
   * Steps outside the lifecycle's table (a manager's line move) pass their own check.
   */
  async step(
    em: EntityManager,
    actor: Actor,
    spec: Omit<TransitionSpec, 'action'> & { check: (request: RequestRow) => void },
    body: Body,
  ): Promise<TransitionResult> {
    const found = await this.visibleRequest(em, actor, spec.requestId);

    return em.transactional(async (tx) => {
      const account = await lockAccount(tx, found.customerId);
      if (!account) throw notFound();

      const key = spec.idempotencyKey;
      const scope = key && { customerId: found.customerId, mutation: spec.mutation, key };
      const argumentsHash = argumentsHashOf({ requestId: found.id, args: spec.args });
      const earlier = scope && (await recallKey<TransitionResult>(tx, scope, argumentsHash));
      if (earlier) return earlier;

      await tx.execute('select 1 from "request" where "id" = ? for update', [found.id]);
      const request = (await this.store.request(tx, found.id))!;
      spec.check(request);

      const now = new Date();
      const scopeOfStep = { tx, account, request, actorId: actor.userId, now };
      const refusal = (await body(scopeOfStep)) ?? null;
      const result: TransitionResult = { requestId: request.id, refusal };
      if (scope) await rememberKey(tx, scope, argumentsHash, result, now);
      return result;
    });
  }

  /** The request if the actor may see it: staff see all, a customer only its own. */
  async visibleRequest(em: EntityManager, actor: Actor, id: string): Promise<RequestRow> {
    const request = isUuid(id) ? await this.store.request(em, id) : null;
    if (!request) throw notFound();
    if (actor.role === 'CUSTOMER' && actor.customerId !== request.customerId) throw notFound();
    return request;
  }

  /** Moves the request to `to` and writes the line of history that says who, when and why. */
  async changeStatus(
    scope: TransitionScope,
    to: RequestStatus,
    kind: string,
    detail: { stageIndex?: number | null; comment?: string | null } = {},
  ): Promise<void> {
    const { tx, request, now } = scope;
    const closes = ['COMPLETED', 'DECLINED', 'WITHDRAWN', 'REJECTED'].includes(to);
    await tx.execute(
      `update "request" set "status" = ?, "updated_at" = ?,
         "closed_at" = case when ? then ?::timestamptz else "closed_at" end
       where "id" = ?`,
      [to, now, closes, now, request.id],
    );
    await this.record(scope, kind, request.status, to, detail, scope.actorId);
    request.status = to;
  }

  /** A line of history without a change of status (time logged, an overrun approved). */
  async record(
    scope: TransitionScope,
    kind: string,
    from: RequestStatus | null,
    to: RequestStatus,
    detail: { stageIndex?: number | null; comment?: string | null },
    actorId: string | null,
  ): Promise<void> {
    await scope.tx.execute(
      `insert into "request_event"
         ("request_id", "kind", "from_status", "to_status", "stage_index", "actor_id", "comment",
          "at")
       values (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        scope.request.id,
        kind,
        from,
        to,
        detail.stageIndex ?? null,
        actorId,
        detail.comment ?? null,
        scope.now,
      ],
    );
  }

  /** Appends a ledger entry for this request; free requests move no hours. */
  async move(scope: TransitionScope, line: Omit<EntryLine, 'requestId' | 'actorId'>) {
    if (!scope.request.paid || line.hours.isZero()) return;
    try {
      await appendEntry(
        scope.tx,
        scope.account,
        { ...line, requestId: scope.request.id, actorId: scope.actorId },
        scope.now,
      );
    } catch (error) {
      if (!(error instanceof RuleViolation) || error.code !== 'INSUFFICIENT_BALANCE') throw error;
      // The step's arguments hold no hours: name what was short rather than a field.
      throw new RuleViolation(
        'INSUFFICIENT_BALANCE',
        null,
        `${line.reason ?? `Request ${scope.request.number}`}: ${error.message} ` +
          'A top-up is needed first.',
      );
    }
  }

  /** After hours came free on the account, the customer's other suspended requests may resume. */
  async resumeOthers(scope: TransitionScope): Promise<void> {
    await this.resumeSuspended(scope.tx, scope.account, scope.actorId, scope.now);
  }

  /**
   * Starts the first planned stage: holds its estimate x K. Without cover the request is
   * SUSPENDED instead and the refusal says why; a top-up resumes it (resumeSuspended).
   */
  async startNextStage(scope: TransitionScope): Promise<TransitionResult['refusal']> {
    const stage = (await this.store.stages(scope.tx, scope.request.id)).find(
      (s) => s.status === 'PLANNED',
    );
    if (!stage) throw new RuleViolation('INVALID_STATE', null, 'No stage is left to start.');

    const hold = scope.request.paid ? stageHold(termsOf(scope.request, stage)) : new Decimal(0);
    if (available(scope.account.state).lt(hold)) {
      const message =
        `Available ${available(scope.account.state).toFixed(2)} norm-hours do not cover ` +
        `stage ${stage.index} (${hold.toFixed(2)}): the request waits for a top-up.`;
      if (scope.request.status !== 'SUSPENDED') {
        await this.changeStatus(scope, 'SUSPENDED', 'SUSPENDED', {
          stageIndex: stage.index,
          comment: message,
        });
      }
      return { code: 'INSUFFICIENT_BALANCE', field: null, message };
    }

    const reason = reasonFor(scope.request, stage);
    await this.move(scope, { kind: 'HOLD', hours: hold, reason, stageIndex: stage.index });
    await scope.tx.execute(
      `update "request_stage" set "status" = 'IN_PROGRESS', "held_hours" = ?, "started_at" = ?
       where "request_id" = ? and "index" = ?`,
      [scope.request.paid ? hold.toFixed(2) : '0', scope.now, scope.request.id, stage.index],
    );
    const kind = scope.request.status === 'SUSPENDED' ? 'RESUMED' : 'STAGE_STARTED';
    await this.changeStatus(scope, 'IN_PROGRESS', kind, { stageIndex: stage.index });
    return null;
  }

  /**
   * After hours come onto an account (its lock held): resumes its suspended requests first in,
   * first out, as far as the available hours cover their next stage.
   */
  async resumeSuspended(
    tx: EntityManager,
    account: LockedAccount,
    actorId: string | null,
    now: Date,
  ): Promise<void> {
    const suspended = await tx.execute<{ id: string }[]>(
      `select "id" from "request" where "customer_id" = ? and "status" = 'SUSPENDED'
       order by "approved_at", "number" for update`,
      [account.customerId],
    );
    for (const { id } of suspended) {
      const request = (await this.store.request(tx, id))!;
      const refusal = await this.startNextStage({ tx, account, request, actorId, now });
      if (refusal) return;
    }
  }

  /** Charges the minutes studied since the last estimate, once, rounded once (C3). */
  async chargeStudy(scope: TransitionScope): Promise<void> {
    // Fixed labour charges its fixed hours whatever time is logged; study time is kept as record.
    if (scope.request.fixedHours !== null) return;
    const minutes = await this.store.studyMinutes(scope.tx, scope.request.id);
    const fresh = minutes - scope.request.studyMinutesCharged;
    if (fresh <= 0) return;

    const hours = chargedNormHoursForMinutes(fresh, scope.request.coefficient);
    await this.move(scope, {
      kind: 'CHARGE',
      hours: hours.negated(),
      reason: `Заявка № ${scope.request.number}: изучение, ${fresh} мин`,
    });
    await scope.tx.execute('update "request" set "study_minutes_charged" = ? where "id" = ?', [
      minutes,
      scope.request.id,
    ]);
  }

  async logTime(
    scope: TransitionScope,
    stageIndex: number | null,
    minutes: number,
    note: string | null,
  ): Promise<void> {
    await scope.tx.execute(
      `insert into "time_entry" ("id", "request_id", "stage_index", "user_id", "minutes", "note",
         "logged_at")
       values (?, ?, ?, ?, ?, ?, ?)`,
      [randomUUID(), scope.request.id, stageIndex, scope.actorId, minutes, note, scope.now],
    );
  }

  async stages(tx: EntityManager, requestId: string): Promise<StageRow[]> {
    return this.store.stages(tx, requestId);
  }
}

export function termsOf(request: RequestRow, stage: StageRow): StageTerms {
  return {
    estimateHours: stage.estimateHours,
    coefficient: request.coefficient,
    fixedLabour: request.fixedHours !== null,
  };
}

export function reasonFor(request: RequestRow, stage: StageRow): string {
  return `Заявка № ${request.number}, этап ${stage.index}: ${stage.title}`;
}

export function notFound(): RuleViolation {
  return new RuleViolation('NOT_FOUND', 'requestId', 'No such request.');
}
