import {
  defineRule,
  unwrap,
  type ArgumentSpec,
  type RuleContext,
  type Taint,
} from '@pledge/core/rules';
import type ts from 'typescript';
import { findClause, globToRegExp } from '../../shared.js';
import {
  BODY_PROPS,
  DEFAULT_ALLOWED,
  DEFAULT_CATEGORIES,
  DERIVED_PARTS,
  KEY_CATEGORIES,
  LOCATION_OBJECTS,
  QUERY_PROPS,
  SIGNERS,
  URL_API_PATTERNS,
  URL_ATTRIBUTES,
  URL_OBJECT,
  URL_PROPERTIES,
  type UrlApi,
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
type TS = Ctx['ts'];
type Call = ts.CallExpression | ts.NewExpression;
type Part = 'path' | 'query string';

/** A piece of a string built at run time: known text, or an expression. */
type Piece = { text: string } | { expr: ts.Expression };

/** Where a value meets a URL, for the message and the finding's `sink`. */
interface Where {
  /** `passed to \`fetch()\``, `built here`, `in \`<a href>\``. */
  how: string;
  sink: string;
}

/** Where a walk over a string is: the URL-like token it is in, and which part of it. */
interface State {
  /** The token's text so far; a value is `\uE000`. */
  token: string;
  started: boolean;
  isUrl: boolean;
  /** In a fragment or a `mailto:` link: nothing after counts. */
  skip: boolean;
  part: Part;
  /** The query parameter a value follows (`?email=`). */
  key: string | undefined;
}

/** What a URL builder of the project puts in its URL: parameter `index`, or one of its properties. */
interface ParamUse {
  index: number;
  prop: string | undefined;
}

/** Transforms after which a value is not in clear. */
const MASKING = new Set(['hashed', 'masked', 'encrypted', 'last4', 'first6']);
/** Names of values that hold a URL or its base: `${API_URL}/users?email=${email}`. */
const URL_NAME =
  /(url|uri|href|origin|host|base|endpoint|api|domain|link|site|server|path|route)s?$/i;
/** …unless they name a file. */
const FILE_NAME = /(file|dir|folder|directory|tmp|temp)/i;
/** Schemes of links that no server logs: a mail or phone link, inline data. */
const NOT_SENT = /^(mailto|tel|sms|callto|data|javascript|blob):/i;
/** Characters that cannot be inside a URL written in text: a token ends there. */
const TOKEN_BREAK = /[\s"'<>`()[\]{}|\\^,;]/;
/** Filesystem roots: `/tmp/${email}.json` is a file, not a URL. */
const FILE_ROOT = /^\/(tmp|var|etc|usr|home|dev|proc|opt|srv|mnt|root|Users|private|app|data)\//;
/** A token that starts like a URL: `https://`, `//host`, `/path`, or a query `?a=`. */
const URL_START = /^((https?:)?\/\/[\w.-]|\/($|[\w\-[\]:.@~%$\uE000]*(\/|\?|$))|\?[\w.[\]-]+=)/i;
/** A query parameter a value follows. */
const KEY_BEFORE = /[?&]([\w.[\]-]+)=$/;
/** Constant-like names: `ErrorCode.SignupDisposableEmail`, `DEFAULT_EMAIL`. */
const CONSTANT = /^([A-Z][A-Z0-9_]*|[A-Z][A-Za-z0-9]*)$/;
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
        '{{category}} is placed in the {{part}} of a URL {{how}}. {{promise}} keeps personal data out of logs in clear, and a URL is logged by servers and proxies, kept in browser history and sent in `Referer` headers; send it in a request body, or use an opaque id or a one-time token.',
    },
  },
  defaultOptions: {
    categories: [...DEFAULT_CATEGORIES],
    allowCategories: [...DEFAULT_ALLOWED],
  },
  create(context) {
    const t = context.ts;
    const flow = context.flow;
    const clause =
      context.options.clause ??
      // The clause of the Log Data promise: by section name, else Security, else `log-data`.
      findClause(context.policy.clauses, [
        (_, section) => /log data/i.test(section),
        (_, section) => /^security$/i.test(section.trim()),
        (id) => id.includes('log'),
      ]) ??
      'log-data';
    const citation = context.cite(clause);
    const promise = citation ? `The policy (${citation.section})` : 'The policy';
    const reported = new Set<string>();
    /** Strings a sink or an enclosing string analysed: the pass over strings leaves them. */
    const handled = new Set<ts.Node>();
    /** Strings built in the file, analysed in `done` unless something analysed them. */
    const built: ts.Expression[] = [];
    const builders = new Map<ts.SignatureDeclaration, readonly ParamUse[]>();

    const inScope = (category: string): boolean =>
      context.options.categories.some((c) => within(category, c)) &&
      !context.options.allowCategories.some((c) => within(category, c));

    const report = (node: ts.Node, taint: Taint, part: Part, where: Where): void => {
      const line = context.sourceFile.getLineAndCharacterOfPosition(node.getStart()).line;
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

    // ---- values --------------------------------------------------------------------------

    /** The expression a name holds (a declaration with an initializer, in the same file). */
    const initializerOf = (expr: ts.Expression): ts.Expression | undefined => {
      const e = unwrap(t, expr);
      if (!t.isIdentifier(e)) return undefined;
      const decl = flow.declarationOf(e);
      if (!decl || !t.isVariableDeclaration(decl) || !decl.initializer) return undefined;
      if (decl.getSourceFile() !== e.getSourceFile()) return undefined;
      return decl.initializer;
    };

    /** Where a value comes from: names followed to their initializers. */
    const origin = (expr: ts.Expression): ts.Expression => {
      let current = unwrap(t, expr);
      for (let hop = 0; hop < MAX_HOPS; hop++) {
        const next = initializerOf(current);
        if (!next) break;
        current = unwrap(t, next);
      }
      return current;
    };

    /** A signed or encrypted blob (`jwt.sign({ email }, secret)`), or a harmless part (a domain). */
    const isOpaque = (expr: ts.Expression): boolean => {
      const e = origin(expr);
      if (isConstant(t, e)) return true;
      // email.split('@')[1]: the domain
      if (
        t.isElementAccessExpression(e) &&
        t.isCallExpression(e.expression) &&
        calleeName(t, e.expression) === 'split' &&
        e.expression.arguments[0] &&
        flow.stringValue(e.expression.arguments[0]) === '@' &&
        t.isNumericLiteral(e.argumentExpression) &&
        e.argumentExpression.text === '1'
      )
        return true;
      let call: ts.Expression = e;
      // new SignJWT(payload).setProtectedHeader(…).sign(key): the chain started by a signer
      for (let depth = 0; depth < 6; depth++) {
        if (!t.isCallExpression(call) && !t.isNewExpression(call)) break;
        if (flow.matchPatterns(call, SIGNERS) || flow.matchPatterns(call, DERIVED_PARTS))
          return true;
        const callee: ts.Expression = call.expression;
        if (!t.isPropertyAccessExpression(callee)) break;
        call = unwrap(t, callee.expression);
      }
      return false;
    };

    /** The taints of a value that count in a URL: in scope, in clear, not a signed blob. */
    const taintsOf = (expr: ts.Expression): Taint[] => {
      if (isOpaque(expr)) return [];
      const fromCaller = callerTaint(expr);
      return flow
        .taintOf(expr)
        .filter(
          (taint) =>
            inScope(taint.category) &&
            !taint.transforms.some((x) => MASKING.has(x)) &&
            !fromCaller(taint),
        );
    };

    /**
     * In a function, a parameter's taint that a call in the same file gave it: the call is
     * where the data enters the URL (and is reported, as in another file), not the function.
     */
    const callerTaint = (expr: ts.Expression): ((taint: Taint) => boolean) => {
      const fn = t.findAncestor(expr, (node) => t.isFunctionLike(node));
      if (!fn || !t.isFunctionLike(fn)) return () => false;
      const params = new Set<string>();
      for (const p of fn.parameters) {
        if (t.isIdentifier(p.name)) params.add(p.name.text);
        else if (t.isObjectBindingPattern(p.name))
          for (const element of p.name.elements)
            if (t.isIdentifier(element.name)) params.add(element.name.text);
      }
      const uses = { param: false };
      const visit = (node: ts.Node): void => {
        if (t.isIdentifier(node) && params.has(node.text)) uses.param = true;
        else t.forEachChild(node, visit);
      };
      visit(expr);
      if (!uses.param) return () => false;
      const here = flow.location(expr).file;
      const start = fn.getStart();
      const end = fn.getEnd();
      return (taint) => {
        const source = taint.steps[0]?.location;
        return (
          source !== undefined &&
          source.file === here &&
          (source.startOffset < start || source.startOffset > end)
        );
      };
    };

    /** The category a query parameter's name gives a value that does not say (`?email=${value}`). */
    const keyTaint = (key: string, value: ts.Expression): Taint | undefined => {
      const e = unwrap(t, value);
      if (flow.stringValue(e) !== undefined || t.isNumericLiteral(e) || isOpaque(e))
        return undefined;
      if (e.kind === t.SyntaxKind.TrueKeyword || e.kind === t.SyntaxKind.FalseKeyword)
        return undefined;
      const name = key.replace(/\[\]$/, '');
      if (!/^[A-Za-z][\w-]*$/.test(name)) return undefined;
      const category = context.queries.categoryOfName(name);
      if (!category || !KEY_CATEGORIES.some((c) => within(category, c)) || !inScope(category))
        return undefined;
      // A value already masked is not in clear whatever the parameter is called.
      if (flow.taintOf(e).some((taint) => taint.transforms.some((x) => MASKING.has(x))))
        return undefined;
      return {
        category,
        confidence: 0.7,
        transforms: [],
        name,
        steps: [{ location: flow.location(e), label: `the \`${name}\` query parameter` }],
      };
    };

    const reportValue = (
      value: ts.Expression,
      part: Part,
      where: Where,
      at: ts.Node,
      key?: string,
    ) => {
      const [taint] = taintsOf(value);
      if (taint) {
        report(at, taint, part, where);
        return;
      }
      const byKey = key !== undefined ? keyTaint(key, value) : undefined;
      if (byKey) report(at, byKey, part, where);
    };

    // ---- strings -------------------------------------------------------------------------

    /** Flattens a string built with templates and `+` into known text and expressions. */
    const piecesOf = (expr: ts.Expression, out: Piece[] = []): Piece[] => {
      const e = unwrap(t, expr);
      if (t.isStringLiteral(e) || t.isNoSubstitutionTemplateLiteral(e)) {
        out.push({ text: e.text });
      } else if (t.isTemplateExpression(e)) {
        out.push({ text: e.head.text });
        for (const span of e.templateSpans) {
          piecesOf(span.expression, out);
          out.push({ text: span.literal.text });
        }
      } else if (isConcat(t, e)) {
        piecesOf(e.left, out);
        piecesOf(e.right, out);
      } else {
        const value = flow.stringValue(e);
        out.push(value !== undefined ? { text: value } : { expr: e });
      }
      return out;
    };

    /** Marks a string and the strings inside it as analysed. */
    const markHandled = (expr: ts.Expression): void => {
      const visit = (node: ts.Node): void => {
        if (t.isTemplateExpression(node) || isConcat(t, node)) handled.add(node);
        if (t.isFunctionLike(node)) return;
        t.forEachChild(node, visit);
      };
      visit(unwrap(t, expr));
    };

    /** Whether a value that starts a token holds a URL (its name or known start says so). */
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
      if (name !== undefined && URL_NAME.test(name) && !FILE_NAME.test(name)) return true;
      const o = origin(expr);
      return (t.isNewExpression(o) || t.isCallExpression(o)) && calleeName(t, o) === 'URL';
    };

    const startState = (whole: boolean): State => ({
      token: '',
      started: false,
      isUrl: whole,
      skip: false,
      part: 'path',
      key: undefined,
    });

    /**
     * Reports the values a string places in the path or query of a URL. `whole`: the string is
     * a URL (a sink's argument); otherwise only the tokens that look like URLs count.
     */
    const walk = (pieces: readonly Piece[], state: State, whole: boolean, where: Where): void => {
      for (const piece of pieces) {
        if ('text' in piece) {
          for (const ch of piece.text) {
            if (!whole && TOKEN_BREAK.test(ch)) {
              Object.assign(state, startState(false));
              continue;
            }
            if (ch === '#') state.skip = true;
            if (ch === '?' && state.part === 'path') state.part = 'query string';
            state.token += ch;
            state.started = true;
          }
          if (NOT_SENT.test(state.token)) state.skip = true;
          else if (!state.isUrl && URL_START.test(state.token) && !FILE_ROOT.test(state.token))
            state.isUrl = true;
          state.key = KEY_BEFORE.exec(state.token)?.[1];
          continue;
        }
        const value = unwrap(t, piece.expr);
        const branches = branchesOf(t, value);
        if (branches) {
          // `register${partner.email ? `?email=${partner.email}` : ''}`: each branch in place.
          const after = branches.map((branch) => {
            const s = { ...state };
            if (isStringBuilt(t, branch)) {
              markHandled(branch);
              walk(piecesOf(branch), s, whole, where);
            } else walk([{ expr: branch }], s, whole, where);
            return s;
          });
          state.token += '\uE000';
          state.started = true;
          if (after.some((s) => s.part === 'query string')) state.part = 'query string';
          if (after.some((s) => s.isUrl)) state.isUrl = true;
          state.key = undefined;
          continue;
        }
        if (!state.started) {
          // A token that starts with a value: its base. A URL when the value is one.
          if (!whole) state.isUrl = urlish(value);
          state.token = '\uE000';
          state.started = true;
          continue;
        }
        state.token += '\uE000';
        const key = state.key;
        state.key = undefined;
        if (state.skip || !state.isUrl || deferred(value)) continue;
        reportValue(
          value,
          state.part,
          where,
          value,
          state.part === 'query string' ? key : undefined,
        );
      }
    };

    /** Whether a string built here looks like a URL on its own (a token of it does). */
    const looksLikeUrl = (expr: ts.Expression): boolean => {
      let token = '';
      let started = false;
      for (const piece of piecesOf(expr)) {
        if ('text' in piece) {
          for (const ch of piece.text) {
            if (TOKEN_BREAK.test(ch)) {
              token = '';
              started = false;
            } else {
              token += ch;
              started = true;
            }
          }
          if (URL_START.test(token) && !FILE_ROOT.test(token) && !NOT_SENT.test(token)) return true;
        } else {
          if (!started && urlish(piece.expr)) return true;
          token += '\uE000';
          started = true;
        }
      }
      return false;
    };

    const checkString = (expr: ts.Expression, whole: boolean, where: Where): void => {
      markHandled(expr);
      walk(piecesOf(expr), startState(whole), whole, where);
    };

    /**
     * Whether a value is analysed where it is built: a URL string of this file, a
     * `URLSearchParams`, a query string, a `new URL`, or what a project URL builder returns.
     */
    const deferred = (value: ts.Expression): boolean => {
      const e = urlObject(value);
      const o = origin(e);
      if (o !== e && isStringBuilt(t, o)) return looksLikeUrl(o);
      if (t.isNewExpression(o) || t.isCallExpression(o)) {
        if (isUrlConstruction(apiOf(o))) return true;
        if (t.isCallExpression(o) && builderOf(o)) return true;
      }
      return false;
    };

    /** The URL or parameters object a string is made from: `params.toString()`, `url.href`. */
    const urlObject = (value: ts.Expression): ts.Expression => {
      let e = unwrap(t, value);
      if (
        t.isCallExpression(e) &&
        t.isPropertyAccessExpression(e.expression) &&
        e.expression.name.text === 'toString'
      )
        e = unwrap(t, e.expression.expression);
      if (t.isPropertyAccessExpression(e) && /^(href|search|pathname)$/.test(e.name.text))
        e = unwrap(t, e.expression);
      return e;
    };

    // ---- calls ---------------------------------------------------------------------------

    const apiOf = (call: Call): UrlApi | undefined =>
      flow.matchPatterns(call, URL_API_PATTERNS)?.api;

    /** Reports the query data an argument holds: `{ email }`, a `URLSearchParams` init. */
    const checkQuery = (expr: ts.Expression, where: Where): void => {
      const e = unwrap(t, expr);
      if (deferred(e)) return;
      if (t.isObjectLiteralExpression(e)) {
        for (const property of e.properties) {
          if (t.isShorthandPropertyAssignment(property))
            reportValue(property.name, 'query string', where, property, property.name.text);
          else if (t.isPropertyAssignment(property))
            reportValue(
              property.initializer,
              'query string',
              where,
              property,
              propertyName(t, property.name),
            );
          else if (t.isSpreadAssignment(property))
            reportValue(property.expression, 'query string', where, property);
        }
        return;
      }
      if (t.isArrayLiteralExpression(e)) {
        // new URLSearchParams([['email', email]])
        for (const element of e.elements) {
          if (!t.isArrayLiteralExpression(element) || element.elements.length !== 2) continue;
          const [k, v] = element.elements;
          if (k && v && !t.isSpreadElement(v))
            reportValue(v, 'query string', where, element, stringOf(k));
        }
        return;
      }
      if (isStringBuilt(t, e)) {
        checkString(e, true, { ...where });
        return;
      }
      reportValue(e, 'query string', where, e);
    };

    const stringOf = (e: ts.Expression): string | undefined => flow.stringValue(e);

    /** Reports what a URL argument carries in its path or query. */
    const checkUrl = (expr: ts.Expression, where: Where): void => {
      const e = unwrap(t, expr);
      const branches = branchesOf(t, e);
      if (branches) {
        for (const branch of branches) checkUrl(branch, where);
        return;
      }
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
      if (isStringBuilt(t, e)) {
        checkString(e, true, where);
        return;
      }
      if (deferred(e)) return;
      const o = origin(e);
      // A string built in the file that does not look like a URL on its own: a URL here.
      if (o !== e && isStringBuilt(t, o)) checkString(o, true, where);
      // A whole URL held by one value is not reported: where it was built says what it holds.
    };

    const argument = (call: Call, spec: ArgumentSpec): ts.Expression | undefined => {
      const arg = call.arguments?.[spec.arg];
      if (!arg || t.isSpreadElement(arg)) return undefined;
      if (spec.prop === undefined) return arg;
      const value = flow.property(arg, spec.prop);
      if (value) return value;
      return spec.orWhole && !t.isObjectLiteralExpression(unwrap(t, arg)) ? arg : undefined;
    };

    const checkCall = (call: Call): void => {
      const api = apiOf(call);
      if (api) {
        if (api.query && isBody(call, api)) return;
        const where: Where = { how: `passed to \`${api.label}\``, sink: api.label };
        for (const spec of api.url ?? []) {
          const value = argument(call, spec);
          if (value) checkUrl(value, where);
        }
        for (const spec of api.query ?? []) {
          const value = argument(call, spec);
          if (!value) continue;
          const keyArg = api.key !== undefined ? call.arguments?.[api.key] : undefined;
          if (keyArg) {
            if (!deferred(value))
              reportValue(value, 'query string', where, value, stringOf(keyArg));
          } else checkQuery(value, where);
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
      if (t.isCallExpression(call)) checkBuilderCall(call);
    };

    // ---- the project's URL builders ------------------------------------------------------

    /**
     * A project function that builds a URL from its parameters (`buildUrl('/users', { email })`,
     * in this file or, with type information, another): which parameters reach the URL.
     */
    const builderOf = (call: ts.CallExpression): readonly ParamUse[] | undefined => {
      const fn = flow.functionOf(call);
      if (!fn) return undefined;
      let uses = builders.get(fn);
      if (uses === undefined) {
        uses = paramUses(fn);
        builders.set(fn, uses);
      }
      return uses.length > 0 ? uses : undefined;
    };

    /** The parameters (and their properties) a function places in the URL it returns. */
    const paramUses = (fn: ts.SignatureDeclaration): ParamUse[] => {
      const params = new Map<string, ParamUse>();
      fn.parameters.forEach((p, index) => {
        if (t.isIdentifier(p.name)) params.set(p.name.text, { index, prop: undefined });
        else if (t.isObjectBindingPattern(p.name))
          for (const element of p.name.elements)
            if (t.isIdentifier(element.name))
              params.set(element.name.text, {
                index,
                prop: element.propertyName
                  ? propertyName(t, element.propertyName)
                  : element.name.text,
              });
      });
      if (params.size === 0) return [];
      // What goes into the URL: the returned strings' values, what `URLSearchParams` and
      // `new URL` are given, and what `searchParams.set` adds in the function.
      const places: ts.Expression[] = [];
      const fnFile = fn.getSourceFile();
      const local = (e: ts.Expression): ts.Expression => {
        let current = unwrap(t, e);
        for (let hop = 0; hop < MAX_HOPS && t.isIdentifier(current); hop++) {
          const decl = flow.declarationOf(current);
          if (
            !decl ||
            !t.isVariableDeclaration(decl) ||
            !decl.initializer ||
            decl.getSourceFile() !== fnFile
          )
            break;
          current = unwrap(t, decl.initializer);
        }
        return current;
      };
      const collectConstruction = (e: ts.Expression): boolean => {
        const o = local(e);
        if (isStringBuilt(t, o)) {
          const text = stringText(t, o);
          if (!/(^|\uE000)[/?]|https?:\/\/|[?&][\w.[\]-]+=/.test(text) || /\s/.test(text))
            return false;
          for (const piece of piecesOf(o)) if ('expr' in piece) collectValue(piece.expr);
          return true;
        }
        if (
          t.isCallExpression(o) &&
          t.isPropertyAccessExpression(o.expression) &&
          /^(toString)$/.test(o.expression.name.text)
        )
          return collectConstruction(o.expression.expression);
        if (t.isPropertyAccessExpression(o) && /^(href|search)$/.test(o.name.text))
          return collectConstruction(o.expression);
        if ((t.isNewExpression(o) || t.isCallExpression(o)) && isUrlConstruction(apiOf(o))) {
          for (const arg of o.arguments ?? []) collectValue(arg);
          return true;
        }
        return false;
      };
      const collectValue = (value: ts.Expression): void => {
        const e = urlObject(value);
        const o = local(e);
        if (o !== unwrap(t, e) && collectConstruction(o)) return;
        places.push(unwrap(t, e));
        if (t.isObjectLiteralExpression(o)) places.push(o);
        if ((t.isNewExpression(o) || t.isCallExpression(o)) && isUrlConstruction(apiOf(o)))
          for (const arg of o.arguments ?? []) collectValue(arg);
      };
      const builds = flow.returnsOf(fn).some((r) => collectConstruction(r));
      if (!builds) return [];
      // searchParams.set(k, v) on the URL in the function
      const visitSets = (node: ts.Node): void => {
        if (t.isCallExpression(node)) {
          const api = apiOf(node);
          if (api?.key !== undefined && node.arguments[1])
            places.push(unwrap(t, node.arguments[1]));
        }
        t.forEachChild(node, visitSets);
      };
      const body = (fn as ts.FunctionLikeDeclaration).body;
      if (body) visitSets(body);
      const uses: ParamUse[] = [];
      const add = (use: ParamUse) => {
        if (!uses.some((u) => u.index === use.index && u.prop === use.prop)) uses.push(use);
      };
      const visit = (node: ts.Node): void => {
        if (t.isIdentifier(node)) {
          const param = params.get(node.text);
          if (param && !(t.isPropertyAccessExpression(node.parent) && node.parent.name === node)) {
            const parent = node.parent;
            const member =
              param.prop === undefined &&
              t.isPropertyAccessExpression(parent) &&
              parent.expression === node;
            // A value whose own name says what it is (`email`) is reported in the builder itself.
            const reportedThere = taintsOf(member ? parent : node).length > 0;
            if (reportedThere) return;
            if (member) add({ index: param.index, prop: parent.name.text });
            else add(param);
          }
        }
        if (t.isFunctionLike(node)) return;
        t.forEachChild(node, visit);
      };
      for (const place of places) visit(place);
      return uses;
    };

    /** At a call of a URL builder: the arguments its URL takes. */
    const checkBuilderCall = (call: ts.CallExpression): void => {
      const uses = builderOf(call);
      if (!uses) return;
      const name = calleeName(t, call) ?? 'a function';
      const where: Where = { how: `built by \`${name}\``, sink: name };
      for (const use of uses) {
        const arg = call.arguments[use.index];
        if (!arg || t.isSpreadElement(arg)) continue;
        const a = unwrap(t, arg);
        if (use.prop === undefined) {
          if (t.isObjectLiteralExpression(a)) checkQuery(a, where);
          else reportValue(a, 'query string', where, a);
          continue;
        }
        const value = flow.property(a, use.prop);
        if (value) {
          reportValue(value, 'query string', where, value, use.prop);
          continue;
        }
        // A whole object passed: only what the property used is.
        const category = context.queries.categoryOfName(use.prop);
        if (!category) continue;
        const [taint] = taintsOf(a).filter(
          (x) => within(x.category, category) || within(category, x.category),
        );
        if (taint) report(a, { ...taint, category }, 'query string', where);
      }
    };

    // ---- bodies --------------------------------------------------------------------------

    /**
     * Whether a `URLSearchParams` or query string is a form body (`fetch(url, { body: params })`,
     * `axios.post(url, qs.stringify(data))`), which is not a URL.
     */
    const isBody = (call: Call, api: UrlApi): boolean => {
      if (api.key !== undefined && t.isPropertyAccessExpression(call.expression)) {
        // params.set(…) is a body when `params` is.
        const receiver = unwrap(t, call.expression.expression);
        return t.isIdentifier(receiver) && usedAsBody(receiver);
      }
      const e = climb(call);
      if (inBodyPosition(e)) return true;
      const parent = e.parent as ts.Node | undefined;
      return (
        !!parent &&
        t.isVariableDeclaration(parent) &&
        t.isIdentifier(parent.name) &&
        usedAsBody(parent.name)
      );
    };

    /** Climbs from a value through `.toString()`, parentheses and `await` to where it is used. */
    const climb = (node: ts.Node): ts.Node => {
      let e = node;
      for (;;) {
        const p = e.parent as ts.Node | undefined;
        if (!p) return e;
        if (t.isParenthesizedExpression(p) || t.isAwaitExpression(p) || t.isAsExpression(p)) e = p;
        else if (
          t.isPropertyAccessExpression(p) &&
          p.name.text === 'toString' &&
          t.isCallExpression(p.parent)
        )
          e = p.parent;
        else return e;
      }
    };

    const inBodyPosition = (e: ts.Node): boolean => {
      const p = e.parent as ts.Node | undefined;
      if (!p) return false;
      if (t.isPropertyAssignment(p) && p.initializer === e) {
        const name = propertyName(t, p.name);
        return name !== undefined && BODY_PROPS.has(name);
      }
      if (t.isShorthandPropertyAssignment(p)) return BODY_PROPS.has(p.name.text);
      if (t.isCallExpression(p) || t.isNewExpression(p)) {
        const args: readonly ts.Expression[] = p.arguments ?? [];
        const index = args.indexOf(e as ts.Expression);
        if (index < 0) return false;
        const client = flow.matchCall(p, 'http');
        if (client)
          return (
            client.url?.arg !== index &&
            client.data.some((d) => d.arg === index && d.prop === undefined)
          );
        // superagent's .send(params), xhr.send(params), navigator.sendBeacon(url, params)
        return (
          /^(send|sendBeacon|write|end)$/.test(calleeName(t, p) ?? '') &&
          !(calleeName(t, p) === 'sendBeacon' && index === 0)
        );
      }
      return false;
    };

    /** Whether a name holding a `URLSearchParams` is sent as a body in its scope. */
    const usedAsBody = (name: ts.Identifier): boolean => {
      const decl = flow.declarationOf(name);
      if (!decl || decl.getSourceFile() !== context.sourceFile) return false;
      let scope: ts.Node = decl;
      while (
        (scope.parent as ts.Node | undefined) &&
        !t.isFunctionLike(scope) &&
        !t.isSourceFile(scope)
      )
        scope = scope.parent;
      const declared = t.isVariableDeclaration(decl) ? decl.name : undefined;
      let body = false;
      const visit = (node: ts.Node): void => {
        if (body) return;
        if (
          t.isIdentifier(node) &&
          node.text === name.text &&
          node !== declared &&
          inBodyPosition(climb(node))
        )
          body = true;
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
          const known = URL_ATTRIBUTES.some(
            (a) =>
              a.attribute === attribute && a.elements.some((glob) => globToRegExp(glob).test(tag)),
          );
          if (!known || !node.initializer || !t.isJsxExpression(node.initializer)) return;
          const value = node.initializer.expression;
          if (value)
            checkUrl(value, { how: `in \`<${tag} ${attribute}>\``, sink: `<${tag} ${attribute}>` });
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
          if (isConcat(t, node) && !isConcat(t, node.parent)) built.push(node);
        },
        TemplateExpression(node) {
          if (t.isTemplateExpression(node)) built.push(node);
        },
      },
      done() {
        for (const expr of built) {
          if (handled.has(expr) || t.isTaggedTemplateExpression(expr.parent)) continue;
          checkString(expr, false, { how: 'built here', sink: 'a URL' });
        }
      },
    };
  },
});

