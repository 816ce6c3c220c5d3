import { mayReceive } from '@pledge/policy';
import { disclosesPersonalData } from '../../engine/parties.js';
import { defineRule } from '../../rule.js';
import { coreRuleDocsUrl } from '../docs-url.js';

export interface Options {
  /** Report sends whose destination host cannot be resolved statically. */
  reportUnknownHosts: boolean;
}

export const noPiiToUndeclaredThirdParty = defineRule<Options>({
  id: 'no-pii-to-undeclared-third-party',
  meta: {
    description: 'Disallow sending personal data to recipients the policy does not declare for it',
    recommended: true,
    severity: 'error',
    docsUrl: coreRuleDocsUrl('no-pii-to-undeclared-third-party'),
    policyFields: [
      'firstParty.hosts',
      'thirdParties[].hosts',
      'thirdParties[].packages',
      'thirdParties[].receives',
      'thirdParties[].clause',
      'disclosureClause',
    ],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        reportUnknownHosts: {
          type: 'boolean',
          description:
            'Also report personal data sent to a URL whose host cannot be resolved statically.',
        },
      },
    },
    messages: {
      undeclaredRecipient:
        'Personal data (`{{category}}`, {{source}}) is sent to {{destination}} by {{via}}, which the policy does not declare as a recipient. {{promise}} shares personal data only with declared recipients; declare it under `thirdParties` with the categories it receives, or do not send the data.',
      categoryNotAllowed:
        'Personal data (`{{category}}`, {{source}}) is sent to `{{recipient}}` ({{destination}}) by {{via}}, but the policy declares that recipient for {{allowed}}. {{promise}}; send only the declared categories, or add `{{category}}` to its `receives` if the policy allows it.',
      unknownHost:
        'Personal data (`{{category}}`, {{source}}) is sent by {{via}} to a URL whose host is not known statically. Use a constant base URL so the recipient can be checked against the policy.',
    },
  },
  defaultOptions: { reportUnknownHosts: false },
  create(context) {
    const policy = context.policy;
    const disclosure = context.cite(policy.disclosureClause);
    return {
      send(fact) {
        if (fact.firstParty) return;
        // An address written in the code (`?email=ops@…`, a body that mentions one) is a
        // person's when it leaves for an undeclared host; to a declared recipient it is most
        // often the organization's own contact, and the organization's domains never count.
        const literal =
          fact.recipient === undefined && (fact.host !== undefined || fact.via.kind === 'sdk')
            ? fact.inputs.flatMap((input) => context.analysis.taint.literalEmails(input))
            : [];
        const personal = [...fact.taints, ...literal].filter((taint) =>
          disclosesPersonalData(context.taxonomy, taint),
        );
        if (personal.length === 0) return;
        const destination =
          fact.host !== undefined ? `\`${fact.host}\`` : (fact.vendor ?? 'an unknown host');
        const via = fact.via.kind === 'sdk' ? `the ${fact.via.label} SDK` : `\`${fact.via.label}\``;
        for (const taint of personal) {
          const data = {
            category: taint.category,
            source: taint.steps[0]?.label ?? 'a value',
            destination,
            via,
          };
          if (fact.recipient === undefined) {
            if (fact.host === undefined && fact.via.kind !== 'sdk') {
              if (context.options.reportUnknownHosts) {
                context.report({
                  messageId: 'unknownHost',
                  data,
                  node: fact.node,
                  category: taint.category,
                  flow: taint.steps,
                  sink: fact.via.label,
                });
              }
              continue;
            }
            context.report({
              messageId: 'undeclaredRecipient',
              data: {
                ...data,
                promise: disclosure ? `The policy (${disclosure.section})` : 'The policy',
              },
              node: fact.node,
              category: taint.category,
              flow: taint.steps,
              sink: fact.via.label,
              recipient: fact.vendor ?? fact.host ?? 'unknown',
              ...(policy.disclosureClause ? { clause: policy.disclosureClause } : {}),
            });
            continue;
          }
          const recipient = fact.recipient;
          if (mayReceive(policy, recipient.id, taint.category)) continue;
          const clause = context.cite(recipient.clause ?? policy.disclosureClause);
          const allowed =
            recipient.receives.length === 0
              ? 'non-personal data only'
              : recipient.receives.map((c) => `\`${c}\``).join(', ') + ' only';
          context.report({
            messageId: 'categoryNotAllowed',
            data: {
              ...data,
              recipient: recipient.id,
              allowed,
              promise: clause
                ? `The policy (${clause.section}) ${clause.summary ? `says: ${clause.summary.replace(/\.$/, '')}` : 'limits what it receives'}`
                : 'The policy limits what it receives',
            },
            node: fact.node,
            category: taint.category,
            flow: taint.steps,
            sink: fact.via.label,
            recipient: recipient.id,
            ...(clause ? { clause: clause.id } : {}),
          });
        }
      },
    };
  },
});
