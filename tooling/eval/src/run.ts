import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { coreRules } from '@pledge/core';
import { checkCheckout, listRepos, loadRepo, type DataProblem, type RepoMeta } from './data.js';
import { PACK_RULES, runFront, type FrontName, type FrontRun } from './fronts.js';
import { aggregate, scoreRepo, type Counts, type RepoScore } from './score.js';

/** The core rules, by id. */
export const CORE_RULES: readonly string[] = Object.keys(coreRules);
/** Every rule the evaluation knows: the core rules, then the first-party packs'. */
export const ALL_RULES: readonly string[] = [...CORE_RULES, ...PACK_RULES];

/** What to evaluate. */
export interface EvalOptions {
  /** The data folder: one `<name>/` per repository (`repos/` of this package). */
  dataDir: string;
  /** Where the checkouts are: `<checkouts>/<name>/`. */
  checkouts: string;
  /** Repository names to run; every one in `dataDir` when absent or empty. */
  repos?: readonly string[];
  fronts: readonly FrontName[];
  /** The rules that count (ids); every rule in `ALL_RULES` when absent or empty. */
  rules?: readonly string[];
  /** Told what is happening, one line at a time (progress, for stderr). */
  onProgress?: (line: string) => void;
}

/** One front end's run on a repository and its score. */
export interface FrontOutcome {
  run: FrontRun;
  score: RepoScore;
}

/** What happened to one repository. */
export interface RepoOutcome {
  name: string;
  meta: RepoMeta | undefined;
  checkout: string;
  /** `ran`; `invalid` (its data has problems); `missing-checkout` (nothing to scan). */
  status: 'ran' | 'invalid' | 'missing-checkout';
  problems: DataProblem[];
  /** How to get a missing checkout. */
  hint?: string;
  labels: { finding: number; clean: number };
  fronts: Partial<Record<FrontName, FrontOutcome>>;
}

/** The whole evaluation. */
export interface EvalResult {
  version: 1;
  fronts: readonly FrontName[];
  rules: readonly string[];
  checkouts: string;
  repos: RepoOutcome[];
  /** Per front end: counts per rule over every repository that ran, and their total. */
  totals: Partial<Record<FrontName, { perRule: Record<string, Counts>; total: Counts }>>;
}

/** Asked for a repository the data folder does not have. */
export class UnknownRepoError extends Error {
  override readonly name = 'UnknownRepoError';
}

/** Asked for a rule the evaluation does not know. */
export class UnknownRuleError extends Error {
  override readonly name = 'UnknownRuleError';
}

/** Runs the evaluation: validate, run each front end, score. Never throws on bad data. */
export async function runEval(options: EvalOptions): Promise<EvalResult> {
  const known = listRepos(options.dataDir);
  const names = options.repos && options.repos.length > 0 ? [...new Set(options.repos)] : known;
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new UnknownRepoError(
      `no such repository in ${options.dataDir}: ${unknown.join(', ')}. Known: ${known.join(', ') || '(none)'}.`,
    );
  }
  const unknownRules = (options.rules ?? []).filter((id) => !ALL_RULES.includes(id));
  if (unknownRules.length > 0) {
    throw new UnknownRuleError(
      `no such rule: ${unknownRules.join(', ')}. Known: ${ALL_RULES.join(', ')}.`,
    );
  }
  const rules = options.rules && options.rules.length > 0 ? [...new Set(options.rules)] : ALL_RULES;
  const progress = options.onProgress ?? ((): void => undefined);
  const repos: RepoOutcome[] = [];
  for (const name of names) {
    const checkout = resolve(options.checkouts, name);
    const { data, problems } = loadRepo(join(options.dataDir, name), name, ALL_RULES);
    // Labels of rules that do not count in this run are left out, as their findings are.
    if (data) data.labels = data.labels.filter((label) => rules.includes(label.rule));
    const outcome: RepoOutcome = {
      name,
      meta: data?.meta,
      checkout,
      status: 'invalid',
      problems,
      labels: {
        finding: data?.labels.filter((l) => l.expect === 'finding').length ?? 0,
        clean: data?.labels.filter((l) => l.expect === 'clean').length ?? 0,
      },
      fronts: {},
    };
    repos.push(outcome);
    if (!data) {
      progress(`${name}: invalid data (${String(problems.length)} problems), not run`);
      continue;
    }
    if (!existsSync(checkout) || !statSync(checkout).isDirectory()) {
      outcome.status = 'missing-checkout';
      outcome.hint = `git clone https://github.com/${data.meta.repo}.git ${checkout} && git -C ${checkout} checkout ${data.meta.commit}`;
      progress(`${name}: no checkout at ${checkout}, skipped`);
      continue;
    }
    outcome.problems.push(...checkCheckout(data, checkout));
    if (outcome.problems.length > 0) {
      progress(
        `${name}: the labels do not fit the checkout (${String(outcome.problems.length)} problems), not run`,
      );
      continue;
    }
    outcome.status = 'ran';
    for (const front of options.fronts) {
      progress(`${name}: ${front}…`);
      const run = await runFront(front, {
        root: checkout,
        paths: data.meta.paths,
        policyFile: data.policyFile,
        rules,
      });
      outcome.fronts[front] = { run, score: scoreRepo(data.labels, run.findings, rules) };
      progress(
        `${name}: ${front} ${seconds(run.durationMs)} (${String(run.files)} files, ${String(run.findings.length)} findings${run.error === undefined ? '' : `, FAILED: ${run.error}`})`,
      );
    }
    noteFileListDrift(outcome);
  }

  const totals: EvalResult['totals'] = {};
  for (const front of options.fronts) {
    const scores = repos.flatMap((r) => {
      const score = r.fronts[front]?.score;
      return score ? [score] : [];
    });
    totals[front] = aggregate(scores, rules);
  }
  return {
    version: 1,
    fronts: options.fronts,
    rules,
    checkouts: resolve(options.checkouts),
    repos,
    totals,
  };
}

/**
 * ESLint is given the files the scanner would analyse (its walker is not public, so its rules
 * are followed): when both ran, any difference is noted on the ESLint run.
 */
function noteFileListDrift(outcome: RepoOutcome): void {
  const scanner = outcome.fronts.scanner?.run;
  if (!scanner || scanner.error !== undefined) return;
  const scanned = new Set(scanner.fileList);
  for (const front of ['eslint', 'eslint-typed'] as const) {
    const run = outcome.fronts[front]?.run;
    if (!run || run.error !== undefined) continue;
    const linted = new Set(run.fileList);
    const onlyScanned = [...scanned].filter((f) => !linted.has(f));
    const onlyLinted = [...linted].filter((f) => !scanned.has(f));
    if (onlyScanned.length + onlyLinted.length === 0) continue;
    const sample = (files: string[]): string =>
      files.slice(0, 3).join(', ') + (files.length > 3 ? ', …' : '');
    run.notes.push(
      `file list differs from the scanner's: ${String(onlyScanned.length)} only scanned${onlyScanned.length > 0 ? ` (${sample(onlyScanned)})` : ''}, ${String(onlyLinted.length)} only linted${onlyLinted.length > 0 ? ` (${sample(onlyLinted)})` : ''}`,
    );
  }
}

/** `12.3 s`. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
