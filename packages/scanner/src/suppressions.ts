import type ts from 'typescript';
import type { TypeScriptApi } from '@pledge/core';
import { nearest } from '@pledge/policy';
import type { SuppressionProblem } from './types.js';

// Inline suppressions:
//
//   // pledge-ignore no-full-card-storage: the legacy table is encrypted and dropped in Q3
//   await db.insert(payments).values({ cardNumber });
//
//   track(user); // pledge-ignore no-pii-to-undeclared-third-party: consent collected on sign-up
//
// A comment alone on its line applies to the next line that is not itself a suppression
// (so several can be stacked); a comment after code applies to its own line. Several rules
// may be listed, separated by commas; a `pledge/` prefix (the ESLint namespace) is accepted.
// The reason after the colon is required: without one the comment suppresses nothing.

/** One `pledge-ignore` comment, for one rule. */
export interface SuppressionDirective {
  /** The 1-based line of the comment. */
  line: number;
  /** The 1-based line whose findings it suppresses. */
  target: number;
  ruleId: string;
  reason: string | undefined;
  /** Set when the directive is malformed and suppresses nothing. */
  problem?: 'missing-reason' | 'unknown-rule';
}

const DIRECTIVE = /pledge-ignore(?![\w-])(.*)$/;

/**
 * Finds the `pledge-ignore` comments of a file. Only real comments count: a string that
 * happens to contain `// pledge-ignore` is found in the text, then dismissed because the AST
 * has a token there.
 */
export function findDirectives(
  t: TypeScriptApi,
  sourceFile: ts.SourceFile,
  knownRules: ReadonlySet<string>,
): SuppressionDirective[] {
  const text = sourceFile.text;
  if (!text.includes('pledge-ignore')) return [];
  const lines = text.split('\n');
  const directives: SuppressionDirective[] = [];
  const standalone = new Set<number>();
  let offset = 0;
  const found: { line: number; body: string; alone: boolean }[] = [];
  lines.forEach((lineText, index) => {
    const lineStart = offset;
    offset += lineText.length + 1;
    const at = lineText.indexOf('pledge-ignore');
    if (at === -1) return;
    const commentStart = commentOpening(lineText, at);
    if (commentStart === -1) return;
    if (!inTrivia(t, sourceFile, lineStart + commentStart)) return;
    const match = DIRECTIVE.exec(lineText.slice(at));
    if (!match) return;
    const body = (match[1] ?? '').replace(/\*\/\s*$/, '').trim();
    const alone = lineText.slice(0, commentStart).trim() === '';
    if (alone) standalone.add(index + 1);
    found.push({ line: index + 1, body, alone });
  });
  for (const { line, body, alone } of found) {
    let target = line;
    if (alone) {
      target = line + 1;
      while (standalone.has(target)) target++;
    }
    const colon = body.indexOf(':');
    const idsText = colon === -1 ? body : body.slice(0, colon);
    const reason = colon === -1 ? '' : body.slice(colon + 1).trim();
    const ids = idsText
      .split(/[\s,]+/)
      .map((id) => id.trim().replace(/^pledge\//, ''))
      .filter((id) => id !== '');
    if (ids.length === 0) {
      directives.push({ line, target, ruleId: '', reason: undefined, problem: 'unknown-rule' });
      continue;
    }
    for (const ruleId of ids) {
      const directive: SuppressionDirective = {
        line,
        target,
        ruleId,
        reason: reason === '' ? undefined : reason,
      };
      if (!knownRules.has(ruleId)) directive.problem = 'unknown-rule';
      else if (reason === '') directive.problem = 'missing-reason';
      directives.push(directive);
    }
  }
  return directives;
}

/** The column of the `//` or `/*` that opens the comment holding `pledge-ignore`, or -1. */
function commentOpening(line: string, at: number): number {
  const before = line.slice(0, at);
  const single = before.lastIndexOf('//');
  const multi = before.lastIndexOf('/*');
  const opening = Math.max(single, multi);
  if (opening === -1) return -1;
  // Only whitespace (or a `*` of a block comment) between the opener and the keyword.
  return /^(\/\/|\/\*)[\s*]*$/.test(before.slice(opening)) ? opening : -1;
}

/**
 * Whether a position is in trivia (a comment), not inside a token: descends to the innermost
 * node whose text (without leading trivia) covers the position. Literals, template parts and
 * JSX text are nodes, so `"// pledge-ignore"` inside a string is found as a token.
 */
function inTrivia(t: TypeScriptApi, sourceFile: ts.SourceFile, position: number): boolean {
  let node: ts.Node = sourceFile;
  for (;;) {
    let next: ts.Node | undefined;
    t.forEachChild(node, (child) => {
      if (next === undefined && child.getStart(sourceFile) <= position && position < child.end) {
        next = child;
      }
      return undefined;
    });
    if (!next) break;
    node = next;
  }
  return (
    node === sourceFile ||
    !(
      t.isStringLiteralLike(node) ||
      t.isTemplateLiteralToken(node) ||
      t.isJsxText(node) ||
      t.isRegularExpressionLiteral(node)
    )
  );
}

/** The message of a suppression problem. */
export function problemMessage(
  kind: SuppressionProblem['kind'],
  ruleId: string,
  knownRules: ReadonlySet<string>,
): string {
  switch (kind) {
    case 'missing-reason':
      return `\`pledge-ignore ${ruleId}\` has no reason, so it suppresses nothing. Write why the finding is acceptable: \`// pledge-ignore ${ruleId}: <reason>\`.`;
    case 'unknown-rule': {
      if (ruleId === '') {
        return '`pledge-ignore` names no rule, so it suppresses nothing. Write `// pledge-ignore <rule-id>: <reason>`.';
      }
      const suggestion = nearest(knownRules, ruleId);
      return `\`pledge-ignore ${ruleId}\` names no rule of this scan, so it suppresses nothing.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`;
    }
    case 'unused':
      return `\`pledge-ignore ${ruleId}\` suppresses nothing: no \`${ruleId}\` finding is on the line it applies to. Remove it.`;
  }
}
