import {
  defineRule,
  type FlowStep,
  type RuleContext,
  type StorageFact,
  type Taint,
} from '@pledge/core/rules';
import type ts from 'typescript';
import { findClause } from '../../shared.js';
import { bodyTaints } from './bodies.js';
import { PINO_FACTORIES, redactedNames } from './redaction.js';

export interface Options {
  /**
   * Data categories a log line may hold (a category covers its children): by default what the
   * policy's Log Data clause says servers record, and pseudonymous ids.
   */
  allowedCategories: string[];
  /**
   * The confidence below which personal data found by a name alone is not reported: a bare
   * `token`, `emailId` or `fingerprint` is too often something else.
   */
  minConfidence: number;
  /** Also report full card numbers and security codes, which `no-full-card-storage` reports in logs. */
  reportCardData: boolean;
  /** The policy clause findings cite; by default the one whose section is Security. */
  clause?: string;
}

/**
 * What a log line may hold by default. The Log Data clause says servers record "a user's
 * Internet Protocol (IP) address, device and browser type, operating system, the pages or
 * features of our Site to which a user browsed … search terms, the links … a user clicked":
 * device data and behaviour are declared log data. A user, customer or order id names a record
 * without saying who the person is (pseudonymous), and is what operations logs are correlated
 * by. What a person wrote (a comment, an error's user-facing message) is not what identifies
 * them: the PII the policy lists is name, phone, billing, email and postal address.
 */
export const DEFAULT_ALLOWED_CATEGORIES: readonly string[] = [
  'user.device',
  'user.behavior',
  'user.unique_id',
  'user.content',
];

/** What `no-full-card-storage` (with `checkLogs`, its default) already reports in logs. */
const CARD_CATEGORIES = ['user.financial.card.number', 'user.financial.card.security_code'];

/** What a transform leaves of personal data: a hash, a mask or a ciphertext prints nobody. */
const HIDING_TRANSFORMS = new Set(['masked', 'hashed', 'encrypted', 'clean']);

