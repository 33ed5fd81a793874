/**
 * The session cookie: read with the `cookie` package's parser (express reads no cookies by
 * itself, and one cookie does not need cookie-parser's middleware), written with express's own
 * `res.cookie`, which serialises with that same package.
 */
import { parse } from 'cookie';
import type { Request, Response } from 'express';

import { SESSION_LIFETIME_MS } from '../domain/access.js';

export const SESSION_COOKIE = 'session';

/** 32 random bytes in base64url: the only shape of token this server hands out. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The session token a request carries, or null; a malformed one is not even looked up. */
export function sessionTokenFrom(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  const token = parse(header)[SESSION_COOKIE];
  return token && TOKEN.test(token) ? token : null;
}

/**
 * httpOnly keeps it from scripts; SameSite=Lax keeps it off cross-site posts; Secure when the
 * request came over TLS (directly, or through a trusted proxy's X-Forwarded-Proto), so plain
 * http://localhost still works.
 */
function attributes(req: Request) {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: req.secure } as const;
}

export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.cookie(SESSION_COOKIE, token, { ...attributes(req), maxAge: SESSION_LIFETIME_MS });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, attributes(req));
}

/** What a resolver may do with the caller's session cookie, without touching HTTP itself. */
export interface SessionCookie {
  /** The token the request came with, if well-formed. */
  readonly token: string | null;
  /** Sends a new session's token. */
  start(token: string): void;
  /** Tells the browser to forget the session. */
  end(): void;
}

export function sessionCookie(req: Request, res: Response): SessionCookie {
  return {
    token: sessionTokenFrom(req),
    start: (token) => setSessionCookie(req, res, token),
    end: () => clearSessionCookie(req, res),
  };
}
