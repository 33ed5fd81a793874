/**
 * The customer's steps of a request's life: ordering, editing, deciding on the estimate,
 * accepting or returning stages, approving overruns, withdrawing. Who may take a step and from
 * which status is checked by RequestService.transition; each method says what the step changes.
 */
import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import { argumentsHashOf, lockAccount, recallKey, rememberKey } from '../billing/account-ledger.js';
import type { CatalogueService } from '../catalogue/catalogue.service.js';
import { Decimal } from '../domain/decimal.js';
import {
  checkComment,
  formatMinutes,
  overrunMinutes,
  requireOverrunApproved,
  stageCharge,
} from '../domain/request-lifecycle.js';
import { badInput, RuleViolation } from '../domain/rule-violation.js';
import type { Actor } from './request-access.js';
import {
  deliveredStage,
  setStage,
  specOf,
  withdrawStages,
  type RequestStep,
  type StageStep,
} from './request-steps.js';
import {
  notFound,
  reasonFor,
  termsOf,
  type RequestService,
  type TransitionResult,
} from './request.service.js';

export interface NewRequest {
  title: string | null;
  description: string;
  categoryId: string;
  serviceCode: string | null;
  typicalWorkId: string | null;
}

const MAX_TITLE = 200;
const MAX_TEXT = 10_000;

export class CustomerSteps {
  constructor(
    private readonly requests: RequestService,
    private readonly catalogue: CatalogueService,
  ) {}

  /** A customer's new request, with K, rate and support line fixed from the catalogue now. */
  async create(
    em: EntityManager,
    actor: Actor,
    input: NewRequest,
    idempotencyKey: string,
  ): Promise<TransitionResult> {
    if (actor.role !== 'CUSTOMER' || !actor.customerId) {
      throw new RuleViolation('FORBIDDEN', null, 'A request is created by a customer.');
    }
    const customerId = actor.customerId;
    const description = input.description.trim();
    if (description.length > MAX_TEXT) {
      throw badInput('description', `A description is at most ${MAX_TEXT} characters.`);
    }
    const [category, service, typicalWork] = await Promise.all([
      this.catalogue.requestCategory(em, input.categoryId),
      input.serviceCode ? this.catalogue.service(em, input.serviceCode) : null,
      input.typicalWorkId ? this.catalogue.typicalWork(em, input.typicalWorkId) : null,
    ]);
    if (!category) throw unknown('categoryId', 'request category');
    if (input.serviceCode && !service) throw unknown('serviceCode', 'service');
    if (input.typicalWorkId && !typicalWork) throw unknown('typicalWorkId', 'typical work');

    const title = (input.title?.trim() || service?.title.ru || typicalWork?.title.ru) ?? '';
    if (title.length === 0 || title.length > MAX_TITLE) {
      throw badInput('title', `A request needs a title of 1 to ${MAX_TITLE} characters.`);
    }
    // The category's K wins over the service's (DESIGN.md); fixed labour comes from the service.
    const fixedHours =
      service?.labourMode === 'FIXED' && category.paid ? (service.fixedHours ?? null) : null;

    const scope = { customerId, mutation: 'createRequest', key: idempotencyKey };
    const argumentsHash = argumentsHashOf({ ...input, title, description });
    return em.transactional(async (tx) => {
      const account = await lockAccount(tx, customerId);
      if (!account) throw notFound();
      const earlier = await recallKey<TransitionResult>(tx, scope, argumentsHash);
      if (earlier) return earlier;

      const [customer] = await tx.execute<{ rate: string }[]>(
        'select "rate" from "customer" where "id" = ?',
        [customerId],
      );
      const id = randomUUID();
      const now = new Date();
      await tx.execute(
        `insert into "request" ("id", "customer_id", "created_by", "title", "description",
           "category_id", "service_code", "typical_work_id", "paid", "coefficient",
           "fixed_hours", "rate", "support_line", "status", "submitted_at", "updated_at")
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?)`,
        [
          id,
          customerId,
          actor.userId,
          title,
          description,
          category.id,
          service?.code ?? null,
          typicalWork?.id ?? null,
          category.paid,
          category.coefficient.toFixed(),
          fixedHours?.toFixed(2) ?? null,
          customer!.rate,
          category.supportLine,
          now,
          now,
        ],
      );
      await tx.execute(
        `insert into "request_event" ("request_id", "kind", "to_status", "actor_id", "at")
         values (?, 'CREATED', 'NEW', ?, ?)`,
        [id, actor.userId, now],
      );
      const result: TransitionResult = { requestId: id, refusal: null };
      await rememberKey(tx, scope, argumentsHash, result, now);
      return result;
    });
  }

