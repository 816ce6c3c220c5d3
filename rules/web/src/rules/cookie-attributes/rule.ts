import {
  defineRule,
  type CookieApi,
  type CookieFact,
  type FlowStep,
  type RuleContext,
} from '@pledge/core/rules';
import type ts from 'typescript';
import { COOKIE_API_ATTRIBUTES, type CookieApiAttributes, type SameSite } from './apis.js';
import {
  EMPTY_ENV,
  Evaluator,
  type Bound,
  type Env,
  type ObjectValue,
  type Value,
} from './values.js';

export interface Options {
  /** The policy clause findings cite; by default the one whose section is Website Visitors. */
  clause?: string;
  /** What a cookie set without `SameSite` gets: `lax` (current browsers) or `none`. */
  absentSameSite: 'lax' | 'none';
}

type Call = ts.CallExpression | ts.NewExpression;
type Declaration = NonNullable<ReturnType<RuleContext<Options>['queries']['cookie']>>;

/** Where a cookie's attributes are: an options object, or a `Set-Cookie` string's attributes. */
type Attributes =
  | {
      kind: 'options';
      options: ObjectValue;
      node: ts.Node;
      /** Defaults the call inherits (`Cookies.withAttributes({ secure: true }).set(…)`). */
      presetDefaults?: boolean;
    }
  | { kind: 'string'; attributes: readonly StringAttribute[]; complete: boolean; node: ts.Node };

/** `Max-Age=3600`: the key (lower case) and its value, when known; `${expiry}` holes kept. */
interface StringAttribute {
  key: string;
  value: string | undefined;
  /** The expression a value comes from (`Expires=${date.toUTCString()}`). */
  hole?: Bound;
}

/** A cookie write the rule checks: the call that sets it and what the wrapper's call binds. */
interface Setter {
  attributes: Attributes | 'unknown';
  /** Steps from this file's call of a wrapper to the call that sets the cookie. */
  flow: FlowStep[];
  /** The API's own label (`res.cookie()`), for its defaults. */
  label?: string;
}

const MAX_WRAPPERS = 3;
const HOLE = '\u0000';

