import type { ApolloError } from '@apollo/client/core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useApolloClient } from '@vue/apollo-composable';
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';

import { useSessionEnd } from '../../components/session-end';
import { RequestPageDocument, RequestViewerDocument } from '../../gql/graphql';
import { submissionKeys } from '../../lib/submission-key';
import { problemOfError, type StepError, type StepProblem } from './step-problem';
import { useStepNotice, type RequestStep } from './step-notice';

interface StepPayload {
  request: { id: string } | null;
  errors: readonly StepError[];
}

/** Every step's mutation answers one field, its payload. */
type StepData = Record<string, StepPayload>;

/**
 * One step a person takes on a request (a button, a form). Each press sends a new idempotency
 * key; a press after no answer came, with the same input, sends the same key again, so the
 * server takes the step once. The request in the answer updates the cache, and with it the
 * page; the viewer's balance is asked again, since a step may have moved hours.
 */
export function useRequestStep(action: RequestStep) {
  const { resolveClient } = useApolloClient();
  const notice = useStepNotice();
  const sessionEnd = useSessionEnd();
  const keys = submissionKeys();
  const busy = ref(false);
  const problem = shallowRef<StepProblem | null>(null);

  async function run<TData extends StepData, TInput extends object>(
    document: TypedDocumentNode<TData, { input: TInput }>,
    input: Omit<TInput, 'idempotencyKey'>,
    { keyed = true }: { keyed?: boolean } = {},
  ): Promise<boolean> {
    busy.value = true;
    problem.value = null;
    notice.value = null;
    const variables = {
      input: (keyed ? { ...input, idempotencyKey: keys.keyFor(input) } : input) as TInput,
    };

    try {
      const { data } = await resolveClient().mutate({ mutation: document, variables });
      keys.settle();
      const payload = data ? Object.values(data)[0] : undefined;
      if (!payload) return false;
      await refreshAfter(payload);
      return report(payload);
    } catch (error) {
      // The page says the session ended; a refusal here in English would only repeat it.
      if (sessionEnd(error as ApolloError)) return false;
      const failed = problemOfError(error as ApolloError);
      if (!failed.unreachable) keys.settle();
      problem.value = failed;
      return false;
    } finally {
      busy.value = false;
    }
  }

  function report(payload: StepPayload): boolean {
    if (payload.errors.length === 0) {
      notice.value = { kind: 'done', action };
      return true;
    }
    const refused = { unreachable: false, errors: payload.errors };
    // A refusal that changed the request is the page's to tell: this panel may be gone.
    if (payload.request) notice.value = { kind: 'refused', action, problem: refused };
    else problem.value = refused;
    return false;
  }

  // A refusal without the request means it moved on elsewhere: the page asks for it again.
  async function refreshAfter(payload: StepPayload): Promise<void> {
    const include = payload.request
      ? [RequestViewerDocument]
      : [RequestViewerDocument, RequestPageDocument];
    await resolveClient().refetchQueries({ include });
  }

  return { run, busy, problem };
}

/** A step confirmed with a comment (ConfirmStep): decline, withdraw, deliver, return, reject. */
export interface CommentStep {
  busy: Ref<boolean>;
  problem: ShallowRef<StepProblem | null>;
  /** Takes the step with the comment as typed; an empty one is sent as none. */
  run: (comment: string) => Promise<boolean>;
}

export function useCommentStep<TData extends StepData, TInput extends object>(
  action: RequestStep,
  document: TypedDocumentNode<TData, { input: TInput }>,
  input: (comment: string | null) => Omit<TInput, 'idempotencyKey'>,
): CommentStep {
  const { run, busy, problem } = useRequestStep(action);
  return { busy, problem, run: (comment) => run(document, input(comment || null)) };
}
