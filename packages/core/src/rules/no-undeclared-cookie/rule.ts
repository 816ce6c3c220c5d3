import { cookieDeclaration } from '@pledge/policy';
import { defineRule } from '../../rule.js';
import { coreRuleDocsUrl } from '../docs-url.js';

export type Options = Record<string, never>;

export const noUndeclaredCookie = defineRule<Options>({
  id: 'no-undeclared-cookie',
  meta: {
    description: 'Disallow setting cookies that the policy does not declare',
    recommended: true,
    severity: 'error',
    docsUrl: coreRuleDocsUrl('no-undeclared-cookie'),
    policyFields: [
      'cookies.clause',
      'cookies.declared[].name',
      'cookies.declared[].clause',
      'cookies.unresolvedNames',
    ],
    schema: { type: 'object', additionalProperties: false, properties: {} },
    messages: {
      undeclared:
        'Cookie `{{name}}` is set by {{api}}, but the policy does not declare it. {{promise}} lists the cookies the site sets; declare `{{name}}` under `cookies.declared` or stop setting it.',
      unresolved:
        'The name of the cookie set by {{api}} ({{expression}}) is not known statically, so it cannot be checked against the policy. Use a declared constant name, or set `cookies.unresolvedNames: ignore` in the policy.',
    },
  },
  defaultOptions: {},
  create(context) {
    const cookies = context.policy.cookies;
    const clause = context.cite(cookies?.clause);
    const promise = clause ? `The policy (${clause.section})` : 'The policy';
    return {
      cookie(fact) {
        if (fact.name === undefined) {
          if (cookies?.unresolvedNames === 'ignore') return;
          // `\`_ga_${id}\`` under a declared `_ga*`: every name it can take is declared.
          const prefix = fact.namePrefix;
          if (
            prefix !== undefined &&
            cookies?.declared.some(
              (c) =>
                c.name.endsWith('*') &&
                !c.name.slice(0, -1).includes('*') &&
                prefix.startsWith(c.name.slice(0, -1)),
            )
          )
            return;
          context.report({
            messageId: 'unresolved',
            data: { api: fact.api.label, expression: `\`${context.text(fact.nameNode)}\`` },
            node: fact.nameNode,
            sink: fact.api.label,
            ...(cookies ? { clause: cookies.clause } : {}),
          });
          return;
        }
        if (cookieDeclaration(context.policy, fact.name)) return;
        context.report({
          messageId: 'undeclared',
          data: { name: fact.name, api: fact.api.label, promise },
          node: fact.nameNode,
          cookie: fact.name,
          sink: fact.api.label,
          ...(cookies ? { clause: cookies.clause } : {}),
        });
      },
    };
  },
});
