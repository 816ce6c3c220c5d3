import type ts from 'typescript';
import type { CookieApi } from '../../catalog/types.js';
import type { Taint, TypeScriptApi } from '../../types.js';
import type { FileAnalysis } from '../analysis.js';
import { numericValue, unwrap } from '../resolve.js';
import { wrapperParameters } from '../summaries.js';
import {
  cutAtEquals,
  hasParam,
  isWrapperName,
  propertyKey,
  resolveNames,
  type NamePart,
} from '../values.js';

// Cookie facts: cookies set through a cookie API (by argument, option, header or headers
// object), `Set-Cookie` strings and `document.cookie` assignments, with the name (or its known
// prefix and suffix), the options and attributes, and whether the write deletes the cookie.
//
//   res.cookie('sid', id, { httpOnly: true })          cookie `sid`, options `{ httpOnly }`
//   res.setHeader('Set-Cookie', `theme=${t}; Path=/`)  cookie `theme`, attributes `path=/`
//   document.cookie = 'seen=; Max-Age=0'               cookie `seen`, deleted

/** A cookie being set. */
export interface CookieFact {
  api: Pick<CookieApi, 'id' | 'label'>;
  node: ts.Node;
  /** The name, when known statically. */
  name: string | undefined;
  /** The known start of a name built at run time (`\`_ga_${id}\``). */
  namePrefix?: string;
  nameNode: ts.Node;
  /** The known end of a name built at run time (`\`${tenant}_prefs\``). */
  nameSuffix?: string;
  /** The options object, for attribute rules. */
  options: ts.Expression | undefined;
  /** A `Set-Cookie` string's attributes, when the cookie was set as a string. */
  attributes: readonly string[] | undefined;
  /** The cookie is being deleted (`maxAge: 0`, an expiry in the past): nothing is set. */
  deletes: boolean;
  /**
   * The name is a parameter of the function around it (a wrapper such as `setCookie(name, v)`):
   * the wrapper's call sites say which cookie it is, and are reported instead.
   */
  wrapperName?: boolean;
  /** The expression the name is read from; `cut` when it is a whole `Set-Cookie` string. */
  nameParts?: { expression: ts.Expression; cut: boolean };
}

/** Every cookie set by a file's own calls and `document.cookie` assignments. */
export function findCookies(analysis: FileAnalysis): CookieFact[] {
  const t = analysis.ts;
  const facts: CookieFact[] = [];
  for (const { call, q } of analysis.qualifiedCalls()) {
    const api = analysis.catalogs.cookies.first(q);
    if (api) facts.push(...cookieFromCall(analysis, api, call));
  }
  // document.cookie = 'name=value; Max-Age=...'
  for (const assignment of analysis.model.assignments) {
    const left = assignment.left;
    if (!t.isPropertyAccessExpression(left) || left.name.text !== 'cookie') continue;
    const q = analysis.qualifier.qualify(left.expression);
    if (!q || !(q.root.kind === 'global' && q.root.name === 'document' && q.members.length === 0))
      continue;
    facts.push(
      ...cookieFromString(
        analysis,
        { id: 'document-cookie', label: 'document.cookie' },
        assignment,
        assignment.right,
      ),
    );
  }
  return facts;
}

function cookieFromCall(
  analysis: FileAnalysis,
  api: CookieApi,
  call: ts.CallExpression | ts.NewExpression,
): CookieFact[] {
  const t = analysis.ts;
  const spec = api.name;
  const options = api.options ? analysis.argument(call, api.options) : undefined;
  switch (spec.kind) {
    case 'argument': {
      const arg = call.arguments?.[spec.arg];
      if (!arg) return [];
      // cookieStore.set({ name, value }) and cookies().set({ name, value }) take an object.
      const objectName = analysis.property(arg, 'name');
      return cookie(analysis, api, call, objectName ?? arg, false, objectName ? arg : options);
    }
    case 'set-cookie-string': {
      const arg = analysis.argument(call, spec);
      return arg ? cookieFromString(analysis, api, call, arg) : [];
    }
    case 'header': {
      const headerArg = call.arguments?.[spec.nameArg];
      // `res.set({ 'Set-Cookie': … })`: the same setters also take a headers object.
      if (headerArg && t.isObjectLiteralExpression(unwrap(t, headerArg))) {
        return cookiesFromHeadersObject(analysis, api, call, headerArg);
      }
      const header = headerArg ? analysis.values.string(headerArg) : undefined;
      if (!header?.complete || header.value.toLowerCase() !== 'set-cookie') return [];
      const valueArg = call.arguments?.[spec.valueArg];
      return valueArg ? cookiesFromHeaderValue(analysis, api, call, valueArg) : [];
    }
    case 'headers-object': {
      const headers = analysis.argument(
        call,
        spec.prop === undefined ? { arg: spec.arg } : { arg: spec.arg, prop: spec.prop },
      );
      return headers ? cookiesFromHeadersObject(analysis, api, call, headers) : [];
    }
    case 'option': {
      const arg = call.arguments?.[spec.arg];
      const nameExpr = arg ? analysis.property(arg, spec.prop) : undefined;
      if (!nameExpr)
        return [
          {
            api,
            node: call,
            name: spec.default,
            nameNode: call,
            options,
            attributes: undefined,
            deletes: false,
          },
        ];
      return cookie(analysis, api, call, nameExpr, false, options);
    }
  }
}