export const cookieAttributes = defineRule<Options>({
  id: 'cookie-attributes',
  meta: {
    description:
      'Enforce the lifetime, `HttpOnly`, `Secure` and `SameSite` attributes the policy declares for each cookie',
    recommended: true,
    severity: 'error',
    policyFields: [
      'cookies.declared[].duration',
      'cookies.declared[].maxAge',
      'cookies.declared[].httpOnly',
      'cookies.declared[].secure',
      'cookies.declared[].sameSite',
      'cookies.clause',
    ],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        clause: {
          type: 'string',
          description:
            'The id of the policy clause findings cite. By default the cookie\'s own `clause`, else the clause whose section is "Website Visitors" (or mentions cookies), else `cookies.clause`.',
        },
        absentSameSite: {
          type: 'string',
          enum: ['lax', 'none'],
          description:
            'What a cookie set without a `SameSite` attribute gets: `lax`, as current Chromium and Firefox browsers treat it (the default), or `none`, to require an explicit attribute wherever one is declared.',
        },
      },
    },
    messages: {
      sessionWithExpiry:
        'Cookie `{{name}}` is declared as a session cookie, but {{api}} sets it with {{attribute}} ({{lifetime}}), so it outlives the browser session. {{promise}} says it lasts only as long as the session; remove the expiry.',
      lifetimeTooLong:
        'Cookie `{{name}}` is set by {{api}} to last {{lifetime}} ({{attribute}}), longer than the {{maxAge}} the policy declares. {{promise}} limits how long it persists; set at most {{maxAge}} ({{fix}}).',
      httpOnlyFromBrowser:
        "Cookie `{{name}}` is declared `HttpOnly`, but {{api}} sets it from the browser, where scripts can read it and `HttpOnly` cannot be set. {{promise}} declares it out of scripts' reach; set it from the server with `httpOnly: true`.",
      attributeMismatch:
        'Cookie `{{name}}` is set by {{api}} with {{problems}}. {{promise}} declares it {{declared}}; set {{fix}}.',
    },
  },
  defaultOptions: { absentSameSite: 'lax' },
  create(context) {
    const t = context.ts;
    const flow = context.flow;
    const evaluator = new Evaluator(t, flow);
    const defaultClause = cookieClause(context);

    const promiseOf = (decl: Declaration) => {
      const clause = context.options.clause ?? decl.clause ?? defaultClause;
      const citation = context.cite(clause);
      return { clause, promise: citation ? `The policy (${citation.section})` : 'The policy' };
    };

    /** A cookie API call's options object: `absent` when the call passes none. */
    const optionsOf = (call: Call, api: CookieApi, env: Env): Attributes | 'unknown' => {
      const spec = api.options;
      if (!spec) return 'unknown';
      const args = call.arguments ?? [];
      // cookies().set({ name, value, maxAge }), cookieStore.set({ name, value, expires })
      const nameArg = api.name.kind === 'argument' ? args[api.name.arg] : undefined;
      const nameObject = nameArg ? evaluator.objectOf({ expr: nameArg, env }) : undefined;
      if (nameArg && nameObject?.props.has('name'))
        return { kind: 'options', options: nameObject, node: nameArg };
      const arg = args[spec.arg];
      if (!arg) return { kind: 'options', options: emptyObject(), node: call };
      // A spread argument (`res.cookie(...args)`) hides which argument is which.
      if (args.some((a) => t.isSpreadElement(a))) return 'unknown';
      const object = evaluator.objectOf({ expr: arg, env });
      if (!object) {
        const values = evaluator.values({ expr: arg, env });
        // `undefined` options: the defaults.
        if (values?.every((v) => v.kind === 'nullish'))
          return { kind: 'options', options: emptyObject(), node: arg };
        return 'unknown';
      }
      if (spec.prop === undefined) return { kind: 'options', options: object, node: arg };
      const inner = evaluator.lookup(object, spec.prop);
      if (inner.state === 'unknown') return 'unknown';
      if (inner.state === 'absent') return { kind: 'options', options: emptyObject(), node: arg };
      const innerObject = evaluator.objectOf(inner.bound);
      if (innerObject) return { kind: 'options', options: innerObject, node: inner.bound.expr };
      const values = evaluator.values(inner.bound);
      if (values?.every((v) => v.kind === 'nullish'))
        return { kind: 'options', options: emptyObject(), node: arg };
      return 'unknown';
    };

    /** A `Set-Cookie` string's attributes, with holes where the text is not known. */
    const stringAttributes = (expr: ts.Expression, env: Env): Attributes | 'unknown' => {
      const pieces = stringPieces(expr, env, 0);
      if (!pieces) return 'unknown';
      const text = pieces.map((p) => (typeof p === 'string' ? p : HOLE)).join('');
      const semicolon = text.indexOf(';');
      if (semicolon === -1)
        return {
          kind: 'string',
          attributes: [],
          complete: pieces.every((p) => typeof p === 'string'),
          node: expr,
        };
      const holes = pieces.filter((p): p is Bound => typeof p !== 'string');
      let holeIndex = text.slice(0, semicolon).split(HOLE).length - 1;
      const attributes: StringAttribute[] = [];
      let complete = true;
      for (const raw of text.slice(semicolon + 1).split(';')) {
        const count = raw.split(HOLE).length - 1;
        const hole = count === 1 ? holes[holeIndex] : undefined;
        holeIndex += count;
        const part = raw.trim();
        if (part === '') continue;
        const equals = part.indexOf('=');
        const key = (equals === -1 ? part : part.slice(0, equals)).trim().toLowerCase();
        // `; ${flags}`: an attribute whose name is not known.
        if (key.includes(HOLE) || key === '') {
          complete = false;
          continue;
        }
        const value = equals === -1 ? undefined : part.slice(equals + 1).trim();
        attributes.push({
          key,
          value: value?.includes(HOLE) ? undefined : value,
          ...(value?.includes(HOLE) && hole ? { hole } : {}),
        });
      }
      return { kind: 'string', attributes, complete, node: expr };
    };

    /** The strings an expression concatenates, and the expressions of the parts not known. */
    const stringPieces = (
      expr: ts.Expression,
      env: Env,
      depth: number,
    ): (string | Bound)[] | undefined => {
      if (depth > 8) return undefined;
      const e = evaluator.unwrap(expr);
      if (t.isStringLiteral(e) || t.isNoSubstitutionTemplateLiteral(e)) return [e.text];
      if (t.isTemplateExpression(e)) {
        const out: (string | Bound)[] = [e.head.text];
        for (const span of e.templateSpans) {
          out.push(
            ...(stringPieces(span.expression, env, depth + 1) ?? [{ expr: span.expression, env }]),
          );
          out.push(span.literal.text);
        }
        return out;
      }
      if (t.isBinaryExpression(e) && e.operatorToken.kind === t.SyntaxKind.PlusToken) {
        const left = stringPieces(e.left, env, depth + 1) ?? [{ expr: e.left, env }];
        const right = stringPieces(e.right, env, depth + 1) ?? [{ expr: e.right, env }];
        return [...left, ...right];
      }
      if (t.isArrayLiteralExpression(e)) return undefined;
      // `.join('; ')` of an array of attributes
      if (
        t.isCallExpression(e) &&
        t.isPropertyAccessExpression(e.expression) &&
        e.expression.name.text === 'join' &&
        t.isArrayLiteralExpression(evaluator.unwrap(e.expression.expression))
      ) {
        const array = evaluator.unwrap(e.expression.expression) as ts.ArrayLiteralExpression;
        const [separatorArg] = e.arguments;
        const separator = separatorArg
          ? evaluator.values({ expr: separatorArg, env })
          : [{ kind: 'string' as const, s: ',' }];
        const [sep] = separator ?? [];
        if (separator?.length !== 1 || sep?.kind !== 'string') return undefined;
        const out: (string | Bound)[] = [];
        array.elements.forEach((element, i) => {
          if (i > 0) out.push(sep.s);
          out.push(...(stringPieces(element, env, depth + 1) ?? [{ expr: element, env }]));
        });
        return out;
      }
      const values = evaluator.values({ expr: e, env });
      const [only] = values ?? [];
      if (values?.length === 1 && only?.kind === 'string') return [only.s];
      if (values?.length === 1 && only?.kind === 'number' && only.now === 0)
        return [String(only.n)];
      // A constant or a parameter holding a template: followed to its text.
      if (t.isIdentifier(e)) {
        const decl = flow.declarationOf(e);
        if (decl && t.isParameter(decl)) {
          const bound = env.get(decl);
          if (bound) return stringPieces(bound.expr, bound.env, depth + 1);
        }
        if (
          decl &&
          t.isVariableDeclaration(decl) &&
          decl.initializer &&
          t.isVariableDeclarationList(decl.parent) &&
          (decl.parent.flags & t.NodeFlags.Const) !== 0
        )
          return stringPieces(decl.initializer, EMPTY_ENV, depth + 1);
      }
      return undefined;
    };

    /** The parameters of a function bound to a call's arguments. */
    const bind = (fn: ts.SignatureDeclaration, call: Call, env: Env): Env => {
      const bound = new Map(env);
      const args = call.arguments ?? [];
      fn.parameters.forEach((param, i) => {
        const arg = args[i];
        if (arg && !t.isSpreadElement(arg) && !param.dotDotDotToken)
          bound.set(param, { expr: arg, env });
        else if (!arg && param.initializer)
          bound.set(param, { expr: param.initializer, env: bound });
      });
      return bound;
    };

    /**
     * The calls inside a wrapper (and the wrappers it calls) that set a cookie through an API,
     * each with the wrapper's parameters bound to what this call passes.
     */
    const settersIn = (
      call: Call,
      apiId: string,
      env: Env,
      depth: number,
      steps: FlowStep[],
    ): Setter[] => {
      const fn = flow.functionOf(call);
      if (!fn || depth > MAX_WRAPPERS) return [];
      const inner = bind(fn, call, env);
      const name = functionName(fn) ?? 'a helper';
      const found: Setter[] = [];
      const visit = (node: ts.Node): void => {
        if ((t.isCallExpression(node) || t.isNewExpression(node)) && node !== call) {
          const api = flow.matchCall(node, 'cookies');
          const step: FlowStep = {
            location: flow.location(node),
            label: `set by ${api?.label ?? 'a cookie API'} in \`${name}()\``,
          };
          if (api && api.id === apiId)
            found.push({ ...setterOf(node, api, inner, [...steps, step]), label: api.label });
          else if (!api)
            found.push(
              ...settersIn(node, apiId, inner, depth + 1, [
                ...steps,
                {
                  location: flow.location(node),
                  label: `calls \`${context.text(node.expression)}()\` in \`${name}()\``,
                },
              ]),
            );
        }
        if (
          apiId === 'document-cookie' &&
          t.isBinaryExpression(node) &&
          node.operatorToken.kind === t.SyntaxKind.EqualsToken &&
          isDocumentCookie(node.left)
        )
          found.push({
            attributes: stringAttributes(node.right, inner),
            flow: [
              ...steps,
              { location: flow.location(node), label: `set by document.cookie in \`${name}()\`` },
            ],
          });
        t.forEachChild(node, visit);
      };
      const body = 'body' in fn ? fn.body : undefined;
      if (body) visit(body);
      return found;
    };

    /**
     * js-cookie's `withAttributes({ … })`, called here or where the object the call is made on
     * was made (`const secureCookies = Cookies.withAttributes({ secure: true })`).
     */
    const presetAttributes = (callee: ts.Expression, depth = 0): boolean => {
      if (/\bwithAttributes\s*\(/.test(callee.getText())) return true;
      let root = callee;
      while (t.isPropertyAccessExpression(root) || t.isCallExpression(root)) root = root.expression;
      if (!t.isIdentifier(root) || depth > 2) return false;
      const decl = flow.declarationOf(root);
      return (
        decl !== undefined &&
        t.isVariableDeclaration(decl) &&
        decl.initializer !== undefined &&
        presetAttributes(decl.initializer, depth + 1)
      );
    };

    const isDocumentCookie = (e: ts.Expression): boolean =>
      t.isPropertyAccessExpression(e) &&
      e.name.text === 'cookie' &&
      t.isIdentifier(e.expression) &&
      e.expression.text === 'document';

    /** What a direct call of a cookie API sets. */
    const setterOf = (call: Call, api: CookieApi, env: Env, steps: FlowStep[]): Setter => {
      const spec = api.name;
      const args = call.arguments ?? [];
      if (spec.kind === 'set-cookie-string') {
        const arg = args[spec.arg];
        return { attributes: arg ? stringAttributes(arg, env) : 'unknown', flow: steps };
      }
      if (spec.kind === 'header') {
        const arg = args[spec.valueArg];
        return { attributes: arg ? stringAttributes(arg, env) : 'unknown', flow: steps };
      }
      if (spec.kind === 'headers-object') return { attributes: 'unknown', flow: steps };
      const options = optionsOf(call, api, env);
      // js-cookie's `withAttributes({ … }).set(…)`: attributes given before the call.
      const preset = presetAttributes(call.expression);
      return {
        attributes:
          options !== 'unknown' && options.kind === 'options' && preset
            ? { ...options, presetDefaults: true }
            : options,
        flow: steps,
      };
    };

    /** What a cookie fact sets: directly, or through the wrappers its call runs. */
    const settersOf = (fact: CookieFact): Setter[] => {
      const node = fact.node;
      const expr = fact.nameParts?.cut ? fact.nameParts.expression : undefined;
      if (t.isBinaryExpression(node) || expr) {
        // document.cookie = '…', a Set-Cookie string (the fact names the string itself).
        const string = expr ?? (t.isBinaryExpression(node) ? node.right : undefined);
        return string ? [{ attributes: stringAttributes(string, EMPTY_ENV), flow: [] }] : [];
      }
      if (!t.isCallExpression(node) && !t.isNewExpression(node)) return [];
      const api = flow.matchCall(node, 'cookies');
      if (api && api.id === fact.api.id) return [setterOf(node, api, EMPTY_ENV, [])];
      // A wrapper's call: the cookie is set inside it, with what this call passes.
      const found = settersIn(node, fact.api.id, EMPTY_ENV, 1, []);
      if (found.length > 0) return found;
      // A wrapper we cannot open (in another module, without type information): what the
      // engine knows of its `Set-Cookie` string, present attributes only.
      if (fact.attributes)
        return [
          {
            attributes: {
              kind: 'string',
              attributes: fact.attributes.map((a) => {
                const equals = a.indexOf('=');
                return equals === -1
                  ? { key: a, value: undefined }
                  : { key: a.slice(0, equals).trim(), value: a.slice(equals + 1).trim() };
              }),
              complete: false,
              node,
            },
            flow: [],
          },
        ];
      return [];
    };

    // ---- The checks ------------------------------------------------------------------------

    interface Finding {
      messageId:
        'sessionWithExpiry' | 'lifetimeTooLong' | 'httpOnlyFromBrowser' | 'attributeMismatch';
      data: Record<string, string>;
      node: ts.Node | undefined;
    }

    /** The lifetime a write gives, in seconds: `undefined` none, `'unknown'` when not known. */
    const lifetimeOf = (
      attributes: Attributes,
      api: CookieApiAttributes,
    ):
      | { kind: 'none' }
      | { kind: 'unknown'; present: boolean }
      | { kind: 'known'; seconds: number[]; attribute: string; node: ts.Node | undefined } => {
      if (attributes.kind === 'string') {
        const maxAge = attributes.attributes.find((a) => a.key === 'max-age');
        const expires = attributes.attributes.find((a) => a.key === 'expires');
        if (maxAge) {
          const n = maxAge.value !== undefined ? Number(maxAge.value) : undefined;
          if (n !== undefined && Number.isFinite(n))
            return {
              kind: 'known',
              seconds: [n],
              attribute: `\`Max-Age=${maxAge.value ?? ''}\``,
              node: undefined,
            };
          const fromHole = maxAge.hole ? evaluator.values(maxAge.hole) : undefined;
          const seconds = fromHole?.every((v) => v.kind === 'number' && v.now === 0)
            ? fromHole.map((v) => (v.kind === 'number' ? v.n : 0))
            : undefined;
          return seconds
            ? { kind: 'known', seconds, attribute: '`Max-Age`', node: maxAge.hole?.expr }
            : { kind: 'unknown', present: true };
        }
        if (expires) {
          const fromHole = expires.hole ? evaluator.values(expires.hole) : undefined;
          const seconds = fromHole ? datesToSeconds(fromHole, 'date') : undefined;
          return seconds
            ? { kind: 'known', seconds, attribute: '`Expires`', node: expires.hole?.expr }
            : { kind: 'unknown', present: true };
        }
        return attributes.complete ? { kind: 'none' } : { kind: 'unknown', present: false };
      }
      const options = attributes.options;
      let sawUnknown = false;
      for (const { key, unit } of api.lifetime) {
        const found = evaluator.lookup(options, key);
        if (found.state === 'unknown') {
          sawUnknown = true;
          continue;
        }
        if (found.state === 'absent') continue;
        const values = evaluator.values(found.bound);
        if (values?.every((v) => v.kind === 'nullish')) continue;
        const seconds = values?.every(
          (v) => (v.kind === 'number' && v.now === 0) || v.kind === 'nullish',
        )
          ? values.map((v) => (v.kind === 'number' ? (unit === 'ms' ? v.n / 1000 : v.n) : 0))
          : undefined;
        if (!seconds || values?.some((v) => v.kind === 'nullish'))
          return { kind: 'unknown', present: !values && isNumeric(found.bound.expr) };
        return {
          kind: 'known',
          seconds,
          attribute: `\`${key}\``,
          node: propertyNode(found.bound.expr),
        };
      }
      if (api.expires) {
        const found = evaluator.lookup(options, api.expires.key);
        if (found.state === 'unknown') sawUnknown = true;
        else if (found.state === 'value') {
          const values = evaluator.values(found.bound);
          if (!values?.every((v) => v.kind === 'nullish')) {
            const seconds = values ? datesToSeconds(values, api.expires.kind) : undefined;
            if (!seconds)
              return { kind: 'unknown', present: !values && isDateLike(found.bound.expr) };
            return {
              kind: 'known',
              seconds,
              attribute: `\`${api.expires.key}\``,
              node: propertyNode(found.bound.expr),
            };
          }
        }
      }
      if (sawUnknown) return { kind: 'unknown', present: false };
      if (api.defaultLifetime !== undefined)
        return {
          kind: 'known',
          seconds: [api.defaultLifetime],
          attribute: 'the default lifetime',
          node: undefined,
        };
      return { kind: 'none' };
    };

    /** The value of a flag, by the branches it can take: `undefined` when one is not known. */
    const flagOf = (
      attributes: Attributes,
      api: CookieApiAttributes,
      flag: 'httpOnly' | 'secure',
    ): { values: boolean[]; node: ts.Node | undefined } | undefined => {
      if (attributes.kind === 'string') {
        const present = attributes.attributes.some((a) => a.key === flag.toLowerCase());
        if (present) return { values: [true], node: undefined };
        return attributes.complete ? { values: [false], node: undefined } : undefined;
      }
      const found = evaluator.lookup(attributes.options, api.keys[flag]);
      if (found.state === 'unknown') return undefined;
      if (found.state === 'absent') {
        if (api.configurableDefaults || attributes.presetDefaults) return undefined;
        const fallback = api.defaults[flag];
        return { values: [fallback ?? false], node: undefined };
      }
      const values = evaluator.values(found.bound);
      if (!values) return undefined;
      const out: boolean[] = [];
      for (const v of values) {
        if (v.kind === 'boolean') out.push(v.b);
        else if (v.kind === 'nullish') out.push(api.defaults[flag] ?? false);
        else return undefined;
      }
      return { values: out, node: propertyNode(found.bound.expr) };
    };

    const sameSiteOf = (
      attributes: Attributes,
      api: CookieApiAttributes,
    ): { values: SameSite[]; node: ts.Node | undefined; absent: boolean } | undefined => {
      const absent = api.defaults.sameSite ?? context.options.absentSameSite;
      if (attributes.kind === 'string') {
        const found = attributes.attributes.find((a) => a.key === 'samesite');
        if (!found)
          return attributes.complete
            ? { values: [absent], node: undefined, absent: true }
            : undefined;
        const value = found.value === undefined ? undefined : sameSiteValue(found.value);
        return value ? { values: [value], node: undefined, absent: false } : undefined;
      }
      const found = evaluator.lookup(attributes.options, api.keys.sameSite);
      if (found.state === 'unknown') return undefined;
      if (found.state === 'absent') {
        if (api.configurableDefaults || attributes.presetDefaults) return undefined;
        return { values: [absent], node: undefined, absent: true };
      }
      const values = evaluator.values(found.bound);
      if (!values) return undefined;
      const out: SameSite[] = [];
      for (const v of values) {
        if (v.kind === 'nullish' || (v.kind === 'boolean' && !v.b)) out.push(absent);
        else if (v.kind === 'boolean') out.push('strict');
        else if (v.kind === 'string' && sameSiteValue(v.s))
          out.push(sameSiteValue(v.s) as SameSite);
        else return undefined;
      }
      return { values: out, node: propertyNode(found.bound.expr), absent: false };
    };

    const check = (
      fact: CookieFact,
      decl: Declaration,
      api: CookieApiAttributes,
      setter: Setter,
      name: string,
    ): Finding[] => {
      const findings: Finding[] = [];
      const apiLabel = fact.api.label;
      if (api.browser && decl.httpOnly === true)
        findings.push({
          messageId: 'httpOnlyFromBrowser',
          data: { name, api: apiLabel },
          node: undefined,
        });
      const attributes = setter.attributes;
      if (attributes === 'unknown') return findings;
      const defaultsOf = setter.label ?? apiLabel;

      // A wrapper's call that deletes the cookie (`setCookie(res, 'sid', '', { maxAge: 0 })`):
      // the engine judges deletion where the wrapper writes, so it is judged here too.
      const written = lifetimeOf(attributes, api);
      if (written.kind === 'known' && written.seconds.every((s) => s <= 0)) return [];

      // Lifetime: a session cookie has none; a persistent one at most the declared maximum.
      const maxAge = decl.maxAge === undefined ? undefined : durationSeconds(decl.maxAge);
      if (decl.duration === 'session' || maxAge !== undefined) {
        const lifetime = lifetimeOf(attributes, api);
        if (
          decl.duration === 'session' &&
          lifetime.kind === 'known' &&
          lifetime.seconds.every((s) => s > 0)
        )
          findings.push({
            messageId: 'sessionWithExpiry',
            data: {
              name,
              api: apiLabel,
              attribute: lifetime.attribute,
              lifetime: lifetime.seconds.map(formatSeconds).join(' or '),
            },
            node: lifetime.node,
          });
        else if (decl.duration === 'session' && lifetime.kind === 'unknown' && lifetime.present)
          findings.push({
            messageId: 'sessionWithExpiry',
            data: { name, api: apiLabel, attribute: 'an expiry', lifetime: 'computed at run time' },
            node: undefined,
          });
        else if (
          decl.duration !== 'session' &&
          maxAge !== undefined &&
          lifetime.kind === 'known' &&
          lifetime.seconds.every((s) => s > maxAge + 1)
        ) {
          const unit =
            attributes.kind === 'string'
              ? '`Max-Age` counts seconds'
              : unitHint(api, lifetime.attribute);
          findings.push({
            messageId: 'lifetimeTooLong',
            data: {
              name,
              api: apiLabel,
              lifetime: lifetime.seconds.map(formatSeconds).join(' or '),
              attribute: lifetime.attribute,
              maxAge: formatSeconds(maxAge),
              fix: unit,
            },
            node: lifetime.node,
          });
        }
      }

      // HttpOnly, Secure, SameSite: one finding that lists what differs.
      const problems: string[] = [];
      const declared: string[] = [];
      const fixes: string[] = [];
      let at: ts.Node | undefined;
      for (const flag of ['httpOnly', 'secure'] as const) {
        const wanted = decl[flag];
        if (wanted === undefined) continue;
        declared.push(
          wanted ? (flag === 'httpOnly' ? '`HttpOnly`' : '`Secure`') : `without \`${flag}\``,
        );
        if (flag === 'httpOnly' && api.browser) continue;
        const found = flagOf(attributes, api, flag);
        if (!found || found.values.some((v) => v === wanted)) continue;
        const key =
          attributes.kind === 'string'
            ? flag === 'httpOnly'
              ? 'HttpOnly'
              : 'Secure'
            : api.keys[flag];
        problems.push(
          found.node
            ? `\`${key}: ${String(!wanted)}\``
            : attributes.kind === 'string'
              ? `no \`${key}\` attribute`
              : `no \`${key}\` option (${defaultsOf} defaults to ${String(api.defaults[flag] ?? false)})`,
        );
        fixes.push(attributes.kind === 'string' ? `\`${key}\`` : `\`${key}: ${String(wanted)}\``);
        at ??= found.node;
      }
      const wantedSameSite = decl.sameSite;
      if (wantedSameSite !== undefined) {
        declared.push(`\`SameSite=${capitalise(wantedSameSite)}\``);
        const found = sameSiteOf(attributes, api);
        if (found && found.values.every((v) => v !== wantedSameSite)) {
          const key = attributes.kind === 'string' ? 'SameSite' : api.keys.sameSite;
          problems.push(
            found.absent
              ? `no \`${key}\` (${found.values[0] ?? 'lax'} by default)`
              : `\`${key}\` ${found.values.map((v) => `\`${v}\``).join(' or ')}`,
          );
          fixes.push(
            attributes.kind === 'string'
              ? `\`SameSite=${capitalise(wantedSameSite)}\``
              : `\`${key}: '${wantedSameSite}'\``,
          );
          at ??= found.node;
        }
      }
      if (problems.length > 0)
        findings.push({
          messageId: 'attributeMismatch',
          data: {
            name,
            api: apiLabel,
            problems: joinWords(problems),
            declared: joinWords(declared),
            fix: joinWords(fixes),
          },
          node: problems.length === 1 ? at : undefined,
        });
      return findings;
    };

    return {
      cookie(fact) {
        // Deleting a cookie sets nothing.
        if (fact.deletes) return;
        const api = COOKIE_API_ATTRIBUTES[fact.api.id];
        if (!api) return;
        const name = fact.name ?? partialName(fact);
        if (name === undefined) return;
        // An undeclared cookie is `no-undeclared-cookie`'s.
        const decl = context.queries.cookie(name);
        if (!decl || !hasRequirements(decl)) return;
        const { clause, promise } = promiseOf(decl);
        const setters = settersOf(fact);
        if (setters.length === 0 && !(api.browser && decl.httpOnly === true)) return;
        // Several writes behind one wrapper call: reported only what every one of them does.
        const all = (
          setters.length > 0 ? setters : [{ attributes: 'unknown' as const, flow: [] }]
        ).map((setter) => ({ setter, findings: check(fact, decl, api, setter, name) }));
        const [first] = all;
        if (!first) return;
        for (const finding of first.findings) {
          if (!all.every((other) => other.findings.some((f) => f.messageId === finding.messageId)))
            continue;
          // Findings start where the cookie is set (the call, the assignment); the option at
          // fault, wherever it is written (a shared constant, a helper), is a step of the flow.
          const at = finding.node;
          const optionStep: FlowStep[] =
            at && at.getStart() >= 0
              ? [{ location: flow.location(at), label: `\`${context.text(at)}\`` }]
              : [];
          context.report({
            messageId: finding.messageId,
            node: fact.node,
            data: { ...finding.data, promise },
            cookie: name,
            sink: fact.api.label,
            clause,
            flow: [...first.setter.flow, ...optionStep],
          });
        }
      },
    };
  },
});

