import { unwrap, type CallPattern, type FlowQueries, type TypeScriptApi } from '@pledge/core/rules';
import type ts from 'typescript';
import {
  DATE_ADDER_MODULES,
  DATE_ADDERS,
  DATE_LIBRARIES,
  DURATION_PARSERS,
  DURATION_UNITS,
} from './apis.js';

// A small evaluator for cookie options: the values an option can take, statically, through
// constants (other modules' too, where the flow queries follow them), spreads, conditionals,
// arithmetic and the parameters of the wrapper a cookie is set in.
//
//   { ...COOKIE_OPTIONS, maxAge: 60 * 60 * 24 * 90 }      maxAge: 7776000
//   expires: new Date(Date.now() + THIRTY_DAYS)           a date THIRTY_DAYS from now
//   secure: isProd ? true : false                         true or false

/** What a wrapper's parameters are bound to at the call being checked. */
export type Env = ReadonlyMap<ts.Node, Bound>;

/** An expression with the parameters it is evaluated under. */
export interface Bound {
  expr: ts.Expression;
  env: Env;
}

/** A number or a date; `now` counts how many "now"s it adds (`Date.now() + 3600_000`). */
export type Value =
  | { kind: 'number'; now: number; n: number }
  | { kind: 'date'; now: number; ms: number }
  | { kind: 'string'; s: string }
  | { kind: 'boolean'; b: boolean }
  | { kind: 'nullish' }
  | { kind: 'object'; object: ObjectValue };

/** What an object literal (and what it spreads) is known to hold. */
export interface ObjectValue {
  props: Map<string, Bound>;
  /** Whether every property is known: no spread of something unknown. */
  complete: boolean;
  /** Keys an unknown spread after them may have replaced. */
  uncertain: Set<string>;
}

/** One property of an options object: absent, present, or unknowable. */
export type Lookup = { state: 'absent' } | { state: 'unknown' } | { state: 'value'; bound: Bound };

export const EMPTY_ENV: Env = new Map();
const MAX_DEPTH = 12;

const DATE_ADDER_PATTERNS: readonly (CallPattern & { unit: number })[] = Object.entries(
  DATE_ADDERS,
).map(([member, unit]) => ({ modules: DATE_ADDER_MODULES, member, unit }));

/** Evaluates expressions to the values they can take; `undefined` when it cannot tell. */
export class Evaluator {
  constructor(
    private readonly t: TypeScriptApi,
    private readonly flow: FlowQueries,
  ) {}

  /** Strips parentheses, `as`, `satisfies`, `!` and `await` (the engine's own `unwrap`). */
  unwrap(expr: ts.Expression): ts.Expression {
    return unwrap(this.t, expr);
  }