export const noPiiInLogs = defineRule<Options>({
  id: 'no-pii-in-logs',
  meta: {
    description: 'Disallow personal data in log lines',
    recommended: true,
    severity: 'error',
    policyFields: ['clauses', 'dataCategories', 'payments.storeFullCardNumber'],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowedCategories: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Data categories a log line may hold (a category covers its children). By default the Log Data the policy declares (`user.device`: IP address, user agent, device ids; browsing and search history) and pseudonymous ids (`user.unique_id`). Replaces the default list.',
        },
        minConfidence: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description:
            "The confidence (0..1) below which a value classified by its name alone is not reported. The default, 0.75, leaves out the classifier's weakest guesses (a bare `token`, `address`, `secret` or `fname`, an `emailId`); clear names (`email`, `user.email`, `phoneNumber`, `password`) are above it. Personal data an object's type shows (a `User` with an `email`) counts as 0.75.",
        },
        reportCardData: {
          type: 'boolean',
          description:
            'Also report full card numbers and security codes in logs, which the core rule `no-full-card-storage` reports (its `checkLogs` option) when the policy forbids storing them.',
        },
        clause: {
          type: 'string',
          description:
            'The id of the policy clause findings cite. By default the clause whose section is "Security" (or whose id is `security`), else the Log Data clause.',
        },
      },
    },
    messages: {
      personalDataLogged:
        '{{categories}} ({{source}}) is written to {{sink}} by `{{call}}`. {{promise}}: log an id instead, or mask it (`maskEmail(…)`) or hash it first.',
      personalDataLoggedThroughHelper:
        '{{categories}} ({{source}}) is written to {{sink}} by `{{helper}}` with what this call passes. {{promise}}: pass an id instead, or mask or hash it first.',
    },
  },
  defaultOptions: {
    allowedCategories: [...DEFAULT_ALLOWED_CATEGORIES],
    minConfidence: 0.75,
    reportCardData: false,
  },
  create(context) {
    const t = context.ts;
    const flow = context.flow;
    const clause =
      context.options.clause ??
      // The clause a policy gives the Security promise.
      findClause(context.policy.clauses, [
        (_, section) => /^\s*security\s*$/i.test(section),
        (id) => id === 'security',
        (_, section) => /log data/i.test(section),
      ]) ??
      'security';
    const citation = context.cite(clause);
    // Without a Security clause the policy still names personal data; the promise is the rule's.
    const promise = citation
      ? `The policy (${citation.section}) promises that personal data is not written to logs in clear`
      : 'Personal data must not be written to logs in clear';
    const allowed = context.options.allowedCategories;
    const payments = context.policy.payments;
    // The card categories the core rule reports in logs, unless asked for here too.
    const skipped =
      context.options.reportCardData || payments?.storeFullCardNumber === true
        ? []
        : CARD_CATEGORIES.filter(
            (category) =>
              category !== 'user.financial.card.security_code' ||
              payments?.storeSecurityCode !== true,
          );
    const within = (category: string, parents: readonly string[]): boolean =>
      parents.some((parent) => category === parent || category.startsWith(`${parent}.`));

    // The engine rates what an object's type shows (a `User` whose type has an `email`) 0.7,
    // whatever the property, and gives such taints no classifying name: they count as the
    // default threshold. A name is rated by how sure the classifier is of it (`email` 0.95, a
    // bare `address` or `fname` 0.7).
    const confident = (taint: Taint): boolean =>
      (taint.name === undefined && taint.confidence === TYPE_CONFIDENCE
        ? TYPE_RATING
        : taint.confidence) >= context.options.minConfidence;

    /** Whether a taint is personal data in clear that the options do not allow in logs. */
    const isReportable = (taint: Taint): boolean =>
      context.queries.isPersonal(taint.category) &&
      confident(taint) &&
      !within(taint.category, allowed) &&
      !within(taint.category, skipped) &&
      !taint.transforms.some((transform) => HIDING_TRANSFORMS.has(transform)) &&
      !namesAConstant(t, context.sourceFile, taint);

    /** The taints of a log line that are reportable and that the logger does not redact. */
    const reportable = (fact: StorageFact): Taint[] =>
      fact.taints.filter((taint) => isReportable(taint) && !redacted(fact).has(taint.category));

    const redactions = new Map<StorageFact, ReadonlySet<string>>();
    const redacted = (fact: StorageFact): ReadonlySet<string> => {
      let categories = redactions.get(fact);
      if (!categories) redactions.set(fact, (categories = redactionOf(fact)));
      return categories;
    };

    /**
     * The categories a pino logger's `redact` option hides: `pino({ redact: ['email', '*.password'] })`
     * declared where the logger is (this module or, with types, the one that exports it).
     */
    const redactionOf = (fact: StorageFact): ReadonlySet<string> => {
      const none = new Set<string>();
      if (!t.isCallExpression(fact.node)) return none;
      const factory = loggerFactory(t, flow, fact.node.expression);
      if (!factory || !flow.matchPatterns(factory, PINO_FACTORIES)) return none;
      const categories = new Set<string>();
      for (const name of redactedNames(t, flow, factory)) {
        const category = context.queries.categoryOfName(name);
        if (category !== undefined) categories.add(category);
      }
      return categories;
    };

    /**
     * One finding per log line (or call that makes one), naming every category it holds. A call
     * that is both a logger's (`Logger.info()` by name) and a project helper's (the class
     * behind it) is one line: the direct finding wins.
     */
    const findings = new Map<ts.Node, { direct: boolean; emit: () => void }>();
    const report = (
      node: ts.Node,
      taints: readonly Taint[],
      sink: string,
      via: { call: string } | { helper: string },
      extraSteps: readonly FlowStep[] = [],
    ): void => {
      const sorted = [...taints].sort((a, b) => b.confidence - a.confidence);
      const [first] = sorted;
      if (!first) return;
      const direct = 'call' in via;
      if (findings.get(node)?.direct === true || (findings.has(node) && !direct)) return;
      const categories = unique(sorted.map((taint) => labelOf(context, taint.category)));
      findings.set(node, {
        direct,
        emit: () => {
          context.report({
            messageId: direct ? 'personalDataLogged' : 'personalDataLoggedThroughHelper',
            node,
            data: {
              categories: sentence(categories),
              source: first.steps[0]?.label ?? 'a value',
              sink,
              ...via,
              promise,
            },
            category: first.category,
            flow: [...first.steps, ...extraSteps],
            sink,
            clause,
          });
        },
      });
    };

    /**
     * Log lines of this file's helpers whose personal data comes from their callers: reported
     * at the calls that pass it (the engine reports another module's helper at its calls).
     */
    const pending: { fn: ts.SignatureDeclaration; taints: Taint[]; fact: StorageFact }[] = [];

    /** Reports what the calls of this file's helpers pass to their log lines (three helpers deep). */
    const reportHelperCalls = (): void => {
      const calls = callsOf(t, context.sourceFile);
      let queue = pending.map((entry) => ({ ...entry, steps: [] as FlowStep[], depth: 0 }));
      while (queue.length > 0) {
        const next: typeof queue = [];
        for (const entry of queue) {
          const name = functionName(t, entry.fn);
          const categories = new Set(entry.taints.map((taint) => taint.category));
          let reached = false;
          for (const call of name === undefined ? [] : calls) {
            if (calleeName(t, call.expression) !== name || flow.functionOf(call) !== entry.fn)
              continue;
            const caller = enclosingFunction(t, call);
            const passed = call.arguments
              .flatMap((argument) => flow.taintOf(argument))
              .filter((taint) => categories.has(taint.category) && isReportable(taint));
            const steps: FlowStep[] = [
              { location: flow.location(call), label: `passed to \`${name}()\`` },
              ...entry.steps,
            ];
            const here = passed.filter((taint) => !caller || !fromOutside(taint, caller));
            const further = passed.filter((taint) => caller && fromOutside(taint, caller));
            if (here.length > 0) {
              reached = true;
              report(call, here, entry.fact.sink.label, { helper: `${name}()` }, [
                ...steps.slice(1),
                {
                  location: flow.location(entry.fact.node),
                  label: `written to ${entry.fact.sink.label}`,
                },
              ]);
            }
            if (further.length > 0 && caller && entry.depth < MAX_HELPERS) {
              reached = true;
              next.push({
                fn: caller,
                taints: further,
                fact: entry.fact,
                steps,
                depth: entry.depth + 1,
              });
            }
          }
          // Called from where this file cannot see (a callback, an export): the line itself.
          if (!reached && entry.depth === 0)
            report(entry.fact.node, entry.taints, entry.fact.sink.label, {
              call: callText(t, context, entry.fact.node),
            });
        }
        queue = next;
      }
    };

    /** Whether a taint's source is outside a function: it came in through a parameter. */
    const fromOutside = (taint: Taint, fn: ts.Node): boolean => {
      const source = taint.steps[0]?.location;
      if (!source) return false;
      return (
        source.file !== context.sourceFile.fileName ||
        source.startOffset < fn.getStart(context.sourceFile) ||
        source.startOffset >= fn.getEnd()
      );
    };

    return {
      storage(fact) {
        if (fact.sink.kind !== 'log') return;
        const node = fact.node;
        const taints = reportable(fact);
        if (taints.length === 0 && fact.inputs.length === 0) return;
        // A fact at a call of another module's helper (the engine's summaries) has no inputs
        // of its own: the call passes what the helper logs.
        if (fact.inputs.length === 0 && t.isCallExpression(node)) {
          report(node, taints, fact.sink.label, { helper: `${context.text(node.expression)}()` });
          return;
        }
        const fn = enclosingFunction(t, node);
        // A request body logged whole holds the personal fields its handler reads from it.
        const known = new Set(taints.map((taint) => taint.category));
        for (const taint of bodyTaints(t, flow, fact.inputs, fn, (name) =>
          context.queries.categoryOfName(name),
        ))
          if (
            !known.has(taint.category) &&
            isReportable(taint) &&
            !redacted(fact).has(taint.category)
          ) {
            known.add(taint.category);
            taints.push(taint);
          }
        const here = taints.filter((taint) => !fn || !fromOutside(taint, fn));
        const callers = taints.filter((taint) => fn && fromOutside(taint, fn));
        report(node, here, fact.sink.label, { call: callText(t, context, node) });
        if (fn && callers.length > 0) pending.push({ fn, taints: callers, fact });
      },
      syntax: {
        // `import Logger from '@server/logging/Logger'; Logger.debug(…)`: without type
        // information a path alias looks like a package, so the engine neither follows it nor
        // falls back to the logger names it knows for project modules. The same names here.
        CallExpression(node) {
          if (!t.isCallExpression(node)) return;
          const callee = node.expression;
          if (!t.isPropertyAccessExpression(callee) || !LEVEL_METHODS.has(callee.name.text)) return;
          const root = callee.expression;
          if (!t.isIdentifier(root) || !LOGGER_NAME.test(root.text)) return;
          const specifier = importedFrom(t, flow.declarationOf(root));
          if (specifier === undefined || specifier.startsWith('.')) return;
          if (flow.matchCall(node, 'storage') || flow.functionOf(node)) return;
          const taints = node.arguments
            .flatMap((argument) => flow.taintOf(argument))
            .filter((taint) => isReportable(taint));
          report(node, taints, 'the logger', { call: callText(t, context, node) });
        },
      },
      done() {
        if (pending.length > 0) reportHelperCalls();
        for (const finding of findings.values()) finding.emit();
      },
    };
  },
});