  /**
   * The customer edits a request before its estimate. Left out stays; an explicit null for a
   * field that must have a value is refused (C8), and nothing changes.
   */
  async update(
    em: EntityManager,
    actor: Actor,
    requestId: string,
    change: { title?: string | null; description?: string | null },
  ): Promise<TransitionResult> {
    if (change.title === null) throw badInput('title', 'A request keeps a title: null is refused.');
    if (change.description === null) {
      throw badInput('description', 'Send an empty text to clear the description, not null.');
    }
    const title = change.title?.trim();
    if (title !== undefined && (title.length === 0 || title.length > MAX_TITLE)) {
      throw badInput('title', `A request needs a title of 1 to ${MAX_TITLE} characters.`);
    }
    const description = change.description?.trim();
    if (description !== undefined && description.length > MAX_TEXT) {
      throw badInput('description', `A description is at most ${MAX_TEXT} characters.`);
    }

    const spec = specOf('updateRequest', requestId, null, change);
    return this.requests.transition(em, actor, spec, async (scope) => {
      // An edit that changes nothing writes nothing: no history line, no new updated_at.
      const { request } = scope;
      const sameTitle = (title ?? request.title) === request.title;
      if (sameTitle && (description ?? request.description) === request.description) return;
      await scope.tx.execute(
        `update "request" set "title" = coalesce(?::text, "title"),
           "description" = coalesce(?::text, "description"), "updated_at" = ?
         where "id" = ?`,
        [title ?? null, description ?? null, scope.now, requestId],
      );
      const { status } = scope.request;
      await this.requests.record(scope, 'EDITED', status, status, {}, actor.userId);
    });
  }

  /** The customer approves: the request joins the queue at this instant, to the microsecond. */
  async approveEstimate(
    em: EntityManager,
    actor: Actor,
    step: RequestStep,
  ): Promise<TransitionResult> {
    const { requestId, idempotencyKey } = step;
    const spec = specOf('approveEstimate', requestId, idempotencyKey, {});
    return this.requests.transition(em, actor, spec, async (scope) => {
      // The database's clock keeps microseconds, which a JavaScript Date would lose (C7).
      await scope.tx.execute(
        'update "request" set "approved_at" = clock_timestamp() where "id" = ?',
        [requestId],
      );
      await this.requests.changeStatus(scope, 'QUEUED', 'APPROVED');
    });
  }

  async declineEstimate(
    em: EntityManager,
    actor: Actor,
    step: RequestStep,
  ): Promise<TransitionResult> {
    const { requestId, comment, idempotencyKey } = step;
    checkComment('comment', comment);
    const spec = specOf('declineEstimate', requestId, idempotencyKey, { comment });
    return this.requests.transition(em, actor, spec, async (scope) => {
      await withdrawStages(scope);
      await this.requests.changeStatus(scope, 'DECLINED', 'DECLINED', { comment });
    });
  }

  /**
   * The customer accepts a delivered stage: its hold is released and the time logged x K charged,
   * rounded once. Then the next stage starts, or waits for a top-up, or the request is done.
   */
  async acceptStage(em: EntityManager, actor: Actor, step: StageStep): Promise<TransitionResult> {
    const { requestId, stageIndex, idempotencyKey } = step;
    const spec = specOf('acceptStage', requestId, idempotencyKey, { stageIndex });
    return this.requests.transition(em, actor, spec, async (scope) => {
      const stage = deliveredStage(await this.requests.stages(scope.tx, requestId), stageIndex);
      const terms = termsOf(scope.request, stage);
      // Warranty work costs the customer nothing: there is no overrun to agree to.
      if (scope.request.paid) {
        requireOverrunApproved(terms, stage.minutes, stage.overrunApprovedMinutes);
      }

      const charge = scope.request.paid ? stageCharge(terms, stage.minutes) : new Decimal(0);
      const reason = reasonFor(scope.request, stage);
      await this.requests.move(scope, {
        kind: 'RELEASE',
        hours: stage.heldHours.negated(),
        reason,
        stageIndex,
      });
      await this.requests.move(scope, {
        kind: 'CHARGE',
        hours: charge.negated(),
        reason,
        stageIndex,
      });
      await setStage(
        scope,
        stage,
        `"status" = 'ACCEPTED', "accepted_at" = ?, "held_hours" = 0, "charged_hours" = ?`,
        [scope.now, charge.toFixed(2)],
      );
      await this.requests.record(
        scope,
        'STAGE_ACCEPTED',
        scope.request.status,
        scope.request.status,
        {
          stageIndex,
          comment: `${formatMinutes(stage.minutes)}, ${charge.toFixed(2).replace('.', ',')} н·ч`,
        },
        actor.userId,
      );

      // The acceptance stands even when the next stage is not covered: the request is then
      // SUSPENDED, which its status and history say; the payload carries no error for it.
      const stages = await this.requests.stages(scope.tx, requestId);
      // The next stage starts by itself: the system's step, not the customer's.
      const bySystem = { ...scope, actorId: null };
      if (stages.some((s) => s.status === 'PLANNED')) await this.requests.startNextStage(bySystem);
      else await this.requests.changeStatus(scope, 'COMPLETED', 'COMPLETED');
      await this.requests.resumeOthers(scope);
    });
  }

