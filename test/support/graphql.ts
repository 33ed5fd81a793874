/**
 * Talks to the GraphQL endpoint over real HTTP and returns status, parsed body and headers, so a
 * test can check the transport as well as the answer.
 */

/** One error of a GraphQL response, as the server formats it. */
export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** A GraphQL response body; `data` is typed by the caller. */
export interface GraphQLBody<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** What came back: the HTTP status, the parsed JSON body (null if not JSON), the headers. */
export interface GraphQLResult<T> {
  status: number;
  body: GraphQLBody<T>;
  headers: Headers;
  /** The body exactly as received. */
  text: string;
}

/** The /graphql endpoint of a server URL; an URL that already ends with /graphql is kept. */
export function graphqlEndpoint(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  return trimmed.endsWith('/graphql') ? trimmed : `${trimmed}/graphql`;
}

/** Posts a query as JSON to the server's /graphql (pass the base URL or the endpoint). */
export function post<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResult<T>> {
  const body = JSON.stringify(variables === undefined ? { query } : { query, variables });
  return postRaw<T>(url, body, headers);
}

/** Posts a body exactly as given (malformed JSON, a batch, ...) with a JSON content type. */
export async function postRaw<T = Record<string, unknown>>(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResult<T>> {
  const response = await fetch(graphqlEndpoint(url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body,
  });
  return readResult<T>(response);
}

/** Sends a GET to /graphql with the query in the URL, as a browser link or a CDN would. */
export async function getQuery<T = Record<string, unknown>>(
  url: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResult<T>> {
  const endpoint = new URL(graphqlEndpoint(url));
  endpoint.searchParams.set('query', query);
  return readResult<T>(
    await fetch(endpoint, { headers: { accept: 'application/json', ...headers } }),
  );
}

async function readResult<T>(response: Response): Promise<GraphQLResult<T>> {
  const text = await response.text();
  let body: GraphQLBody<T> = {};
  try {
    body = JSON.parse(text) as GraphQLBody<T>;
  } catch {
    // Not JSON: the test sees `text` and an empty body.
  }
  return { status: response.status, body, headers: response.headers, text };
}

/** The data of a response that must have succeeded; throws with the errors otherwise. */
export async function queryData<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<T> {
  const result = await post<T>(url, query, variables, headers);
  if (result.status !== 200 || result.body.errors?.length || !result.body.data) {
    throw new Error(`GraphQL request failed (HTTP ${result.status}): ${result.text}`);
  }
  return result.body.data;
}
