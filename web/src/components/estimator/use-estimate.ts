import type { ApolloError } from '@apollo/client/core';
import { useApolloClient } from '@vue/apollo-composable';
import { onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';

import { EstimateDocument, type EstimateInput, type EstimateQuery } from '../../gql/graphql';
import { readableErrors, type ReadableErrors } from '../../lib/graphql-errors';

/** The price, and whether the rate it was priced at is still an example figure. */
export type EstimateResultData = EstimateQuery['estimate'] & { rateSample: boolean };

// Long enough to let a person finish a number, short enough to feel live.
const TYPING_PAUSE_MS = 250;

/**
 * The live price of an input that changes while a person types. The price shown is replaced
 * only when the next one arrives, so it never blinks out between keystrokes; an answer to an
 * older input is dropped. With no input (a field is wrong) there is no price at all.
 */
export function useEstimate(input: MaybeRefOrGetter<EstimateInput | null>) {
  const { resolveClient } = useApolloClient();
  const estimate = shallowRef<EstimateResultData | null>(null);
  const failure = shallowRef<ReadableErrors | null>(null);
  const pending = ref(false);

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function run(ask: number, variables: EstimateInput): Promise<void> {
    try {
      const { data } = await resolveClient().query({
        query: EstimateDocument,
        variables: { input: variables },
      });
      if (ask !== latest) return;
      estimate.value = { ...data.estimate, rateSample: data.listRateSample };
      failure.value = null;
    } catch (error) {
      if (ask !== latest) return;
      estimate.value = null;
      // ApolloClient.query rejects with an ApolloError, whatever went wrong.
      failure.value = readableErrors(error as ApolloError);
    } finally {
      if (ask === latest) pending.value = false;
    }
  }

  function schedule(variables: EstimateInput | null, delay: number): void {
    const ask = ++latest;
    clearTimeout(timer);

    if (!variables) {
      estimate.value = null;
      failure.value = null;
      pending.value = false;
      return;
    }

    pending.value = true;
    timer = setTimeout(() => void run(ask, variables), delay);
  }

  // Compared as text, so a new object with the same content asks nothing again. The first
  // price is asked for at once; later ones wait for a pause in typing.
  const key = () => JSON.stringify(toValue(input));
  watch(
    key,
    (_now, before) => schedule(toValue(input), before === undefined ? 0 : TYPING_PAUSE_MS),
    { immediate: true },
  );
  onScopeDispose(() => clearTimeout(timer));

  return { estimate, failure, pending, retry: () => schedule(toValue(input), 0) };
}