  /** The customer sends a delivered stage back with a comment; work on it goes on. */
  async returnStage(em: EntityManager, actor: Actor, step: StageStep): Promise<TransitionResult> {
    const { requestId, stageIndex, idempotencyKey } = step;
    const comment = step.comment ?? '';
    checkComment('comment', comment);
    if (comment.trim().length === 0) {
      throw badInput('comment', 'Say what is to be done again.');
    }
    const spec = specOf('returnStage', requestId, idempotencyKey, { stageIndex, comment });
    return this.requests.transition(em, actor, spec, async (scope) => {
      const stage = deliveredStage(await this.requests.stages(scope.tx, requestId), stageIndex);
      await setStage(scope, stage, `"status" = 'IN_PROGRESS', "delivered_at" = null`, []);
      await this.requests.changeStatus(scope, 'IN_PROGRESS', 'STAGE_RETURNED', {
        stageIndex,
        comment: comment.trim(),
      });
    });
  }

  /** The customer agrees to pay for the minutes logged beyond a stage's estimate. */
  async approveOverrun(
    em: EntityManager,
    actor: Actor,
    step: StageStep,
  ): Promise<TransitionResult> {
    const { requestId, stageIndex, idempotencyKey } = step;
    const spec = specOf('approveOverrun', requestId, idempotencyKey, { stageIndex });
    return this.requests.transition(em, actor, spec, async (scope) => {
      const stage = deliveredStage(await this.requests.stages(scope.tx, requestId), stageIndex);
      const over = overrunMinutes(termsOf(scope.request, stage), stage.minutes);
      if (over === 0 || !scope.request.paid) {
        throw new RuleViolation('INVALID_STATE', 'stageIndex', 'This stage has no overrun.');
      }
      if ((stage.overrunApprovedMinutes ?? -1) >= stage.minutes) {
        const message = 'The overrun logged so far is approved already.';
        throw new RuleViolation('INVALID_STATE', 'stageIndex', message);
      }
      await setStage(scope, stage, `"overrun_approved_minutes" = ?`, [stage.minutes]);
      const { status } = scope.request;
      const comment = `+${formatMinutes(over)}`;
      await this.requests.record(
        scope,
        'OVERRUN_APPROVED',
        status,
        status,
        { stageIndex, comment },
        actor.userId,
      );
    });
  }

  /**
   * The customer withdraws a request not started, or the rest of a staged one: accepted stages
   * stay charged, a hold on a stage not yet worked on is released.
   */
  async withdrawRequest(
    em: EntityManager,
    actor: Actor,
    step: RequestStep,
  ): Promise<TransitionResult> {
    const { requestId, comment, idempotencyKey } = step;
    checkComment('comment', comment);
    const spec = specOf('withdrawRequest', requestId, idempotencyKey, { comment });
    return this.requests.transition(em, actor, spec, async (scope) => {
      const inWork = (await this.requests.stages(scope.tx, requestId)).find(
        (s) => s.status === 'IN_PROGRESS',
      );
      if (inWork && inWork.minutes > 0) {
        throw new RuleViolation(
          'INVALID_STATE',
          null,
          `Work on stage ${inWork.index} has begun: once it is delivered and accepted, ` +
            'the rest can be withdrawn.',
        );
      }
      if (inWork) {
        const reason = reasonFor(scope.request, inWork);
        await this.requests.move(scope, {
          kind: 'RELEASE',
          hours: inWork.heldHours.negated(),
          reason,
          stageIndex: inWork.index,
        });
      }
      // Study is work too: minutes logged before the withdrawal are charged with it.
      await this.requests.chargeStudy(scope);
      await withdrawStages(scope);
      await this.requests.changeStatus(scope, 'WITHDRAWN', 'WITHDRAWN', { comment });
      await this.requests.resumeOthers(scope);
    });
  }
}

function unknown(field: string, what: string): RuleViolation {
  return new RuleViolation('NOT_FOUND', field, `There is no such ${what} in the catalogue.`);
}
