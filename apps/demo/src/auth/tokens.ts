import { createHash, randomBytes } from 'node:crypto';

/** A random token for a cookie or a link; only its hash is stored. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps of a token. */
export const tokenHash = (token: string): string =>
  createHash('sha256').update(token).digest('hex');
