import { matchGlob } from '@pledge/policy';
import type ts from 'typescript';
import type { CallPattern } from '../catalog/types.js';
import { normalizeModule, packageOf, type FileModel } from './model.js';

/** Where a callee chain starts. */
export type Root =
  | { kind: 'module'; module: string }
  | { kind: 'global'; name: string }
  | { kind: 'local'; name: string };

/** A callee or receiver as an import-rooted member chain (see catalog/types.ts). */
export interface Qualified {
  root: Root;
  members: readonly string[];
  /** Calls and `new`s in the chain, outermost last: `axios.create({ baseURL })` for an axios instance. */
  factories: readonly (ts.CallExpression | ts.NewExpression)[];
}

const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);

/** Calls that return an instance of the class they are given (dependency injection). */
const INSTANCE_FACTORIES: readonly CallPattern[] = [
  { modules: ['@angular/core'], member: 'inject' },
  { modules: ['@nestjs/core'], member: 'get' },
];
const MAX_DEPTH = 12;

/** Computes qualified names; memoised per node. */
export class Qualifier {
  private readonly memo = new Map<ts.Node, Qualified | undefined>();
  private readonly active = new Set<ts.Node>();

  /**
   * @param isSdkModule Whether a package is a third party's SDK: the parameters of callbacks
   * it calls (`Sentry.withScope((scope) => …)`) are its objects.
   */
  constructor(
    private readonly model: FileModel,
    private readonly isSdkModule: (module: string) => boolean = () => false,
  ) {}

  qualify(expr: ts.Expression, depth = 0): Qualified | undefined {
    if (depth > MAX_DEPTH || this.active.has(expr)) return undefined;
    if (this.memo.has(expr)) return this.memo.get(expr);
    this.active.add(expr);
    const result = this.compute(expr, depth);
    this.active.delete(expr);
    this.memo.set(expr, result);
    return result;
  }

  private compute(node: ts.Expression, depth: number): Qualified | undefined {
    const t = this.model.ts;
    const expr = unwrap(t, node);
    if (t.isIdentifier(expr)) return this.qualifyIdentifier(expr, depth);
    if (expr.kind === t.SyntaxKind.ThisKeyword)
      return { root: { kind: 'local', name: 'this' }, members: [], factories: [] };
    if (t.isPropertyAccessExpression(expr)) {
      if (expr.expression.kind === t.SyntaxKind.ThisKeyword)
        return this.qualifyThisMember(expr, depth);
      const object = this.qualify(expr.expression, depth + 1);
      // `this.db.client.user.create()` where `DbService` holds `client = new PrismaClient()`: a
      // property of one of the project's own objects is what its declaration holds.
      if (object?.root.kind === 'local') {
        const held = this.declaredProperty(expr, depth);
        if (held) return held;
      }
      return this.extend(object, expr.name.text);
    }
    if (t.isElementAccessExpression(expr)) {
      const key = expr.argumentExpression;
      if (
        t.isStringLiteral(key) ||
        t.isNumericLiteral(key) ||
        t.isNoSubstitutionTemplateLiteral(key)
      ) {
        return this.extend(this.qualify(expr.expression, depth + 1), key.text);
      }
      return undefined;
    }
    // `globalForPrisma.prisma ?? new PrismaClient()`, `cond ? stripeLive : stripeTest`: the
    // side that names a package, if one does.
    if (
      t.isBinaryExpression(expr) &&
      (expr.operatorToken.kind === t.SyntaxKind.QuestionQuestionToken ||
        expr.operatorToken.kind === t.SyntaxKind.BarBarToken)
    ) {
      return this.either(expr.left, expr.right, depth);
    }
    if (t.isConditionalExpression(expr)) return this.either(expr.whenTrue, expr.whenFalse, depth);
    if (t.isCallExpression(expr) || t.isNewExpression(expr)) {
      // `require('knex')(config)`, `require('mixpanel').init(token)`: an import on the spot.
      const required = requiredModule(t, expr);
      if (required !== undefined)
        return { root: { kind: 'module', module: required }, members: [], factories: [] };
      const inner = this.qualify(expr.expression, depth + 1);
      if (!inner) return undefined;
      // `getStripe().customers.create(…)`: a function of the project that returns a client.
      if (inner.root.kind === 'local' && inner.members.length === 0 && t.isCallExpression(expr)) {
        const returned = this.returnedBy(expr.expression, depth);
        if (returned) return returned;
      }
      // Dependency-injection factories return an instance of their argument:
      // `inject(CookieService)` (Angular) is a CookieService.
      const injected = expr.arguments?.[0];
      if (injected && INSTANCE_FACTORIES.some((pattern) => matchPattern(pattern, inner))) {
        const instance = this.qualify(injected, depth + 1);
        if (instance)
          return {
            root: instance.root,
            members: [...instance.members, '()'],
            factories: [...instance.factories, expr],
          };
      }
      return {
        root: inner.root,
        members: [...inner.members, '()'],
        factories: [...inner.factories, expr],
      };
    }
    return undefined;
  }