  /** Every value an expression can take, or `undefined` when one of them is not known. */
  values(bound: Bound, depth = 0): Value[] | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const t = this.t;
    const e = this.unwrap(bound.expr);
    const env = bound.env;
    const next = (expr: ts.Expression, at: Env = env) => this.values({ expr, env: at }, depth + 1);
    if (t.isNumericLiteral(e)) return [{ kind: 'number', now: 0, n: Number(e.text) }];
    if (t.isStringLiteral(e) || t.isNoSubstitutionTemplateLiteral(e))
      return [{ kind: 'string', s: e.text }];
    if (e.kind === t.SyntaxKind.TrueKeyword) return [{ kind: 'boolean', b: true }];
    if (e.kind === t.SyntaxKind.FalseKeyword) return [{ kind: 'boolean', b: false }];
    if (e.kind === t.SyntaxKind.NullKeyword) return [{ kind: 'nullish' }];
    if (t.isVoidExpression(e)) return [{ kind: 'nullish' }];
    if (t.isObjectLiteralExpression(e))
      return [{ kind: 'object', object: this.object(e, env, depth) }];
    if (t.isConditionalExpression(e)) {
      const a = next(e.whenTrue);
      const b = next(e.whenFalse);
      return a && b ? [...a, ...b] : undefined;
    }
    if (t.isPrefixUnaryExpression(e)) {
      const inner = next(e.operand);
      if (!inner) return undefined;
      if (e.operator === t.SyntaxKind.MinusToken)
        return mapNumbers(inner, (v) => ({ kind: 'number', now: -v.now, n: -v.n }));
      if (e.operator === t.SyntaxKind.PlusToken) return mapNumbers(inner, (v) => v);
      if (e.operator === t.SyntaxKind.ExclamationToken) {
        const out: Value[] = [];
        for (const v of inner) {
          const truthy = truthiness(v);
          if (truthy === undefined) return undefined;
          out.push({ kind: 'boolean', b: !truthy });
        }
        return out;
      }
      return undefined;
    }
    if (t.isBinaryExpression(e)) return this.binary(e, env, depth);
    if (t.isIdentifier(e)) return this.identifier(e, env, depth);
    if (t.isPropertyAccessExpression(e) || t.isElementAccessExpression(e))
      return this.member(e, env, depth);
    if (t.isNewExpression(e) && t.isIdentifier(e.expression) && e.expression.text === 'Date') {
      const [arg, ...rest] = e.arguments ?? [];
      if (!arg) return [{ kind: 'date', now: 1, ms: 0 }];
      if (rest.length > 0) return undefined;
      const inner = next(arg);
      if (!inner) return undefined;
      const out: Value[] = [];
      for (const v of inner) {
        if (v.kind === 'number') out.push({ kind: 'date', now: v.now, ms: v.n });
        else if (v.kind === 'date') out.push(v);
        // new Date('2100-01-01'): a fixed date.
        else if (v.kind === 'string' && !Number.isNaN(Date.parse(v.s)))
          out.push({ kind: 'date', now: 0, ms: Date.parse(v.s) });
        else return undefined;
      }
      return out;
    }
    if (t.isCallExpression(e)) return this.call(e, env, depth);
    if (t.isTemplateExpression(e)) {
      let s = e.head.text;
      for (const span of e.templateSpans) {
        const inner = next(span.expression);
        const [only] = inner ?? [];
        if (!inner || inner.length !== 1 || !only) return undefined;
        if (only.kind === 'string') s += only.s;
        else if (only.kind === 'number' && only.now === 0) s += String(only.n);
        else return undefined;
        s += span.literal.text;
      }
      return [{ kind: 'string', s }];
    }
    return undefined;
  }

  /** An object literal's properties, spreads followed; later properties win. */
  object(literal: ts.ObjectLiteralExpression, env: Env, depth = 0): ObjectValue {
    const t = this.t;
    const out: ObjectValue = { props: new Map(), complete: true, uncertain: new Set() };
    const set = (key: string, bound: Bound) => {
      out.props.set(key, bound);
      out.uncertain.delete(key);
    };
    for (const property of literal.properties) {
      if (t.isPropertyAssignment(property)) {
        const key = propertyName(t, property.name);
        if (key === undefined) {
          out.complete = false;
          continue;
        }
        set(key, { expr: property.initializer, env });
      } else if (t.isShorthandPropertyAssignment(property)) {
        set(property.name.text, { expr: property.name, env });
      } else if (t.isSpreadAssignment(property)) {
        const spread = this.values({ expr: property.expression, env }, depth + 1);
        const [only] = spread ?? [];
        if (spread?.length === 1 && only?.kind === 'object') {
          for (const [key, bound] of only.object.props) set(key, bound);
          if (!only.object.complete) forget(out);
          for (const key of only.object.uncertain) {
            out.props.delete(key);
            out.uncertain.add(key);
          }
        } else if (spread?.length === 1 && only?.kind === 'nullish') {
          // `...undefined` adds nothing.
        } else forget(out);
      } else {
        // A method or an accessor: not an attribute.
      }
    }
    return out;
  }

  /** A property of an options object. */
  lookup(object: ObjectValue, key: string): Lookup {
    const bound = object.props.get(key);
    if (bound) return { state: 'value', bound };
    if (object.uncertain.has(key) || !object.complete) return { state: 'unknown' };
    return { state: 'absent' };
  }

  /** The object an expression is, when it is one object. */
  objectOf(bound: Bound): ObjectValue | undefined {
    const values = this.values(bound);
    const [only] = values ?? [];
    return values?.length === 1 && only?.kind === 'object' ? only.object : undefined;
  }

  private binary(e: ts.BinaryExpression, env: Env, depth: number): Value[] | undefined {
    const t = this.t;
    const op = e.operatorToken.kind;
    const left = this.values({ expr: e.left, env }, depth + 1);
    if (op === t.SyntaxKind.QuestionQuestionToken || op === t.SyntaxKind.BarBarToken) {
      // `a ?? b`: `a` when it is known to be there, else unknown.
      if (!left) return undefined;
      const keep = left.every((v) =>
        op === t.SyntaxKind.QuestionQuestionToken ? v.kind !== 'nullish' : truthiness(v) === true,
      );
      return keep ? left : undefined;
    }
    const right = this.values({ expr: e.right, env }, depth + 1);
    if (!left || !right) return undefined;
    if (
      op === t.SyntaxKind.EqualsEqualsEqualsToken ||
      op === t.SyntaxKind.ExclamationEqualsEqualsToken
    )
      return undefined;
    const out: Value[] = [];
    for (const a of left)
      for (const b of right) {
        const v = arithmetic(t, op, a, b);
        if (!v) return undefined;
        out.push(v);
      }
    return out;
  }

  private identifier(e: ts.Identifier, env: Env, depth: number): Value[] | undefined {
    const t = this.t;
    if (e.text === 'undefined') return [{ kind: 'nullish' }];
    if (e.text === 'Infinity') return [{ kind: 'number', now: 0, n: Infinity }];
    const decl = this.flow.declarationOf(e);
    if (!decl) return undefined;
    if (t.isParameter(decl)) {
      const bound = env.get(decl);
      if (bound) return this.values(bound, depth + 1);
      return undefined;
    }
    if (t.isVariableDeclaration(decl) && decl.initializer && t.isIdentifier(decl.name)) {
      const list = decl.parent;
      if (!t.isVariableDeclarationList(list) || (list.flags & t.NodeFlags.Const) === 0)
        return undefined;
      // `const sess = { cookie: {} }; if (prod) sess.cookie.secure = true;`: changed later.
      if (this.isMutated(decl)) return undefined;
      // A module's constant: the parameters of the wrapper do not reach it.
      return this.values({ expr: decl.initializer, env: EMPTY_ENV }, depth + 1);
    }
    if (t.isEnumMember(decl) && decl.initializer)
      return this.values({ expr: decl.initializer, env: EMPTY_ENV }, depth + 1);
    const text = this.flow.stringValue(e);
    return text === undefined ? undefined : [{ kind: 'string', s: text }];
  }

  private readonly mutated = new Map<ts.Node, boolean>();

  /**
   * Whether a constant's object is changed after it is made: a property assigned
   * (`options.secure = true`, `sess.cookie.maxAge = …`), deleted, or `Object.assign`ed to.
   */
  private isMutated(decl: ts.VariableDeclaration): boolean {
    const known = this.mutated.get(decl);
    if (known !== undefined) return known;
    const t = this.t;
    const name = decl.name;
    if (!t.isIdentifier(name)) return false;
    const rootOf = (e: ts.Expression): ts.Expression => {
      let current = this.unwrap(e);
      while (t.isPropertyAccessExpression(current) || t.isElementAccessExpression(current))
        current = this.unwrap(current.expression);
      return current;
    };
    const isOurs = (e: ts.Expression): boolean => {
      const root = rootOf(e);
      return (
        root !== this.unwrap(e) &&
        t.isIdentifier(root) &&
        root.text === name.text &&
        this.flow.declarationOf(root) === decl
      );
    };
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (
        t.isBinaryExpression(node) &&
        node.operatorToken.kind >= t.SyntaxKind.FirstAssignment &&
        node.operatorToken.kind <= t.SyntaxKind.LastAssignment &&
        isOurs(node.left)
      )
        found = true;
      else if (t.isDeleteExpression(node) && isOurs(node.expression)) found = true;
      else if (
        t.isCallExpression(node) &&
        t.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'assign' &&
        t.isIdentifier(node.expression.expression) &&
        node.expression.expression.text === 'Object'
      ) {
        const [target] = node.arguments;
        const root = target ? this.unwrap(target) : undefined;
        if (
          root &&
          t.isIdentifier(root) &&
          root.text === name.text &&
          this.flow.declarationOf(root) === decl
        )
          found = true;
        else if (root && isOurs(root)) found = true;
      }
      if (!found) t.forEachChild(node, visit);
    };
    visit(decl.getSourceFile());
    this.mutated.set(decl, found);
    return found;
  }

  private member(
    e: ts.PropertyAccessExpression | ts.ElementAccessExpression,
    env: Env,
    depth: number,
  ): Value[] | undefined {
    const t = this.t;
    const key = t.isPropertyAccessExpression(e)
      ? e.name.text
      : t.isStringLiteral(e.argumentExpression) || t.isNumericLiteral(e.argumentExpression)
        ? e.argumentExpression.text
        : undefined;
    if (key === undefined) return undefined;
    const objects = this.values({ expr: e.expression, env }, depth + 1);
    if (!objects) {
      const text = this.flow.stringValue(e);
      return text === undefined ? undefined : [{ kind: 'string', s: text }];
    }
    const out: Value[] = [];
    for (const v of objects) {
      if (v.kind !== 'object') return undefined;
      const found = this.lookup(v.object, key);
      if (found.state === 'unknown') return undefined;
      if (found.state === 'absent') out.push({ kind: 'nullish' });
      else {
        const inner = this.values(found.bound, depth + 1);
        if (!inner) return undefined;
        out.push(...inner);
      }
    }
    return out;
  }

  private call(e: ts.CallExpression, env: Env, depth: number): Value[] | undefined {
    const t = this.t;
    const callee = e.expression;
    const next = (expr: ts.Expression) => this.values({ expr, env }, depth + 1);
    // Date.now()
    if (
      t.isPropertyAccessExpression(callee) &&
      t.isIdentifier(callee.expression) &&
      callee.expression.text === 'Date' &&
      callee.name.text === 'now' &&
      e.arguments.length === 0
    )
      return [{ kind: 'number', now: 1, n: 0 }];
    if (t.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      // date.getTime(), date.valueOf(); date.toUTCString() for an `Expires=` attribute
      if (['getTime', 'valueOf', 'toUTCString', 'toGMTString', 'toISOString'].includes(method)) {
        const inner = next(callee.expression);
        if (!inner?.every((v) => v.kind === 'date')) return undefined;
        return method === 'getTime' || method === 'valueOf'
          ? inner.map((v): Value => ({ kind: 'number', now: v.now, n: v.ms }))
          : inner;
      }
      // Math.floor(x), Math.round(x), Math.ceil(x), Math.min/max
      if (t.isIdentifier(callee.expression) && callee.expression.text === 'Math') {
        const args = e.arguments.map((a) => next(a));
        if (args.some((a) => !a || a.length !== 1 || a[0]?.kind !== 'number' || a[0].now !== 0))
          return undefined;
        const ns = args.map((a) => (a?.[0]?.kind === 'number' ? a[0].n : 0));
        const fn = {
          floor: Math.floor,
          round: Math.round,
          ceil: Math.ceil,
          trunc: Math.trunc,
          min: Math.min,
          max: Math.max,
        }[method];
        return fn ? [{ kind: 'number', now: 0, n: fn(...(ns as [number])) }] : undefined;
      }
    }
    // Number('3600'), parseInt('3600')
    if (t.isIdentifier(callee) && ['Number', 'parseInt', 'parseFloat'].includes(callee.text)) {
      const [arg] = e.arguments;
      const inner = arg ? next(arg) : undefined;
      if (!inner || inner.length !== 1 || !inner[0]) return undefined;
      const v = inner[0];
      if (v.kind === 'number') return [v];
      if (v.kind === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v.s))
        return [{ kind: 'number', now: 0, n: Number(v.s) }];
      return undefined;
    }
    // ms('30d'): milliseconds
    if (this.flow.matchPatterns(e, DURATION_PARSERS)) {
      const [arg] = e.arguments;
      const inner = arg ? next(arg) : undefined;
      const [only] = inner ?? [];
      if (inner?.length !== 1 || only?.kind !== 'string') return undefined;
      const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]+)?\s*$/.exec(only.s);
      const unit = m
        ? (DURATION_UNITS[m[2] ?? 'ms'] ?? DURATION_UNITS[(m[2] ?? '').toLowerCase()])
        : undefined;
      if (!m || unit === undefined) return undefined;
      return [{ kind: 'number', now: 0, n: Number(m[1]) * unit * 1000 }];
    }
    // dayjs(), moment(): now
    if (e.arguments.length === 0 && this.flow.matchPatterns(e, DATE_LIBRARIES))
      return [{ kind: 'date', now: 1, ms: 0 }];
    // dayjs().add(30, 'day'), moment().subtract(1, 'minute'), .toDate()
    if (t.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      if (method === 'toDate' && e.arguments.length === 0) {
        const inner = next(callee.expression);
        return inner?.every((v) => v.kind === 'date') ? inner : undefined;
      }
      if ((method === 'add' || method === 'subtract') && e.arguments.length === 2) {
        const [amountArg, unitArg] = e.arguments;
        const base = next(callee.expression);
        const amount = amountArg ? next(amountArg) : undefined;
        const unitValue = unitArg ? next(unitArg) : undefined;
        const [b] = base ?? [];
        const [a] = amount ?? [];
        const [u] = unitValue ?? [];
        if (base?.length !== 1 || b?.kind !== 'date') return undefined;
        if (amount?.length !== 1 || a?.kind !== 'number' || a.now !== 0) return undefined;
        if (unitValue?.length !== 1 || u?.kind !== 'string') return undefined;
        const unit = DURATION_UNITS[u.s] ?? DURATION_UNITS[u.s.toLowerCase()];
        if (unit === undefined) return undefined;
        const sign = method === 'add' ? 1 : -1;
        return [{ kind: 'date', now: b.now, ms: b.ms + sign * a.n * unit * 1000 }];
      }
    }
    // addDays(new Date(), 30)
    const adder = this.flow.matchPatterns(e, DATE_ADDER_PATTERNS);
    if (adder) {
      const [date, amount] = e.arguments;
      const d = date ? next(date) : undefined;
      const a = amount ? next(amount) : undefined;
      const [dv] = d ?? [];
      const [av] = a ?? [];
      if (d?.length !== 1 || a?.length !== 1 || !dv || !av) return undefined;
      if (dv.kind !== 'date' || av.kind !== 'number' || av.now !== 0) return undefined;
      return [{ kind: 'date', now: dv.now, ms: dv.ms + av.n * adder.unit * 1000 }];
    }
    return undefined;
  }
}

