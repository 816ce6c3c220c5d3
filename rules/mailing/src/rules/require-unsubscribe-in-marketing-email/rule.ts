import {
  defineRule,
  type FlowQueries,
  type FlowStep,
  type RuleContext,
  type SendFact,
  type TextEdit,
  type TypeScriptApi,
} from '@pledge/core/rules';
import type ts from 'typescript';
import {
  DEFAULT_MARKETING_MARKERS,
  DEFAULT_TRANSACTIONAL_MARKERS,
  DEFAULT_UNSUBSCRIBE_MARKERS,
  MergeTags,
  WordMarkers,
} from './markers.js';
import { mailApiOf, type MailApi } from './vendors.js';
import { bindParameters, Evaluator, type Env, type Rendered, type Resolved } from './values.js';

export interface Options {
  /** Words that mark a category, tag, list, stream, template, subject or function as marketing. */
  marketingMarkers: string[];
  /** Words that mark email as transactional (exempt), winning over the marketing ones. */
  transactionalMarkers: string[];
  /** Words and merge tags that show an unsubscribe link in a body or a template's data. */
  unsubscribeMarkers: string[];
  /** The policy clause findings cite; by default the one whose section is Mailing List Information. */
  clause?: string;
}

type Call = ts.CallExpression | ts.NewExpression;

/** What the rule concludes about one send. */
type Verdict =
  | { kind: 'exempt' }
  /** The answer is in a wrapper's parameters: each call of the wrapper is checked instead. */
  | { kind: 'depends' }
  /** A part comes from a module that cannot be followed (no type information): not reported. */
  | { kind: 'unknown' }
  | { kind: 'violation'; marker: string; missing: string; message: Resolved; suggest?: boolean };

/** A send reached through the project's own functions: `calls[i]` runs `fns[i]`; `send` is in the last. */
interface Chain {
  calls: ts.CallExpression[];
  fns: ts.SignatureDeclaration[];
  send: Call;
  api: MailApi;
}

const EXEMPT: Verdict = { kind: 'exempt' };
const DEPENDS: Verdict = { kind: 'depends' };
const UNKNOWN: Verdict = { kind: 'unknown' };
/** How many wrappers deep a send is followed from a call in the same file (the engine's summaries go three). */
const MAX_WRAPPERS = 3;

