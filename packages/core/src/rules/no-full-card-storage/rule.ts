import { isWithinCategory } from '@pledge/policy';
import type ts from 'typescript';
import { defineRule } from '../../rule.js';
import type { Taint, TextEdit } from '../../types.js';
import { coreRuleDocsUrl } from '../docs-url.js';

const CARD_NUMBER = 'user.financial.card.number';
const SECURITY_CODE = 'user.financial.card.security_code';

export interface Options {
  /** Report card data written to logs (a log is storage too). */
  checkLogs: boolean;
}

export const noFullCardStorage = defineRule<Options>({
  id: 'no-full-card-storage',
  meta: {
    description: 'Disallow storing full card numbers and security codes',
    recommended: true,
    severity: 'error',
    hasSuggestions: true,
    docsUrl: coreRuleDocsUrl('no-full-card-storage'),
    policyFields: [
      'payments.clause',
      'payments.storeFullCardNumber',
      'payments.storeLast4',
      'payments.storeSecurityCode',
    ],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        checkLogs: {
          type: 'boolean',
          description: 'Report card data written to logs (console, pino, winston, ...).',
        },
      },
    },
    messages: {
      fullCardStored:
        "Full card number ({{source}}) is written to {{sink}} by `{{call}}`. {{promise}} allows storing only the last four digits; store `{{fix}}` or the processor's token.",
      securityCodeStored:
        'Card security code ({{source}}) is written to {{sink}} by `{{call}}`. {{promise}} never allows storing it; send it only to the payment processor.',
      fullCardColumn:
        "{{definition}} declares `{{field}}`, a column for full card numbers. {{promise}} allows storing only the last four digits; declare a last-four column (`{{field}}Last4`) or store the processor's token.",
      securityCodeColumn:
        '{{definition}} declares `{{field}}`, a column for card security codes. {{promise}} never allows storing them; remove the column.',
      fullCardSql:
        "SQL in `{{call}}` writes column `{{field}}`, a full card number. {{promise}} allows storing only the last four digits; write the last four digits or the processor's token.",
      fullCardCookie:
        "Full card number ({{source}}) is written to cookie {{cookie}} by {{api}}, which the user's browser stores. {{promise}} allows storing only the last four digits; keep the card number out of cookies (`{{fix}}` if the last four are needed) or use the processor's token.",
      securityCodeCookie:
        "Card security code ({{source}}) is written to cookie {{cookie}} by {{api}}, which the user's browser stores. {{promise}} never allows storing it; send it only to the payment processor.",
      suggestLast4: 'Store only the last four digits: `{{fix}}`.',
    },
  },
  defaultOptions: { checkLogs: true },
  create(context) {
    const payments = context.policy.payments;
    const allowFull = payments?.storeFullCardNumber ?? false;
    const allowCode = payments?.storeSecurityCode ?? false;
    const clause = context.cite(payments?.clause);
    const promise = clause ? `The policy (${clause.section})` : 'The policy';
    const forbidden = (category: string): 'card' | 'code' | undefined =>
      !allowFull && isWithinCategory(category, CARD_NUMBER)
        ? 'card'
        : !allowCode && isWithinCategory(category, SECURITY_CODE)
          ? 'code'
          : undefined;
    // A hash is one-way and a mask hides the number; encryption is reversible, so still storage.
    // A security code has at most 10,000 values, so its hash is as good as the code: PCI DSS
    // forbids storing it after authorisation in any form. Masking hides either.
    const stored = (taint: Taint, kind: 'card' | 'code'): boolean =>
      !taint.transforms.includes('masked') &&
      (kind === 'code' || !taint.transforms.includes('hashed'));

    return {
      storage(fact) {
        if (fact.sink.kind === 'log' && !context.options.checkLogs) return;
        const call = callText(context.ts, fact.node, (node) => context.text(node));
        let reportedCard = false;
        for (const taint of fact.taints) {
          const kind = forbidden(taint.category);
          if (!kind || !stored(taint, kind)) continue;
          if (kind === 'card') reportedCard = true;
          const source = taint.steps[0]?.label ?? 'a value';
          const sourceNode = sourceNodeIn(context.ts, fact.node, taint);
          const fix = sourceNode ? `${context.text(sourceNode)}.slice(-4)` : 'cardNumber.slice(-4)';
          context.report({
            messageId: kind === 'card' ? 'fullCardStored' : 'securityCodeStored',
            data: { source, sink: fact.sink.label, call, promise, fix },
            node: fact.node,
            category: taint.category,
            flow: taint.steps,
            sink: fact.sink.label,
            ...(payments ? { clause: payments.clause } : {}),
            suggestions:
              kind === 'card' && sourceNode && (payments?.storeLast4 ?? true)
                ? [last4Suggestion(sourceNode, fix)]
                : [],
          });
        }
        // A statement whose value was already reported as a card number is one finding, not two.
        if (reportedCard) return;
        for (const column of fact.sqlColumns) {
          if (forbidden(column.category) !== 'card') continue;
          context.report({
            messageId: 'fullCardSql',
            data: { call, field: column.name, promise },
            node: fact.node,
            category: column.category,
            sink: fact.sink.label,
            ...(payments ? { clause: payments.clause } : {}),
          });
        }
      },
      // `document.cookie = \`sid=${cardNumber}\``, `Cookies.set('session', cardNumber)`: what the
      // cookie's value carries (never its name or options) is kept by the user's browser.
      cookie(fact) {
        if (fact.deletes) return;
        const api = fact.api.label.includes('`') ? fact.api.label : `\`${fact.api.label}\``;
        const cookie = fact.name !== undefined ? `\`${fact.name}\`` : 'a cookie';
        for (const taint of context.analysis.cookieValueTaints(fact)) {
          const kind = forbidden(taint.category);
          if (!kind || !stored(taint, kind)) continue;
          const source = taint.steps[0]?.label ?? 'a value';
          const node = fact.node;
          const sourceNode =
            context.ts.isCallExpression(node) || context.ts.isNewExpression(node)
              ? sourceNodeIn(context.ts, node, taint)
              : undefined;
          const fix = sourceNode ? `${context.text(sourceNode)}.slice(-4)` : 'cardNumber.slice(-4)';
          context.report({
            messageId: kind === 'card' ? 'fullCardCookie' : 'securityCodeCookie',
            data: { source, cookie, api, promise, fix },
            node,
            category: taint.category,
            flow: taint.steps,
            sink: fact.api.label,
            ...(fact.name !== undefined ? { cookie: fact.name } : {}),
            ...(payments ? { clause: payments.clause } : {}),
            suggestions:
              kind === 'card' && sourceNode && (payments?.storeLast4 ?? true)
                ? [last4Suggestion(sourceNode, fix)]
                : [],
          });
        }
      },
      schemaField(fact) {
        const kind = forbidden(fact.category);
        if (!kind) return;
        context.report({
          messageId: kind === 'card' ? 'fullCardColumn' : 'securityCodeColumn',
          data: { definition: fact.label, field: fact.name, promise },
          node: fact.node,
          category: fact.category,
          sink: fact.label,
          ...(payments ? { clause: payments.clause } : {}),
        });
      },
    };
  },
});

