/**
 * A page's knowledge that its session ended: set by whichever of its queries or steps met
 * UNAUTHENTICATED, read by the page to show «Сессия закончилась» instead of the refusal.
 */
import type { ApolloError } from '@apollo/client/core';
import { useApolloClient } from '@vue/apollo-composable';
import { inject, provide, ref, type InjectionKey, type Ref } from 'vue';

import { forgetViewer, isSessionEnded } from '../lib/session-ended';

/**
 * Checks a refusal: when it says the session ended, the page is told, the viewer is forgotten
 * and the answer is true, so the caller shows nothing of its own.
 */
export type SessionEndCheck = (error: ApolloError | null | undefined) => boolean;

const KEY: InjectionKey<SessionEndCheck> = Symbol('session end');

/** Called by the page: `ended` turns true once any of its parts met the end of the session. */
export function provideSessionEnd(): { ended: Ref<boolean>; check: SessionEndCheck } {
  const ended = ref(false);
  const { resolveClient } = useApolloClient();
  const check: SessionEndCheck = (error) => {
    if (!isSessionEnded(error)) return false;
    ended.value = true;
    forgetViewer(resolveClient());
    return true;
  };
  provide(KEY, check);
  return { ended, check };
}

/** The page's check; outside such a page, a check that never reports an end. */
export function useSessionEnd(): SessionEndCheck {
  return inject(KEY, () => () => false, true);
}
