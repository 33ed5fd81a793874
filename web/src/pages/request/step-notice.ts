/**
 * What the last step on the request came to, said once at the top of the actions. A step can
 * change the request and still be refused (a stage that cannot start for want of hours
 * suspends the request): the panel whose button was pressed may be gone by then, so the page,
 * not the panel, says what happened.
 */
import { inject, provide, shallowRef, type InjectionKey, type ShallowRef } from 'vue';

import type { RequestAction } from '../../gql/graphql';
import type { StepProblem } from './step-problem';

/** The steps of `Request.actions`, and a manager's move to another support line. */
export type RequestStep = RequestAction | 'changeSupportLine';

export type StepNotice =
  | { kind: 'done'; action: RequestStep }
  | { kind: 'refused'; action: RequestStep; problem: StepProblem };

const KEY: InjectionKey<ShallowRef<StepNotice | null>> = Symbol('step notice');

/** Called by the page: the one notice its steps report to. */
export function provideStepNotice(): ShallowRef<StepNotice | null> {
  const notice = shallowRef<StepNotice | null>(null);
  provide(KEY, notice);
  return notice;
}

export function useStepNotice(): ShallowRef<StepNotice | null> {
  return inject(KEY, () => shallowRef<StepNotice | null>(null), true);
}