function within(category: string, ancestor: string): boolean {
  return category === ancestor || category.startsWith(`${ancestor}.`);
}

function isConcat(t: TS, e: ts.Node | undefined): e is ts.BinaryExpression {
  return !!e && t.isBinaryExpression(e) && e.operatorToken.kind === t.SyntaxKind.PlusToken;
}

function isStringBuilt(t: TS, e: ts.Node): e is ts.TemplateExpression | ts.BinaryExpression {
  return t.isTemplateExpression(e) || isConcat(t, e);
}

function isUrlConstruction(api: UrlApi | undefined): boolean {
  return (
    !!api &&
    (api.id === 'new-url' || api.id === 'url-search-params' || api.id.startsWith('query-string'))
  );
}

/** The values a conditional or a fallback gives: `a ? b : c`, `a || b`, `a ?? b`, `a && b`. */
function branchesOf(t: TS, e: ts.Expression): ts.Expression[] | undefined {
  if (t.isConditionalExpression(e)) return [e.whenTrue, e.whenFalse];
  if (t.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === t.SyntaxKind.BarBarToken || op === t.SyntaxKind.QuestionQuestionToken)
      return [e.left, e.right];
    if (op === t.SyntaxKind.AmpersandAmpersandToken) return [e.right];
  }
  return undefined;
}

