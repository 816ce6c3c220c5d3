import { createHash } from 'node:crypto';

// A finding's identity across commits. It must survive what does not change the finding
// (lines inserted above it, re-indentation, a full scan versus a changed-since scan) and change
// with what does (an edit of the line, another rule, another file, another data category).
// So the line number is left out; the normalised text of the line is in, and an occurrence
// index tells identical lines of the same file apart.

/** What a fingerprint is made of. */
export interface FingerprintInput {
  ruleId: string;
  /** Repository-relative, `/`-separated. */
  file: string;
  category?: string | undefined;
  recipient?: string | undefined;
  cookie?: string | undefined;
  /** The source text of the finding's first line. */
  lineText: string;
}

/** The version prefix of fingerprints: bump it when the recipe changes, so baselines notice. */
export const FINGERPRINT_VERSION = 'v1';

/** Collapses runs of whitespace and trims, so re-indentation keeps the fingerprint. */
export function normalizeLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The key identical findings share; the occurrence index separates them. */
export function fingerprintKey(input: FingerprintInput): string {
  return [
    input.ruleId,
    input.file,
    input.category ?? '',
    input.recipient ?? '',
    input.cookie ?? '',
    normalizeLine(input.lineText),
  ].join('\u0000');
}

/** sha256 of the key and the occurrence index, truncated to 16 bytes (32 hex digits). */
export function fingerprint(input: FingerprintInput, occurrence: number): string {
  const hash = createHash('sha256')
    .update(fingerprintKey(input))
    .update('\u0000')
    .update(String(occurrence))
    .digest('hex')
    .slice(0, 32);
  return `${FINGERPRINT_VERSION}:${hash}`;
}

/**
 * Fingerprints a list of findings: findings must come in source order per file (the occurrence
 * index counts identical keys in that order). Returns the fingerprints in the same order.
 */
export function fingerprintAll(inputs: readonly FingerprintInput[]): string[] {
  const seen = new Map<string, number>();
  return inputs.map((input) => {
    const key = fingerprintKey(input);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return fingerprint(input, occurrence);
  });
}
