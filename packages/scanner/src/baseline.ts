import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { maskText } from '@pledge/policy';
import { FINGERPRINT_VERSION } from './fingerprint.js';
import type { ScanFinding, ScanResult } from './types.js';

// A baseline records the findings a team accepts for now (`pledge baseline`), so the gate
// fails only on new ones (`pledge scan --baseline pledge-baseline.json`). Findings are matched
// by fingerprint, never by line number, so moving code keeps them matched. The file is
// sorted, stable JSON without timestamps: regenerating it on an unchanged repository gives
// the same bytes, and a diff of it in review shows exactly what was accepted or fixed.

/** The version of the baseline file format. */
export const BASELINE_VERSION = 1;

/** One accepted finding. `ruleId`, `file` and `message` are for the humans reading the file. */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  message: string;
}

export interface BaselineFile {
  version: typeof BASELINE_VERSION;
  tool: '@pledge/scanner';
  fingerprintVersion: string;
  findings: BaselineEntry[];
}

/** A baseline that cannot be read or has the wrong shape. */
export class BaselineError extends Error {
  override readonly name = 'BaselineError';
}

/** The baseline of a scan's findings (suppressed ones are not included: they need no baseline). */
export function createBaseline(findings: readonly ScanFinding[]): BaselineFile {
  const entries = findings
    .map((f) => ({
      fingerprint: f.fingerprint,
      ruleId: f.ruleId,
      // Masked like every output: a file name may hold an email or a card number.
      file: maskText(f.file),
      message: maskText(f.message),
    }))
    .sort(
      (a, b) =>
        compare(a.file, b.file) ||
        compare(a.ruleId, b.ruleId) ||
        compare(a.fingerprint, b.fingerprint),
    );
  return {
    version: BASELINE_VERSION,
    tool: '@pledge/scanner',
    fingerprintVersion: FINGERPRINT_VERSION,
    findings: entries,
  };
}

/** The file's text: two-space JSON with a final newline. */
export function serializeBaseline(baseline: BaselineFile): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Writes a baseline file. */
export function writeBaseline(path: string, findings: readonly ScanFinding[]): BaselineFile {
  const baseline = createBaseline(findings);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, serializeBaseline(baseline));
  return baseline;
}

/** Reads and checks a baseline file; throws `BaselineError` with what is wrong. */
export function readBaseline(path: string): BaselineFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'error';
    throw new BaselineError(
      code === 'ENOENT'
        ? `${path}: the baseline file does not exist. Create it with \`pledge baseline --output ${path}\`.`
        : `${path}: the baseline file cannot be read (${code}).`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(
      `${path}: not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (!isRecord(data) || data.version !== BASELINE_VERSION || !Array.isArray(data.findings)) {
    throw new BaselineError(
      `${path}: not a Pledge baseline (expected \`{ "version": ${String(BASELINE_VERSION)}, "findings": [...] }\`).`,
    );
  }
  const findings: BaselineEntry[] = [];
  data.findings.forEach((entry: unknown, index) => {
    if (!isRecord(entry) || typeof entry.fingerprint !== 'string') {
      throw new BaselineError(`${path}: findings[${String(index)}] has no \`fingerprint\` string.`);
    }
    findings.push({
      fingerprint: entry.fingerprint,
      ruleId: typeof entry.ruleId === 'string' ? entry.ruleId : '',
      file: typeof entry.file === 'string' ? entry.file : '',
      message: typeof entry.message === 'string' ? entry.message : '',
    });
  });
  return {
    version: BASELINE_VERSION,
    tool: '@pledge/scanner',
    fingerprintVersion:
      typeof data.fingerprintVersion === 'string' ? data.fingerprintVersion : FINGERPRINT_VERSION,
    findings,
  };
}

/**
 * Marks the findings the baseline holds (`inBaseline`), as a multiset: a fingerprint listed
 * once matches one finding. `fixed` counts baseline entries that no current finding matches,
 * over `all` (every finding of the scan, before a changed-since filter), leaving out the entries
 * `unchecked` says the scan did not look at (test code it left out).
 */
export function applyBaseline<T extends ScanFinding>(
  findings: readonly T[],
  all: readonly ScanFinding[],
  baseline: BaselineFile,
  file: string,
  unchecked?: (entry: BaselineEntry) => boolean,
): { findings: T[]; summary: NonNullable<ScanResult['baseline']> } {
  const counts = (): Map<string, number> => {
    const map = new Map<string, number>();
    for (const entry of baseline.findings)
      map.set(entry.fingerprint, (map.get(entry.fingerprint) ?? 0) + 1);
    return map;
  };
  const available = counts();
  let matched = 0;
  const marked = findings.map((finding) => {
    const left = available.get(finding.fingerprint) ?? 0;
    if (left > 0) {
      available.set(finding.fingerprint, left - 1);
      matched++;
      return { ...finding, inBaseline: true };
    }
    return { ...finding, inBaseline: false };
  });
  const remaining = counts();
  for (const entry of baseline.findings) {
    if (unchecked?.(entry) !== true) continue;
    const left = remaining.get(entry.fingerprint) ?? 0;
    if (left > 0) remaining.set(entry.fingerprint, left - 1);
  }
  for (const finding of all) {
    const left = remaining.get(finding.fingerprint) ?? 0;
    if (left > 0) remaining.set(finding.fingerprint, left - 1);
  }
  let fixed = 0;
  for (const left of remaining.values()) fixed += left;
  return { findings: marked, summary: { file, matched, new: findings.length - matched, fixed } };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
