/**
 * A session can end while a page is open (it expired, or the user logged out in another tab):
 * the server then refuses with UNAUTHENTICATED. The app forgets who was logged in, so the
 * header stops showing the old user and the page can say what happened in words.
 */
import type { ApolloClient, ApolloError } from '@apollo/client/core';

import { ViewerDocument } from '../gql/graphql';

/** True when the server refused because nobody is logged in any more. */
export function isSessionEnded(error: ApolloError | null | undefined): boolean {
  return (error?.graphQLErrors ?? []).some((item) => item.extensions?.code === 'UNAUTHENTICATED');
}

/** Every query of `viewer` (the header's among them) now reads nobody, without asking again. */
export function forgetViewer(client: ApolloClient<unknown>): void {
  client.cache.writeQuery({ query: ViewerDocument, data: { viewer: null } });
}
