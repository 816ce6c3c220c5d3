import type ts from 'typescript';
import {
  SUPPRESSION_KEYWORDS,
  parseSuppressions,
  type SourceComment,
  type Suppression,
  type SuppressionContext,
  type TypeScriptApi,
} from '@pledge/core';

// The scanner's half of inline suppressions: finding the comments that hold one. What they
// mean is `@pledge/core`'s (`parseSuppressions`), the same for ESLint and the scanner: both
// `// pledge-ignore <rule>: <reason>` and ESLint's `// eslint-disable-next-line pledge/<rule>
// -- <reason>` (and `-line`, `disable`/`enable` ranges) work in both.

/**
 * The suppressions of a file. Only real comments count: a string that happens to contain
 * `// pledge-ignore` is found in the text, then dismissed because the AST has a token there.
 */
export function findSuppressions(
  t: TypeScriptApi,
  sourceFile: ts.SourceFile,
  context: Omit<SuppressionContext, 'lastLine'>,
): Suppression[] {
  const text = sourceFile.text;
  if (!SUPPRESSION_KEYWORDS.some((keyword) => text.includes(keyword))) return [];
  const comments = findComments(t, sourceFile);
  if (comments.length === 0) return [];
  const lastLine = sourceFile.getLineAndCharacterOfPosition(text.length).line + 1;
  return parseSuppressions(comments, { ...context, lastLine });
}

const KEYWORD = /pledge-ignore|eslint-(?:disable|enable)/g;

/** The comments of a file that hold a suppression keyword right after their opening. */
function findComments(t: TypeScriptApi, sourceFile: ts.SourceFile): SourceComment[] {
  const text = sourceFile.text;
  const comments: SourceComment[] = [];
  let after = 0;
  for (const match of text.matchAll(KEYWORD)) {
    const at = match.index;
    if (at < after) continue;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const opening = commentOpening(text.slice(lineStart, at));
    if (opening === -1) continue;
    const start = lineStart + opening;
    if (!inTrivia(t, sourceFile, start)) continue;
    const block = text.startsWith('/*', start);
    let end: number;
    if (block) {
      const close = text.indexOf('*/', start + 2);
      end = close === -1 ? text.length : close + 2;
    } else {
      const newline = text.indexOf('\n', start);
      end = newline === -1 ? text.length : newline;
    }
    after = end;
    const value = text.slice(start + 2, block && text.endsWith('*/', end) ? end - 2 : end);
    comments.push({
      value: value.replace(/\r$/, ''),
      line: sourceFile.getLineAndCharacterOfPosition(start).line + 1,
      endLine: sourceFile.getLineAndCharacterOfPosition(end).line + 1,
      alone: text.slice(lineStart, start).trim() === '',
    });
  }
  return comments;
}

/** The column of the `//` or `/*` that opens the comment holding the keyword, or -1. */
function commentOpening(before: string): number {
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
 * JSX text are nodes, so `"// pledge-ignore"` inside a string is found as a token. The walk is
 * a loop, not a recursion: a deeply nested file does not exhaust the stack.
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
