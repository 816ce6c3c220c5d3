import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import {
  findPolicy,
  formatDiagnostic,
  loadPolicy,
  maskText,
  nearest as nearestOf,
  type LoadResult,
} from '@pledge/policy';
import type ts from 'typescript';
import { indexCatalogs, type CatalogExtension } from './catalog/index.js';
import { analyzeFile } from './engine/analysis.js';
import { runRule, type PledgeRule } from './rule.js';
import {
  applySuppressions,
  parseSuppressions,
  SUPPRESSION_KEYWORDS,
  suppressionProblemMessage,
  type SourceComment,
  type Suppression,
} from './suppressions.js';
import type { TypeScriptApi } from './types.js';
import { typeScriptProblem, TypeScriptVersionError } from './typescript.js';

// The ESLint adapter: a front-end-neutral Pledge rule as an ESLint rule. It has no ESLint
// dependency of its own (the shapes below are the parts of ESLint's rule API it uses), so
// `definePack` in `@pledge/core/rules` can return a plugin without a second package. The
// rule listens on `Program` only and runs on the TypeScript AST that `@typescript-eslint/parser`
// already built; the engine's analysis of a file is shared by every Pledge rule of a pack.

/** The `meta.docs` of a Pledge rule in ESLint. */
export interface EslintRuleDocs {
  description: string;
  recommended: boolean;
  url: string | undefined;
}

/** The parts of ESLint's rule context the adapter reads. */
export interface EslintRuleContext {
  readonly filename: string;
  readonly cwd: string;
  readonly options: readonly unknown[];
  readonly settings: Readonly<Record<string, unknown>>;
  readonly sourceCode: {
    readonly text?: string;
    readonly lines?: readonly string[];
    getAllComments?(): readonly EslintComment[];
    readonly parserServices?: {
      readonly esTreeNodeToTSNodeMap?: { get(node: unknown): unknown };
      readonly program?: { getTypeChecker(): unknown } | null;
    };
  };
  report(descriptor: {
    node?: unknown;
    loc?: { start: { line: number; column: number }; end: { line: number; column: number } };
    messageId: string;
    data?: Record<string, string>;
    suggest?: {
      messageId: string;
      data?: Record<string, string>;
      fix: (fixer: {
        replaceTextRange(range: [number, number], text: string): unknown;
      }) => unknown[];
    }[];
  }): void;
}

/** A comment as ESLint's `sourceCode.getAllComments()` returns it. */
export interface EslintComment {
  type: string;
  value: string;
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
}

/** A Pledge rule as an ESLint rule module (the flat-config plugin shape). */
export interface EslintRule {
  meta: {
    type: 'problem';
    docs: EslintRuleDocs;
    messages: Record<string, string>;
    schema: object[];
    hasSuggestions?: boolean;
    defaultOptions?: [object];
  };
  /** typescript-eslint's convention: the options before the user's are merged in. */
  defaultOptions: [object];
  create(context: EslintRuleContext): Record<string, (node: unknown) => void>;
  /** The rule the module runs, for front ends that run Pledge rules directly. */
  readonly pledge: PledgeRule;
}

/** How `toEslintRule` adapts a rule. */
export interface EslintRuleOptions {
  /** Catalog entries of the rule's pack, indexed with the built-in ones. */
  catalogs?: CatalogExtension | undefined;
  /** The docs page when the rule's `meta.docsUrl` is not set. */
  docsUrl?: string | undefined;
}

/** Messages of the adapter itself, reported once per linted file. */
export const ADAPTER_MESSAGES = {
  policyMissing:
    'No Pledge policy found for this file. Add `pledge.policy.yaml` at the project root, or set `settings.pledge.policy` in eslint.config.js.',
  policyInvalid:
    'The Pledge policy {{file}} is invalid, so Pledge rules are off until it is fixed:\n{{errors}}',
  wrongParser:
    'Pledge rules need the TypeScript AST from `@typescript-eslint/parser`. Use `pledge.configs.recommended` from `@pledge/eslint-plugin` in eslint.config.js, which sets it for js, jsx, ts, tsx, mjs and cjs files.',
  engineError:
    'Pledge could not analyse this file, so its Pledge rules did not run here ({{error}}). The other files are checked; please report this with the file.',
  suppressionProblem: '{{message}}',
} as const;

/** Every rule adapted in this process, by id: what a `pledge-ignore` may name. */
const adaptedRules = new Set<string>();

const requireHere = createRequire(import.meta.url);
let typescript: TypeScriptApi | undefined;

