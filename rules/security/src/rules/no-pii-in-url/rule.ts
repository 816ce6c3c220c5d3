import {
  defineRule,
  unwrap,
  type ArgumentSpec,
  type RuleContext,
  type Taint,
} from '@pledge/core/rules';
import type ts from 'typescript';
import {
  BODY_PROPS,
  DEFAULT_ALLOWED,
  DEFAULT_CATEGORIES,
  KEY_CATEGORIES,
  LOCATION_OBJECTS,
  QUERY_PROPS,
  SIGNERS,
  URL_API_PATTERNS,
  URL_ATTRIBUTES,
  URL_OBJECT,
  URL_PROPERTIES,
} from './apis.js';

export interface Options {
  /** Data categories (with their children) reported in a URL. */
  categories: string[];
  /** Data categories allowed in a URL although `categories` holds them. */
  allowCategories: string[];
  /** The policy clause findings cite; by default the one whose section is Log Data. */
  clause?: string;
}

type Ctx = RuleContext<Options>;
type Part = 'path' | 'query string';

/** A piece of a string built at run time: known text, or an expression. */
type Piece = { text: string } | { expr: ts.Expression };

/** Where a value meets a URL, for the message. */
interface Where {
  /** `passed to \`fetch()\``, `built here`, `in \`href\``. */
  how: string;
  /** The sink's label for the finding's `sink`. */
  sink: string;
}

