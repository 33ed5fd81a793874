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
    // The built app keeps Apollo's development warnings (they catch cache mistakes), and with
    // them the DevTools hook, which advertised the extension in every page's console. Only
    // the hook is turned off: the warnings stay.
    devtools: { enabled: false },
  });
}