  /** The qualified name of whichever side names a package (or a global), else the first known. */
  private either(a: ts.Expression, b: ts.Expression, depth: number): Qualified | undefined {
    const left = this.qualify(a, depth + 1);
    if (left?.root.kind === 'module') return left;
    const right = this.qualify(b, depth + 1);
    if (right?.root.kind === 'module') return right;
    return left ?? right;
  }

  /**
   * What a function of the project returns, when it returns a client: `function getStripe() {
   * return new Stripe(key) }`, `export const db = () => drizzle(pool)`; in this file or, with
   * type information, another.
   */
  private returnedBy(callee: ts.Expression, depth: number): Qualified | undefined {
    const t = this.model.ts;
    const target = unwrap(t, callee);
    if (!t.isIdentifier(target)) return undefined;
    const local = this.model.resolve(target);
    const link = local && this.model.importOf(local) ? this.model.link?.(target) : undefined;
    const decl: ts.Node | undefined = link ? link.decl : local;
    const owner = link ? link.analysis.qualifier : undefined;
    if (!decl) return undefined;
    const fn = functionOfDeclaration(t, decl);
    if (!fn?.body) return undefined;
    for (const value of returnedExpressions(t, fn)) {
      const q = (owner ?? this).qualify(value, depth + 1);
      if (q && q.root.kind !== 'local') return q;
    }
    return undefined;
  }

  /**
   * With type information: what a property of a project object holds, read from its
   * declaration (a class field's initializer or constructor assignment, an object literal's
   * property), in this file or another.
   */
  private declaredProperty(
    expr: ts.PropertyAccessExpression,
    depth: number,
  ): Qualified | undefined {
    const checker = this.model.checker;
    if (!checker) return undefined;
    const t = this.model.ts;
    const link = this.model.link?.(expr.name);
    const local = link ? undefined : checker.getSymbolAtLocation(expr.name)?.valueDeclaration;
    const decl =
      link?.decl ?? (local?.getSourceFile() === this.model.sourceFile ? local : undefined);
    if (!decl) return undefined;
    const owner = link ? link.analysis.qualifier : this.self();
    if (t.isPropertyDeclaration(decl) && !decl.initializer && t.isIdentifier(decl.name)) {
      const cls = decl.parent;
      if (t.isClassLike(cls))
        return owner.assignedInConstructor(cls, decl.name.text, expr, depth + 1);
      return undefined;
    }
    if (t.isPropertyDeclaration(decl) || t.isPropertyAssignment(decl)) {
      const q = decl.initializer ? owner.qualify(decl.initializer, depth + 1) : undefined;
      return q && q.root.kind !== 'local' ? q : undefined;
    }
    return undefined;
  }

  /**
   * The qualified name of a declaration of this file that another file imports: a variable's
   * value or declared type, a class's base, a default export.
   */
  qualifyDeclaration(decl: ts.Node, depth = 0): Qualified | undefined {
    const t = this.model.ts;
    if (depth > MAX_DEPTH) return undefined;
    if (
      (t.isVariableDeclaration(decl) || t.isClassDeclaration(decl)) &&
      decl.name &&
      t.isIdentifier(decl.name)
    ) {
      const q = this.qualifyIdentifier(decl.name, depth + 1);
      return q.root.kind === 'local' ? undefined : q;
    }
    if (t.isBindingElement(decl)) return this.qualifyBindingElement(decl, depth + 1);
    if (t.isExportAssignment(decl)) return this.qualify(decl.expression, depth + 1);
    if (t.isPropertyDeclaration(decl) && decl.initializer)
      return this.qualify(decl.initializer, depth + 1);
    return undefined;
  }

  private extend(q: Qualified | undefined, member: string): Qualified | undefined {
    if (!q) return undefined;
    // window.analytics → the global `analytics`
    if (q.root.kind === 'global' && GLOBAL_OBJECTS.has(q.root.name) && q.members.length === 0) {
      return { root: { kind: 'global', name: member }, members: [], factories: q.factories };
    }
    return { root: q.root, members: [...q.members, member], factories: q.factories };
  }

