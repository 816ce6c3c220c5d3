import type ts from 'typescript';
import type { FileModel } from './model.js';
import { unwrap } from './resolve.js';

/**
 * A string known statically: `complete` when the whole value is known, otherwise `value` is
 * the known prefix (`https://api.x.com/users/${id}` → `https://api.x.com/users/`).
 */
export interface StaticString {
  value: string;
  complete: boolean;
}

const MAX_DEPTH = 10;

/** Resolves string values through literals, templates, constants, enums, objects and `+`. */
export class ValueResolver {
  private readonly active = new Set<ts.Node>();

  constructor(private readonly model: FileModel) {}

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
    return this.fromType(id);
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
    if (!isEnv) return undefined;
    if (t.isPropertyAccessExpression(expr)) return expr.name.text;
    const key = expr.argumentExpression;
    return t.isStringLiteral(key) ? key.text : undefined;
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
