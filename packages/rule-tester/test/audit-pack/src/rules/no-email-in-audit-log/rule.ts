import { defineRule } from '@pledge/core/rules';

// A rule as a security team writes one: it listens to the storage writes the engine found,
// through the sink its pack adds to the catalogs (`@acme/audit`'s `auditLog.record()`).

export interface Options {
  /** Report only taints at least this confident (a literal address is 1, a name less). */
  minConfidence: number;
}

const EMAIL = 'user.contact.email';

export const noEmailInAuditLog = defineRule<Options>({
  id: 'no-email-in-audit-log',
  meta: {
    description: 'Disallow email addresses in the audit log',
    recommended: true,
    severity: 'error',
    hasSuggestions: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minConfidence: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: 'Report only taints at least this confident, from 0 to 1.',
        },
      },
    },
    messages: {
      emailLogged:
        'An email address ({{source}}) is written to {{sink}}. Audit entries name people by their id; record the user id instead.',
      suggestRedact: 'Record `[redacted]` instead of {{source}}.',
    },
  },
  defaultOptions: { minConfidence: 0 },
  create(context) {
    return {
      storage(fact) {
        if (fact.sink.id !== 'acme-audit-log') return;
        const taint = fact.taints.find(
          (t) =>
            (t.category === EMAIL || t.category.startsWith(`${EMAIL}.`)) &&
            t.confidence >= context.options.minConfidence,
        );
        if (!taint) return;
        // The suggestion replaces the one argument that carries the address, when there is one
        // (a fact at a call of a helper that records has no inputs of its own).
        const inputs = fact.inputs.filter((input) =>
          context.flow.taintOf(input).some((t) => t.category === taint.category),
        );
        const [input] = inputs;
        const source = `\`${context.text(input ?? fact.node)}\``;
        context.report({
          node: fact.node,
          messageId: 'emailLogged',
          data: { source, sink: fact.sink.label },
          category: taint.category,
          flow: taint.steps,
          sink: fact.sink.label,
          suggestions:
            input && inputs.length === 1
              ? [
                  {
                    messageId: 'suggestRedact',
                    data: { source },
                    edits: [{ start: input.getStart(), end: input.getEnd(), text: "'[redacted]'" }],
                  },
                ]
              : [],
        });
      },
    };
  },
});
