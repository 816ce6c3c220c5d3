import { packageRoot } from '@pledge/policy';
import type ts from 'typescript';
import type { TypeScriptApi } from '../types.js';
import type { FileAnalysis } from './analysis.js';

// One walk over a file collects everything the detectors need: scopes and declarations,
// imports, calls, `new` expressions, assignments, decorated classes and JSX attributes.
// Nothing else walks the AST again; detectors look things up here.

/** What an import binding refers to. `name` is `default`, `*` or the exported name. */
export interface ImportBinding {
  module: string;
  name: string;
}

export type Declaration =
  | ts.VariableDeclaration
  | ts.ParameterDeclaration
  | ts.BindingElement
  | ts.FunctionDeclaration
  | ts.ClassDeclaration
  | ts.EnumDeclaration
  | ts.ImportSpecifier
  | ts.ImportClause
  | ts.NamespaceImport
  | ts.ImportEqualsDeclaration;

/** A declaration in another file of the project, with that file's analysis (see `FileModel.link`). */
export interface LinkedDeclaration {
  decl: ts.Declaration;
  analysis: FileAnalysis;
}

export class FileModel {
  /**
   * With type information: the declaration in another project file that a node refers to
   * (an import of the project's own module, a workspace package's source). Set by the file's
   * analysis; absent without a type checker.
   */
  link: ((node: ts.Node) => LinkedDeclaration | undefined) | undefined;
  readonly calls: (ts.CallExpression | ts.NewExpression)[] = [];
  readonly assignments: ts.BinaryExpression[] = [];
  readonly classes: ts.ClassLikeDeclaration[] = [];
  readonly jsxAttributes: ts.JsxAttribute[] = [];
  readonly taggedTemplates: ts.TaggedTemplateExpression[] = [];
  readonly stringLiterals: (
    ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression
  )[] = [];
  /** Every node, in source order, from the one walk: `nodesOfKind` indexes it without walking again. */
  private readonly nodes: ts.Node[] = [];
  /** Every node by kind (an array indexed by `SyntaxKind`), built on first use for rules that listen on syntax (`defineRule` visitors). */
  private nodesByKind: (ts.Node[] | undefined)[] | undefined;
  private readonly scopes = new Map<ts.Node, Map<string, Declaration>>();
  private readonly imports = new Map<Declaration, ImportBinding>();
  private assignmentIndex: Map<Declaration, ts.Expression[]> | undefined;
  private callIndex: Map<Declaration, (ts.CallExpression | ts.NewExpression)[]> | undefined;
  private methodCallIndex: Map<string, (ts.CallExpression | ts.NewExpression)[]> | undefined;

