// Shared cookie options, written once and reused.
const DAY_MS = 24 * 60 * 60 * 1000;

/** "Keep me signed in for a quarter." */
export const LONG_LIVED = {
  httpOnly: true,
  secure: true,
  sameSite: 'lax',
  maxAge: 90 * DAY_MS,
} as const;

export const SECURE_COOKIE = { httpOnly: true, secure: true, sameSite: 'lax' } as const;