  private qualifyIdentifier(id: ts.Identifier, depth: number): Qualified {
    const t = this.model.ts;
    // Types and declarations can refer to each other in a circle (`let response: Response`
    // where `Response` is a variable typed by it): the walk stops at a depth, as `qualify` does.
    if (depth > MAX_DEPTH)
      return { root: { kind: 'local', name: id.text }, members: [], factories: [] };
    const decl = this.model.resolve(id);
    if (!decl) return { root: { kind: 'global', name: id.text }, members: [], factories: [] };
    const binding = this.model.importOf(decl);
    if (binding) {
      // `import { db } from './db.js'`: a module of this project, not a package. With type
      // information, what it holds is read from its declaration there (`export const db = new
      // PrismaClient()`); else the fallback for untyped locals applies, by name.
      const link = this.model.link?.(id);
      const linked = link
        ? link.analysis.qualifier.qualifyDeclaration(link.decl, depth + 1)
        : undefined;
      if (linked) return linked;
      if (isProjectModule(binding.module) || link) {
        const local: Qualified = {
          root: { kind: 'local', name: id.text },
          members: [],
          factories: [],
        };
        return this.fromChecker(id) ?? local;
      }
      const members = binding.name === 'default' || binding.name === '*' ? [] : [binding.name];
      return { root: { kind: 'module', module: binding.module }, members, factories: [] };
    }
    // `const x = …`; `let client: Client | undefined; … client ??= new Client()`: what is
    // assigned, the first that names a package, or the declared type.
    if (t.isVariableDeclaration(decl) && t.isIdentifier(decl.name)) {
      const initial = decl.initializer ? this.qualify(decl.initializer, depth + 1) : undefined;
      if (initial?.root.kind === 'module') return initial;
      for (const value of this.model.assignmentsTo(decl)) {
        if (t.isBinaryExpression(value.parent) && value.parent.right === value) {
          const q = this.qualify(value, depth + 1);
          if (q?.root.kind === 'module') return q;
        }
      }
      return initial ?? this.fromType(decl, id.text, depth);
    }
    if (t.isBindingElement(decl)) {
      const q = this.qualifyBindingElement(decl, depth);
      if (q) return q;
    }
    if (t.isParameter(decl))
      return (
        this.promisedModule(decl, depth) ??
        this.sdkCallbackParameter(decl, depth) ??
        this.fromType(decl, id.text, depth)
      );
    // `class Card extends Model {}`: `Card.init(...)` and `new Card()` are the base's.
    if (t.isClassDeclaration(decl)) {
      const base = decl.heritageClauses?.find(
        (clause) => clause.token === t.SyntaxKind.ExtendsKeyword,
      )?.types[0]?.expression;
      const q = base ? this.qualify(base, depth + 1) : undefined;
      if (q?.root.kind === 'module') return q;
    }
    return { root: { kind: 'local', name: id.text }, members: [], factories: [] };
  }

  /** `const { a } = X` → X.a; `const [, set] = X` → X.1; `import('m').then(({ a }) => …)` → m.a. */
  private qualifyBindingElement(element: ts.BindingElement, depth: number): Qualified | undefined {
    const t = this.model.ts;
    const pattern = element.parent;
    const owner = pattern.parent;
    let source: Qualified | undefined;
    if (t.isVariableDeclaration(owner) && owner.initializer)
      source = this.qualify(owner.initializer, depth + 1);
    else if (t.isParameter(owner)) source = this.promisedModule(owner, depth);
    if (!source) return undefined;
    if (t.isArrayBindingPattern(pattern)) {
      return this.extend(source, String(pattern.elements.indexOf(element)));
    }
    const key = element.propertyName ?? element.name;
    // `{ default: posthog }` of a module is the module's default export.
    if (
      source.root.kind === 'module' &&
      source.members.length === 0 &&
      t.isIdentifier(key) &&
      key.text === 'default'
    )
      return source;
    if (t.isIdentifier(key) || t.isStringLiteral(key)) return this.extend(source, key.text);
    return undefined;
  }

