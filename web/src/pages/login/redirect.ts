/**
 * Where to go after login: the `redirect` query parameter, if it is a path of this app. Anything
 * else (another origin, `//host`, a scheme) goes to the catalogue, so a link cannot send a user
 * who just logged in to someone else's site.
 */
export function redirectTarget(raw: unknown): string {
  if (typeof raw !== 'string' || !raw.startsWith('/')) return '/';
  if (raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (raw === '/login' || raw.startsWith('/login?') || raw.startsWith('/login#')) return '/';
  return raw;
}
