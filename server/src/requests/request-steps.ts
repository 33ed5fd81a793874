/**
 * What the steps of a request's life take, and the stage rows they find and change. The steps
 * themselves: customer-steps.ts and staff-steps.ts.
 */
import type { PlannedStage, RequestAction } from '../domain/request-lifecycle.js';
import { RuleViolation } from '../domain/rule-violation.js';
import type { TransitionScope, TransitionSpec } from './request.service.js';
import type { StageRow } from './request.store.js';

/** A step on a whole request. */
export interface RequestStep {
  requestId: string;
  comment: string | null;
  idempotencyKey: string;
}

/** A step on one stage of a request. */
export interface StageStep extends RequestStep {
  stageIndex: number;
}

export interface TimeLog {
  requestId: string;
  minutes: number;
  note: string | null;
  idempotencyKey: string;
}

export interface EstimateSent extends RequestStep {
  stages: PlannedStage[];
  /** Line 3 only: full business days to the resolution; null keeps what was set. */
  resolutionBusinessDays: number | null;
}

export function specOf(
  action: RequestAction,
  requestId: string,
  idempotencyKey: string | null,
  args: unknown,
  mutation: string = action,
): TransitionSpec {
  return { action, mutation, requestId, idempotencyKey, args };
}

export function stageInWork(stages: readonly StageRow[]): StageRow {
  const stage = stages.find((s) => s.status === 'IN_PROGRESS');
  if (!stage) throw new RuleViolation('INVALID_STATE', null, 'No stage is in progress.');
  return stage;
}

/** The stage awaiting acceptance, which must be the one the customer named. */
export function deliveredStage(stages: readonly StageRow[], index: number): StageRow {
  const stage = stages.find((s) => s.status === 'DELIVERED');
  if (!stage || stage.index !== index) {
    throw new RuleViolation(
      'INVALID_STATE',
      'stageIndex',
      stage
        ? `Stage ${stage.index} is the one awaiting acceptance, not ${index}.`
        : 'No stage awaits acceptance.',
    );
  }
  return stage;
}

export async function setStage(
  scope: TransitionScope,
  stage: StageRow,
  assignments: string,
  params: unknown[],
): Promise<void> {
  await scope.tx.execute(
    `update "request_stage" set ${assignments} where "request_id" = ? and "index" = ?`,
    [...params, scope.request.id, stage.index],
  );
}

/** Stages not yet accepted end with the request; their holds were released before. */
export async function withdrawStages(scope: TransitionScope): Promise<void> {
  await scope.tx.execute(
    `update "request_stage" set "status" = 'WITHDRAWN', "held_hours" = 0
     where "request_id" = ? and "status" in ('PLANNED', 'IN_PROGRESS')`,
    [scope.request.id],
  );
}