/** A logger's level methods, for loggers imported through a path alias. */
const LEVEL_METHODS = new Set([
  'info',
  'warn',
  'warning',
  'error',
  'debug',
  'trace',
  'fatal',
  'log',
  'verbose',
  'silly',
  'notice',
]);

/** The names the engine knows a project's logger by (`logger`, `log`, `*Logger`). */
const LOGGER_NAME = /^(?:logger|log|\w*Logger)$/;

/** The module an import binding comes from (`import Logger from '@server/logging/Logger'`). */
function importedFrom(t: typeof ts, decl: ts.Node | undefined): string | undefined {
  let node = decl;
  while (node && !t.isImportDeclaration(node) && !t.isSourceFile(node)) {
    if (
      !t.isImportClause(node) &&
      !t.isImportSpecifier(node) &&
      !t.isNamedImports(node) &&
      !t.isNamespaceImport(node)
    )
      return undefined;
    node = node.parent;
  }
  return node && t.isImportDeclaration(node) && t.isStringLiteral(node.moduleSpecifier)
    ? node.moduleSpecifier.text
    : undefined;
}

/** The confidence the engine gives personal data an object's type shows. */
const TYPE_CONFIDENCE = 0.7;
/** What this rule counts it as: the default `minConfidence`. */
const TYPE_RATING = 0.75;

