import type ts from 'typescript';
import type { FileModel } from './model.js';
import { functionOfDeclaration, returnedExpressions, unwrap } from './resolve.js';

/**
 * A string known statically: `complete` when the whole value is known, otherwise `value` is
 * the known prefix (`https://api.x.com/users/${id}` → `https://api.x.com/users/`).
 */
export interface StaticString {
  value: string;
  complete: boolean;
}

const MAX_DEPTH = 10;
/** At most this many alternatives of a name are followed (`theme_${'light' | 'dark'}`). */
const MAX_ALTERNATIVES = 16;

/**
 * A string with holes: known text, a parameter of the enclosing wrapper (filled in at its call
 * sites), alternatives (a union type, a conditional), or something unknown.
 */
export type NamePart =
  | { kind: 'text'; text: string }
  | { kind: 'param'; index: number }
  | { kind: 'alternatives'; texts: readonly string[] }
  | { kind: 'unknown' };

/** A name made concrete: complete, or a known prefix and suffix around an unknown middle. */
export interface ResolvedName {
  name: string | undefined;
  prefix: string;
  suffix: string;
}

/** Resolves string values through literals, templates, constants, enums, objects and `+`. */
export class ValueResolver {
  private readonly active = new Set<ts.Node>();

  constructor(private readonly model: FileModel) {}

  /**
   * The parts of a string with the parameters in `holes` left open: `\`pref_${key}\`` inside
   * `savePreference(key)` is `pref_` and parameter 0.
   */
  template(node: ts.Expression, holes: ReadonlyMap<ts.Node, number>, depth = 0): NamePart[] {
    const t = this.model.ts;
    if (depth > MAX_DEPTH) return [{ kind: 'unknown' }];
    const expr = unwrap(t, node);
    if (t.isIdentifier(expr)) {
      const decl = this.model.resolve(expr);
      const index = decl ? holes.get(decl) : undefined;
      if (index !== undefined) return [{ kind: 'param', index }];
      if (
        decl &&
        t.isVariableDeclaration(decl) &&
        decl.initializer &&
        !this.model.isReassigned(decl)
      )
        return this.template(decl.initializer, holes, depth + 1);
    }
    if (t.isTemplateExpression(expr)) {
      const parts: NamePart[] = [{ kind: 'text', text: expr.head.text }];
      for (const span of expr.templateSpans) {
        parts.push(...this.template(span.expression, holes, depth + 1));
        parts.push({ kind: 'text', text: span.literal.text });
      }
      return mergeParts(parts);
    }
    if (t.isBinaryExpression(expr) && expr.operatorToken.kind === t.SyntaxKind.PlusToken) {
      return mergeParts([
        ...this.template(expr.left, holes, depth + 1),
        ...this.template(expr.right, holes, depth + 1),
      ]);
    }
    if (t.isConditionalExpression(expr)) {
      const a = this.string(expr.whenTrue, depth + 1);
      const b = this.string(expr.whenFalse, depth + 1);
      if (a?.complete && b?.complete)
        return [
          { kind: 'alternatives', texts: a.value === b.value ? [a.value] : [a.value, b.value] },
        ];
    }
    if (t.isCallExpression(expr)) {
      // `[\`${NAME}=${v}\`, 'path=/'].join('; ')`: the parts, joined.
      const joined = this.joined(expr, holes, depth);
      if (joined) return joined;
      // `secureName('session')`, `getCookieName(ctx)`: what a project function returns.
      const returned = this.returned(expr, holes, depth);
      if (returned) return returned;
    }
    const value = this.string(expr, depth + 1);
    if (value?.complete) return [{ kind: 'text', text: value.value }];
    const alternatives = this.unionOf(expr);
    if (alternatives) return [{ kind: 'alternatives', texts: alternatives }];
    if (value && value.value !== '')
      return [{ kind: 'text', text: value.value }, { kind: 'unknown' }];
    return [{ kind: 'unknown' }];
  }

  private joined(
    call: ts.CallExpression,
    holes: ReadonlyMap<ts.Node, number>,
    depth: number,
  ): NamePart[] | undefined {
    const t = this.model.ts;
    const callee = call.expression;
    if (!t.isPropertyAccessExpression(callee) || callee.name.text !== 'join') return undefined;
    const list = unwrap(t, callee.expression);
    if (!t.isArrayLiteralExpression(list) || list.elements.some((e) => t.isSpreadElement(e)))
      return undefined;
    const separatorArg = call.arguments[0];
    const separator = separatorArg
      ? this.string(separatorArg, depth + 1)
      : { value: ',', complete: true };
    if (!separator?.complete) return undefined;
    const parts: NamePart[] = [];
    list.elements.forEach((element, i) => {
      if (i > 0) parts.push({ kind: 'text', text: separator.value });
      parts.push(...this.template(element, holes, depth + 1));
    });
    return mergeParts(parts);
  }