/** Append `.slice(-4)` to the source expression. */
function last4Suggestion(
  sourceNode: ts.Expression,
  fix: string,
): { messageId: string; data: Record<string, string>; edits: TextEdit[] } {
  return {
    messageId: 'suggestLast4',
    data: { fix },
    edits: [{ start: sourceNode.getEnd(), end: sourceNode.getEnd(), text: '.slice(-4)' }],
  };
}

function callText(
  t: typeof ts,
  node: ts.CallExpression | ts.NewExpression | ts.TaggedTemplateExpression,
  text: (node: ts.Node) => string,
): string {
  if (t.isTaggedTemplateExpression(node)) return `${text(node.tag)}\`…\``;
  const callee = text(node.expression);
  return t.isNewExpression(node) ? `new ${callee}()` : `${callee}()`;
}

/** The source expression, when it sits directly in the sink call's arguments (where a fix is safe). */
function sourceNodeIn(
  t: typeof ts,
  call: ts.CallExpression | ts.NewExpression | ts.TaggedTemplateExpression,
  taint: Taint,
): ts.Expression | undefined {
  // A substitution in a SQL template is a bound value: `${n.slice(-4)}` would do, but the
  // statement's text is usually better rewritten by hand.
  if (t.isTaggedTemplateExpression(call)) return undefined;
  if (taint.steps.length !== 1) return undefined;
  const step = taint.steps[0];
  if (!step) return undefined;
  let found: ts.Expression | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (
      (t.isIdentifier(node) || t.isPropertyAccessExpression(node)) &&
      node.getStart() === step.location.startOffset &&
      node.getEnd() === step.location.endOffset
    ) {
      found = node;
      return;
    }
    t.forEachChild(node, visit);
  };
  for (const arg of call.arguments ?? []) visit(arg);
  // `{ cardNumber }` shorthand cannot take a suffix without becoming `cardNumber: cardNumber.slice(-4)`.
  if (found && t.isShorthandPropertyAssignment(found.parent)) return undefined;
  // `{ cardNumber: primary }`: the key named the value; the value is what gets the suffix.
  if (found && t.isPropertyAssignment(found.parent) && found.parent.name === found) {
    const value = found.parent.initializer;
    return t.isIdentifier(value) || t.isPropertyAccessExpression(value) ? value : undefined;
  }
  return found;
}
