// Inline suppressions, one syntax for the editor and CI: both front ends read the same two
// spellings and apply them the same way.
//
//   // pledge-ignore no-full-card-storage: the legacy table is encrypted and dropped in Q3
//   await db.insert(payments).values({ cardNumber });
//
//   // eslint-disable-next-line pledge/no-full-card-storage -- the legacy table is dropped in Q3
//   await db.insert(payments).values({ cardNumber });
//
// `pledge-ignore` alone on its line applies to the next line that is not itself a suppression
// (so several can be stacked); after code, to its own line. ESLint's own directives keep their
// meaning: `eslint-disable-line` (its line), `eslint-disable-next-line` (the line after the
// comment), `eslint-disable` … `eslint-enable` (a range; to the end of the file without an
// `eslint-enable`). Several rules may be listed, separated by commas.
//
// A reason is required in both spellings — after the colon, or after ESLint's ` -- ` — and a
// suppression without one suppresses nothing. An ESLint directive counts only for the rules it
// names in a Pledge namespace (`pledge/…`, `pledge-security/…`); one that names no rule at all
// covers every rule, Pledge's included, as it does in ESLint.
//
// The front ends find the comments (ESLint hands them over; the scanner reads them off the
// TypeScript AST) and call `parseSuppressions`, then `applySuppressions` with their findings.

/** A comment as a front end found it. */
export interface SourceComment {
  /** The text between the delimiters (`//` … end of line, `/*` … `*\/`). */
  value: string;
  /** The 1-based line the comment starts on. */
  line: number;
  /** The 1-based line the comment ends on. */
  endLine: number;
  /** Whether only whitespace precedes the comment on its line. */
  alone: boolean;
  /** The 0-based column the comment starts at, where a front end reports its problems. */
  column?: number;
}

/** The spelling of a suppression. */
export type SuppressionSyntax =
  'pledge-ignore' | 'eslint-disable-line' | 'eslint-disable-next-line' | 'eslint-disable';

/** What is wrong with a suppression that suppresses nothing. */
export type SuppressionProblemKind = 'missing-reason' | 'unknown-rule' | 'unused';

/** One suppression of one rule (or, for a bare ESLint directive, of every rule). */
export interface Suppression {
  syntax: SuppressionSyntax;
  /** The 1-based line of the comment. */
  line: number;
  /** The 0-based column of the comment, when the front end knows it. */
  column?: number | undefined;
  /** The first and last 1-based lines whose findings it suppresses. */
  from: number;
  to: number;
  /** The rule's id without its namespace; undefined for an ESLint directive naming no rule. */
  ruleId: string | undefined;
  /** The rule as written (`pledge/no-full-card-storage`), for messages. */
  written: string;
  reason: string | undefined;
  /** Set when the suppression is malformed and suppresses nothing. */
  problem?: 'missing-reason' | 'unknown-rule';
}

/** What `parseSuppressions` needs to know of the run. */
export interface SuppressionContext {
  /** Whether a rule id (without namespace) is a rule Pledge knows in this run. */
  isRule(id: string): boolean;
  /** Whether an ESLint namespace is a Pledge pack's. Default: `pledge` and `pledge-*`. */
  isPledgeNamespace?(namespace: string): boolean;
  /** The file's last line, where an `eslint-disable` without `eslint-enable` ends. */
  lastLine: number;
}

/** The keywords a comment must contain to be a suppression; front ends pre-filter on them. */
export const SUPPRESSION_KEYWORDS = ['pledge-ignore', 'eslint-disable', 'eslint-enable'] as const;

const PLEDGE_IGNORE = /^\s*\*?\s*pledge-ignore(?![\w-])(.*)$/s;
const ESLINT_DIRECTIVE =
  /^\s*(eslint-disable-next-line|eslint-disable-line|eslint-disable|eslint-enable)(?![\w-])(.*)$/s;

function defaultPledgeNamespace(namespace: string): boolean {
  return namespace === 'pledge' || namespace.startsWith('pledge-');
}

/** Splits `ns/rule` into its namespace (or undefined) and rule id. */
function splitName(name: string): { namespace: string | undefined; id: string } {
  const slash = name.lastIndexOf('/');
  return slash === -1
    ? { namespace: undefined, id: name }
    : { namespace: name.slice(0, slash), id: name.slice(slash + 1) };
}