  /**
   * The value a function of the project returns, with its parameters filled by the call's
   * arguments: `function secureName(n) { return \`${secure ? '__Secure-' : ''}${n}\` }` called
   * as `secureName('session')` is `__Secure-session` or `session`. One `return` only.
   */
  private returned(
    call: ts.CallExpression,
    holes: ReadonlyMap<ts.Node, number>,
    depth: number,
  ): NamePart[] | undefined {
    const t = this.model.ts;
    const callee = unwrap(t, call.expression);
    if (!t.isIdentifier(callee)) return undefined;
    const local = this.model.resolve(callee);
    const link = local && this.model.importOf(local) ? this.model.link?.(callee) : undefined;
    const decl: ts.Node | undefined = link ? link.decl : local;
    const owner = link ? link.analysis.values : undefined;
    const fn = decl ? functionOfDeclaration(t, decl) : undefined;
    if (!fn?.body) return undefined;
    const returns = returnedExpressions(t, fn);
    if (returns.length !== 1) return undefined;
    const value = returns[0];
    if (!value) return undefined;
    const calleeHoles = new Map<ts.Node, number>();
    fn.parameters.forEach((param, i) => {
      if (t.isIdentifier(param.name)) calleeHoles.set(param, i);
    });
    const parts = (owner ?? this).template(value, calleeHoles, depth + 1);
    return substituteParts(parts, (index) => {
      const arg = call.arguments[index];
      return arg ? this.template(arg, holes, depth + 1) : [{ kind: 'unknown' }];
    });
  }

  /** With type information, a union of string literals (`'light' | 'dark'`): each member. */
  private unionOf(node: ts.Expression): string[] | undefined {
    const checker = this.model.checker;
    if (!checker) return undefined;
    const type = checker.getTypeAtLocation(node);
    if (!type.isUnion() || type.types.length > MAX_ALTERNATIVES) return undefined;
    const texts: string[] = [];
    for (const member of type.types) {
      if (!member.isStringLiteral()) return undefined;
      texts.push(member.value);
    }
    return texts;
  }

  string(node: ts.Expression, depth = 0): StaticString | undefined {
    if (depth > MAX_DEPTH || this.active.has(node)) return undefined;
    this.active.add(node);
    try {
      return this.compute(node, depth);
    } finally {
      this.active.delete(node);
    }
  }