/**
 * Whether a taint's source is a property key whose value is a constant: the key names the
 * value, but `{ password: url.password ? '******' : undefined }` logs no password.
 */
function namesAConstant(t: typeof ts, sourceFile: ts.SourceFile, taint: Taint): boolean {
  const source = taint.steps[0]?.location;
  if (source?.file !== sourceFile.fileName) return false;
  const node = nodeAt(t, sourceFile, source.startOffset, source.endOffset);
  const property =
    node && t.isPropertyAssignment(node)
      ? node
      : node?.parent && t.isPropertyAssignment(node.parent) && node.parent.name === node
        ? node.parent
        : undefined;
  return property !== undefined && isConstant(t, property.initializer);
}

/** A literal, `undefined`, `null`, or a choice between them. */
function isConstant(t: typeof ts, expr: ts.Expression): boolean {
  if (t.isParenthesizedExpression(expr)) return isConstant(t, expr.expression);
  if (t.isConditionalExpression(expr))
    return isConstant(t, expr.whenTrue) && isConstant(t, expr.whenFalse);
  return (
    t.isStringLiteral(expr) ||
    t.isNoSubstitutionTemplateLiteral(expr) ||
    t.isNumericLiteral(expr) ||
    expr.kind === t.SyntaxKind.NullKeyword ||
    expr.kind === t.SyntaxKind.TrueKeyword ||
    expr.kind === t.SyntaxKind.FalseKeyword ||
    (t.isIdentifier(expr) && expr.text === 'undefined')
  );
}

