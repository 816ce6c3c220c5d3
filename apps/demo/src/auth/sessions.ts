import type { NextFunction, Request, Response } from 'express';
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rememberTokens, sessions, users } from '../db/schema.js';
import {
  clearAuthCookies,
  readCookies,
  REMEMBER_COOKIE,
  REMEMBER_DAYS,
  SESSION_COOKIE,
  setRememberCookie,
  setSessionCookie,
} from './cookies.js';
import { newToken, tokenHash } from './tokens.js';

/** The signed-in account, as the routes see it. */
export interface Account {
  id: number;
  email: string;
  name: string;
}

declare global {
  namespace Express {
    interface Request {
      /** Set by {@link loadAccount}. */
      account?: Account;
    }
  }
}

/** Starts a session (and, when asked, a "remember me" token) for `userId`. */
export function startSession(db: Db, res: Response, userId: number, remember: boolean): void {
  const token = newToken();
  db.insert(sessions)
    .values({ id: tokenHash(token), userId })
    .run();
  setSessionCookie(res, token);
  if (remember) {
    const rememberToken = newToken();
    const expiresAt = new Date(Date.now() + REMEMBER_DAYS * 24 * 60 * 60 * 1000);
    db.insert(rememberTokens)
      .values({ id: tokenHash(rememberToken), userId, expiresAt })
      .run();
    setRememberCookie(res, rememberToken);
  }
}

/** Ends the session and forgets the "remember me" token of this browser. */
export function endSession(db: Db, req: Request, res: Response): void {
  const cookies = readCookies(req);
  const session = cookies.get(SESSION_COOKIE);
  const remember = cookies.get(REMEMBER_COOKIE);
  if (session !== undefined)
    db.delete(sessions)
      .where(eq(sessions.id, tokenHash(session)))
      .run();
  if (remember !== undefined)
    db.delete(rememberTokens)
      .where(eq(rememberTokens.id, tokenHash(remember)))
      .run();
  clearAuthCookies(res);
}

/**
 * Middleware: sets `req.account` from the session cookie, or from a valid "remember me" token
 * (which then starts a new session and is rotated).
 */
export function loadAccount(db: Db) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const cookies = readCookies(req);
    const session = cookies.get(SESSION_COOKIE);
    const byId = (id: number) =>
      db
        .select({ id: users.id, email: users.email, name: users.name })
        .from(users)
        .where(eq(users.id, id))
        .get();
    if (session !== undefined) {
      const row = db
        .select({ userId: sessions.userId })
        .from(sessions)
        .where(eq(sessions.id, tokenHash(session)))
        .get();
      if (row) {
        req.account = byId(row.userId);
        next();
        return;
      }
    }
    const remember = cookies.get(REMEMBER_COOKIE);
    if (remember !== undefined) {
      const row = db
        .delete(rememberTokens)
        .where(
          and(eq(rememberTokens.id, tokenHash(remember)), gt(rememberTokens.expiresAt, new Date())),
        )
        .returning({ userId: rememberTokens.userId })
        .get();
      if (row) {
        startSession(db, res, row.userId, true);
        req.account = byId(row.userId);
      }
    }
    next();
  };
}

/** Middleware: 401 unless signed in. */
export function requireAccount(req: Request, res: Response, next: NextFunction): void {
  if (req.account) next();
  else res.status(401).json({ error: 'Sign in first.' });
}
