/** The one Apollo client of the app, talking to the API on the same origin. */
import { ApolloClient, HttpLink, type NormalizedCacheObject } from '@apollo/client/core';

import { createCache } from './cache';

// The API answers in the caller's language. The interface is Russian for now, so ask for
// Russian explicitly rather than inherit whatever the browser prefers.
const CONTENT_LANGUAGE = 'ru';

export function createApolloClient(): ApolloClient<NormalizedCacheObject> {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', headers: { 'accept-language': CONTENT_LANGUAGE } }),
    cache: createCache(),
  });
}
