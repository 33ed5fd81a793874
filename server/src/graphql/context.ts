/**
 * What every resolver receives: the caller's language, a request-scoped ORM context, a logger
 * that carries the request id, and who is calling (resolved from the session cookie once).
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import type { AuthenticatedViewer } from '../auth/auth.service.js';
import type { SessionCookie } from '../auth/session-cookie.js';

import type { LocalizedText } from '../catalogue/content/content.schema.js';
import type { Logger } from '../logger.js';

export type Locale = 'ru' | 'en';

export interface GraphQLContext {
  requestId: string;
  locale: Locale;
  em: EntityManager;
  log: Logger;
  /** The logged-in caller, or null when anonymous. */
  viewer: AuthenticatedViewer | null;
  session: SessionCookie;
}

/** Russian unless the caller's Accept-Language prefers English over it. */
export function localeFrom(acceptLanguage: string | undefined): Locale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { lang: tag.split('-')[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.lang === 'ru' || entry.lang === 'en')
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.lang === 'en' ? 'en' : 'ru';
}

export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