/**
 * A cookie set with a name expression: its name, or the known prefix and suffix of a name
 * built at run time (one fact per name a union or conditional gives). A name that is a
 * wrapper's parameter is marked: the wrapper's callers say which cookie it is.
 */
function cookie(
  analysis: FileAnalysis,
  api: Pick<CookieApi, 'id' | 'label'>,
  node: ts.Node,
  nameExpr: ts.Expression,
  cut: boolean,
  options: ts.Expression | undefined,
): CookieFact[] {
  const holes = wrapperParameters(analysis.ts, nameExpr);
  const parts = analysis.values.template(nameExpr, holes);
  const nameParts = cut ? cutAtEquals(parts) : parts;
  const attributes = cut ? setCookieAttributes(parts) : undefined;
  const deletes = isCookieDeletion(analysis.ts, options, attributes);
  const base = {
    api,
    node,
    nameNode: nameExpr,
    options,
    attributes,
    deletes,
    nameParts: { expression: nameExpr, cut },
  };
  if (nameParts === undefined ? hasParam(parts) : isWrapperName(nameParts))
    return [{ ...base, name: undefined, wrapperName: true }];
  return resolveNames(nameParts ?? [{ kind: 'unknown' }]).map((resolved) => ({
    ...base,
    name: resolved.name,
    ...(resolved.name === undefined && resolved.prefix !== ''
      ? { namePrefix: resolved.prefix }
      : {}),
    ...(resolved.name === undefined && resolved.suffix !== ''
      ? { nameSuffix: resolved.suffix }
      : {}),
  }));
}

/** `{ 'Set-Cookie': … }` in a headers object. */
function cookiesFromHeadersObject(
  analysis: FileAnalysis,
  api: Pick<CookieApi, 'id' | 'label'>,
  call: ts.Node,
  headers: ts.Expression,
): CookieFact[] {
  const t = analysis.ts;
  const object = unwrap(t, headers);
  if (!t.isObjectLiteralExpression(object)) return [];
  for (const property of object.properties) {
    if (
      t.isPropertyAssignment(property) &&
      propertyKey(t, property.name)?.toLowerCase() === 'set-cookie'
    ) {
      return cookiesFromHeaderValue(analysis, api, call, property.initializer);
    }
  }
  return [];
}

function cookiesFromHeaderValue(
  analysis: FileAnalysis,
  api: Pick<CookieApi, 'id' | 'label'>,
  call: ts.Node,
  value: ts.Expression,
): CookieFact[] {
  const t = analysis.ts;
  const inner = unwrap(t, value);
  const elements = t.isArrayLiteralExpression(inner) ? inner.elements : [value];
  // `setHeader('Set-Cookie', serialize('sid', v))`: the serialize call is a fact of its own.
  return elements
    .filter((element) => !isCookieApiCall(analysis, element))
    .flatMap((element) => cookieFromString(analysis, api, call, element));
}

function isCookieApiCall(analysis: FileAnalysis, expr: ts.Expression): boolean {
  const t = analysis.ts;
  const inner = unwrap(t, expr);
  if (!t.isCallExpression(inner)) return false;
  const q = analysis.qualifier.qualify(inner.expression);
  if (!q) return false;
  if (analysis.catalogs.cookies.first(q) !== undefined) return true;
  // `langCookie.serialize(v)` on `createCookie('lang')`: a method of a cookie object, whose
  // name was checked where it was created.
  const made = q.members.lastIndexOf('()');
  return (
    made > 0 &&
    analysis.catalogs.cookies.first({
      root: q.root,
      members: q.members.slice(0, made),
      factories: [],
    }) !== undefined
  );
}

