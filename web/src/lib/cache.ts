/**
 * How the Apollo cache identifies and merges what the API returns. Every object type either has
 * an identity or a merge rule, so that two pages asking for different fields of the same thing
 * share one cache entry instead of overwriting each other and refetching in a loop.
 */
import {
  InMemoryCache,
  type FieldMergeFunction,
  type Reference,
  type StoreObject,
  type TypePolicies,
} from '@apollo/client/core';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * A package's course limits have no id, and the same key has another maximum in another
 * package, so a limit is identified only within its service: merge the lists by `key`,
 * field by field, and let the incoming list decide which limits there are and in what order.
 */
type Limit = StoreObject | Reference;

const mergeLimitsByKey: FieldMergeFunction<Limit[]> = (existing, incoming, options) => {
  const { readField, mergeObjects } = options;
  const previous = new Map<unknown, Limit>();
  for (const limit of existing ?? []) previous.set(readField('key', limit), limit);

  return incoming.map((limit) => {
    const before = previous.get(readField('key', limit));
    return before ? mergeObjects(before, limit) : limit;
  });
};

/**
 * A request's stages have no id of their own: a stage is its index within its request. Merged
 * by index, field by field, so a page that asked for fewer fields of a stage loses none.
 */
type Stage = StoreObject | Reference;
const mergeStagesByIndex: FieldMergeFunction<Stage[]> = (existing, incoming, options) => {
  const { readField, mergeObjects } = options;
  const previous = new Map<unknown, Stage>();
  for (const stage of existing ?? []) previous.set(readField('index', stage), stage);
  return incoming.map((stage) => {
    const before = previous.get(readField('index', stage));
    return before ? mergeObjects(before, stage) : stage;
  });
};

/** A list that is always sent whole (a request's history, its time): the newer one wins. */
const replaceList: FieldMergeFunction<unknown[]> = (_existing, incoming) => incoming;

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      // A service already in the cache (from the catalogue list, say) answers service(code)
      // without asking again, as far as its fields go. A null answer (unknown code) is kept.
      service: {
        read: (existing, { args, toReference }) =>
          existing !== undefined
            ? existing
            : toReference({ __typename: 'Service', code: args?.code }),
      },
      // Staff's list of every request: pages joined as "Показать ещё" asks for them, one list
      // per choice of statuses and order.
      allRequests: relayStylePagination(['statuses', 'orderBy']),
      // The queue shrinks as requests start: each answer replaces the last.
      requestQueue: { merge: false },
    },
  },
  CatalogueSection: { keyFields: ['code'] },
  Service: {
    keyFields: ['code'],
    fields: { limits: { merge: mergeLimitsByKey } },
  },
  Specialist: { keyFields: ['kind'] },
  SupportComparisonRow: { keyFields: ['position'] },
  SupportLine: { keyFields: ['level'] },
  BusinessCalendarYear: { keyFields: ['year'] },

  // Parts of one parent, never shared: newer fields are merged into older ones.
  Attestation: { merge: true },
  Money: { merge: true },
  RequestTotals: { merge: true },
  RequestSla: { merge: true },

  // An estimate is an answer to its input and lives under that input's field; its parts are
  // not entities of their own.
  Estimate: { keyFields: false },
  EstimateLine: { keyFields: false },
  LimitViolation: { keyFields: false },
  CourseLimit: { keyFields: false },

  // A request is an entity (its id); its parts live inside it.
  Request: {
    fields: {
      stages: { merge: mergeStagesByIndex },
      history: { merge: replaceList },
      timeEntries: { merge: replaceList },
    },
  },
  RequestStage: { keyFields: false },
  RequestEvent: { keyFields: false },

  // Who is calling lives under `viewer` only, replaced whole at login and logout.
  Viewer: { keyFields: false },
  User: { keyFields: false },
  Customer: { keyFields: false },
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies });
}