/** The TypeScript the parser loaded (through `require`: Node's ESM loader never lexes it). */
function typeScriptApi(): TypeScriptApi {
  if (typescript === undefined) {
    const loaded = requireHere('typescript') as unknown;
    const problem = typeScriptProblem(loaded);
    if (problem !== undefined) throw new TypeScriptVersionError(problem);
    typescript = loaded as TypeScriptApi;
  }
  return typescript;
}

/**
 * Adapts a front-end-neutral Pledge rule to ESLint. Engine errors are caught per file and
 * reported as one lint message, so one bad file never aborts `eslint .`.
 */
export function toEslintRule<Options extends object>(
  rule: PledgeRule<Options>,
  adapter: EslintRuleOptions = {},
): EslintRule {
  const catalogs = indexCatalogs(adapter.catalogs ? [adapter.catalogs] : []);
  const defaultOptions = rule.defaultOptions as object;
  adaptedRules.add(rule.id);
  return {
    meta: {
      type: 'problem',
      docs: {
        description: rule.meta.description,
        recommended: rule.meta.recommended,
        url: rule.meta.docsUrl ?? adapter.docsUrl,
      },
      messages: { ...rule.meta.messages, ...ADAPTER_MESSAGES },
      schema: rule.meta.schema ? [rule.meta.schema] : [],
      ...(rule.meta.hasSuggestions ? { hasSuggestions: true } : {}),
      // ESLint validates its defaults against the schema: a rule without one takes no options.
      ...(rule.meta.schema ? { defaultOptions: [defaultOptions] } : {}),
    },
    defaultOptions: [defaultOptions],
    pledge: rule,
    create(context) {
      return {
        Program(program: unknown) {
          const t = typeScriptApi();
          const services = context.sourceCode.parserServices;
          // Another parser has no TypeScript AST: `esTreeNodeToTSNodeMap` is missing.
          const sourceFile = services?.esTreeNodeToTSNodeMap?.get(program) as
            ts.SourceFile | undefined;
          if (!sourceFile || !t.isSourceFile(sourceFile)) {
            if (firstInFile(program as object, 'wrong-parser'))
              context.report({ node: program, messageId: 'wrongParser' });
            return;
          }
          const settings = (context.settings as { pledge?: { policy?: unknown } }).pledge;
          const path = policyPathFor(context.filename, settings?.policy, context.cwd);
          if (path === undefined) {
            if (firstInFile(sourceFile, 'missing'))
              context.report({ node: program, messageId: 'policyMissing' });
            return;
          }
          const loaded = loadCachedPolicy(path);
          if (!loaded.policy) {
            if (firstInFile(sourceFile, `invalid:${path}`))
              context.report({
                node: program,
                messageId: 'policyInvalid',
                data: { file: path, errors: describeErrors(loaded) },
              });
            return;
          }
          const options = { ...defaultOptions, ...(context.options[0] as object | undefined) };
          let findings;
          try {
            const checker = services?.program?.getTypeChecker() as ts.TypeChecker | undefined;
            const analysis = analyzeFile({
              ts: t,
              sourceFile,
              policy: loaded.policy,
              checker,
              catalogs,
            });
            findings = runRule(rule, analysis, options as Partial<Options>);
          } catch (error) {
            const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
            if (firstInFile(sourceFile, `error:${text}`))
              context.report({
                node: program,
                messageId: 'engineError',
                data: { error: maskText(text.split('\n')[0] ?? text).slice(0, 200) },
              });
            return;
          }
          // `pledge-ignore` comments, as the scanner reads them; ESLint applies its own
          // `eslint-disable` directives, and Pledge asks for their reason.
          const suppressions = suppressionsOf(context, sourceFile);
          const applied = applySuppressions(
            findings.map((finding) => ({
              finding,
              ruleId: rule.id,
              line: finding.location.start.line,
            })),
            suppressions.filter((s) => s.syntax === 'pledge-ignore'),
            (id) => id === rule.id,
          );
          for (const { suppression, kind } of applied.problems) {
            const own = suppression.ruleId === rule.id;
            // A rule reports the problems of its own suppressions; one naming no rule of this
            // run is reported once, by the first Pledge rule that meets it.
            if (!own && !(kind === 'unknown-rule' && !adaptedRules.has(suppression.ruleId ?? '')))
              continue;
            if (
              !own &&
              !firstInFile(
                sourceFile,
                `suppression:${String(suppression.line)}:${suppression.written}`,
              )
            )
              continue;
            reportSuppression(context, suppression, kind);
          }
          for (const suppression of suppressions) {
            if (
              suppression.syntax !== 'pledge-ignore' &&
              suppression.ruleId === rule.id &&
              suppression.problem === 'missing-reason'
            )
              reportSuppression(context, suppression, 'missing-reason');
          }
          for (const { finding } of applied.kept) {
            const { start, end } = finding.location;
            context.report({
              loc: {
                start: { line: start.line, column: start.column - 1 },
                end: { line: end.line, column: end.column - 1 },
              },
              messageId: finding.messageId,
              data: { ...finding.data },
              suggest: finding.suggestions.map((suggestion) => ({
                messageId: suggestion.messageId,
                data: { ...suggestion.data },
                fix: (fixer) =>
                  suggestion.edits.map((edit) =>
                    fixer.replaceTextRange([edit.start, edit.end], edit.text),
                  ),
              })),
            });
          }
        },
      };
    },
  };
}