/** `name=value; Path=/; Max-Age=3600` → the name and the attributes. */
function cookieFromString(
  analysis: FileAnalysis,
  api: Pick<CookieApi, 'id' | 'label'>,
  node: ts.Node,
  value: ts.Expression,
): CookieFact[] {
  return cookie(analysis, api, node, value, true, undefined);
}

/**
 * What a cookie's value carries (never its name or options): the value argument of a cookie
 * API (`res.cookie('sid', value)`, `cookieStore.set({ name, value })`); nothing for a session
 * middleware's cookie, whose value is an opaque id; the whole string of a `Set-Cookie` string
 * or a `document.cookie` assignment.
 */
export function cookieValueTaints(analysis: FileAnalysis, fact: CookieFact): readonly Taint[] {
  const t = analysis.ts;
  const api = analysis.catalogs.cookieApis.find((a) => a.id === fact.api.id);
  const node = fact.node;
  if (api?.name.kind === 'argument' && (t.isCallExpression(node) || t.isNewExpression(node))) {
    const spec = api.name;
    const args = node.arguments ?? [];
    const nameArg = args[spec.arg];
    // cookieStore.set({ name, value }), cookies().set({ name, value })
    const objectValue =
      nameArg && analysis.property(nameArg, 'name')
        ? analysis.property(nameArg, 'value')
        : undefined;
    if (objectValue) return analysis.taint.of(objectValue);
    return args
      .filter((_, i) => i !== spec.arg && i !== api.options?.arg)
      .flatMap((arg) => [...analysis.taint.of(arg)]);
  }
  // Session middleware names a cookie whose value is an opaque id.
  if (api?.name.kind === 'option') return [];
  // `document.cookie = 'name=value'`, `Set-Cookie` strings: the whole string carries the value.
  const expression = fact.nameNode;
  return t.isExpression(expression) ? analysis.taint.of(expression) : [];
}

/** The attributes of a `Set-Cookie` string after its first `;`, where they are known text. */
function setCookieAttributes(parts: readonly NamePart[]): string[] | undefined {
  const text = parts.map((part) => (part.kind === 'text' ? part.text : '\u0000')).join('');
  const semicolon = text.indexOf(';');
  if (semicolon === -1) return parts.every((part) => part.kind === 'text') ? [] : undefined;
  return text
    .slice(semicolon + 1)
    .split(';')
    .map((a) => a.trim().toLowerCase())
    .filter((a) => a !== '' && !a.includes('\u0000'));
}

/**
 * Whether a cookie write deletes the cookie: `maxAge: 0` or negative, `expires: new Date(0)`
 * or a day count below zero (js-cookie), `Max-Age=0` or an expiry in 1970 in a header string.
 */
function isCookieDeletion(
  t: TypeScriptApi,
  options: ts.Expression | undefined,
  attributes: readonly string[] | undefined,
): boolean {
  if (
    attributes?.some(
      (a) => /^max-age\s*=\s*(0|-\d+)$/.test(a) || (a.startsWith('expires=') && a.includes('1970')),
    )
  )
    return true;
  const object = options ? unwrap(t, options) : undefined;
  if (!object || !t.isObjectLiteralExpression(object)) return false;
  const number = (e: ts.Expression): number | undefined => numericValue(t, e);
  for (const property of object.properties) {
    if (!t.isPropertyAssignment(property)) continue;
    const key = propertyKey(t, property.name)?.toLowerCase();
    const value = unwrap(t, property.initializer);
    if (key === 'maxage' || key === 'max_age' || key === 'max-age') {
      const n = number(value);
      if (n !== undefined && n <= 0) return true;
    }
    if (key === 'expires') {
      const n = number(value);
      if (n !== undefined && n < 0) return true;
      if (
        t.isNewExpression(value) &&
        t.isIdentifier(value.expression) &&
        value.expression.text === 'Date'
      ) {
        const arg = value.arguments?.[0];
        const at = arg ? number(arg) : undefined;
        if (at !== undefined && at < 86_400_000) return true;
        if (
          arg &&
          (t.isStringLiteral(arg) || t.isNoSubstitutionTemplateLiteral(arg)) &&
          arg.text.includes('1970')
        )
          return true;
      }
    }
  }
  return false;
}