const MASKING = new Set(['hashed', 'masked', 'encrypted', 'last4', 'first6']);
/** Names of values that hold a URL or its base: `${API_URL}/users?email=${email}`. */
const URL_NAME = /(url|uri|href|origin|host|base|endpoint|api|domain|link|site|server|path|route|redirect)s?$/i;
/** Schemes of links that no server logs: a mail or phone link. */
const NOT_SENT = /^(mailto|tel|sms|callto|data|javascript|blob):/i;
/** Text that cannot be inside a URL: the token around a value ends there. */
const TOKEN_BREAK = /[\s"'<>`()[\]{}|\\^,;]/;
/** Filesystem roots: `/tmp/${email}.json` is a file, not a URL. */
const FILE_ROOT = /^\/(tmp|var|etc|usr|home|dev|proc|opt|srv|mnt|root|Users|private)\//;
/** How many hops a name is followed to its initializer. */
const MAX_HOPS = 4;

export const noPiiInUrl = defineRule<Options>({
  id: 'no-pii-in-url',
  meta: {
    description: 'Disallow personal data in the path or query string of a URL',
    recommended: true,
    severity: 'error',
    policyFields: ['clauses', 'dataCategories'],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        categories: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Data categories (their children included) reported when they are placed in a URL. Replaces the default list: contact details, names, government ids, financial data, passwords, dates of birth, health data and precise location. Add `user.unique_id` to report internal ids in REST paths too.',
        },
        allowCategories: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Data categories allowed in a URL although `categories` holds them. Replaces the default list: country, city and the non-identifying card fields (last four digits, BIN, processor token).',
        },
        clause: {
          type: 'string',
          description:
            'The id of the policy clause findings cite. By default the clause whose section is "Log Data" (else "Security"), else `log-data`.',
        },
      },
    },
    messages: {
      personalDataInUrl:
        '{{category}} is placed in the {{part}} of a URL {{how}}. {{promise}} keeps personal data out of logs, and a URL is logged by servers and proxies, kept in browser history and sent in `Referer` headers; send it in a request body, or use an opaque id or a one-time token.',
    },
  },
  defaultOptions: {
    categories: [...DEFAULT_CATEGORIES],
    allowCategories: [...DEFAULT_ALLOWED],
  },
  create(context) {
    const t = context.ts;
    const flow = context.flow;
    const clause = context.options.clause ?? logDataClause(context);
    const citation = context.cite(clause);
    const promise = citation ? `The policy (${citation.section})` : 'The policy';
    const reported = new Set<string>();
    /** Strings analysed as the URL of a sink: the pass over strings leaves them. */
    const handled = new Set<ts.Node>();
    /** Strings built in the file, analysed in `done` unless a sink analysed them. */
    const built: ts.Expression[] = [];

    const inScope = (category: string): boolean =>
      context.options.categories.some((c) => within(category, c)) &&
      !context.options.allowCategories.some((c) => within(category, c));

    const report = (node: ts.Node, taint: Taint, part: Part, where: Where): void => {
      const line = node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line;
      const key = `${String(line)}|${taint.category}`;
      if (reported.has(key)) return;
      reported.add(key);
      context.report({
        node,
        messageId: 'personalDataInUrl',
        data: {
          category: context.taxonomy.get(taint.category)?.label ?? taint.category,
          part,
          how: where.how,
          promise,
        },
        category: taint.category,
        flow: taint.steps,
        sink: where.sink,
        clause,
      });
    };

    /** The follow of a name to the expression it holds (same file, `const` or single assignment). */
    const initializerOf = (expr: ts.Expression): ts.Expression | undefined => {
      const e = unwrap(t, expr);
      if (!t.isIdentifier(e)) return undefined;
      const decl = flow.declarationOf(e);
      if (!decl || !t.isVariableDeclaration(decl) || !decl.initializer) return undefined;
      if (decl.getSourceFile() !== context.sourceFile) return undefined;
      return decl.initializer;
    };

    /** The expression a value comes from: names followed to their initializers. */
    const origin = (expr: ts.Expression): ts.Expression => {
      let current = unwrap(t, expr);
      for (let hop = 0; hop < MAX_HOPS; hop++) {
        const next = initializerOf(current);
        if (!next) break;
        current = unwrap(t, next);
      }
      return current;
    };

    /** A signed or encrypted blob: `jwt.sign({ email }, secret)`. */
    const isSigned = (expr: ts.Expression): boolean => {
      const e = origin(expr);
      if (t.isCallExpression(e) || t.isNewExpression(e)) {
        if (flow.matchPatterns(e, SIGNERS)) return true;
        // jose: await new SignJWT(payload).setProtectedHeader(...).sign(key)
        let inner: ts.Expression = e.expression;
        while (t.isPropertyAccessExpression(inner) || t.isCallExpression(inner)) {
          inner = t.isPropertyAccessExpression(inner) ? inner.expression : inner.expression;
          if ((t.isCallExpression(inner) || t.isNewExpression(inner)) && flow.matchPatterns(inner, SIGNERS))
            return true;
        }
      }
      return false;
    };

    /** The taints of a value that count in a URL: in scope, in clear, not a signed blob. */
    const taintsOf = (expr: ts.Expression): Taint[] => {
      if (isSigned(expr)) return [];
      return flow
        .taintOf(expr)
        .filter((taint) => inScope(taint.category) && !taint.transforms.some((x) => MASKING.has(x)));
    };

    /** A category a query parameter's name gives its value (`?email=${value}`). */
    const keyTaint = (key: string, value: ts.Expression): Taint | undefined => {
      if (flow.stringValue(value) !== undefined || isSigned(value)) return undefined;
      const e = unwrap(t, value);
      if (t.isNumericLiteral(e) || e.kind === t.SyntaxKind.TrueKeyword || e.kind === t.SyntaxKind.FalseKeyword)
        return undefined;
      const name = key.replace(/\[\]$/, '');
      if (!/^[A-Za-z][\w.-]*$/.test(name)) return undefined;
      const category = context.queries.categoryOfName(name);
      if (!category || !KEY_CATEGORIES.some((c) => within(category, c)) || !inScope(category))
        return undefined;
      // The value's own name, when it says what it is, wins: `?email=${isVerified}`.
      if (flow.taintOf(value).some((taint) => taint.transforms.some((x) => MASKING.has(x))))
        return undefined;
      return {
        category,
        confidence: 0.7,
        transforms: [],
        name,
        steps: [{ location: flow.location(value), label: `the \`${name}\` parameter` }],
      };
    };

    /** Flattens a string built with templates and `+` into known text and expressions. */
    const piecesOf = (expr: ts.Expression, out: Piece[] = []): Piece[] => {
      const e = unwrap(t, expr);
      if (t.isStringLiteral(e) || t.isNoSubstitutionTemplateLiteral(e)) {
        out.push({ text: e.text });
      } else if (t.isTemplateExpression(e)) {
        handled.add(e);
        out.push({ text: e.head.text });
        for (const span of e.templateSpans) {
          piecesOf(span.expression, out);
          out.push({ text: span.literal.text });
        }
      } else if (t.isBinaryExpression(e) && e.operatorToken.kind === t.SyntaxKind.PlusToken) {
        handled.add(e);
        piecesOf(e.left, out);
        piecesOf(e.right, out);
      } else {
        const value = flow.stringValue(e);
        out.push(value !== undefined ? { text: value } : { expr: e });
      }
      return out;
    };

    /** Whether an expression that starts a URL token holds a URL (its name or known start says so). */
    const urlish = (expr: ts.Expression): boolean => {
      const known = flow.stringParts(expr)?.value;
      if (known !== undefined && known !== '') return /^(https?:\/\/|\/)/i.test(known);
      const e = unwrap(t, expr);
      const name = t.isIdentifier(e)
        ? e.text
        : t.isPropertyAccessExpression(e)
          ? e.name.text
          : t.isCallExpression(e)
            ? calleeName(t, e)
            : undefined;
      if (name !== undefined && URL_NAME.test(name)) return true;
      const o = origin(expr);
      return (t.isNewExpression(o) || t.isCallExpression(o)) && /^(URL|URLSearchParams)$/.test(calleeName(t, o) ?? '');
    };

    /**
     * Reports the values a string places in the path or query of a URL. `whole`: the string is
     * a URL (a sink's argument); otherwise only the tokens that look like URLs count.
     */
    const checkString = (expr: ts.Expression, whole: boolean, where: Where, at?: ts.Node): void => {
      const pieces = piecesOf(expr);
      // The current URL token: its text so far, whether it is a URL, and where in it we are.
      let token = '';
      let started = false;
      let isUrl = whole;
      let skip = false;
      let part: Part = 'path';
      let lastKey: string | undefined;
      const reset = () => {
        token = '';
        started = false;
        isUrl = false;
        skip = false;
        part = 'path';
      };
      const judge = () => {
        if (NOT_SENT.test(token)) skip = true;
        else if (!isUrl && /^(https?:)?\/\/[\w.-]/i.test(token)) isUrl = true;
        else if (!isUrl && /^\/[\w\-[\]:.@~%$]*(\/|\?|$)/.test(token) && !FILE_ROOT.test(token) && (whole || piecesHaveQueryOrRoute(token)))
          isUrl = true;
        else if (!isUrl && /[?&][\w.[\]-]+=$/.test(token) && /^[\w/.:?&=%[\]-]*$/.test(token)) isUrl = true;
      };
      for (const piece of pieces) {
        if ('text' in piece) {
          for (const ch of piece.text) {
            if (!whole && TOKEN_BREAK.test(ch)) {
              reset();
              continue;
            }
            if (ch === '#') skip = true;
            if (ch === '?') part = 'query string';
            token += ch;
            started = true;
          }
          if (!skip) judge();
          const key = /[?&]([\w.[\]-]+)=$/.exec(token);
          lastKey = key?.[1];
          continue;
        }
        const value = piece.expr;
        if (!started && !whole) {
          // A token that starts with a value: a URL when the value is one (`${API_URL}/users`).
          isUrl = urlish(value);
          token += '\u0000';
          started = true;
          continue;
        }
        if (!started && whole && token === '') {
          token += '\u0000';
          started = true;
          // The whole URL is one value: its own taint counts (`fetch(url)`), unless it is
          // analysed where it is built.
          if (!deferred(value)) reportTaints(value, 'path', where, at ?? value);
          continue;
        }
        token += '\u0000';
        if (skip || !isUrl) continue;
        if (deferred(value)) continue;
        const before = taintsOf(value);
        if (before.length > 0) {
          reportTaints(value, part, where, at ?? value, before);
        } else if (part === 'query string' && lastKey !== undefined) {
          const taint = keyTaint(lastKey, value);
          if (taint) report(at ?? value, taint, part, where);
        }
        lastKey = undefined;
      }
    };

    const piecesHaveQueryOrRoute = (token: string): boolean => !/\s/.test(token);

    const reportTaints = (value: ts.Expression, part: Part, where: Where, at: ts.Node, known?: Taint[]) => {
      const taints = known ?? taintsOf(value);
      const [first] = taints;
      if (first) report(at, first, part, where);
    };

    /**
     * Whether a value is analysed where it is built: a URL string, a `URLSearchParams`, a
     * query string, a `new URL`, or the result of a project function that builds one.
     */
    const deferred = (value: ts.Expression): boolean => {
      let e = unwrap(t, value);
      // params.toString(), url.href
      if (t.isCallExpression(e) && t.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'toString')
        e = unwrap(t, e.expression.expression);
      if (t.isPropertyAccessExpression(e) && /^(href|search|toString|pathname)$/.test(e.name.text))
        e = unwrap(t, e.expression);
      const o = origin(e);
      if (o !== e && (t.isTemplateExpression(o) || isConcat(t, o))) return looksLikeUrl(o);
      if (t.isNewExpression(o) || t.isCallExpression(o)) {
        const api = flow.matchPatterns(o, URL_API_PATTERNS)?.api;
        if (api && (api.id === 'new-url' || api.id === 'url-search-params' || api.id.startsWith('query-string')))
          return true;
        if (t.isCallExpression(o) && builderOf(o)) return true;
      }
      return false;
    };

    /** Whether a string built here looks like a URL on its own. */
    const looksLikeUrl = (expr: ts.Expression): boolean => {
      let found = false;
      const saved = { report: false };
      void saved;
      const pieces = piecesOf(expr);
      let token = '';
      let started = false;
      for (const piece of pieces) {
        if ('text' in piece) {
          for (const ch of piece.text) {
            if (TOKEN_BREAK.test(ch)) {
              token = '';
              started = false;
              continue;
            }
            token += ch;
            started = true;
          }
          if (/^(https?:)?\/\/[\w.-]/i.test(token) || (/^\/[\w\-[\]:.@~%$]*(\/|\?|$)/.test(token) && !FILE_ROOT.test(token)) || /[?&][\w.[\]-]+=$/.test(token))
            found = true;
        } else {
          if (!started && urlish(piece.expr)) found = true;
          token += '\u0000';
          started = true;
        }
      }
      return found;
    };

    /** A project function that builds a URL from its arguments: `buildUrl('/users', { email })`. */
    const builderOf = (call: ts.CallExpression): ts.SignatureDeclaration | undefined => {
      const fn = flow.functionOf(call);
      if (!fn) return undefined;
      const returns = flow.returnsOf(fn);
      const builds = returns.some((r) => {
        const e = unwrap(t, r);
        if (t.isTemplateExpression(e) || isConcat(t, e)) return looksLikeUrlIn(e);
        if (t.isNewExpression(e) || t.isCallExpression(e)) {
          const api = flow.matchPatterns(e, URL_API_PATTERNS)?.api;
          if (api && (api.id === 'new-url' || api.id === 'url-search-params' || api.id.startsWith('query-string')))
            return true;
          if (t.isCallExpression(e) && t.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'toString')
            return true;
        }
        if (t.isPropertyAccessExpression(e) && /^(href|search)$/.test(e.name.text)) return true;
        return false;
      });
      return builds ? fn : undefined;
    };
    /** `looksLikeUrl` for a string of another file: its pieces' text alone. */
    const looksLikeUrlIn = (e: ts.Expression): boolean => {
      const text = t.isTemplateExpression(e) ? [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join('\u0000') : e.getText();
      return /(^|\u0000)\/|https?:\/\/|[?&][\w.[\]-]+=/.test(text) && !/\s/.test(text.replace(/['"+\s]+/g, ''));
    };

    /** Reports the query data an argument holds: `{ email }`, a `URLSearchParams` init. */
    const checkQuery = (expr: ts.Expression, where: Where, keyArg?: ts.Expression): void => {
      const e = unwrap(t, expr);
      if (deferred(e)) return;
      if (t.isObjectLiteralExpression(e)) {
        for (const property of e.properties) {
          if (t.isShorthandPropertyAssignment(property)) {
            reportTaints(property.name, 'query string', where, property, undefined);
            if (!reported.size) void 0;
            const taint = taintsOf(property.name).length === 0 ? keyTaint(property.name.text, property.name) : undefined;
            if (taint) report(property, taint, 'query string', where);
          } else if (t.isPropertyAssignment(property)) {
            const taints = taintsOf(property.initializer);
            if (taints[0]) report(property, taints[0], 'query string', where);
            else {
              const key = propertyName(t, property.name);
              const taint = key !== undefined ? keyTaint(key, property.initializer) : undefined;
              if (taint) report(property, taint, 'query string', where);
            }
          } else if (t.isSpreadAssignment(property)) {
            reportTaints(property.expression, 'query string', where, property);
          }
        }
        return;
      }
      if (t.isArrayLiteralExpression(e)) {
        // new URLSearchParams([['email', email]])
        for (const element of e.elements) {
          if (t.isArrayLiteralExpression(element) && element.elements.length === 2) {
            const [k, v] = element.elements as unknown as [ts.Expression, ts.Expression];
            checkPair(k, v, where, element);
          }
        }
        return;
      }
      if (keyArg !== undefined) {
        checkPair(keyArg, e, where, e);
        return;
      }
      if (t.isTemplateExpression(e) || isConcat(t, e)) {
        checkString(e, true, where);
        return;
      }
      reportTaints(e, 'query string', where, e);
    };

    const checkPair = (key: ts.Expression, value: ts.Expression, where: Where, at: ts.Node) => {
      const taints = taintsOf(value);
      if (taints[0]) return report(at, taints[0], 'query string', where);
      const name = flow.stringValue(key);
      const taint = name !== undefined ? keyTaint(name, value) : undefined;
      if (taint) report(at, taint, 'query string', where);
    };

    /** Reports what a URL argument carries in its path or query. */
    const checkUrl = (expr: ts.Expression, where: Where): void => {
      const e = unwrap(t, expr);
      if (t.isObjectLiteralExpression(e)) {
        // router.push({ pathname: '/invite', query: { email } })
        for (const name of URL_OBJECT.url) {
          const value = flow.property(e, name);
          if (value) checkUrl(value, where);
        }
        for (const name of URL_OBJECT.query) {
          const value = flow.property(e, name);
          if (value) checkQuery(value, where);
        }
        return;
      }
      if (t.isTemplateExpression(e) || isConcat(t, e)) {
        checkString(e, true, where);
        return;
      }
      if (t.isStringLiteral(e) || t.isNoSubstitutionTemplateLiteral(e)) return;
      if (deferred(e)) return;
      const o = origin(e);
      if (o !== e && (t.isTemplateExpression(o) || isConcat(t, o))) {
        // A string built elsewhere in the file that does not look like a URL on its own.
        const pieces = piecesOf(o);
        void pieces;
        checkString(o, true, where, e);
        return;
      }
      reportTaints(e, 'path', where, e);
    };

    const argument = (call: ts.CallExpression | ts.NewExpression, spec: ArgumentSpec): ts.Expression | undefined => {
      const arg = call.arguments?.[spec.arg];
      if (!arg || t.isSpreadElement(arg)) return undefined;
      if (spec.prop === undefined) return arg;
      const value = flow.property(arg, spec.prop);
      if (value) return value;
      return spec.orWhole && !t.isObjectLiteralExpression(unwrap(t, arg)) ? arg : undefined;
    };

    const checkCall = (call: ts.CallExpression | ts.NewExpression): void => {
      const api = flow.matchPatterns(call, URL_API_PATTERNS)?.api;
      if (api) {
        const where: Where = { how: `passed to \`${api.label}\``, sink: api.label };
        if ((api.id === 'url-search-params' || api.id === 'query-string' || api.id === 'search-params-set') && isBody(call))
          return;
        for (const spec of api.url ?? []) {
          const value = argument(call, spec);
          if (value) checkUrl(value, where);
        }
        for (const spec of api.query ?? []) {
          const value = argument(call, spec);
          const key = api.key !== undefined ? call.arguments?.[api.key] : undefined;
          if (value) checkQuery(value, where, key);
        }
        return;
      }
      const client = flow.matchCall(call, 'http');
      if (client) {
        const where: Where = { how: `requested with \`${client.label}\``, sink: client.label };
        if (client.url) {
          const value = argument(call, client.url);
          if (value) checkUrl(value, where);
        }
        for (const spec of client.data) {
          if (spec.prop === undefined || !QUERY_PROPS.has(spec.prop)) continue;
          const value = argument(call, spec);
          if (value) checkQuery(value, where);
        }
        return;
      }
      if (t.isCallExpression(call)) {
        const fn = builderOf(call);
        if (fn) {
          const name = calleeName(t, call) ?? 'a function';
          const where: Where = { how: `built by \`${name}\``, sink: name };
          for (const arg of call.arguments) {
            if (t.isSpreadElement(arg)) continue;
            if (t.isObjectLiteralExpression(unwrap(t, arg))) checkQuery(arg, where);
            else reportTaints(arg, 'query string', where, arg);
          }
        }
      }
    };

    /**
     * Whether a `URLSearchParams` or query string is a form body (`fetch(url, { body: params })`,
     * `axios.post(url, qs.stringify(data))`), which is not a URL.
     */
    const isBody = (node: ts.Expression): boolean => {
      let e: ts.Node = node;
      // params.set(...) is a body when `params` is.
      if (t.isCallExpression(e) && t.isPropertyAccessExpression(e.expression)) {
        let receiver = unwrap(t, e.expression.expression);
        if (t.isPropertyAccessExpression(receiver) && receiver.name.text === 'searchParams') return false;
        const o = initializerOf(receiver);
        if (o && t.isIdentifier(receiver)) return usedAsBody(receiver);
        if (t.isIdentifier(receiver)) return usedAsBody(receiver);
        receiver = receiver;
        return false;
      }
      e = climb(e);
      if (inBodyPosition(e)) return true;
      const parent = e.parent;
      if (parent && t.isVariableDeclaration(parent) && t.isIdentifier(parent.name)) return usedAsBody(parent.name);
      return false;
    };

    /** Climbs from a value through `.toString()`, parentheses and `await` to where it is used. */
    const climb = (node: ts.Node): ts.Node => {
      let e = node;
      for (;;) {
        const p = e.parent;
        if (!p) return e;
        if (t.isParenthesizedExpression(p) || t.isAwaitExpression(p) || t.isAsExpression(p)) e = p;
        else if (t.isPropertyAccessExpression(p) && p.name.text === 'toString' && p.parent && t.isCallExpression(p.parent)) e = p.parent;
        else return e;
      }
    };

    const inBodyPosition = (e: ts.Node): boolean => {
      const p = e.parent;
      if (!p) return false;
      if (t.isPropertyAssignment(p) && p.initializer === e) {
        const name = propertyName(t, p.name);
        return name !== undefined && BODY_PROPS.has(name);
      }
      if (t.isShorthandPropertyAssignment(p)) return BODY_PROPS.has(p.name.text);
      if ((t.isCallExpression(p) || t.isNewExpression(p)) && p.arguments?.includes(e as ts.Expression)) {
        const client = flow.matchCall(p, 'http');
        if (client) {
          const index = p.arguments.indexOf(e as ts.Expression);
          return client.url?.arg !== index && client.data.some((d) => d.arg === index && d.prop === undefined);
        }
        // superagent's .send(params), xhr.send(params), navigator.sendBeacon(url, params)
        const callee = calleeName(t, p);
        return callee === 'send' || callee === 'sendBeacon' || callee === 'write' || callee === 'end';
      }
      return false;
    };

    /** Whether a name holding a `URLSearchParams` is sent as a body somewhere in its scope. */
    const usedAsBody = (name: ts.Identifier): boolean => {
      const decl = flow.declarationOf(name) ?? name;
      const scope = decl.parent?.parent?.parent ?? context.sourceFile;
      let body = false;
      const visit = (node: ts.Node): void => {
        if (body) return;
        if (t.isIdentifier(node) && node.text === name.text && node !== name) {
          if (inBodyPosition(climb(node))) body = true;
        }
        t.forEachChild(node, visit);
      };
      visit(scope);
      return body;
    };

    return {
      syntax: {
        CallExpression(node) {
          if (t.isCallExpression(node)) checkCall(node);
        },
        NewExpression(node) {
          if (t.isNewExpression(node)) checkCall(node);
        },
        JsxAttribute(node) {
          if (!t.isJsxAttribute(node) || !t.isIdentifier(node.name)) return;
          const attribute = node.name.text;
          const element = node.parent.parent;
          if (!t.isJsxOpeningElement(element) && !t.isJsxSelfClosingElement(element)) return;
          const tag = element.tagName.getText();
          const spec = URL_ATTRIBUTES.find(
            (a) => a.attribute === attribute && a.elements.some((glob) => globMatch(glob, tag)),
          );
          if (!spec || !node.initializer || !t.isJsxExpression(node.initializer)) return;
          const value = node.initializer.expression;
          if (value) checkUrl(value, { how: `in \`<${tag} ${attribute}>\``, sink: `<${tag} ${attribute}>` });
        },
        BinaryExpression(node) {
          if (!t.isBinaryExpression(node)) return;
          if (node.operatorToken.kind === t.SyntaxKind.EqualsToken) {
            const left = node.left;
            const target = left.getText().replace(/\s+/g, '');
            const navigates =
              LOCATION_OBJECTS.has(target) ||
              (t.isPropertyAccessExpression(left) && URL_PROPERTIES.has(left.name.text));
            if (navigates) checkUrl(node.right, { how: `assigned to \`${target}\``, sink: target });
            return;
          }
          if (node.operatorToken.kind === t.SyntaxKind.PlusToken && !isConcat(t, node.parent as ts.Expression))
            built.push(node);
        },
        TemplateExpression(node) {
          if (t.isTemplateExpression(node)) built.push(node);
        },
      },
      done() {
        for (const expr of built) {
          if (handled.has(expr) || !(t.isTemplateExpression(expr) || isConcat(t, expr))) continue;
          if (t.isTaggedTemplateExpression(expr.parent)) continue;
          checkString(expr, false, { how: 'built here', sink: 'a URL' });
        }
      },
    };
  },
});

function within(category: string, ancestor: string): boolean {
  return category === ancestor || category.startsWith(`${ancestor}.`);
}

function isConcat(t: Ctx['ts'], e: ts.Node | undefined): e is ts.BinaryExpression {
  return !!e && t.isBinaryExpression(e) && e.operatorToken.kind === t.SyntaxKind.PlusToken;
}

function calleeName(t: Ctx['ts'], call: ts.CallExpression | ts.NewExpression): string | undefined {
  const callee = call.expression;
  if (t.isIdentifier(callee)) return callee.text;
  if (t.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

function propertyName(t: Ctx['ts'], name: ts.PropertyName): string | undefined {
  if (t.isIdentifier(name) || t.isStringLiteral(name) || t.isNumericLiteral(name)) return name.text;
  return undefined;
}

function globMatch(glob: string, text: string): boolean {
  if (glob === '*') return true;
  const re = new RegExp(`^${glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(text);
}

/** The clause of the Log Data promise: by section name, else Security, else `log-data`. */
function logDataClause(context: Ctx): string {
  const clauses = Object.entries(context.policy.clauses);
  return (
    clauses.find(([, clause]) => /log data/i.test(clause.section))?.[0] ??
    clauses.find(([, clause]) => /^security$/i.test(clause.section.trim()))?.[0] ??
    clauses.find(([id]) => id.includes('log'))?.[0] ??
    'log-data'
  );
}
