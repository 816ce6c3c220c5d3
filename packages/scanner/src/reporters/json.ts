import type { ClauseCitation } from '@pledge/policy';
import type { ScanFinding, ScanResult } from '../types.js';
import { clean } from './shared.js';

/**
 * The machine format: the {@link ScanResult} itself, `version: 1`, described by
 * `schemas/scan-result.schema.json` (see docs/ci.md). Free text (messages, excerpts, flow
 * labels, reasons, details, rule help, clause summaries) is masked again on the way out;
 * identifiers, paths and fingerprints are left as they are.
 */
export function renderJson(result: ScanResult): string {
  return `${JSON.stringify(maskResult(result), null, 2)}\n`;
}

/** A copy of the result with every free-text field passed through the mask. */
export function maskResult(result: ScanResult): ScanResult {
  return {
    ...result,
    rules: result.rules.map((rule) => ({
      ...rule,
      description: clean(rule.description),
      help: rule.help === undefined ? undefined : clean(rule.help),
      clause: rule.clause && maskClause(rule.clause),
    })),
    findings: result.findings.map(maskFinding),
    suppressed: result.suppressed.map(maskFinding),
    suppressionProblems: result.suppressionProblems.map((problem) => ({
      ...problem,
      message: clean(problem.message),
    })),
    skipped: result.skipped.map((skip) => ({ ...skip, detail: clean(skip.detail) })),
  };
}

function maskClause(clause: ClauseCitation): ClauseCitation {
  return clause.summary === undefined ? clause : { ...clause, summary: clean(clause.summary) };
}

function maskFinding(finding: ScanFinding): ScanFinding {
  return {
    ...finding,
    message: clean(finding.message),
    excerpt: clean(finding.excerpt),
    flow: finding.flow.map((step) => ({ ...step, label: clean(step.label) })),
    ...(finding.clause && { clause: maskClause(finding.clause) }),
    ...(finding.suppression && {
      suppression: { ...finding.suppression, reason: clean(finding.suppression.reason) },
    }),
  };
}
