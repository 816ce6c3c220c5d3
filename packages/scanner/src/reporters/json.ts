import { maskDeep } from '@pledge/policy';
import type { ScanResult } from '../types.js';

/**
 * The machine format: the {@link ScanResult} itself, `version: 1`, described by
 * `schemas/scan-result.schema.json` (see docs/ci.md). Every string is masked again on the
 * way out (`maskResult`), fingerprints and rule ids excepted.
 */
export function renderJson(result: ScanResult): string {
  return `${JSON.stringify(maskResult(result), null, 2)}\n`;
}

/** Values a consumer matches exactly: never rewritten by the mask. */
const VERBATIM = new Set(['fingerprint', 'ruleId', 'messageId', 'severity', 'version']);

/**
 * A copy of the result with every string passed through the mask — messages, excerpts and
 * flow labels, and also file paths, cookie names, hosts, recipients, rule help and clause
 * summaries, where a value may have reached as well — except the identifiers in `VERBATIM`.
 */
export function maskResult(result: ScanResult): ScanResult {
  return maskDeep(result, VERBATIM);
}