  /**
   * A parameter of a callback an SDK calls: `Sentry.withScope((scope) => scope.setUser(u))` —
   * the SDK's own object.
   */
  private sdkCallbackParameter(
    param: ts.ParameterDeclaration,
    depth: number,
  ): Qualified | undefined {
    const t = this.model.ts;
    const fn = param.parent;
    const call = fn.parent;
    if (!(t.isArrowFunction(fn) || t.isFunctionExpression(fn))) return undefined;
    if (!t.isCallExpression(call) || !call.arguments.some((arg) => arg === fn)) return undefined;
    const callee = this.qualify(call.expression, depth + 1);
    if (callee?.root.kind !== 'module' || !this.isSdkModule(callee.root.module)) return undefined;
    return { root: callee.root, members: [...callee.members, '()'], factories: [] };
  }

  /** The parameter of `import('m').then((mod) => …)`: the module. */
  private promisedModule(param: ts.ParameterDeclaration, depth: number): Qualified | undefined {
    const t = this.model.ts;
    const fn = param.parent;
    const call = fn.parent;
    if (
      !t.isCallExpression(call) ||
      call.arguments[0] !== fn ||
      !t.isPropertyAccessExpression(call.expression) ||
      call.expression.name.text !== 'then'
    )
      return undefined;
    const source = this.qualify(call.expression.expression, depth + 1);
    return source?.root.kind === 'module' && source.members.length === 0 ? source : undefined;
  }

  /**
   * A parameter or variable with a declared type: `res: Response` (express) → module `express`,
   * `Response.()`. With a type checker, a type declared in `node_modules` names its package.
   */
  private fromType(
    decl: ts.ParameterDeclaration | ts.VariableDeclaration,
    name: string,
    depth: number,
  ): Qualified {
    const t = this.model.ts;
    const local: Qualified = { root: { kind: 'local', name }, members: [], factories: [] };
    let type = decl.type;
    // `Client | undefined`, `Client | null`: the client.
    if (type && t.isUnionTypeNode(type))
      type = type.types.find((member) => t.isTypeReferenceNode(member));
    if (type && t.isTypeReferenceNode(type)) {
      const typeName = type.typeName;
      const head = t.isIdentifier(typeName) ? typeName : leftmost(t, typeName);
      const q = this.qualifyIdentifier(head, depth + 1);
      if (q.root.kind === 'module') {
        const tail = t.isIdentifier(typeName) ? [] : rightNames(t, typeName);
        return { root: q.root, members: [...q.members, ...tail, '()'], factories: [] };
      }
      // A global type (`cookies: Map<string, string>`, `headers: Headers`): an instance of
      // that global, so name-based fallbacks for untyped parameters do not apply.
      if (q.root.kind === 'global' && q.members.length === 0) {
        return { root: q.root, members: ['()'], factories: [] };
      }
    }
    return this.fromChecker(decl) ?? local;
  }

  /** With a type checker: a value whose type is declared in a package is an instance of it. */
  private fromChecker(node: ts.Node): Qualified | undefined {
    const checker = this.model.checker;
    if (checker) {
      const symbol = checker.getTypeAtLocation(node).getSymbol();
      const file = symbol?.declarations?.[0]?.getSourceFile().fileName;
      const module = file ? packageFromPath(file) : undefined;
      if (module && symbol)
        return {
          root: { kind: 'module', module },
          members: [symbol.getName(), '()'],
          factories: [],
        };
    }
    return undefined;
  }

  private self(): this {
    return this;
  }

  /** `constructor() { this.api = axios.create({ baseURL }) }`: what the constructor assigns. */
  assignedInConstructor(
    cls: ts.ClassLikeDeclaration,
    name: string,
    expr: ts.Expression,
    depth: number,
  ): Qualified | undefined {
    const t = this.model.ts;
    const constructor = cls.members.find((m) => t.isConstructorDeclaration(m));
    if (!constructor) return undefined;
    let assigned: Qualified | undefined;
    const visit = (node: ts.Node): void => {
      if (assigned) return;
      if (
        t.isBinaryExpression(node) &&
        node.operatorToken.kind === t.SyntaxKind.EqualsToken &&
        t.isPropertyAccessExpression(node.left) &&
        node.left.expression.kind === t.SyntaxKind.ThisKeyword &&
        node.left.name.text === name &&
        node.right !== expr
      ) {
        const q = this.qualify(node.right, depth + 1);
        if (q && q.root.kind !== 'local') assigned = q;
      }
      if (!t.isFunctionLike(node) || node === constructor) t.forEachChild(node, visit);
    };
    visit(constructor);
    return assigned;
  }

