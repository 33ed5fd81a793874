/**
 * Login, logout and the session behind a cookie. Passwords are argon2id hashes; sessions are rows
 * keyed by the SHA-256 of a random token, so only the cookie can open one.
 */
import { createHash, randomBytes } from 'node:crypto';

import { hash, verify } from '@node-rs/argon2';
import type { EntityManager } from '@mikro-orm/postgresql';

import { normaliseEmail, sessionExpiry, sessionNeedsRenewal } from '../domain/access.js';
import { SessionEntity, UserEntity } from './entities/index.js';

/** A caller whose session cookie opened a live session. */
export interface AuthenticatedViewer {
  user: UserEntity;
  sessionId: string;
  /** Set when this request pushed the session's end forward: the cookie should follow. */
  renewed: boolean;
}

/** A login that succeeded: the token for the cookie and who it is. */
export interface LoginSuccess {
  token: string;
  user: UserEntity;
}

/**
 * argon2id with the library's defaults (19 MiB, 2 passes, 1 lane: OWASP's recommended minimum),
 * about 30 ms here: slow for a guesser with a stolen table, quick enough for a login.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export class AuthService {
  /**
   * Checked against when the email is unknown, so that answer costs one hash as a wrong password
   * does and timing does not tell which emails have accounts.
   */
  private dummyHash: Promise<string> | null = null;

  async login(em: EntityManager, email: string, password: string): Promise<LoginSuccess | null> {
    const user = await em.findOne(
      UserEntity,
      { email: normaliseEmail(email) },
      { populate: ['customer'] },
    );
    const stored = user?.passwordHash ?? (await this.dummy());
    const matches = await verify(stored, password).catch(() => false);
    if (!user || !matches) return null;

    const now = new Date();
    // A fresh token at every login: a token planted before login never becomes a session.
    const token = randomBytes(32).toString('base64url');
    em.create(SessionEntity, {
      id: sessionIdOf(token),
      user,
      createdAt: now,
      expiresAt: sessionExpiry(now),
      lastSeenAt: now,
    });
    await em.flush();
    // The user's expired sessions go at each login: no sweeper is needed to keep the table small.
    await em.nativeDelete(SessionEntity, { user: user.id, expiresAt: { $lte: now } });
    return { token, user };
  }

  /** Ends the session the token opens, if any; an unknown token is already logged out. */
  async logout(em: EntityManager, token: string): Promise<void> {
    await em.nativeDelete(SessionEntity, { id: sessionIdOf(token) });
  }

  /** The live session a token opens, with its user and customer, in one query; else null. */
  async resolve(em: EntityManager, token: string): Promise<AuthenticatedViewer | null> {
    const now = new Date();
    const session = await em.findOne(
      SessionEntity,
      { id: sessionIdOf(token), expiresAt: { $gt: now } },
      { populate: ['user', 'user.customer'], strategy: 'joined' },
    );
    if (!session) return null;

    const renewed = sessionNeedsRenewal(session.lastSeenAt, now);
    if (renewed) {
      await em.nativeUpdate(
        SessionEntity,
        { id: session.id },
        { lastSeenAt: now, expiresAt: sessionExpiry(now) },
      );
    }
    return { user: session.user, sessionId: session.id, renewed };
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    return this.dummyHash;
  }
}

/** The row id of a token: its SHA-256 in hex. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
