// Scoring: findings of one front end on one repository against that repository's labels.
//
// A finding matches a label when the rule is the same and the finding's line lies in the
// label's [line, endLine] on the label's path, or sits exactly at one of its `also` places.
// Every finding then falls in exactly one bucket (a `finding` and a `clean` label never share
// a place: the loader rejects that), which keeps the counts unambiguous:
//   matches a `finding` label → it makes that label a true positive (TP counts labels);
//   matches a `clean` label   → a false positive (FP counts findings);
//   matches no label          → unlabelled, listed for triage.
// A `finding` label no finding matches is a false negative.

/** What the front ends report, reduced to what scoring and triage need. */
export interface EvalFinding {
  /** A core rule id, without the ESLint `pledge/` namespace. */
  ruleId: string;
  /** Relative to the checkout root, `/`-separated. */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  /** Masked, as every Pledge output. */
  message: string;
}

/** A place in the checkout: a repository-relative path and a 1-based line. */
export interface Place {
  path: string;
  line: number;
}

/** One entry of a repository's `labels.yaml`. */
export interface Label {
  path: string;
  line: number;
  /** The last line of a multi-line statement; a finding on any line of the range matches. */
  endLine?: number;
  /** Other places a finding for this label may sit (where a front end could fairly report it). */
  also: readonly Place[];
  rule: string;
  expect: 'finding' | 'clean';
  why: string;
  /** Where the entry is in `labels.yaml`, for messages. */
  source?: { file: string; line: number; column: number; index: number };
}

/** TP/FP/FN/unlabelled for one slice (a rule, a repository, a front end, or a sum of them). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  unlabelled: number;
}

/** A `clean` label and the finding that contradicts it. */
export interface FalsePositive {
  finding: EvalFinding;
  label: Label;
}

/** The score of one front end on one repository. */
export interface RepoScore {
  /** Counts per rule, for every rule asked for (zeros included), in the order given. */
  perRule: Record<string, Counts>;
  total: Counts;
  /** `finding` labels matched by at least one finding, with the findings that matched. */
  truePositives: { label: Label; findings: EvalFinding[] }[];
  falseNegatives: Label[];
  falsePositives: FalsePositive[];
  unlabelled: EvalFinding[];
}

/** Whether a finding is one a label speaks about. */
export function matches(finding: EvalFinding, label: Label): boolean {
  if (finding.ruleId !== label.rule) return false;
  if (
    finding.file === label.path &&
    finding.line >= label.line &&
    finding.line <= (label.endLine ?? label.line)
  ) {
    return true;
  }
  return label.also.some((place) => place.path === finding.file && place.line === finding.line);
}

/** Zero counts. */
export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, unlabelled: 0 };
}

/** The sum of several counts. */
export function sumCounts(all: Iterable<Counts>): Counts {
  const sum = emptyCounts();
  for (const c of all) {
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
    sum.unlabelled += c.unlabelled;
  }
  return sum;
}

/** TP / (TP + FP), over labelled findings; undefined when nothing labelled was found. */
export function precision(counts: Counts): number | undefined {
  const denominator = counts.tp + counts.fp;
  return denominator === 0 ? undefined : counts.tp / denominator;
}

/** TP / (TP + FN); undefined when there is no `finding` label. */
export function recall(counts: Counts): number | undefined {
  const denominator = counts.tp + counts.fn;
  return denominator === 0 ? undefined : counts.tp / denominator;
}

/**
 * Scores one front end's findings on one repository. `rules` are the rules that count (the
 * core rules): findings of other rules are ignored, and labels of other rules are rejected
 * by the loader before they get here.
 */
export function scoreRepo(
  labels: readonly Label[],
  findings: readonly EvalFinding[],
  rules: readonly string[],
): RepoScore {
  const perRule: Record<string, Counts> = {};
  for (const rule of rules) perRule[rule] = emptyCounts();
  const counted = findings.filter((f) => rules.includes(f.ruleId));

  const matchedBy = new Map<Label, EvalFinding[]>();
  const falsePositives: FalsePositive[] = [];
  const unlabelled: EvalFinding[] = [];
  for (const finding of counted) {
    const counts = perRule[finding.ruleId] ?? emptyCounts();
    const hits = labels.filter((label) => matches(finding, label));
    // Several labels of one kind may share a place (an `also` at the helper their calls go
    // through): the finding satisfies every `finding` label there, or is one false positive.
    const wanted = hits.filter((label) => label.expect === 'finding');
    const contradicted = hits.find((label) => label.expect === 'clean');
    if (wanted.length > 0) {
      for (const label of wanted) matchedBy.set(label, [...(matchedBy.get(label) ?? []), finding]);
    } else if (contradicted) {
      falsePositives.push({ finding, label: contradicted });
      counts.fp++;
    } else {
      unlabelled.push(finding);
      counts.unlabelled++;
    }
  }

  const truePositives: RepoScore['truePositives'] = [];
  const falseNegatives: Label[] = [];
  for (const label of labels) {
    if (label.expect !== 'finding' || !rules.includes(label.rule)) continue;
    const counts = perRule[label.rule] ?? emptyCounts();
    const found = matchedBy.get(label);
    if (found) {
      truePositives.push({ label, findings: found });
      counts.tp++;
    } else {
      falseNegatives.push(label);
      counts.fn++;
    }
  }

  return {
    perRule,
    total: sumCounts(Object.values(perRule)),
    truePositives,
    falseNegatives,
    falsePositives,
    unlabelled,
  };
}

/** Counts per rule summed over several scores (repositories), and their total. */
export function aggregate(
  scores: readonly Pick<RepoScore, 'perRule'>[],
  rules: readonly string[],
): { perRule: Record<string, Counts>; total: Counts } {
  const perRule: Record<string, Counts> = {};
  for (const rule of rules) {
    perRule[rule] = sumCounts(scores.map((s) => s.perRule[rule] ?? emptyCounts()));
  }
  return { perRule, total: sumCounts(Object.values(perRule)) };
}