function ruleList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/**
 * The suppressions of a file's comments, in source order. Comments that are neither spelling
 * are left out; an ESLint directive that names only other plugins' rules is not Pledge's.
 */
export function parseSuppressions(
  comments: readonly SourceComment[],
  context: SuppressionContext,
): Suppression[] {
  const isPledgeNamespace = (namespace: string): boolean =>
    context.isPledgeNamespace === undefined
      ? defaultPledgeNamespace(namespace)
      : context.isPledgeNamespace(namespace);
  const sorted = [...comments].sort((a, b) => a.line - b.line);
  // Lines holding only a `pledge-ignore`: a stacked one passes over them to the code below.
  const standalone = new Set<number>();
  for (const comment of sorted) {
    if (comment.alone && PLEDGE_IGNORE.test(comment.value)) standalone.add(comment.endLine);
  }
  const result: Suppression[] = [];
  // Open `eslint-disable` ranges: by rule id ('' for every rule), the index in `result`.
  const open = new Map<string, number[]>();

  for (const comment of sorted) {
    const value = comment.value.replace(/\*\/\s*$/, '');
    const pledge = PLEDGE_IGNORE.exec(value);
    if (pledge) {
      let target = comment.line;
      if (comment.alone) {
        target = comment.endLine + 1;
        while (standalone.has(target)) target++;
      }
      const body = (pledge[1] ?? '').trim();
      const colon = body.indexOf(':');
      const names = ruleList(colon === -1 ? body : body.slice(0, colon));
      const reason = colon === -1 ? '' : body.slice(colon + 1).trim();
      const base = {
        syntax: 'pledge-ignore' as const,
        line: comment.line,
        from: target,
        to: target,
      };
      if (names.length === 0) {
        result.push({
          ...base,
          ruleId: '',
          written: '',
          reason: undefined,
          problem: 'unknown-rule',
        });
        continue;
      }
      for (const written of names) {
        const { id } = splitName(written);
        const suppression: Suppression = {
          ...base,
          ruleId: id,
          written,
          reason: reason === '' ? undefined : reason,
        };
        if (!context.isRule(id)) suppression.problem = 'unknown-rule';
        else if (reason === '') suppression.problem = 'missing-reason';
        result.push(suppression);
      }
      continue;
    }

    const eslint = ESLINT_DIRECTIVE.exec(value);
    if (!eslint) continue;
    const kind = eslint[1] as SuppressionSyntax | 'eslint-enable';
    // ESLint's description separator: two or more dashes between whitespace.
    const [namesText = '', ...described] = (eslint[2] ?? '').split(/\s-{2,}\s/);
    const reason = described.join(' -- ').trim();
    const names = ruleList(namesText);
    const ours = names.filter((written) => {
      const { namespace } = splitName(written);
      return namespace !== undefined && isPledgeNamespace(namespace);
    });
    // Names of other plugins only: not a Pledge suppression at all.
    if (names.length > 0 && ours.length === 0) continue;
    const ids = names.length === 0 ? [''] : ours;

    if (kind === 'eslint-enable') {
      for (const written of ids) {
        const key = written === '' ? '' : splitName(written).id;
        // A bare `eslint-enable` closes every range; a named one closes its rule's.
        const keys = key === '' ? [...open.keys()] : [key];
        for (const k of keys) {
          for (const index of open.get(k) ?? []) {
            const range = result[index];
            if (range) range.to = Math.max(range.from, comment.line);
          }
          open.delete(k);
        }
      }
      continue;
    }
    let from: number;
    let to: number;
    if (kind === 'eslint-disable-line') {
      from = to = comment.line;
    } else if (kind === 'eslint-disable-next-line') {
      from = to = comment.endLine + 1;
    } else {
      from = comment.line;
      to = context.lastLine;
    }
    for (const written of ids) {
      const id = written === '' ? undefined : splitName(written).id;
      const suppression: Suppression = {
        syntax: kind,
        line: comment.line,
        column: comment.column,
        from,
        to,
        ruleId: id,
        written,
        reason: reason === '' ? undefined : reason,
      };
      if (id !== undefined && !context.isRule(id)) suppression.problem = 'unknown-rule';
      else if (reason === '') suppression.problem = 'missing-reason';
      if (kind === 'eslint-disable') {
        const key = id ?? '';
        open.set(key, [...(open.get(key) ?? []), result.length]);
      }
      result.push(suppression);
    }
  }
  return result;
}