  /** `this.cookieService` → the class field's initializer or declared type. */
  private qualifyThisMember(expr: ts.PropertyAccessExpression, depth: number): Qualified {
    const t = this.model.ts;
    const name = expr.name.text;
    const fallback: Qualified = {
      root: { kind: 'local', name: `this.${name}` },
      members: [],
      factories: [],
    };
    const cls = t.findAncestor(expr.parent, (node) => t.isClassLike(node));
    if (!cls || !t.isClassLike(cls)) return fallback;
    const assigned = this.assignedInConstructor(cls, name, expr, depth);
    if (assigned) return assigned;
    for (const member of cls.members) {
      if (
        t.isPropertyDeclaration(member) &&
        t.isIdentifier(member.name) &&
        member.name.text === name
      ) {
        if (member.initializer) return this.qualify(member.initializer, depth + 1) ?? fallback;
        if (
          member.type &&
          t.isTypeReferenceNode(member.type) &&
          t.isIdentifier(member.type.typeName)
        ) {
          const q = this.qualifyIdentifier(member.type.typeName, depth + 1);
          if (q.root.kind === 'module')
            return { root: q.root, members: [...q.members, '()'], factories: [] };
        }
      }
      if (t.isConstructorDeclaration(member)) {
        for (const param of member.parameters) {
          if (t.isIdentifier(param.name) && param.name.text === name) {
            const q = this.fromType(param, `this.${name}`, depth + 1);
            return q.root.kind === 'module' ? q : fallback;
          }
        }
      }
    }
    return fallback;
  }
}

/** `require('m')` → `m`. */
function requiredModule(
  t: typeof ts,
  expr: ts.CallExpression | ts.NewExpression,
): string | undefined {
  const arg = expr.arguments?.[0];
  // `await import('posthog-js')`: a dynamic import.
  if (t.isCallExpression(expr) && expr.expression.kind === t.SyntaxKind.ImportKeyword)
    return arg && t.isStringLiteral(arg) ? normalizeModule(arg.text) : undefined;
  return t.isCallExpression(expr) &&
    t.isIdentifier(expr.expression) &&
    expr.expression.text === 'require' &&
    arg &&
    t.isStringLiteral(arg)
    ? normalizeModule(arg.text)
    : undefined;
}

/**
 * The function a declaration names: `function f() {}` or a method with a body, `const f = () =>
 * {}`, a property or property assignment holding a function, or the function itself.
 */
export function functionOfDeclaration(
  t: typeof ts,
  decl: ts.Node,
): ts.FunctionLikeDeclaration | undefined {
  if (t.isFunctionDeclaration(decl) || t.isMethodDeclaration(decl))
    return decl.body ? decl : undefined;
  if (
    (t.isVariableDeclaration(decl) ||
      t.isPropertyDeclaration(decl) ||
      t.isPropertyAssignment(decl)) &&
    decl.initializer
  ) {
    const init = unwrap(t, decl.initializer);
    if (t.isArrowFunction(init) || t.isFunctionExpression(init)) return init;
  }
  if (t.isArrowFunction(decl) || t.isFunctionExpression(decl)) return decl;
  return undefined;
}

/** The expressions a function returns: its `return`s (not a nested function's), or an arrow's body. */
export function returnedExpressions(t: typeof ts, fn: ts.SignatureDeclaration): ts.Expression[] {
  const body = (fn as ts.FunctionLikeDeclarationBase).body;
  if (!body) return [];
  if (!t.isBlock(body)) return [body];
  const returned: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (t.isReturnStatement(node) && node.expression) returned.push(node.expression);
    if (!t.isFunctionLike(node)) t.forEachChild(node, visit);
  };
  t.forEachChild(body, visit);
  return returned;
}

/** The value of a numeric literal, negative ones included (`-4`). */
export function numericValue(t: typeof ts, node: ts.Expression): number | undefined {
  const u = unwrap(t, node);
  if (t.isNumericLiteral(u)) return Number(u.text);
  if (
    t.isPrefixUnaryExpression(u) &&
    u.operator === t.SyntaxKind.MinusToken &&
    t.isNumericLiteral(u.operand)
  )
    return -Number(u.operand.text);
  return undefined;
}