  private compute(node: ts.Expression, depth: number): StaticString | undefined {
    const t = this.model.ts;
    const expr = unwrap(t, node);
    if (t.isStringLiteral(expr) || t.isNoSubstitutionTemplateLiteral(expr))
      return { value: expr.text, complete: true };
    if (t.isNumericLiteral(expr)) return { value: expr.text, complete: true };
    if (t.isTemplateExpression(expr)) {
      let value = expr.head.text;
      for (const span of expr.templateSpans) {
        const part = this.string(span.expression, depth + 1);
        if (!part) return { value, complete: false };
        value += part.value;
        if (!part.complete) return { value, complete: false };
        value += span.literal.text;
      }
      return { value, complete: true };
    }
    if (t.isBinaryExpression(expr) && expr.operatorToken.kind === t.SyntaxKind.PlusToken) {
      const left = this.string(expr.left, depth + 1);
      if (!left) return undefined;
      if (!left.complete) return left;
      const right = this.string(expr.right, depth + 1);
      return right
        ? { value: left.value + right.value, complete: right.complete }
        : { value: left.value, complete: false };
    }
    if (t.isIdentifier(expr)) return this.identifier(expr, depth);
    if (t.isPropertyAccessExpression(expr) || t.isElementAccessExpression(expr))
      return this.member(expr, depth);
    if (
      t.isNewExpression(expr) &&
      t.isIdentifier(expr.expression) &&
      expr.expression.text === 'URL'
    ) {
      // new URL(path, base): the base decides the host.
      const [path, base] = expr.arguments ?? [];
      const baseValue = base ? this.string(base, depth + 1) : undefined;
      const pathValue = path ? this.string(path, depth + 1) : undefined;
      if (pathValue && /^[a-z][a-z0-9+.-]*:\/\//i.test(pathValue.value)) return pathValue;
      // A complete base ends its host: `new URL('/v1', 'https://api.x.example')` is on api.x.example.
      if (baseValue?.complete) {
        return {
          value: baseValue.value.endsWith('/') ? baseValue.value : `${baseValue.value}/`,
          complete: false,
        };
      }
      if (baseValue) return { value: baseValue.value, complete: false };
      return pathValue;
    }
    if (
      t.isCallExpression(expr) &&
      t.isPropertyAccessExpression(expr.expression) &&
      expr.expression.name.text === 'toString'
    ) {
      return this.string(expr.expression.expression, depth + 1);
    }
    return this.fromType(expr);
  }

  private identifier(id: ts.Identifier, depth: number): StaticString | undefined {
    const t = this.model.ts;
    const decl = this.model.resolve(id);
    if (
      decl &&
      t.isVariableDeclaration(decl) &&
      decl.initializer &&
      !this.model.isReassigned(decl)
    ) {
      return this.string(decl.initializer, depth + 1);
    }
    if (decl && t.isParameter(decl)) return this.parameter(decl, depth) ?? this.fromType(id);
    if (decl && this.model.importOf(decl)) return this.linked(id, depth) ?? this.fromType(id);
    return this.fromType(id);
  }

  /**
   * With type information: the value of a declaration in another project file that a name
   * refers to (`import { COOKIE } from './constants'`, `Cookies.Session`, `Names.locale`).
   */
  private linked(node: ts.Node, depth: number): StaticString | undefined {
    const link = this.model.link?.(node);
    return link ? link.analysis.values.ofDeclaration(link.decl, depth + 1) : undefined;
  }

  /** The value a declaration of this file holds: a constant, an enum member, a field or property. */
  ofDeclaration(decl: ts.Node, depth = 0): StaticString | undefined {
    const t = this.model.ts;
    if (t.isVariableDeclaration(decl)) {
      if (!decl.initializer || this.model.isReassigned(decl)) return undefined;
      return this.string(decl.initializer, depth + 1);
    }
    if (
      (t.isEnumMember(decl) || t.isPropertyDeclaration(decl) || t.isPropertyAssignment(decl)) &&
      decl.initializer
    )
      return this.string(decl.initializer, depth + 1);
    if (t.isShorthandPropertyAssignment(decl)) return this.string(decl.name, depth + 1);
    return undefined;
  }

  /**
   * A parameter whose every call site in this file passes the same static string:
   * `function postJson(url, data) { fetch(url, …) }` called as `postJson('https://x/…', d)`.
   */
  private parameter(param: ts.ParameterDeclaration, depth: number): StaticString | undefined {
    const t = this.model.ts;
    const fn = param.parent;
    const index = fn.parameters.indexOf(param);
    const owner = t.isFunctionDeclaration(fn)
      ? fn
      : (t.isArrowFunction(fn) || t.isFunctionExpression(fn)) && t.isVariableDeclaration(fn.parent)
        ? fn.parent
        : undefined;
    if (!owner || index < 0) return undefined;
    let found: StaticString | undefined;
    for (const call of this.model.callsTo(owner)) {
      const arg = call.arguments?.[index];
      const value = arg ? this.string(arg, depth + 1) : undefined;
      if (!value) return undefined;
      if (found && (found.value !== value.value || found.complete !== value.complete)) {
        // Different call sites: keep what they share (a host, if the prefixes agree on it).
        let common = 0;
        while (common < found.value.length && found.value[common] === value.value[common]) common++;
        found = { value: found.value.slice(0, common), complete: false };
      } else found ??= value;
    }
    return found?.value === '' ? undefined : found;
  }

  /** `COOKIES.SESSION`, `CookieName.Session`, `config['cookie']`. */
  private member(
    expr: ts.PropertyAccessExpression | ts.ElementAccessExpression,
    depth: number,
  ): StaticString | undefined {
    const t = this.model.ts;
    const key = t.isPropertyAccessExpression(expr)
      ? expr.name.text
      : t.isStringLiteral(expr.argumentExpression) || t.isNumericLiteral(expr.argumentExpression)
        ? expr.argumentExpression.text
        : undefined;
    if (key === undefined) return this.fromType(expr);
    const target = unwrap(t, expr.expression);
    if (t.isIdentifier(target)) {
      const decl = this.model.resolve(target);
      if (decl && t.isEnumDeclaration(decl)) {
        const member = decl.members.find(
          (m) => (t.isIdentifier(m.name) || t.isStringLiteral(m.name)) && m.name.text === key,
        );
        if (member?.initializer) return this.string(member.initializer, depth + 1);
        return this.fromType(expr);
      }
      if (decl && t.isVariableDeclaration(decl) && decl.initializer) {
        const object = unwrap(t, decl.initializer);
        if (t.isObjectLiteralExpression(object)) {
          for (const property of object.properties) {
            if (t.isPropertyAssignment(property) && propertyKey(t, property.name) === key) {
              return this.string(property.initializer, depth + 1);
            }
          }
        }
      }
      // `class Names { static readonly locale = 'user_locale' }`: a static field.
      if (decl && t.isClassDeclaration(decl)) {
        const field = decl.members.find(
          (m) =>
            t.isPropertyDeclaration(m) &&
            propertyKey(t, m.name) === key &&
            (t.getCombinedModifierFlags(m) & t.ModifierFlags.Static) !== 0,
        );
        if (field && t.isPropertyDeclaration(field) && field.initializer)
          return this.string(field.initializer, depth + 1);
      }
      if (decl && this.model.importOf(decl) && t.isPropertyAccessExpression(expr)) {
        const value = this.linked(expr.name, depth);
        if (value) return value;
      }
    }
    return this.fromType(expr);
  }

  /** With type information, a string-literal type is the value (imported constants, enums). */
  private fromType(node: ts.Expression): StaticString | undefined {
    const checker = this.model.checker;
    if (!checker) return undefined;
    const type = checker.getTypeAtLocation(node);
    if (type.isStringLiteral()) return { value: type.value, complete: true };
    return undefined;
  }
}

/**
 * The environment variable a URL starts with: `process.env.CRM_API_URL`,
 * `${process.env.CRM_API_URL}/contacts`, `process.env.X + '/path'`, `new URL('/p', process.env.X)`,
 * `import.meta.env.X`, and constants holding one of those.
 */
export function envPrefix(model: FileModel, node: ts.Expression, depth = 0): string | undefined {
  const t = model.ts;
  if (depth > 8) return undefined;
  const expr = unwrap(t, node);
  if (t.isPropertyAccessExpression(expr) || t.isElementAccessExpression(expr)) {
    const owner = unwrap(t, expr.expression);
    const isEnv =
      t.isPropertyAccessExpression(owner) &&
      owner.name.text === 'env' &&
      ((t.isIdentifier(owner.expression) && owner.expression.text === 'process') ||
        t.isMetaProperty(owner.expression));
    if (isEnv) {
      if (t.isPropertyAccessExpression(expr)) return expr.name.text;
      const key = expr.argumentExpression;
      return t.isStringLiteral(key) ? key.text : undefined;
    }
  }
  if (t.isTemplateExpression(expr) && expr.head.text === '') {
    const first = expr.templateSpans[0];
    return first ? envPrefix(model, first.expression, depth + 1) : undefined;
  }
  if (t.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (
      op === t.SyntaxKind.PlusToken ||
      op === t.SyntaxKind.QuestionQuestionToken ||
      op === t.SyntaxKind.BarBarToken
    ) {
      return envPrefix(model, expr.left, depth + 1);
    }
    return undefined;
  }
  if (
    t.isNewExpression(expr) &&
    t.isIdentifier(expr.expression) &&
    expr.expression.text === 'URL'
  ) {
    const [path, base] = expr.arguments ?? [];
    return (
      (base ? envPrefix(model, base, depth + 1) : undefined) ??
      (path ? envPrefix(model, path, depth + 1) : undefined)
    );
  }
  if (t.isIdentifier(expr)) {
    const decl = model.resolve(expr);
    if (decl && t.isVariableDeclaration(decl) && decl.initializer)
      return envPrefix(model, decl.initializer, depth + 1);
  }
  // `HOOKS[channel]` with `const HOOKS = { alerts: process.env.SLACK_HOOK_ALERTS, … }`: the
  // variables the lookup can pick (the first names them).
  if (t.isElementAccessExpression(expr) && t.isIdentifier(unwrap(t, expr.expression))) {
    const decl = model.resolve(unwrap(t, expr.expression) as ts.Identifier);
    const object =
      decl && t.isVariableDeclaration(decl) && decl.initializer
        ? unwrap(t, decl.initializer)
        : undefined;
    if (object && t.isObjectLiteralExpression(object)) {
      for (const property of object.properties) {
        if (!t.isPropertyAssignment(property)) continue;
        const name = envPrefix(model, property.initializer, depth + 1);
        if (name !== undefined) return name;
      }
    }
  }
  return undefined;
}

/** The text of a property name, when static. */
export function propertyKey(t: typeof ts, name: ts.PropertyName): string | undefined {
  if (
    t.isIdentifier(name) ||
    t.isStringLiteral(name) ||
    t.isNumericLiteral(name) ||
    t.isPrivateIdentifier(name)
  )
    return name.text;
  if (t.isComputedPropertyName(name) && t.isStringLiteral(name.expression))
    return name.expression.text;
  return undefined;
}

/** Stands for a relative URL: the same origin, never a third party. */
export const RELATIVE: unique symbol = Symbol('relative URL');

/** The host of a URL-ish string, `RELATIVE` for a path on the same origin, undefined when unknown. */
export function hostOf(url: StaticString): string | typeof RELATIVE | undefined {
  const value = url.value.trim();
  if (value === '') return undefined;
  const absolute = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#\s]+)/i.exec(value);
  if (absolute) {
    const authority = absolute[1] ?? '';
    // The host is complete only when the authority ended before the known prefix did.
    const hostEnded = url.complete || value.length > absolute[0].length;
    if (!hostEnded) return undefined;
    const host = authority
      .slice(authority.lastIndexOf('@') + 1)
      .replace(/:\d+$/, '')
      .toLowerCase();
    return host === '' ? undefined : host;
  }
  if (
    /^[./?#]/.test(value) ||
    (url.complete && !value.includes(':') && !/^[a-z0-9-]+\.[a-z]/i.test(value))
  ) {
    return RELATIVE;
  }
  return undefined;
}

/** Joins adjacent text parts and drops empty ones. */
function mergeParts(parts: readonly NamePart[]): NamePart[] {
  const out: NamePart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (part.kind === 'text' && part.text === '') continue;
    if (part.kind === 'text' && last?.kind === 'text')
      out[out.length - 1] = { kind: 'text', text: last.text + part.text };
    else out.push(part);
  }
  return out;
}

/** Fills a template's parameters with the templates of a call's arguments. */
export function substituteParts(
  parts: readonly NamePart[],
  argument: (index: number) => readonly NamePart[],
): NamePart[] {
  return mergeParts(
    parts.flatMap((part) => (part.kind === 'param' ? argument(part.index) : [part])),
  );
}

/** Whether a template still has a parameter of its wrapper in it. */
export function hasParam(parts: readonly NamePart[]): boolean {
  return parts.some((part) => part.kind === 'param');
}

/**
 * Whether enough of a run-time name is known to check it: a prefix or suffix with a letter and
 * at least three characters (`ab_`, `_prefs`), not a lone separator.
 */
export function isPartlyKnown(prefix: string, suffix: string): boolean {
  const known = prefix + suffix;
  return known.length >= 3 && /[a-z]/i.test(known);
}

/**
 * Whether a name is a wrapper's parameter, for its callers to fill in: `name`, `` `${name}` ``
 * — not `` `ab_${id}` ``, a family of names checked where it is built.
 */
export function isWrapperName(parts: readonly NamePart[]): boolean {
  return (
    hasParam(parts) &&
    resolveNames(parts).every((resolved) => !isPartlyKnown(resolved.prefix, resolved.suffix))
  );
}

/**
 * The part of a `Set-Cookie` string before the first `=`: the cookie's name. Undefined when no
 * `=` is known yet (the string is all a parameter's: cut it after the call site fills it in).
 */
export function cutAtEquals(parts: readonly NamePart[]): NamePart[] | undefined {
  const out: NamePart[] = [];
  for (const part of parts) {
    if (part.kind === 'text' && part.text.includes('=')) {
      const before = part.text.slice(0, part.text.indexOf('='));
      if (before !== '') out.push({ kind: 'text', text: before });
      return out;
    }
    out.push(part);
  }
  return undefined;
}

/** The concrete names a template can take: one per combination of alternatives. */
export function resolveNames(parts: readonly NamePart[]): ResolvedName[] {
  let names: { parts: (string | undefined)[] }[] = [{ parts: [] }];
  for (const part of parts) {
    if (part.kind === 'alternatives' && names.length * part.texts.length <= MAX_ALTERNATIVES) {
      names = names.flatMap((n) => part.texts.map((text) => ({ parts: [...n.parts, text] })));
    } else {
      const text = part.kind === 'text' ? part.text : undefined;
      for (const n of names) n.parts.push(text);
    }
  }
  return names.map(({ parts: list }) => {
    if (list.every((p) => p !== undefined)) return { name: list.join(''), prefix: '', suffix: '' };
    const first = list.findIndex((p) => p === undefined);
    let last = list.length - 1;
    while (list[last] !== undefined) last--;
    return {
      name: undefined,
      prefix: list.slice(0, first).join(''),
      suffix: list.slice(last + 1).join(''),
    };
  });
}
