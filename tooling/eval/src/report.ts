import { formatProblem } from './data.js';
import type { FrontName } from './fronts.js';
import { seconds, type EvalResult, type RepoOutcome } from './run.js';
import { precision, recall, type Counts, type EvalFinding, type Label } from './score.js';

// The text report: score tables per front end (per repository and rule, then totals), the
// triage lists (every false negative, false positive and unlabelled finding, with the front
// ends concerned), what could not be analysed, wall times, and one summary line per front end.

/** `0.91`, or `–` when the ratio is undefined (nothing to divide by). */
export function ratio(value: number | undefined): string {
  return value === undefined ? '–' : value.toFixed(2);
}

/** The summary line of a front end: `scanner: precision 0.91 recall 0.45 (TP 60, FP 6, FN 73, unlabelled 12)`. */
export function summaryLine(front: string, counts: Counts): string {
  return `${front}: precision ${ratio(precision(counts))} recall ${ratio(recall(counts))} (TP ${String(counts.tp)}, FP ${String(counts.fp)}, FN ${String(counts.fn)}, unlabelled ${String(counts.unlabelled)})`;
}

const NAME_WIDTH = 36;

function row(name: string, counts: Counts, indent = '  '): string {
  const cells = [counts.tp, counts.fp, counts.fn, counts.unlabelled].map((n) =>
    String(n).padStart(5),
  );
  return `${`${indent}${name}`.padEnd(NAME_WIDTH)}${cells.join('')}${ratio(precision(counts)).padStart(11)}${ratio(recall(counts)).padStart(8)}`;
}

function header(title: string): string {
  return `${title.padEnd(NAME_WIDTH)}${['TP', 'FP', 'FN', 'unl'].map((h) => h.padStart(5)).join('')}${'precision'.padStart(11)}${'recall'.padStart(8)}`;
}

/** The score tables of one front end. */
function frontTable(result: EvalResult, front: FrontName): string[] {
  const lines = ['', header(`== ${front} ==`)];
  const ran = result.repos.filter((r) => r.fronts[front]);
  for (const repo of ran) {
    const outcome = repo.fronts[front];
    if (!outcome) continue;
    const { run, score } = outcome;
    const facts = [
      seconds(run.durationMs),
      `${String(run.files)} files`,
      ...(run.problems.length > 0 ? [`${String(run.problems.length)} not analysed`] : []),
      ...(run.error === undefined ? [] : ['FAILED']),
    ];
    lines.push(`${repo.name}  (${facts.join(', ')})`);
    for (const rule of result.rules) lines.push(row(rule, score.perRule[rule] ?? zero()));
    lines.push(row('all rules', score.total));
  }
  const totals = result.totals[front];
  if (totals && ran.length > 0) {
    lines.push(`all repositories (${String(ran.length)})`);
    for (const rule of result.rules) lines.push(row(rule, totals.perRule[rule] ?? zero()));
    lines.push(row('all rules', totals.total));
  }
  if (ran.length === 0) lines.push('  (no repository ran)');
  return lines;
}

function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0, unlabelled: 0 };
}

function place(label: Label): string {
  return label.endLine !== undefined && label.endLine !== label.line
    ? `${label.path}:${String(label.line)}-${String(label.endLine)}`
    : `${label.path}:${String(label.line)}`;
}

