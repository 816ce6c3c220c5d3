// Signing in: a session cookie, and a persistent one only when the user asks to be remembered
// (Website Visitors).
import type { Response } from 'express';

export const SESSION_COOKIE = 'session_id';
const REMEMBER_COOKIE = 'remember_me';
const THIRTY_DAYS = 30 * 24 * 60 * 60 * 1000;

export function startSession(res: Response, token: string, remember: boolean): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'lax' });
  if (remember) {
    res.cookie(REMEMBER_COOKIE, token, { httpOnly: true, secure: true, maxAge: THIRTY_DAYS });
  }
}
