/**
 * Staff's steps of a request's life: study and log time, estimate, start, deliver, reject. Who
 * may take a step and from which status is checked by RequestService.transition; each method
 * says what the step changes.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import {
  checkComment,
  checkEstimateStages,
  checkMinutes,
  formatMinutes,
} from '../domain/request-lifecycle.js';
import { checkResolutionBusinessDays } from '../domain/request-sla.js';
import { badInput, RuleViolation } from '../domain/rule-violation.js';
import { requireRole, type Actor } from './request-access.js';
import {
  setStage,
  specOf,
  stageInWork,
  withdrawStages,
  type EstimateSent,
  type RequestStep,
  type TimeLog,
} from './request-steps.js';
import type { RequestService, TransitionResult } from './request.service.js';

export class StaffSteps {
  constructor(private readonly requests: RequestService) {}

  /** Staff log time studying a request: it moves to ESTIMATING; charged with the estimate. */
  async logTime(em: EntityManager, actor: Actor, entry: TimeLog): Promise<TransitionResult> {
    const { requestId, minutes, note, idempotencyKey } = entry;
    checkComment('note', note);
    checkMinutes(minutes);
    // Staff's step whatever the status: a customer is refused before the request is looked up.
    requireRole('logStudyTime', actor);
    const found = await this.requests.visibleRequest(em, actor, requestId);
    const action = found.status === 'IN_PROGRESS' ? 'logStageTime' : 'logStudyTime';
    const spec = specOf(action, requestId, idempotencyKey, { minutes, note }, 'logTime');

    return this.requests.transition(em, actor, spec, async (scope) => {
      const stage =
        action === 'logStageTime'
          ? stageInWork(await this.requests.stages(scope.tx, requestId))
          : null;
      await this.requests.logTime(scope, stage?.index ?? null, minutes, note);
      const comment = `${formatMinutes(minutes)}${note ? `: ${note}` : ''}`;
      if (scope.request.status === 'NEW') {
        await this.requests.changeStatus(scope, 'ESTIMATING', 'TIME_LOGGED', { comment });
      } else {
        const { status } = scope.request;
        const detail = { stageIndex: stage?.index ?? null, comment };
        await this.requests.record(scope, 'TIME_LOGGED', status, status, detail, actor.userId);
      }
    });
  }

  /** Staff send (or revise) the estimate; minutes studied so far are charged now. */
  async sendEstimate(
    em: EntityManager,
    actor: Actor,
    estimate: EstimateSent,
  ): Promise<TransitionResult> {
    const { requestId, stages, comment, idempotencyKey, resolutionBusinessDays } = estimate;
    checkComment('comment', comment);
    const args = {
      stages: stages.map((s) => ({ ...s, hours: s.hours.toFixed(2) })),
      comment,
      ...(resolutionBusinessDays === null ? {} : { resolutionBusinessDays }),
    };
    const spec = specOf('sendEstimate', requestId, idempotencyKey, args);

    return this.requests.transition(em, actor, spec, async (scope) => {
      checkEstimateStages(stages, scope.request.fixedHours);
      if (resolutionBusinessDays !== null) {
        checkResolutionBusinessDays(scope.request.supportLine, resolutionBusinessDays);
      }
      await this.requests.chargeStudy(scope);

      await scope.tx.execute('delete from "request_stage" where "request_id" = ?', [requestId]);
      for (const [i, stage] of stages.entries()) {
        await scope.tx.execute(
          `insert into "request_stage" ("request_id", "index", "title", "estimate_hours", "status")
           values (?, ?, ?, ?, 'PLANNED')`,
          [requestId, i + 1, stage.title.trim(), stage.hours.toFixed(2)],
        );
      }
      await scope.tx.execute(
        `update "request" set "estimate_sent_at" = ?,
           "resolution_business_days" = coalesce(?, "resolution_business_days")
         where "id" = ?`,
        [scope.now, resolutionBusinessDays, requestId],
      );
      await this.requests.changeStatus(scope, 'AWAITING_APPROVAL', 'ESTIMATE_SENT', { comment });
    });
  }

  /** Staff start the next stage; without cover the request is suspended (C6). */
  async startStage(em: EntityManager, actor: Actor, step: RequestStep): Promise<TransitionResult> {
    const { requestId, idempotencyKey } = step;
    const spec = specOf('startStage', requestId, idempotencyKey, {});
    return this.requests.transition(em, actor, spec, (scope) =>
      this.requests.startNextStage(scope),
    );
  }

  async deliverStage(
    em: EntityManager,
    actor: Actor,
    step: RequestStep,
  ): Promise<TransitionResult> {
    const { requestId, comment, idempotencyKey } = step;
    checkComment('comment', comment);
    const spec = specOf('deliverStage', requestId, idempotencyKey, { comment });
    return this.requests.transition(em, actor, spec, async (scope) => {
      const stage = stageInWork(await this.requests.stages(scope.tx, requestId));
      if (stage.minutes === 0 && scope.request.fixedHours === null) {
        throw new RuleViolation(
          'NO_TIME_LOGGED',
          'minutes',
          `Log the time spent on stage ${stage.index} before delivering it.`,
        );
      }
      await setStage(scope, stage, `"status" = 'DELIVERED', "delivered_at" = ?`, [scope.now]);
      await this.requests.changeStatus(scope, 'AWAITING_ACCEPTANCE', 'STAGE_DELIVERED', {
        stageIndex: stage.index,
        comment,
      });
    });
  }

  /** Staff turn down a request outside the vendor's competence, saying why. */
  async rejectRequest(
    em: EntityManager,
    actor: Actor,
    step: RequestStep,
  ): Promise<TransitionResult> {
    const { requestId, idempotencyKey } = step;
    const comment = step.comment ?? '';
    checkComment('comment', comment);
    if (comment.trim().length === 0) throw badInput('comment', 'Say why the request is rejected.');
    const spec = specOf('rejectRequest', requestId, idempotencyKey, { comment });
    return this.requests.transition(em, actor, spec, async (scope) => {
      await withdrawStages(scope);
      await this.requests.changeStatus(scope, 'REJECTED', 'REJECTED', { comment: comment.trim() });
    });
  }
}