/** The innermost node that spans exactly `[start, end)`, if any. */
function nodeAt(
  t: typeof ts,
  sourceFile: ts.SourceFile,
  start: number,
  end: number,
): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (node.getEnd() < end || node.getStart(sourceFile) > start) return;
    if (node.getStart(sourceFile) === start && node.getEnd() === end) found = node;
    t.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** How many of this file's helpers deep a log line is followed to the calls that feed it. */
const MAX_HELPERS = 3;

function callText(t: typeof ts, context: RuleContext<Options>, node: StorageFact['node']): string {
  return `${context.text(t.isTaggedTemplateExpression(node) ? node.tag : node.expression)}()`;
}

/** The function a node is in (callbacks included: their data comes from their own scope). */
function enclosingFunction(t: typeof ts, node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let current = node.parent; !t.isSourceFile(current); current = current.parent)
    if (t.isFunctionLike(current)) return current;
  return undefined;
}

/** A function's name: declared, or of the variable or property that holds it. */
function functionName(t: typeof ts, fn: ts.SignatureDeclaration): string | undefined {
  const named = (n: ts.Node | undefined): string | undefined =>
    n && (t.isIdentifier(n) || t.isPrivateIdentifier(n)) ? n.text : undefined;
  if (t.isFunctionDeclaration(fn) || t.isMethodDeclaration(fn)) return named(fn.name);
  const holder = fn.parent;
  if (
    (t.isArrowFunction(fn) || t.isFunctionExpression(fn)) &&
    (t.isVariableDeclaration(holder) ||
      t.isPropertyAssignment(holder) ||
      t.isPropertyDeclaration(holder))
  )
    return named(holder.name);
  return undefined;
}

/** `logEvent` for `logEvent(…)`, `this.logEvent(…)`, `audit.logEvent(…)`. */
function calleeName(t: typeof ts, callee: ts.Expression): string | undefined {
  if (t.isIdentifier(callee)) return callee.text;
  if (t.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** Every call of a file. */
function callsOf(t: typeof ts, sourceFile: ts.SourceFile): ts.CallExpression[] {
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (t.isCallExpression(node)) calls.push(node);
    t.forEachChild(node, visit);
  };
  visit(sourceFile);
  return calls;
}

/**
 * The call that created the logger a log call is made on: `logger.info()` where
 * `const logger = pino({ … })`, `logger.child({ … }).info()`, or `this.logger` … not followed.
 */
function loggerFactory(
  t: typeof ts,
  flow: RuleContext<Options>['flow'],
  callee: ts.Expression,
): ts.CallExpression | undefined {
  let e: ts.Expression = callee;
  for (let depth = 0; depth < 8; depth++) {
    if (t.isParenthesizedExpression(e) || t.isNonNullExpression(e) || t.isAsExpression(e))
      e = e.expression;
    else if (t.isPropertyAccessExpression(e)) e = e.expression;
    // `logger.child({ module })` keeps its parent's redaction.
    else if (t.isCallExpression(e)) {
      if (t.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'child')
        e = e.expression.expression;
      else return e;
    } else if (t.isIdentifier(e)) {
      const decl = flow.declarationOf(e);
      if (!decl || !t.isVariableDeclaration(decl) || !decl.initializer) return undefined;
      e = decl.initializer;
    } else return undefined;
  }
  return undefined;
}

function labelOf(context: RuleContext<Options>, category: string): string {
  return context.taxonomy.get(category)?.label ?? category;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** `Email address`, `Email address and Name`, `Email address, Name and Phone number`. */
function sentence(labels: readonly string[]): string {
  const [first, ...rest] = labels.map((label, i) => (i === 0 ? label : lower(label)));
  if (rest.length === 0) return first ?? 'Personal data';
  return `${[first, ...rest.slice(0, -1)].join(', ')} and ${rest[rest.length - 1] ?? ''}`;
}

function lower(label: string): string {
  // `IP address` stays as it is; `Email address` reads `email address` mid-sentence.
  return /^[A-Z][a-z]/.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
}