function emptyObject(): ObjectValue {
  return { props: new Map(), complete: true, uncertain: new Set() };
}

/** `_ga_${id}` is checked against the declared globs as `_ga_*`. */
function partialName(fact: CookieFact): string | undefined {
  const prefix = fact.namePrefix ?? '';
  const suffix = fact.nameSuffix ?? '';
  if (prefix.length + suffix.length < 3) return undefined;
  return `${prefix}*${suffix}`;
}

function hasRequirements(decl: Declaration): boolean {
  return (
    decl.duration === 'session' ||
    decl.maxAge !== undefined ||
    decl.httpOnly !== undefined ||
    decl.secure !== undefined ||
    decl.sameSite !== undefined
  );
}

/** The clause a policy gives cookies: Website Visitors, or one about cookies. */
function cookieClause(context: RuleContext<Options>): string | undefined {
  const clauses = Object.entries(context.policy.clauses);
  return (
    clauses.find(([, clause]) => /website visitors/i.test(clause.section))?.[0] ??
    clauses.find(([id, clause]) => /cookie/i.test(clause.section) || id.includes('cookie'))?.[0] ??
    context.policy.cookies?.clause
  );
}

/** A policy duration (`30d`, `12h`, a number of seconds) in seconds. */
export function durationSeconds(value: string | number): number | undefined {
  if (typeof value === 'number') return value;
  const m = /^(\d+)(s|m|h|d|w|y)$/.exec(value);
  if (!m) return undefined;
  const unit = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800, y: 365 * 86_400 }[
    m[2] as 's' | 'm' | 'h' | 'd' | 'w' | 'y'
  ];
  return Number(m[1]) * unit;
}