  constructor(
    readonly ts: TypeScriptApi,
    readonly sourceFile: ts.SourceFile,
    readonly checker: ts.TypeChecker | undefined,
  ) {
    const nodes = this.nodes;
    const visit = (node: ts.Node): void => {
      nodes.push(node);
      this.collect(node);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }

  /**
   * The nodes of a syntax kind, in source order. All kinds are indexed at the first call, from
   * the nodes the constructor's walk listed, into an array by kind: a second walk into a `Map`
   * added 62% to the walk itself on outline's 2,145 TypeScript files, this adds 37%
   * (docs/performance.md).
   */
  nodesOfKind(kind: ts.SyntaxKind): readonly ts.Node[] {
    if (!this.nodesByKind) {
      const index: (ts.Node[] | undefined)[] = [];
      for (const node of this.nodes) (index[node.kind] ??= []).push(node);
      this.nodesByKind = index;
    }
    return this.nodesByKind[kind] ?? [];
  }

  private collect(node: ts.Node): void {
    const t = this.ts;
    switch (node.kind) {
      case t.SyntaxKind.CallExpression:
        this.calls.push(node as ts.CallExpression);
        this.collectRequire(node as ts.CallExpression);
        break;
      case t.SyntaxKind.NewExpression:
        this.calls.push(node as ts.NewExpression);
        break;
      case t.SyntaxKind.BinaryExpression: {
        const binary = node as ts.BinaryExpression;
        const op = binary.operatorToken.kind;
        if (
          op === t.SyntaxKind.EqualsToken ||
          op === t.SyntaxKind.PlusEqualsToken ||
          op === t.SyntaxKind.QuestionQuestionEqualsToken ||
          op === t.SyntaxKind.BarBarEqualsToken
        ) {
          this.assignments.push(binary);
        }
        break;
      }
      case t.SyntaxKind.ClassDeclaration:
      case t.SyntaxKind.ClassExpression:
        this.classes.push(node as ts.ClassLikeDeclaration);
        if (t.isClassDeclaration(node) && node.name) this.bind(node.name.text, node);
        break;
      case t.SyntaxKind.JsxAttribute:
        this.jsxAttributes.push(node as ts.JsxAttribute);
        break;
      case t.SyntaxKind.TaggedTemplateExpression:
        this.taggedTemplates.push(node as ts.TaggedTemplateExpression);
        break;
      case t.SyntaxKind.StringLiteral:
      case t.SyntaxKind.NoSubstitutionTemplateLiteral:
      case t.SyntaxKind.TemplateExpression:
        this.stringLiterals.push(node as ts.StringLiteral);
        break;
      case t.SyntaxKind.VariableDeclaration:
        this.bindName((node as ts.VariableDeclaration).name, node as ts.VariableDeclaration);
        break;
      case t.SyntaxKind.Parameter:
        this.bindName((node as ts.ParameterDeclaration).name, node as ts.ParameterDeclaration);
        break;
      case t.SyntaxKind.FunctionDeclaration: {
        const fn = node as ts.FunctionDeclaration;
        if (fn.name) this.bind(fn.name.text, fn);
        break;
      }
      case t.SyntaxKind.EnumDeclaration:
        this.bind((node as ts.EnumDeclaration).name.text, node as ts.EnumDeclaration);
        break;
      case t.SyntaxKind.ImportDeclaration:
        this.collectImport(node as ts.ImportDeclaration);
        break;
      case t.SyntaxKind.ImportEqualsDeclaration: {
        const decl = node as ts.ImportEqualsDeclaration;
        const ref = decl.moduleReference;
        if (t.isExternalModuleReference(ref) && t.isStringLiteral(ref.expression)) {
          this.bind(decl.name.text, decl);
          this.imports.set(decl, { module: normalizeModule(ref.expression.text), name: '*' });
        }
        break;
      }
      default:
        break;
    }
  }

  private collectImport(decl: ts.ImportDeclaration): void {
    const t = this.ts;
    if (!t.isStringLiteral(decl.moduleSpecifier) || !decl.importClause) return;
    const module = normalizeModule(decl.moduleSpecifier.text);
    const clause = decl.importClause;
    if (clause.name) {
      this.bind(clause.name.text, clause);
      this.imports.set(clause, { module, name: 'default' });
    }
    const named = clause.namedBindings;
    if (named && t.isNamespaceImport(named)) {
      this.bind(named.name.text, named);
      this.imports.set(named, { module, name: '*' });
    } else if (named) {
      for (const element of named.elements) {
        this.bind(element.name.text, element);
        this.imports.set(element, { module, name: (element.propertyName ?? element.name).text });
      }
    }
  }

  /** `const x = require('m')`, `const { a } = require('m')`: recorded as imports. */
  private collectRequire(call: ts.CallExpression): void {
    const t = this.ts;
    if (!t.isIdentifier(call.expression) || call.expression.text !== 'require') return;
    const arg = call.arguments[0];
    if (!arg || !t.isStringLiteral(arg)) return;
    const module = normalizeModule(arg.text);
    let parent = call.parent;
    let member: string | undefined;
    // require('m').default / require('m').x
    if (t.isPropertyAccessExpression(parent) && parent.expression === call) {
      member = parent.name.text;
      parent = parent.parent;
    }
    if (!t.isVariableDeclaration(parent) || parent.initializer === undefined) return;
    if (t.isIdentifier(parent.name)) {
      this.imports.set(parent, { module, name: member ?? '*' });
    } else if (t.isObjectBindingPattern(parent.name)) {
      for (const element of parent.name.elements) {
        const key = element.propertyName ?? element.name;
        if (t.isIdentifier(key) || t.isStringLiteral(key)) {
          this.imports.set(element, { module, name: key.text });
        }
      }
    }
  }

  private bindName(
    name: ts.BindingName,
    decl: ts.VariableDeclaration | ts.ParameterDeclaration,
  ): void {
    const t = this.ts;
    if (t.isIdentifier(name)) {
      this.bind(name.text, decl, t.isParameter(decl) ? decl.parent : undefined);
      return;
    }
    const scopeOwner = t.isParameter(decl) ? decl.parent : undefined;
    const walk = (pattern: ts.BindingPattern): void => {
      for (const element of pattern.elements) {
        if (t.isOmittedExpression(element)) continue;
        if (t.isIdentifier(element.name)) this.bind(element.name.text, element, scopeOwner);
        else walk(element.name);
      }
    };
    walk(name);
  }

  private bind(name: string, decl: Declaration, scopeOwner?: ts.Node): void {
    const scope = scopeOwner ?? this.scopeOf(decl);
    let map = this.scopes.get(scope);
    if (!map) {
      map = new Map();
      this.scopes.set(scope, map);
    }
    if (!map.has(name)) map.set(name, decl);
  }

  /** The node whose scope a declaration belongs to. */
  private scopeOf(node: ts.Node): ts.Node {
    const t = this.ts;
    // A function declaration's name is bound in the enclosing scope, not its own.
    let current: ts.Node =
      t.isFunctionDeclaration(node) || t.isClassDeclaration(node) ? node.parent : node.parent;
    while (!isScope(t, current)) current = current.parent;
    return current;
  }

  /** The declaration an identifier refers to in this file, if any. */
  resolve(identifier: ts.Identifier): Declaration | undefined {
    const name = identifier.text;
    let current: ts.Node | undefined = identifier.parent;
    // `parent` is undefined above the source file, whatever the declared type says.
    while (current as ts.Node | undefined) {
      if (isScope(this.ts, current)) {
        const found = this.scopes.get(current)?.get(name);
        if (found) return found;
      }
      current = current.parent;
    }
    return undefined;
  }

  importOf(decl: Declaration): ImportBinding | undefined {
    return this.imports.get(decl);
  }

  /** Expressions assigned to a declaration after it was declared (`x = ...`). */
  /** Whether a variable is ever reassigned (`x = …`, `x += …`): then its initializer is not its value. */
  isReassigned(decl: Declaration): boolean {
    if (!this.reassigned) {
      this.reassigned = new Set();
      for (const assignment of this.assignments) {
        if (!this.ts.isIdentifier(assignment.left)) continue;
        const target = this.resolve(assignment.left);
        if (target) this.reassigned.add(target);
      }
    }
    return this.reassigned.has(decl);
  }

  private reassigned: Set<Declaration> | undefined;

  /** Everything put into a variable after its declaration: reassignments, property writes, `push`. */
  assignmentsTo(decl: Declaration): readonly ts.Expression[] {
    if (!this.assignmentIndex) {
      this.assignmentIndex = new Map();
      const index = this.assignmentIndex;
      const add = (target: ts.Expression, value: ts.Expression): void => {
        // `x = v`, `x.prop = v`, `x['k'] = v`: all of them put `v` into `x`.
        let root = target;
        while (this.ts.isPropertyAccessExpression(root) || this.ts.isElementAccessExpression(root))
          root = root.expression;
        if (!this.ts.isIdentifier(root)) return;
        const decl = this.resolve(root);
        if (!decl) return;
        const list = index.get(decl);
        if (list) list.push(value);
        else index.set(decl, [value]);
      };
      for (const assignment of this.assignments) add(assignment.left, assignment.right);
      // `rows.push(v)`, `list.unshift(v)`, `set.add(v)`: mutations that add data to a container.
      for (const call of this.calls) {
        const callee = call.expression;
        if (!this.ts.isCallExpression(call) || !this.ts.isPropertyAccessExpression(callee))
          continue;
        const method = callee.name.text;
        const parameters =
          method === 'set' || method === 'append'
            ? isParameterBag(this.ts, callee.expression)
            : false;
        if (!MUTATORS.has(method) && !parameters) continue;
        for (const arg of call.arguments) add(callee.expression, arg);
      }
    }
    return this.assignmentIndex.get(decl) ?? [];
  }

  /** Calls in this file of a method with this name (`x.save(...)`, `this.save(...)`). */
  methodCalls(name: string): readonly (ts.CallExpression | ts.NewExpression)[] {
    if (!this.methodCallIndex) {
      this.methodCallIndex = new Map();
      for (const call of this.calls) {
        const callee = call.expression;
        if (!this.ts.isCallExpression(call) || !this.ts.isPropertyAccessExpression(callee))
          continue;
        const list = this.methodCallIndex.get(callee.name.text);
        if (list) list.push(call);
        else this.methodCallIndex.set(callee.name.text, [call]);
      }
    }
    return this.methodCallIndex.get(name) ?? [];
  }

  /** Calls in this file whose callee is the identifier bound to `decl`. */
  callsTo(decl: Declaration): readonly (ts.CallExpression | ts.NewExpression)[] {
    if (!this.callIndex) {
      this.callIndex = new Map();
      for (const call of this.calls) {
        const callee = call.expression;
        const id = this.ts.isIdentifier(callee)
          ? callee
          : this.ts.isPropertyAccessExpression(callee) &&
              callee.expression.kind === this.ts.SyntaxKind.ThisKeyword
            ? undefined
            : undefined;
        if (!id) continue;
        const target = this.resolve(id);
        if (!target) continue;
        const list = this.callIndex.get(target);
        if (list) list.push(call);
        else this.callIndex.set(target, [call]);
      }
    }
    return this.callIndex.get(decl) ?? [];
  }
}

/**
 * `url.searchParams.set('email', email)`, `params.append(…)`, `form.set(…)`: a set on a bag of
 * request parameters puts the value into the request. (A `set` on anything else — a Map, a
 * Headers object, a cache — is not assumed to.)
 */
function isParameterBag(t: TypeScriptApi, receiver: ts.Expression): boolean {
  const name = t.isPropertyAccessExpression(receiver)
    ? receiver.name.text
    : t.isIdentifier(receiver)
      ? receiver.text
      : '';
  return /^(searchParams|params|query|form|formData|body)$|Params$/.test(name);
}

/** Methods that add their arguments to the receiver. */
const MUTATORS = new Set(['push', 'unshift', 'add', 'splice', 'append']);

function isScope(t: TypeScriptApi, node: ts.Node): boolean {
  return (
    t.isSourceFile(node) ||
    t.isBlock(node) ||
    t.isModuleBlock(node) ||
    t.isFunctionLike(node) ||
    t.isForStatement(node) ||
    t.isForInStatement(node) ||
    t.isForOfStatement(node) ||
    t.isCatchClause(node) ||
    t.isCaseBlock(node)
  );
}

/** `node:fs` → `fs`; `fs/promises` stays; `lodash/fp` stays. */
export function normalizeModule(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice(5) : specifier;
}

/** The package a module specifier belongs to: `@scope/pkg/deep` → `@scope/pkg`. */
export const packageOf = packageRoot;