/** The suppressions of a linted file: both spellings, read as the scanner reads them. */
function suppressionsOf(context: EslintRuleContext, sourceFile: ts.SourceFile): Suppression[] {
  const text = sourceFile.text;
  if (!SUPPRESSION_KEYWORDS.some((keyword) => text.includes(keyword))) return [];
  const cached = suppressionsByFile.get(sourceFile);
  if (cached) return cached;
  const lines = context.sourceCode.lines ?? text.split(/\r\n|[\r\n\u2028\u2029]/);
  const comments: SourceComment[] = (context.sourceCode.getAllComments?.() ?? []).map(
    (comment) => ({
      value: comment.value,
      line: comment.loc.start.line,
      endLine: comment.loc.end.line,
      column: comment.loc.start.column,
      alone:
        (lines[comment.loc.start.line - 1] ?? '').slice(0, comment.loc.start.column).trim() === '',
    }),
  );
  const result = parseSuppressions(comments, {
    isRule: (id) => adaptedRules.has(id),
    lastLine: lines.length,
  });
  suppressionsByFile.set(sourceFile, result);
  return result;
}

const suppressionsByFile = new WeakMap<object, Suppression[]>();

/** Reports a suppression that suppresses nothing, at its comment, in the scanner's words. */
function reportSuppression(
  context: EslintRuleContext,
  suppression: Suppression,
  kind: 'missing-reason' | 'unknown-rule' | 'unused',
): void {
  const column = suppression.column ?? 0;
  const lineText = context.sourceCode.lines?.[suppression.line - 1] ?? '';
  context.report({
    loc: {
      start: { line: suppression.line, column },
      end: { line: suppression.line, column: Math.max(column, lineText.length) },
    },
    messageId: 'suppressionProblem',
    data: {
      message: maskText(
        suppressionProblemMessage(kind, suppression, (id) => nearestOf(adaptedRules, id)),
      ),
    },
  });
}

// Problems of the setup (no policy, an invalid one, another parser) are reported once per
// linted file, whichever Pledge rule meets them first: every file of every lint run shows
// why Pledge did not check it, without one message per rule. A file linted again is parsed
// again, so the key (its AST) is new and the problem is reported again.
const reportedInFile = new WeakMap<object, Set<string>>();

function firstInFile(file: object, key: string): boolean {
  let keys = reportedInFile.get(file);
  if (!keys) reportedInFile.set(file, (keys = new Set()));
  if (keys.has(key)) return false;
  keys.add(key);
  return true;
}

// The policy is looked up once per directory and loaded once per file path, and re-read only
// when the file changes (an editor keeps ESLint running while the privacy team edits it).

interface Cached {
  mtimeMs: number;
  result: LoadResult;
}

const policies = new Map<string, Cached>();
const lookups = new Map<string, { path: string | undefined; checked: number }>();
/** How long a directory's "no policy here" or "this policy" answer is trusted, in ms. */
const LOOKUP_TTL = 2_000;

/** The policy a linted file is checked against: `settings.pledge.policy`, or the nearest one above it. */
export function policyPathFor(
  filename: string,
  settingsPolicy: unknown,
  cwd: string,
): string | undefined {
  if (typeof settingsPolicy === 'string' && settingsPolicy !== '')
    return resolve(cwd, settingsPolicy);
  const dir = dirname(resolve(cwd, filename));
  const now = Date.now();
  const known = lookups.get(dir);
  if (known && now - known.checked < LOOKUP_TTL) return known.path;
  const path = findPolicy(dir);
  lookups.set(dir, { path, checked: now });
  return path;
}

/** A policy file, loaded once and again only when it changes. */
export function loadCachedPolicy(path: string): LoadResult {
  let mtimeMs = -1;
  try {
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    // loadPolicy reports the missing file with a position.
  }
  const cached = policies.get(path);
  if (cached?.mtimeMs === mtimeMs) return cached.result;
  const result = loadPolicy(path);
  policies.set(path, { mtimeMs, result });
  return result;
}

/** The errors of an invalid policy, one per line, as `file:line:column: error: …`. */
function describeErrors(result: LoadResult): string {
  return result.errors.map((error) => formatDiagnostic(error)).join('\n');
}