/** `7776000` → `90 days`. */
export function formatSeconds(seconds: number): string {
  const plural = (n: number, unit: string) => `${String(n)} ${unit}${n === 1 ? '' : 's'}`;
  if (!Number.isFinite(seconds)) return 'forever';
  const s = Math.round(seconds);
  if (s >= 365 * 86_400 && s % (365 * 86_400) === 0) return plural(s / (365 * 86_400), 'year');
  if (s >= 86_400 && s % 86_400 === 0) return plural(s / 86_400, 'day');
  if (s >= 365 * 86_400) return `about ${(s / (365 * 86_400)).toFixed(0)} years`;
  if (s >= 86_400) return `${(s / 86_400).toFixed(1)} days`;
  if (s >= 3600 && s % 3600 === 0) return plural(s / 3600, 'hour');
  if (s >= 60 && s % 60 === 0) return plural(s / 60, 'minute');
  return plural(s, 'second');
}

function unitHint(api: CookieApiAttributes, attribute: string): string {
  const lifetime = api.lifetime.find((l) => attribute === `\`${l.key}\``);
  if (lifetime)
    return `\`${lifetime.key}\` counts ${lifetime.unit === 'ms' ? 'milliseconds' : 'seconds'} here`;
  if (api.expires?.kind === 'days-or-date') return 'a number `expires` counts days here';
  return 'the expiry date is that far from now';
}