/** The first 80 characters of a (masked) message, on one line. */
export function shortMessage(message: string): string {
  const flat = message.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

/** Every FN, FP and unlabelled finding of a repository, each with the front ends concerned. */
function triage(repo: RepoOutcome, fronts: readonly FrontName[]): string[] {
  const ran = fronts.filter((f) => repo.fronts[f]);
  const misses = new Map<Label, FrontName[]>();
  const wrong = new Map<string, { finding: EvalFinding; label: Label; by: FrontName[] }>();
  const unlabelled = new Map<string, { finding: EvalFinding; by: FrontName[] }>();
  const key = (f: EvalFinding): string => `${f.file}\0${String(f.line)}\0${f.ruleId}`;
  for (const front of ran) {
    const score = repo.fronts[front]?.score;
    if (!score) continue;
    for (const label of score.falseNegatives)
      misses.set(label, [...(misses.get(label) ?? []), front]);
    for (const { finding, label } of score.falsePositives) {
      const entry = wrong.get(key(finding)) ?? { finding, label, by: [] };
      if (!entry.by.includes(front)) entry.by.push(front);
      wrong.set(key(finding), entry);
    }
    for (const finding of score.unlabelled) {
      const entry = unlabelled.get(key(finding)) ?? { finding, by: [] };
      if (!entry.by.includes(front)) entry.by.push(front);
      unlabelled.set(key(finding), entry);
    }
  }
  const which = (by: readonly FrontName[]): string =>
    by.length === ran.length && ran.length > 1 ? 'all' : by.join(', ');
  const byPlace = <T extends { finding: EvalFinding }>(a: T, b: T): number =>
    compare(a.finding.file, b.finding.file) ||
    a.finding.line - b.finding.line ||
    compare(a.finding.ruleId, b.finding.ruleId);
  const lines: string[] = [];
  if (misses.size > 0) {
    lines.push(`  false negatives (${String(misses.size)}): labelled findings not reported`);
    const sorted = [...misses].sort(
      ([a], [b]) => compare(a.path, b.path) || a.line - b.line || compare(a.rule, b.rule),
    );
    for (const [label, by] of sorted) {
      lines.push(`    FN  ${place(label)}  ${label.rule}  [missed by ${which(by)}]  ${label.why}`);
    }
  }
  if (wrong.size > 0) {
    lines.push(`  false positives (${String(wrong.size)}): findings on lines labelled clean`);
    for (const { finding, label, by } of [...wrong.values()].sort(byPlace)) {
      lines.push(
        `    FP  ${finding.file}:${String(finding.line)}  ${finding.ruleId}  [${which(by)}]  ${shortMessage(finding.message)}`,
      );
      lines.push(`        labelled clean: ${label.why}`);
    }
  }
  if (unlabelled.size > 0) {
    lines.push(`  unlabelled findings (${String(unlabelled.size)}): label them in labels.yaml`);
    for (const { finding, by } of [...unlabelled.values()].sort(byPlace)) {
      lines.push(
        `    ??  ${finding.file}:${String(finding.line)}  ${finding.ruleId}  [${which(by)}]  ${shortMessage(finding.message)}`,
      );
    }
  }
  return lines;
}

/** Files a front end could not analyse: crashes and syntax errors in full, other skips counted. */
function notAnalysed(repo: RepoOutcome, fronts: readonly FrontName[]): string[] {
  const lines: string[] = [];
  for (const front of fronts) {
    const run = repo.fronts[front]?.run;
    if (!run) continue;
    if (run.error !== undefined) lines.push(`  ${front} FAILED: ${run.error}`);
    for (const problem of run.problems) {
      if (problem.kind === 'skipped') continue;
      lines.push(`  ${front} ${problem.kind}: ${problem.file}: ${shortDetail(problem.detail)}`);
    }
    const skipped = run.problems.filter((p) => p.kind === 'skipped').length;
    if (skipped > 0)
      lines.push(`  ${front}: ${String(skipped)} files skipped (too large, minified, generated…)`);
    for (const note of run.notes) lines.push(`  ${front}: ${note}`);
  }
  return lines;
}

function shortDetail(detail: string): string {
  const first = detail.split('\n')[0] ?? '';
  return first.length > 300 ? `${first.slice(0, 299)}…` : first;
}

/** The whole text report. */
export function formatReport(result: EvalResult): string {
  const lines: string[] = [];
  lines.push(
    `Pledge evaluation: ${String(result.repos.filter((r) => r.status === 'ran').length)} of ${String(result.repos.length)} repositories, front ends ${result.fronts.join(', ')}; checkouts in ${result.checkouts}`,
  );
  for (const front of result.fronts) lines.push(...frontTable(result, front));

  for (const repo of result.repos) {
    if (repo.status !== 'ran') continue;
    const body = [...triage(repo, result.fronts), ...notAnalysed(repo, result.fronts)];
    lines.push(
      '',
      `-- ${repo.name} (${repo.meta?.repo ?? ''} @ ${repo.meta?.commit.slice(0, 12) ?? ''}; ${String(repo.labels.finding)} finding labels, ${String(repo.labels.clean)} clean) --`,
    );
    lines.push(...(body.length > 0 ? body : ['  nothing to triage']));
  }

  const ran = result.repos.filter((r) => r.status === 'ran');
  if (ran.length > 0) {
    const width = Math.max(24, ...ran.map((r) => r.name.length + 2));
    lines.push(
      '',
      `${'wall time'.padEnd(width)}${result.fronts.map((f) => f.padStart(14)).join('')}`,
    );
    for (const repo of ran) {
      const cells = result.fronts.map((front) => {
        const run = repo.fronts[front]?.run;
        return (run ? seconds(run.durationMs) : '–').padStart(14);
      });
      lines.push(`${repo.name.padEnd(width)}${cells.join('')}`);
    }
  }

  const notRun = result.repos.filter((r) => r.status !== 'ran');
  if (notRun.length > 0) {
    lines.push('', 'not run:');
    for (const repo of notRun) {
      if (repo.status === 'missing-checkout') {
        lines.push(`  ${repo.name}: no checkout at ${repo.checkout}. Get it with:`);
        lines.push(`    ${repo.hint ?? ''}`);
      } else {
        lines.push(
          `  ${repo.name}: the evaluation data has ${String(repo.problems.length)} problem(s):`,
        );
        for (const problem of repo.problems) lines.push(`    ${formatProblem(problem)}`);
      }
    }
  }

  lines.push('');
  for (const front of result.fronts) {
    const totals = result.totals[front];
    if (totals) lines.push(summaryLine(front, totals.total));
  }
  return `${lines.join('\n')}\n`;
}

/** The JSON result: everything but the file lists (they are long and only compared). */
export function toJson(result: EvalResult): string {
  return `${JSON.stringify(result, (key, value: unknown) => (key === 'fileList' ? undefined : value), 2)}\n`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