export const requireUnsubscribeInMarketingEmail = defineRule<Options>({
  id: 'require-unsubscribe-in-marketing-email',
  meta: {
    description: 'Require a `List-Unsubscribe` header or an unsubscribe link in marketing email',
    recommended: true,
    severity: 'error',
    hasSuggestions: true,
    policyFields: ['clauses', 'firstParty.hosts'],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        marketingMarkers: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Words (globs such as `promo*`) that mark a category, tag, list, stream, configuration set, template, subject or sending function as marketing. Replaces the default list.',
        },
        transactionalMarkers: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Words (globs) that mark email as transactional, which needs no opt-out: password resets, receipts, verification. They win over marketing words. Replaces the default list.',
        },
        unsubscribeMarkers: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Words (in a link, its text, or the name of the value or component holding it) and merge tags (`*|UNSUB|*`, `{{unsubscribe}}`, matched as text) that show an unsubscribe link. Replaces the default list.',
        },
        clause: {
          type: 'string',
          description:
            'The id of the policy clause findings cite. By default the clause whose section is "Mailing List Information" (or whose id mentions mailing), else `mailing-list-information`.',
        },
      },
    },
    messages: {
      missingOptOut:
        'Marketing email ({{marker}}) is sent through {{vendor}} by `{{call}}` {{missing}}. {{promise}} promises a way to opt out of every marketing email; add {{fix}}.',
      missingOptOutThroughHelper:
        'Marketing email ({{marker}}) is sent through {{vendor}} by `{{helper}}` with what this call passes, {{missing}}. {{promise}} promises a way to opt out of every marketing email; pass a body with an unsubscribe link, or have `{{helper}}` add {{header}}.',
      addListUnsubscribeHeader:
        'Add a `List-Unsubscribe` header pointing at `{{url}}` (replace it with your unsubscribe endpoint).',
    },
  },
  defaultOptions: {
    marketingMarkers: [...DEFAULT_MARKETING_MARKERS],
    transactionalMarkers: [...DEFAULT_TRANSACTIONAL_MARKERS],
    unsubscribeMarkers: [...DEFAULT_UNSUBSCRIBE_MARKERS],
  },
  create(context) {
    const t = context.ts;
    const sf = context.sourceFile;
    const marketing = new WordMarkers(context.options.marketingMarkers);
    const transactional = new WordMarkers(context.options.transactionalMarkers);
    const unsubscribeWords = new WordMarkers(context.options.unsubscribeMarkers);
    const mergeTags = new MergeTags(context.options.unsubscribeMarkers);
    const clause = context.options.clause ?? mailingClause(context);
    const citation = context.cite(clause);
    const promise = citation ? `The policy (${citation.section})` : 'The policy';
    const flow = context.flow;
    const evaluator = new Evaluator(t, flow);

    /** Whether a rendered body, template data or link shows an unsubscribe link. */
    const showsOptOut = (r: Rendered): boolean =>
      mergeTags.find(r.text) !== undefined ||
      unsubscribeWords.find([...r.names, ...linkParts(r.text)]) !== undefined;

    const judgeMessage = (message: Resolved, api: MailApi, names: readonly string[]): Verdict => {
      if (message.kind === 'param') return DEPENDS;
      if (message.kind !== 'node' || !t.isObjectLiteralExpression(message.expr)) return UNKNOWN;
      const field = (path: string): Resolved | undefined =>
        evaluator.path(message.expr, path, message.env);
      const rendered = (paths: readonly string[]) =>
        paths.flatMap((path) => {
          const found = field(path);
          return found ? [{ path, found, r: evaluator.renderResolved(found) }] : [];
        });

      // Marketing or not: the sender's own classification first (categories, tags, streams),
      // then the template, the subject and the names of the functions that send it.
      const labels = rendered(api.labels);
      const templates = rendered(api.template);
      const subjects = rendered(api.subject);
      // A label is a list of words (`categories: ['newsletter', 'may-2016']`); a subject or a
      // template name is one text.
      const labelValues = (r: Rendered) => [...r.values, ...r.names];
      const valuesOf = (r: Rendered) => [r.text, ...r.values, ...r.names];
      const strongT = transactional.find(labels.flatMap(({ r }) => labelValues(r)));
      const strongM = marketing.find(labels.flatMap(({ r }) => labelValues(r)));
      let marker: string | undefined;
      if (strongT) return EXEMPT;
      if (strongM) {
        const label = labels.find(({ r }) => labelValues(r).includes(strongM.value));
        marker = `${label?.path ?? 'label'} \`${display(strongM.value)}\``;
      } else {
        const weak = [...templates, ...subjects];
        const weakValues = [...weak.flatMap(({ r }) => valuesOf(r)), ...names];
        if (transactional.find(weakValues)) return EXEMPT;
        const weakM = marketing.find(weakValues);
        if (weakM) {
          const part = weak.find(({ r }) => valuesOf(r).includes(weakM.value));
          marker = part
            ? `${api.template.includes(part.path) ? 'template' : 'subject'} \`${display(weakM.value)}\``
            : `function \`${weakM.value}\``;
        }
      }
      if (marker === undefined) {
        // A category or template that a wrapper's caller gives: its calls are checked.
        return [...labels, ...templates, ...subjects].some(({ r }) => r.params.length > 0)
          ? DEPENDS
          : EXEMPT;
      }

      // The vendor's own opt-out: SendGrid's unsubscribe groups, SES list management,
      // Postmark's broadcast streams, Nodemailer's `list.unsubscribe`.
      let depends = false;
      let unknown = false;
      for (const optOut of api.optOut) {
        const found = field(optOut.path);
        if (!found) continue;
        if (optOut.broadcast) {
          const r = evaluator.renderResolved(found);
          if (/(^|-)broadcast/.test(normalised(r.text)) || marketing.find([r.text])) return EXEMPT;
          depends ||= r.params.length > 0;
          continue;
        }
        if (!disabled(found)) return EXEMPT;
      }
      for (const header of api.headers) {
        const found = field(header.path);
        if (!found) continue;
        if (header.shape === 'prefixed') return EXEMPT;
        const r = evaluator.renderResolved(found);
        if (
          header.shape === 'raw'
            ? /^list-unsubscribe\s*:/im.test(r.text)
            : /list[-_ ]?unsubscribe/i.test(`${r.text} ${r.names.join(' ')}`)
        )
          return EXEMPT;
        if (header.shape === 'raw') continue;
        // Headers a caller gives, or that come from where they cannot be seen, may hold one.
        depends ||= found.kind === 'param' || r.params.some(holdsMarkup);
        const literal =
          found.kind === 'node' &&
          (t.isObjectLiteralExpression(found.expr) || t.isArrayLiteralExpression(found.expr));
        unknown ||=
          r.unresolved.some(holdsMarkup) || found.kind === 'opaque' || (!literal && r.opaque);
      }
      const bodies = rendered([...api.body, ...api.templateData]);
      if (bodies.some(({ r }) => showsOptOut(r))) return EXEMPT;
      // A body a caller gives (or a part of it that can hold a link: `${footer}`, not
      // `${user.name}`) is checked at the calls.
      depends ||= bodies.some(
        ({ found, r }) => found.kind === 'param' || r.params.some(holdsMarkup),
      );
      unknown ||= bodies.some(({ r }) => r.unresolved.some(holdsMarkup));
      if (depends) return DEPENDS;
      if (unknown) return UNKNOWN;

      const body = bodies.find(({ path, r }) => api.body.includes(path) && r.opaque);
      const template = templates[0];
      const hasBody = bodies.some(({ path }) => api.body.includes(path));
      const missing = body
        ? `without a \`List-Unsubscribe\` header, and its body (\`${describe(body.found)}\`) is not known to contain an unsubscribe link`
        : !hasBody && template
          ? `without a \`List-Unsubscribe\` header, and its template (\`${display(template.r.text.trim() || describe(template.found))}\`) is not known to contain an unsubscribe link`
          : 'without a `List-Unsubscribe` header or an unsubscribe link in its body';
      return { kind: 'violation', marker, missing, message };
    };

    /**
     * The messages of a send's argument: the message, the elements of a batch, or what a
     * batch built with `recipients.map((r) => ({ … }))` returns.
     */
    const messagesOf = (root: Resolved): Resolved[] => {
      if (root.kind !== 'node') return [root];
      const e = root.expr;
      if (t.isArrayLiteralExpression(e))
        return e.elements
          .filter((element) => !t.isSpreadElement(element) && !t.isOmittedExpression(element))
          .map((element) => evaluator.resolve(element, root.env));
      if (
        t.isCallExpression(e) &&
        t.isPropertyAccessExpression(e.expression) &&
        e.expression.name.text === 'map'
      ) {
        const [callback] = e.arguments;
        const fn = callback ? evaluator.unwrap(callback) : undefined;
        if (fn && (t.isArrowFunction(fn) || t.isFunctionExpression(fn)))
          return flow.returnsOf(fn).map((value) => evaluator.resolve(value, root.env));
      }
      return [root];
    };

    /** The verdict on a send's argument: one message, or each message of a batch. */
    const judge = (send: Call, api: MailApi, env: Env, names: readonly string[]): Verdict => {
      const arg = send.arguments?.[api.arg];
      if (!arg) return EXEMPT;
      const root = evaluator.resolve(arg, env);
      const messages = messagesOf(root);
      let verdict: Verdict = EXEMPT;
      for (const message of messages) {
        const v = judgeMessage(message, api, names);
        // One message of several written out: a header added to it would not fix the others.
        if (v.kind === 'violation') return messages.length > 1 ? { ...v, suggest: false } : v;
        if (v.kind === 'depends' || (v.kind === 'unknown' && verdict.kind === 'exempt'))
          verdict = v;
      }
      return verdict;
    };

    /**
     * The verdict on a chain with the calls from `level` on bound to their arguments, and the
     * function around `calls[level]` (or around the send) as the wrapper.
     */
    const judgeChain = (chain: Chain, level: number): Verdict => {
      const outer = level < chain.calls.length ? chain.calls[level] : chain.send;
      if (!outer) return EXEMPT;
      let env: Env = { bindings: new Map(), wrapper: namedFunctionAround(t, outer)?.fn };
      const names = namesAround(t, chain.send);
      for (let i = level; i < chain.calls.length; i++) {
        const call = chain.calls[i];
        const fn = chain.fns[i];
        if (!call || !fn) return UNKNOWN;
        names.push(...namesAround(t, call), ...namesOf(t, fn));
        env = bindParameters(t, fn, call.arguments, env);
      }
      return judge(chain.send, chain.api, env, names);
    };

    const reportDirect = (send: Call, api: MailApi, verdict: Verdict & { kind: 'violation' }) => {
      const call = t.isNewExpression(send)
        ? `new ${context.text(send.expression)}()`
        : `${context.text(send.expression)}()`;
      const url = `https://${firstPartyHost(context)}/unsubscribe`;
      const edits =
        verdict.suggest === false
          ? undefined
          : suggestHeader(t, sf, evaluator, verdict.message, api, url);
      context.report({
        messageId: 'missingOptOut',
        node: send,
        data: {
          marker: verdict.marker,
          vendor: api.vendor,
          call,
          missing: verdict.missing,
          promise,
          fix: api.fix,
        },
        sink: api.vendor,
        clause,
        ...(edits
          ? { suggestions: [{ messageId: 'addListUnsubscribeHeader', data: { url }, edits }] }
          : {}),
      });
    };

    /**
     * How a call reaches the send, read back from it: the helper's send, then each helper's
     * call of the next (in whichever file each is); the report adds the call itself. The first
     * label does not start with code: the scanner shows such a first step as where data is read.
     */
    const helperFlow = ({ calls, fns, send, api }: Chain): FlowStep[] => {
      const helper = (fn: ts.SignatureDeclaration | undefined): string => {
        const name = fn && namesOf(t, fn)[0];
        return name === undefined ? 'a helper' : `\`${name}()\``;
      };
      const steps: FlowStep[] = [
        {
          location: flow.location(send),
          label: `sent through ${api.vendor} by ${helper(fns[fns.length - 1])}`,
        },
      ];
      for (let i = calls.length - 1; i > 0; i--) {
        const call = calls[i];
        if (call)
          steps.push({
            location: flow.location(call),
            label: `${helper(fns[i])} called by ${helper(fns[i - 1])}`,
          });
      }
      return steps;
    };

    const reportThroughHelper = (chain: Chain, verdict: Verdict & { kind: 'violation' }) => {
      const [call] = chain.calls;
      const [fn] = chain.fns;
      if (!call || !fn) return;
      context.report({
        messageId: 'missingOptOutThroughHelper',
        node: call,
        data: {
          marker: verdict.marker,
          vendor: chain.api.vendor,
          helper: `${namesOf(t, fn)[0] ?? context.text(call.expression)}()`,
          missing: verdict.missing,
          promise,
          header: chain.api.header,
        },
        sink: chain.api.vendor,
        clause,
        flow: helperFlow(chain),
      });
    };

    /** Reports a chain's first call when the calls make the send a violation and the helpers alone did not. */
    const checkChain = (chain: Chain): Verdict => {
      const verdict = judgeChain(chain, 0);
      if (verdict.kind === 'violation' && judgeChain(chain, 1).kind === 'depends')
        reportThroughHelper(chain, verdict);
      return verdict;
    };

    /**
     * A send in a helper of another module, at this file's call of it: the engine's call-site
     * fact gives the call and, in its flow, where the helper sends; the helpers on the way are
     * the functions the calls at those places run.
     */
    const chainOfCallSite = (fact: SendFact): Chain | undefined => {
      const call = fact.node;
      if (!t.isCallExpression(call)) return undefined;
      const start = call.getStart(sf);
      for (const taint of fact.taints) {
        const at = taint.steps.findIndex(
          (step) => step.location.file === sf.fileName && step.location.startOffset === start,
        );
        const rest = at < 0 ? [] : taint.steps.slice(at + 1);
        if (rest.length === 0) continue;
        const calls = [call];
        const fns: ts.SignatureDeclaration[] = [];
        let fn = flow.functionOf(call);
        let send: Call | undefined;
        for (const [index, step] of rest.entries()) {
          if (!fn) break;
          fns.push(fn);
          const node = callAt(t, fn, step.location);
          if (!node) break;
          if (index === rest.length - 1) send = node;
          else if (t.isCallExpression(node)) {
            calls.push(node);
            fn = flow.functionOf(node);
          } else break;
        }
        if (!send || fns.length !== calls.length) continue;
        const api = mailApiOf(fact.via.id, memberChain(t, flow, send.expression));
        if (api) return { calls, fns, send, api };
      }
      return undefined;
    };

    /** Sends in this file whose verdict is in a wrapper's parameters, to check at its calls here. */
    const deferred: Chain[] = [];
    /** The calls of this file, for the wrappers' calls. */
    const calls: ts.CallExpression[] = [];

    return {
      send(fact) {
        if (fact.via.kind !== 'sdk') return;
        const node = fact.node;
        if (!t.isCallExpression(node) && !t.isNewExpression(node)) return;
        const api = mailApiOf(fact.via.id, memberChain(t, flow, node.expression));
        if (api) {
          const chain: Chain = { calls: [], fns: [], send: node, api };
          const verdict = judgeChain(chain, 0);
          if (verdict.kind === 'violation') reportDirect(node, api, verdict);
          else if (verdict.kind === 'depends') deferred.push(chain);
          return;
        }
        // The engine's fact at a call of a helper in another module (its `inputs` are empty).
        if (fact.inputs.length > 0) return;
        const chain = chainOfCallSite(fact);
        if (chain) checkChain(chain);
      },
      syntax: {
        CallExpression(node) {
          calls.push(node as ts.CallExpression);
        },
      },
      done() {
        if (deferred.length === 0) return;
        // A wrapper in this file: each of its calls here says what it sends.
        const targets = new Map(calls.map((call) => [call, flow.functionOf(call)]));
        for (let queue = deferred; queue.length > 0;) {
          const next: Chain[] = [];
          for (const chain of queue) {
            const wrapper = namedFunctionAround(t, chain.calls[0] ?? chain.send)?.fn;
            if (!wrapper || chain.calls.length >= MAX_WRAPPERS) continue;
            for (const call of calls) {
              if (targets.get(call) !== wrapper) continue;
              const longer: Chain = {
                ...chain,
                calls: [call, ...chain.calls],
                fns: [wrapper, ...chain.fns],
              };
              if (checkChain(longer).kind === 'depends') next.push(longer);
            }
          }
          queue = next;
        }
      },
    };
  },
});

