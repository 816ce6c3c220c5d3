// The site's own cookies, as the policy declares them (Website Visitors): a session cookie that
// ends with the browser session, a persistent one only when the user asks to be remembered, and
// the CSRF token the page's script sends back.
import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'session_id';
export const REMEMBER_COOKIE = 'remember_me';
export const CSRF_COOKIE = 'csrf_token';

/** How long "remember me" lasts: the policy's 30 days. */
export const REMEMBER_DAYS = 30;
const REMEMBER_MAX_AGE_MS = REMEMBER_DAYS * 24 * 60 * 60 * 1000;

const SESSION_OPTIONS: CookieOptions = { httpOnly: true, secure: true, sameSite: 'lax', path: '/' };

export function setSessionCookie(res: Response, token: string): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
}

export function setRememberCookie(res: Response, token: string): void {
  res.cookie(REMEMBER_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/',
    maxAge: REMEMBER_MAX_AGE_MS,
  });
}

/** Readable by the page's script, which echoes it in `X-CSRF-Token` (double-submit). */
export function setCsrfCookie(res: Response, token: string): void {
  res.cookie(CSRF_COOKIE, token, { secure: true, sameSite: 'strict', path: '/' });
}

export function clearAuthCookies(res: Response): void {
  res.clearCookie(SESSION_COOKIE, SESSION_OPTIONS);
  res.clearCookie(REMEMBER_COOKIE, SESSION_OPTIONS);
}

/** The request's cookies, by name. */
export function readCookies(req: Request): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    cookies.set(pair.slice(0, at).trim(), decodeURIComponent(pair.slice(at + 1).trim()));
  }
  return cookies;
}
