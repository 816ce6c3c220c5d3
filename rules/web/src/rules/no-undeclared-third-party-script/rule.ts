import type ts from 'typescript';
import { defineRule } from '@pledge/core/rules';

export interface Options {
  /** Functions and methods that must not receive personal data. */
  functions: string[];
}

/**
 * A starting point: personal data passed to one of the functions the options name (an
 * analytics `track`, say) is reported with the flow that brought it there. Replace the
 * listener with your promise; `context.flow` and `context.queries` are the engine's answers.
 */
export const noUndeclaredThirdPartyScript = defineRule<Options>({
  id: 'no-undeclared-third-party-script',
  meta: {
    description: 'Disallow personal data as an argument of the listed functions',
    messages: {
      personalData: '{{category}} is passed to `{{callee}}`, which must not receive personal data.',
    },
    recommended: true,
    severity: 'error',
    schema: {
      type: 'object',
      properties: {
        functions: {
          type: 'array',
          items: { type: 'string' },
          description: 'Functions and methods (by name) that must not receive personal data.',
        },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { functions: ['track'] },
  create(context) {
    const t = context.ts;
    const names = new Set(context.options.functions);
    const calleeName = (call: ts.CallExpression): string | undefined => {
      const callee = call.expression;
      if (t.isIdentifier(callee)) return callee.text;
      if (t.isPropertyAccessExpression(callee)) return callee.name.text;
      return undefined;
    };
    return {
      syntax: {
        CallExpression(node) {
          if (!t.isCallExpression(node)) return;
          const callee = calleeName(node);
          if (callee === undefined || !names.has(callee)) return;
          for (const argument of node.arguments) {
            const [taint] = context.flow.taintOf(argument);
            if (taint === undefined) continue;
            context.report({
              node: argument,
              messageId: 'personalData',
              data: { category: taint.category, callee },
              category: taint.category,
              flow: taint.steps,
            });
          }
        },
      },
    };
  },
});
