import { analyzeFile, runRule, type PledgeRule } from '@pledge/core';
import { ESLintUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';
import { describeErrors, firstReport, loadCachedPolicy, policyPathFor } from './policy.js';

/** Extra `meta.docs` fields of Pledge rules. */
export interface PledgeRuleDocs {
  recommended: boolean;
  requiresTypeChecking?: boolean;
}

const createRule = ESLintUtils.RuleCreator<PledgeRuleDocs>(
  (name) =>
    `https://github.com/pledge-dev/pledge/blob/main/packages/core/src/rules/${name}/README.md`,
);

const ADAPTER_MESSAGES = {
  policyMissing:
    'No Pledge policy found for this file. Add `pledge.policy.yaml` at the project root, or set `settings.pledge.policy` in eslint.config.js.',
  policyInvalid:
    'The Pledge policy {{file}} is invalid, so Pledge rules are off until it is fixed:\n{{errors}}',
  wrongParser:
    'Pledge rules need the TypeScript AST from `@typescript-eslint/parser`. Use `pledge.configs.recommended` in eslint.config.js, which sets it for js, jsx, ts, tsx, mjs and cjs files.',
} as const;

type AdapterMessageId = keyof typeof ADAPTER_MESSAGES;

/**
 * Adapts a front-end-neutral Pledge rule to ESLint. The rule listens on `Program` only and
 * runs on the TypeScript AST the parser already built; the engine's analysis of a file is
 * shared by every Pledge rule (DESIGN §8: per-node selectors cost more than the work).
 */
export function toEslintRule<Options extends object>(
  rule: PledgeRule<Options>,
): TSESLint.RuleModule<string, [Options]> {
  return createRule<[Options], string>({
    name: rule.id,
    meta: {
      type: 'problem',
      docs: { description: rule.meta.description, recommended: rule.meta.recommended },
      messages: { ...rule.meta.messages, ...ADAPTER_MESSAGES },
      schema: rule.meta.schema ? [rule.meta.schema as never] : [],
      ...(rule.meta.hasSuggestions ? { hasSuggestions: true } : {}),
      defaultOptions: [rule.defaultOptions],
    },
    create(context, [options]) {
      return {
        Program(program: TSESTree.Program) {
          const services = context.sourceCode.parserServices;
          // Another parser has no TypeScript AST: `esTreeNodeToTSNodeMap` is missing.
          const sourceFile = services?.esTreeNodeToTSNodeMap?.get(program);
          if (!sourceFile || !ts.isSourceFile(sourceFile)) {
            if (firstReport('wrong-parser'))
              context.report({
                node: program,
                messageId: 'wrongParser' satisfies AdapterMessageId,
              });
            return;
          }
          const settings = (context.settings as { pledge?: { policy?: unknown } }).pledge;
          const path = policyPathFor(context.filename, settings?.policy, context.cwd);
          if (path === undefined) {
            if (firstReport('missing'))
              context.report({
                node: program,
                messageId: 'policyMissing' satisfies AdapterMessageId,
              });
            return;
          }
          const loaded = loadCachedPolicy(path);
          if (!loaded.policy) {
            if (firstReport(`invalid:${path}`)) {
              context.report({
                node: program,
                messageId: 'policyInvalid' satisfies AdapterMessageId,
                data: { file: path, errors: describeErrors(loaded) },
              });
            }
            return;
          }
          const checker = services?.program?.getTypeChecker();
          const analysis = analyzeFile({ ts, sourceFile, policy: loaded.policy, checker });
          for (const finding of runRule(rule, analysis, options)) {
            const { start, end } = finding.location;
            context.report({
              loc: {
                start: { line: start.line, column: start.column - 1 },
                end: { line: end.line, column: end.column - 1 },
              },
              messageId: finding.messageId,
              data: finding.data,
              suggest: finding.suggestions.map((suggestion) => ({
                messageId: suggestion.messageId,
                data: suggestion.data,
                fix: (fixer: TSESLint.RuleFixer) =>
                  suggestion.edits.map((edit) =>
                    fixer.replaceTextRange([edit.start, edit.end], edit.text),
                  ),
              })),
            });
          }
        },
      };
    },
  });
}