/** The text of a property name. */
export function propertyName(t: TypeScriptApi, name: ts.PropertyName): string | undefined {
  if (t.isIdentifier(name) || t.isStringLiteral(name) || t.isNumericLiteral(name)) return name.text;
  if (t.isComputedPropertyName(name) && t.isStringLiteral(name.expression))
    return name.expression.text;
  return undefined;
}

/** Whether a value is truthy, when that is known. */
export function truthiness(v: Value): boolean | undefined {
  switch (v.kind) {
    case 'boolean':
      return v.b;
    case 'nullish':
      return false;
    case 'string':
      return v.s !== '';
    case 'number':
      return v.now === 0 ? v.n !== 0 : true;
    case 'date':
    case 'object':
      return true;
  }
}

function forget(out: ObjectValue): void {
  // An unknown spread: every key so far may have been replaced, and any other may be there.
  out.complete = false;
  for (const key of out.props.keys()) out.uncertain.add(key);
  out.props.clear();
}

function mapNumbers(
  values: readonly Value[],
  f: (v: Value & { kind: 'number' }) => Value,
): Value[] | undefined {
  const out: Value[] = [];
  for (const v of values) {
    if (v.kind !== 'number') return undefined;
    out.push(f(v));
  }
  return out;
}

function arithmetic(t: TypeScriptApi, op: ts.SyntaxKind, a: Value, b: Value): Value | undefined {
  const K = t.SyntaxKind;
  // A date plus a number of milliseconds (`new Date(...)` + ms is rare; `Date.now() + ms` is a number).
  if (a.kind === 'string' && b.kind === 'string' && op === K.PlusToken)
    return { kind: 'string', s: a.s + b.s };
  if (a.kind !== 'number' || b.kind !== 'number') return undefined;
  switch (op) {
    case K.PlusToken:
      return { kind: 'number', now: a.now + b.now, n: a.n + b.n };
    case K.MinusToken:
      return { kind: 'number', now: a.now - b.now, n: a.n - b.n };
    case K.AsteriskToken:
      if (a.now !== 0 && b.now !== 0) return undefined;
      return { kind: 'number', now: a.now * b.n + b.now * a.n, n: a.n * b.n };
    case K.SlashToken:
      if (b.now !== 0 || b.n === 0) return undefined;
      return { kind: 'number', now: a.now / b.n, n: a.n / b.n };
    case K.AsteriskAsteriskToken:
      if (a.now !== 0 || b.now !== 0) return undefined;
      return { kind: 'number', now: 0, n: a.n ** b.n };
    default:
      return undefined;
  }
}