/** A specifier of the project's own code: relative, absolute, or a path alias (`@/lib/db`, `~/db`, `#db`). */
export function isProjectModule(specifier: string): boolean {
  return /^(\.{1,2}\/|\/|@\/|~\/|#)/.test(specifier) || specifier === '.' || specifier === '..';
}

/** Whether a qualified name matches a catalog pattern. */
export function matchPattern(pattern: CallPattern, q: Qualified): boolean {
  if (!matchRoot(pattern, q.root)) return false;
  return matchMembers(pattern.member, q.members);
}

function matchRoot(pattern: CallPattern, root: Root): boolean {
  switch (root.kind) {
    case 'module':
      return (
        pattern.modules?.some(
          (m) => m === '*' || m === root.module || m === packageOf(root.module),
        ) ?? false
      );
    case 'global':
      return pattern.globals?.some((g) => g === '*' || g === root.name) ?? false;
    case 'local':
      return pattern.locals?.some((glob) => matchGlob(glob, root.name)) ?? false;
  }
}

const memberCache = new Map<string, readonly string[]>();

function matchMembers(member: string, members: readonly string[]): boolean {
  let parts = memberCache.get(member);
  if (!parts) {
    parts = member === '' ? [] : member.split('.');
    memberCache.set(member, parts);
  }
  if (parts.length === 0) return members.length === 0;
  if (parts.length > members.length) return false;
  const offset = members.length - parts.length;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const actual = members[offset + i] ?? '';
    if (
      part === '*'
        ? actual === '()' || actual === ''
        : !(part === actual || (part.includes('*') && matchGlob(part, actual)))
    ) {
      return false;
    }
  }
  return true;
}

/** Strips parentheses, `await`, `as`, `!`, `satisfies` and type assertions. */
export function unwrap(t: typeof ts, node: ts.Expression): ts.Expression {
  let current = node;
  for (;;) {
    if (
      t.isParenthesizedExpression(current) ||
      t.isAwaitExpression(current) ||
      t.isAsExpression(current) ||
      t.isNonNullExpression(current) ||
      t.isSatisfiesExpression(current) ||
      t.isTypeAssertionExpression(current)
    ) {
      current = current.expression;
    } else return current;
  }
}

function leftmost(t: typeof ts, name: ts.QualifiedName): ts.Identifier {
  let current: ts.EntityName = name;
  while (t.isQualifiedName(current)) current = current.left;
  return current;
}

function rightNames(t: typeof ts, name: ts.QualifiedName): string[] {
  const names: string[] = [];
  let current: ts.EntityName = name;
  while (t.isQualifiedName(current)) {
    names.unshift(current.right.text);
    current = current.left;
  }
  return names;
}

/** `/x/node_modules/@types/express-serve-static-core/index.d.ts` → `express-serve-static-core`. */
export function packageFromPath(fileName: string): string | undefined {
  const index = fileName.lastIndexOf('/node_modules/');
  if (index === -1) return undefined;
  const rest = fileName.slice(index + '/node_modules/'.length).split('/');
  let name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : rest[0];
  if (name?.startsWith('@types/')) {
    const bare = name.slice('@types/'.length);
    name = bare.includes('__') ? `@${bare.replace('__', '/')}` : bare;
  }
  if (name === 'typescript' || name === 'express-serve-static-core') {
    return name === 'typescript' ? undefined : 'express';
  }
  return name;
}

/**
 * A catalog indexed by the last member of its patterns, so a call is matched only against
 * entries that could match it (a per-call scan of every pattern is the engine's hot loop).
 * Order is kept: where the first matching entry wins, it still does.
 */
export class PatternIndex<T> {
  private readonly byLast = new Map<string, number[]>();
  private readonly anywhere: number[] = [];
  private readonly cache = new Map<string, readonly T[]>();

  constructor(
    private readonly entries: readonly T[],
    private readonly patternsOf: (entry: T) => readonly CallPattern[],
  ) {
    entries.forEach((entry, index) => {
      for (const pattern of patternsOf(entry)) {
        const last = pattern.member.split('.').at(-1) ?? '';
        if (last === '*' || last.includes('*')) {
          this.anywhere.push(index);
        } else {
          const list = this.byLast.get(last);
          if (list) list.push(index);
          else this.byLast.set(last, [index]);
        }
      }
    });
  }

  /** The first entry (in catalog order) one of whose patterns matches. */
  first(q: Qualified): T | undefined {
    return this.candidates(q).find((entry) =>
      this.patternsOf(entry).some((pattern) => matchPattern(pattern, q)),
    );
  }

  /** Entries that may match a qualified name, in catalog order. */
  candidates(q: Qualified): readonly T[] {
    const last = q.members.at(-1) ?? '';
    let found = this.cache.get(last);
    if (!found) {
      const indexes = new Set([...(this.byLast.get(last) ?? []), ...this.anywhere]);
      found = [...indexes].sort((a, b) => a - b).map((i) => this.entries[i] as T);
      this.cache.set(last, found);
    }
    return found;
  }
}