/** Values of an `expires` option in seconds from now, when each one is known. */
function datesToSeconds(
  values: readonly Value[],
  kind: 'date' | 'days-or-date',
): number[] | undefined {
  const out: number[] = [];
  for (const v of values) {
    if (v.kind === 'date' && v.now === 1) out.push(v.ms / 1000);
    // A fixed date (`new Date('2100')`): as far from now as it is; one in the past deletes.
    else if (v.kind === 'date' && v.now === 0) out.push(Math.max(-1, (v.ms - Date.now()) / 1000));
    else if (v.kind === 'number' && v.now === 1 && kind === 'date') out.push(v.n / 1000);
    else if (v.kind === 'number' && v.now === 0 && kind === 'days-or-date') out.push(v.n * 86_400);
    else return undefined;
  }
  return out;
}

/** `maxAge: 60 * 60 * ttlHours`: a number computed at run time, certainly there. */
function isNumeric(expr: ts.Expression): boolean {
  return /^[\s\d_*+/()-]*[\d)]/.test(expr.getText()) && /[*+/-]/.test(expr.getText());
}

function isDateLike(expr: ts.Expression): boolean {
  return /^new Date\(|^add(Seconds|Minutes|Hours|Days|Weeks|Months|Years)\(/.test(expr.getText());
}

/** The property an option's value is written in, for the finding's position. */
function propertyNode(expr: ts.Expression): ts.Node {
  return expr.parent;
}

function sameSiteValue(text: string): SameSite | undefined {
  const v = text.toLowerCase();
  return v === 'strict' || v === 'lax' || v === 'none' ? v : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

function functionName(fn: ts.SignatureDeclaration): string | undefined {
  const name = fn.name;
  if (name && 'text' in name) return name.text;
  const holder = fn.parent as ts.Node | undefined;
  if (holder && 'name' in holder) {
    const n = (holder as { name?: { text?: unknown } }).name;
    if (typeof n?.text === 'string') return n.text;
  }
  return undefined;
}