/** The clause a policy gives the Mailing List Information promise. */
function mailingClause(context: RuleContext<Options>): string {
  const clauses = Object.entries(context.policy.clauses);
  return (
    clauses.find(([, clause]) => /mailing list/i.test(clause.section))?.[0] ??
    clauses.find(([id]) => id.includes('mailing'))?.[0] ??
    'mailing-list-information'
  );
}

/** A host of the organization's own, for the suggested header's URL. */
function firstPartyHost(context: RuleContext<Options>): string {
  return context.policy.firstParty.hosts.find((host) => !host.includes('*')) ?? 'example.com';
}

function normalised(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** A value for a message: placeholders written as `${name}`, one line, short. */
function display(text: string): string {
  const flat = text
    .replace(/⟦([^⟧]*)⟧/g, '$${$1}')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

function describe(found: Resolved): string {
  if (found.kind === 'node') return display(found.expr.pos >= 0 ? found.expr.getText() : 'true');
  if (found.kind === 'props' || found.kind === 'children') return display(found.element.getText());
  return display(found.name);
}

/** `{ enable: false }`: a setting that is there but off. */
function disabled(found: Resolved): boolean {
  if (found.kind !== 'node') return false;
  const text = found.expr.pos >= 0 ? found.expr.getText() : '';
  return /\benable\s*:\s*false\b/.test(text) || text === 'false';
}

/**
 * Whether a part of a body whose value is not known here can hold markup, and so an
 * unsubscribe link: `html`, `footer`, `content`, `unsubscribeUrl`, a component; not
 * `user.name` or `total`.
 */
function holdsMarkup(name: string): boolean {
  if (name.startsWith('<')) return true;
  const last = name.split('.').pop() ?? name;
  return /html|body|content|footer|header|template|markup|message|section|block|partial|layout|link|url|href|unsub|opt|text/i.test(
    last,
  );
}

/** The links of a rendered body: `href`s, bare URLs and the text of `<a>`, `<Link>` and `<Button>`. */
function linkParts(text: string): string[] {
  const parts: string[] = [];
  for (const m of text.matchAll(/\bhref\s*=\s*["'{]?([^"'\s>}]*)/gi)) parts.push(m[1] ?? '');
  for (const m of text.matchAll(/\b(?:https?:\/\/|mailto:)[^\s"'<>]+/gi)) parts.push(m[0]);
  for (const m of text.matchAll(/<(a|Link|Button)\b[^>]*>([\s\S]*?)<\/\1>/gi))
    parts.push(m[2] ?? '');
  return parts;
}

/** `sgMail.send` → `sgMail.send`; `mailchimp(key).messages.send` → `().messages.send`; an aliased import by its exported name. */
function memberChain(t: TypeScriptApi, flow: FlowQueries, callee: ts.Expression): string[] {
  const names: string[] = [];
  let e: ts.Expression = callee;
  for (;;) {
    if (t.isParenthesizedExpression(e) || t.isNonNullExpression(e) || t.isAsExpression(e))
      e = e.expression;
    else if (t.isPropertyAccessExpression(e)) {
      names.unshift(e.name.text);
      e = e.expression;
    } else if (t.isCallExpression(e) || t.isNewExpression(e)) {
      names.unshift('()');
      e = e.expression;
    } else {
      if (t.isIdentifier(e)) {
        // `import { SendEmailCommand as SendV2 } …`: `SendV2` is `SendEmailCommand`.
        const decl = flow.declarationOf(e);
        names.unshift(
          decl && t.isImportSpecifier(decl) ? (decl.propertyName ?? decl.name).text : e.text,
        );
      }
      return names;
    }
  }
}

/** The innermost named function around a node (callbacks are skipped: their callers are not the project's). */
function namedFunctionAround(
  t: TypeScriptApi,
  node: ts.Node,
): { fn: ts.SignatureDeclaration; name: string | undefined } | undefined {
  for (let current = node.parent; !t.isSourceFile(current); current = current.parent) {
    if (!t.isFunctionLike(current)) continue;
    const name = namesOf(t, current)[0];
    if (t.isFunctionDeclaration(current) || t.isMethodDeclaration(current) || name !== undefined)
      return { fn: current, name };
  }
  return undefined;
}

/** A function's name: declared, or of the variable or property that holds it. */
function namesOf(t: TypeScriptApi, fn: ts.SignatureDeclaration): string[] {
  const named = (n: ts.Node | undefined): string | undefined =>
    n && (t.isIdentifier(n) || t.isStringLiteral(n)) ? n.text : undefined;
  if (t.isFunctionDeclaration(fn) || t.isMethodDeclaration(fn)) {
    const name = named(fn.name);
    return name === undefined ? [] : [name];
  }
  if (t.isArrowFunction(fn) || t.isFunctionExpression(fn)) {
    const holder = fn.parent;
    if (
      t.isVariableDeclaration(holder) ||
      t.isPropertyAssignment(holder) ||
      t.isPropertyDeclaration(holder)
    ) {
      const name = named(holder.name);
      return name === undefined ? [] : [name];
    }
  }
  return [];
}

/** The names that say what a send is for: the function around it and its class. */
function namesAround(t: TypeScriptApi, node: ts.Node): string[] {
  const names: string[] = [];
  const around = namedFunctionAround(t, node);
  if (around?.name !== undefined) names.push(around.name);
  const cls = t.findAncestor(node, (n) => t.isClassLike(n));
  if (cls && t.isClassLike(cls) && cls.name) names.push(cls.name.text);
  return names;
}

/** The call (or `new`) inside a function that starts where a flow step is. */
function callAt(
  t: TypeScriptApi,
  fn: ts.SignatureDeclaration,
  location: FlowStep['location'],
): Call | undefined {
  const file = fn.getSourceFile();
  if (file.fileName !== location.file) return undefined;
  let found: Call | undefined;
  const visit = (node: ts.Node): void => {
    if (found || node.end < location.startOffset || node.getStart(file) > location.startOffset)
      return;
    if (
      (t.isCallExpression(node) || t.isNewExpression(node)) &&
      node.getStart(file) === location.startOffset
    ) {
      found = node;
      return;
    }
    t.forEachChild(node, visit);
  };
  visit(fn);
  return found;
}

/**
 * The edits that add a `List-Unsubscribe` header to a message written as an object literal in
 * this file: into its `headers` object (or Postmark's `Headers` list), or as a new property.
 */
function suggestHeader(
  t: TypeScriptApi,
  sf: ts.SourceFile,
  evaluator: Evaluator,
  message: Resolved,
  api: MailApi,
  url: string,
): TextEdit[] | undefined {
  const spec = api.suggest;
  if (!spec || message.kind !== 'node' || !t.isObjectLiteralExpression(message.expr))
    return undefined;
  const keys = spec.path.split('.');
  const key = keys.pop();
  if (key === undefined) return undefined;
  let container: ts.ObjectLiteralExpression = message.expr;
  for (const part of keys) {
    const found = evaluator.path(container, part, message.env);
    if (found?.kind !== 'node' || !t.isObjectLiteralExpression(found.expr)) return undefined;
    container = found.expr;
  }
  if (container.getSourceFile() !== sf) return undefined;
  const value = `'<${url}>'`;
  const existing = container.properties.find(
    (p) =>
      p.name !== undefined &&
      (t.isIdentifier(p.name) || t.isStringLiteral(p.name)) &&
      p.name.text === key,
  );
  const keyText = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`;
  if (spec.shape === 'prefixed') return [addProperty(sf, container, `${keyText}: ${value}`)];
  if (spec.shape === 'object') {
    if (!existing)
      return [addProperty(sf, container, `${keyText}: { 'List-Unsubscribe': ${value} }`)];
    const init = t.isPropertyAssignment(existing)
      ? evaluator.unwrap(existing.initializer)
      : undefined;
    if (!init || !t.isObjectLiteralExpression(init)) return undefined;
    return [insertFirst(sf, init, init.properties, `'List-Unsubscribe': ${value}`, false)];
  }
  const entry = `{ Name: 'List-Unsubscribe', Value: ${value} }`;
  if (!existing) return [addProperty(sf, container, `${keyText}: [${entry}]`)];
  const init = t.isPropertyAssignment(existing)
    ? evaluator.unwrap(existing.initializer)
    : undefined;
  if (!init || !t.isArrayLiteralExpression(init)) return undefined;
  return [insertFirst(sf, init, init.elements, entry, true)];
}

/** Adds a property after the last one, on its own line when the object spans lines. */
function addProperty(
  sf: ts.SourceFile,
  object: ts.ObjectLiteralExpression,
  text: string,
): TextEdit {
  const last = object.properties[object.properties.length - 1];
  if (!last) return { start: object.getStart(sf), end: object.end, text: `{ ${text} }` };
  const line = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line;
  if (line(object.getStart(sf)) === line(object.end))
    return { start: last.end, end: last.end, text: `, ${text}` };
  const lineStart = sf.getLineStarts()[line(last.getStart(sf))] ?? 0;
  const indent = /^[ \t]*/.exec(sf.text.slice(lineStart))?.[0] ?? '';
  return { start: last.end, end: last.end, text: `,\n${indent}${text}` };
}

/** Inserts an entry before the first one of an object or array literal (or fills an empty one). */
function insertFirst(
  sf: ts.SourceFile,
  literal: ts.ObjectLiteralExpression | ts.ArrayLiteralExpression,
  entries: ts.NodeArray<ts.Node>,
  text: string,
  array: boolean,
): TextEdit {
  const first = entries[0];
  if (!first)
    return {
      start: literal.getStart(sf),
      end: literal.end,
      // `{ 'List-Unsubscribe': … }`, but `[{ Name: …, Value: … }]`, as Prettier writes them.
      text: array ? `[${text}]` : `{ ${text} }`,
    };
  return { start: first.getStart(sf), end: first.getStart(sf), text: `${text}, ` };
}