/** The known text of a template or concatenation, values as `\uE000`. */
function stringText(t: TS, e: ts.Expression): string {
  const u = e;
  if (t.isTemplateExpression(u))
    return [u.head.text, ...u.templateSpans.map((s) => s.literal.text)].join('\uE000');
  if (isConcat(t, u)) return stringText(t, u.left) + stringText(t, u.right);
  if (t.isStringLiteral(u) || t.isNoSubstitutionTemplateLiteral(u)) return u.text;
  return '\uE000';
}

/** An enum member or a constant: `ErrorCode.SignupDisposableEmail`, `SUPPORT_EMAIL`. */
function isConstant(t: TS, e: ts.Expression): boolean {
  if (t.isIdentifier(e)) return /^[A-Z][A-Z0-9_]+$/.test(e.text);
  return (
    t.isPropertyAccessExpression(e) &&
    t.isIdentifier(e.expression) &&
    CONSTANT.test(e.expression.text) &&
    /^[A-Z]/.test(e.expression.text) &&
    CONSTANT.test(e.name.text)
  );
}

function calleeName(t: TS, call: Call): string | undefined {
  const callee = call.expression;
  if (t.isIdentifier(callee)) return callee.text;
  if (t.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

function propertyName(t: TS, name: ts.PropertyName): string | undefined {
  if (t.isIdentifier(name) || t.isStringLiteral(name) || t.isNumericLiteral(name)) return name.text;
  return undefined;
}