/** A finding as suppressions see it. */
export interface SuppressibleFinding {
  ruleId: string;
  /** The 1-based line the finding starts on. */
  line: number;
}

/** A suppression that suppresses nothing, and why. */
export interface SuppressionProblemOf {
  suppression: Suppression;
  kind: SuppressionProblemKind;
}

/** What `applySuppressions` decided. */
export interface AppliedSuppressions<F extends SuppressibleFinding> {
  kept: F[];
  suppressed: { finding: F; by: Suppression }[];
  problems: SuppressionProblemOf[];
}

/**
 * Splits findings into those kept and those suppressed, and lists the suppressions that
 * suppress nothing: malformed ones, and unused ones that name a rule of `ranRules` (a
 * suppression of a rule turned off in this run waits for it). A bare ESLint directive is never
 * unused here (it is for other plugins' rules too); without a reason it is a problem only where
 * it meets a Pledge finding.
 */
export function applySuppressions<F extends SuppressibleFinding>(
  findings: readonly F[],
  suppressions: readonly Suppression[],
  ranRules: ReadonlySet<string> | ((id: string) => boolean),
): AppliedSuppressions<F> {
  const ran = typeof ranRules === 'function' ? ranRules : (id: string) => ranRules.has(id);
  const kept: F[] = [];
  const suppressed: { finding: F; by: Suppression }[] = [];
  const used = new Set<Suppression>();
  const unreasoned = new Set<Suppression>();
  for (const finding of findings) {
    const covering = suppressions.filter(
      (s) =>
        s.from <= finding.line &&
        finding.line <= s.to &&
        (s.ruleId === undefined || s.ruleId === finding.ruleId),
    );
    const by = covering.find((s) => s.problem === undefined);
    for (const s of covering)
      if (s.ruleId === undefined && s.problem === 'missing-reason') unreasoned.add(s);
    if (by) {
      used.add(by);
      suppressed.push({ finding, by });
    } else kept.push(finding);
  }
  const problems: SuppressionProblemOf[] = [];
  for (const suppression of suppressions) {
    if (suppression.ruleId === undefined) {
      if (unreasoned.has(suppression)) problems.push({ suppression, kind: 'missing-reason' });
      continue;
    }
    if (suppression.problem !== undefined) {
      problems.push({ suppression, kind: suppression.problem });
    } else if (!used.has(suppression) && ran(suppression.ruleId)) {
      problems.push({ suppression, kind: 'unused' });
    }
  }
  return { kept, suppressed, problems };
}

/** How a suppression is written, for messages: `pledge-ignore no-full-card-storage`. */
function spelled(s: Suppression): string {
  return s.written === '' ? s.syntax : `${s.syntax} ${s.written}`;
}

/**
 * The message of a suppression problem, the same in ESLint and the scanner. `nearestRule`
 * suggests a known rule for an unknown one.
 */
export function suppressionProblemMessage(
  kind: SuppressionProblemKind,
  suppression: Suppression,
  nearestRule?: (id: string) => string | undefined,
): string {
  const written = spelled(suppression);
  const eslintSyntax = suppression.syntax !== 'pledge-ignore';
  switch (kind) {
    case 'missing-reason':
      return eslintSyntax
        ? `\`${written}\` has no reason, so it does not suppress Pledge's findings. Write why the finding is acceptable after \` -- \`: \`// ${written} -- <reason>\`.`
        : `\`${written}\` has no reason, so it suppresses nothing. Write why the finding is acceptable: \`// pledge-ignore ${suppression.written}: <reason>\`.`;
    case 'unknown-rule': {
      if (suppression.written === '') {
        return '`pledge-ignore` names no rule, so it suppresses nothing. Write `// pledge-ignore <rule-id>: <reason>`.';
      }
      const suggestion = nearestRule?.(suppression.ruleId ?? '');
      return `\`${written}\` names no Pledge rule of this run, so it suppresses nothing.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`;
    }
    case 'unused':
      return `\`${written}\` suppresses nothing: no \`${suppression.ruleId ?? ''}\` finding is on the ${suppression.from === suppression.to ? 'line' : 'lines'} it applies to. Remove it.`;
  }
}
