import { cookieDeclaration, matchGlob } from '@pledge/policy';
import { isPartlyKnown } from '../../engine/values.js';
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
        // `maxAge: 0`, an expiry in 1970: deleting a cookie sets nothing.
        if (fact.deletes) return;
        if (fact.name === undefined) {
          const prefix = fact.namePrefix ?? '';
          const suffix = fact.nameSuffix ?? '';
          // `\`ab_variant_${id}\``: a partly known name is checked against the declared globs.
          if (isPartlyKnown(prefix, suffix)) {
            const pattern = `${prefix}*${suffix}`;
            if (cookies?.declared.some((c) => c.name.includes('*') && matchGlob(c.name, pattern)))
              return;
            context.report({
              messageId: 'undeclared',
              data: { name: pattern, api: fact.api.label, promise },
              node: fact.nameNode,
              cookie: pattern,
              sink: fact.api.label,
              ...(cookies ? { clause: cookies.clause } : {}),
            });
            return;
          }
          if (cookies?.unresolvedNames === 'ignore') return;
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

