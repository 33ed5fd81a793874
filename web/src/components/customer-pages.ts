/**
 * A list of the logged-in customer's (its requests, its ledger), a page at a time: the query,
 * who is asking, and «Показать ещё», which appends the next page to the list in the cache.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';

import { useShowMore } from './show-more';

interface Page {
  edges: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** A query of the viewer's customer with the list `Field` in it. */
type CustomerListResult<Field extends string> = {
  viewer?: { customer?: { [F in Field]: Page } | null } | null;
};

/** The customer in such a result, with every field the page asked for. */
type CustomerOf<Result extends { viewer?: { customer?: unknown } | null }> = NonNullable<
  NonNullable<Result['viewer']>['customer']
>;

interface PageVariables {
  first: number;
  after?: string | null;
}

export function useCustomerPages<Field extends string, Result extends CustomerListResult<Field>>(
  document: TypedDocumentNode<Result, PageVariables>,
  field: Field,
  pageSize: number,
) {
  // Always asked again: staff steps and top-ups move the list while it sits in the cache.
  const query = useQuery(
    document,
    { first: pageSize, after: null },
    { fetchPolicy: 'cache-and-network' },
  );
  const viewer = computed(() => query.result.value?.viewer ?? null);
  // Read through the generic, TypeScript would forget the page's own fields of the customer.
  const customer = computed(() => (viewer.value?.customer ?? null) as CustomerOf<Result> | null);
  const { loadingMore, showMore } = useShowMore(
    () => customer.value?.[field].pageInfo.endCursor,
    (after) =>
      query.fetchMore({
        variables: { first: pageSize, after },
        updateQuery: (previous, { fetchMoreResult }) => joinPages(previous, fetchMoreResult, field),
      }),
  );

  return { ...query, viewer, customer, loadingMore, showMore };
}

/** The list with the next page's edges after its own, and the next page's cursor. */
function joinPages<Field extends string, Result extends CustomerListResult<Field>>(
  previous: Result,
  next: Result | undefined,
  field: Field,
): Result {
  const more = next?.viewer?.customer?.[field];
  const viewer = previous.viewer;
  const customer = viewer?.customer;
  if (!more || !viewer || !customer) return previous;

  const joined = { ...more, edges: [...customer[field].edges, ...more.edges] };
  return { ...previous, viewer: { ...viewer, customer: { ...customer, [field]: joined } } };
}
