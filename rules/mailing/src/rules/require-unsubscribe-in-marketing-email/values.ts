import type { FlowQueries, TypeScriptApi } from '@pledge/core/rules';
import type ts from 'typescript';

// What an email's parts say, as far as the code shows it. A body is rendered to text in which
// what cannot be known stays a named placeholder: `<a href="${unsubscribeUrl}">` renders as
// `<a href="⟦unsubscribeUrl⟧">`, and a React Email tree as the markup it stands for, so the
// rule can look for an unsubscribe link in a string, a template or a component alike.
//
// In the file the rule runs on, `context.flow.stringValue` and `context.flow.property` answer
// first (constants, enums and, with type information, other files' exports). The public API
// answers only for that file, so a helper's message in another file (reached through the
// engine's call-site facts) and the values the flow queries leave open (a React Email
// component, a parameter bound at a call) are followed here, through the type checker when
// there is one and through the file's own declarations when there is not.

/** What a parameter is at a call the rule follows: the argument, a property of it, or JSX props. */
export type Bound =
  | { kind: 'value'; expr: ts.Expression; env: Env }
  | { kind: 'member'; object: ts.Expression; key: string; env: Env }
  | { kind: 'props'; element: ts.JsxOpeningLikeElement; key: string | undefined; env: Env }
  | { kind: 'absent' };

/**
 * Where an expression is evaluated: the parameters bound at the calls followed so far, and the
 * wrapper, the named function whose callers give its parameters (a parameter of it is not
 * known here, but is at each call).
 */
export interface Env {
  readonly bindings: ReadonlyMap<ts.Node, Bound>;
  readonly wrapper: ts.SignatureDeclaration | undefined;
}

/** What an expression stands for once identifiers, properties and bound parameters are followed. */
export type Resolved =
  /** `via`: the names followed to it (`NEWSLETTER_TEMPLATE_ID` for its value): they say what it is. */
  | { kind: 'node'; expr: ts.Expression; env: Env; via?: readonly string[] }
  | { kind: 'props'; element: ts.JsxOpeningLikeElement; env: Env }
  | { kind: 'children'; element: ts.JsxOpeningLikeElement; env: Env }
  /** A parameter of the wrapper: its callers say. */
  | { kind: 'param'; name: string }
  /** A project module that cannot be followed without type information. */
  | { kind: 'unresolved'; name: string }
  /** Known only at run time. */
  | { kind: 'opaque'; name: string };

/** An expression rendered to text, with what was left unknown. */
export interface Rendered {
  text: string;
  /** Names met on the way: variables, properties, components, attributes, object keys. */
  names: string[];
  /** The strings the text is made of, each as written (`'newsletter'` in `['newsletter', x]`). */
  values: string[];
  /** The parts that are parameters of the wrapper (`html`, `user.name`), by name. */
  params: string[];
  /**
   * The parts that come from a project module that cannot be followed without type
   * information, by name (`<Footer>` for a component).
   */
  unresolved: string[];
  /** A part is known only at run time. */
  opaque: boolean;
}

/** A declaration outside the project (a package's types, the standard library). */
const EXTERNAL = Symbol('external');
type Declaration = ts.Node | typeof EXTERNAL | undefined;

const MAX_DEPTH = 40;

export function emptyRendered(): Rendered {
  return { text: '', names: [], values: [], params: [], unresolved: [], opaque: false };
}

export class Evaluator {
  private depth = 0;
  private readonly active = new Set<ts.Node>();

  constructor(
    private readonly t: TypeScriptApi,
    private readonly checker: ts.TypeChecker | undefined,
    private readonly flow: FlowQueries,
    private readonly file: ts.SourceFile,
  ) {}

  /** `(x)`, `x as T`, `x!`, `await x`, `x satisfies T` → `x`. */
  unwrap(expr: ts.Expression): ts.Expression {
    const t = this.t;
    let e = expr;
    for (;;) {
      if (
        t.isParenthesizedExpression(e) ||
        t.isAsExpression(e) ||
        t.isSatisfiesExpression(e) ||
        t.isNonNullExpression(e) ||
        t.isTypeAssertionExpression(e) ||
        t.isAwaitExpression(e)
      )
        e = e.expression;
      else return e;
    }
  }

  /** The text of an expression when it is a known string (or number). */
  stringOf(expr: ts.Expression, env: Env): string | undefined {
    const r = this.render(expr, env);
    return r.params.length > 0 || r.unresolved.length > 0 || r.opaque ? undefined : r.text;
  }

  // ───────────────────────────── declarations ─────────────────────────────

  /** The declaration an identifier refers to: through the checker, else the file's own scopes. */
  declarationOf(id: ts.Identifier): Declaration {
    const t = this.t;
    const checker = this.checker;
    if (checker) {
      let symbol: ts.Symbol | undefined;
      try {
        symbol =
          t.isShorthandPropertyAssignment(id.parent) && id.parent.name === id
            ? checker.getShorthandAssignmentValueSymbol(id.parent)
            : checker.getSymbolAtLocation(id);
        if (symbol && symbol.flags & t.SymbolFlags.Alias) {
          const aliased = checker.getAliasedSymbol(symbol);
          if (aliased.declarations?.length) symbol = aliased;
        }
      } catch {
        symbol = undefined;
      }
      const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
      if (decl) {
        const sf = decl.getSourceFile();
        if (sf.isDeclarationFile || sf.fileName.includes('/node_modules/')) return EXTERNAL;
        return decl;
      }
    }
    return this.lookup(id);
  }

  /** A declaration of the identifier's name in the scopes around it, in its own file. */
  private lookup(id: ts.Identifier): Declaration {
    const t = this.t;
    const name = id.text;
    const inBinding = (binding: ts.BindingName): ts.Node | undefined => {
      if (t.isIdentifier(binding)) return binding.text === name ? binding.parent : undefined;
      for (const element of binding.elements) {
        if (t.isOmittedExpression(element)) continue;
        const found = inBinding(element.name);
        if (found) return found;
      }
      return undefined;
    };
    const inStatements = (statements: readonly ts.Statement[]): ts.Node | undefined => {
      for (const statement of statements) {
        if (t.isVariableStatement(statement)) {
          for (const decl of statement.declarationList.declarations) {
            const found = inBinding(decl.name);
            if (found) return found;
          }
        } else if (
          (t.isFunctionDeclaration(statement) ||
            t.isClassDeclaration(statement) ||
            t.isEnumDeclaration(statement)) &&
          statement.name?.text === name
        ) {
          return statement;
        } else if (t.isImportDeclaration(statement) && statement.importClause) {
          const clause = statement.importClause;
          if (clause.name?.text === name) return clause;
          const bindings = clause.namedBindings;
          if (bindings && t.isNamespaceImport(bindings) && bindings.name.text === name)
            return bindings;
          if (bindings && t.isNamedImports(bindings)) {
            const specifier = bindings.elements.find((e) => e.name.text === name);
            if (specifier) return specifier;
          }
        }
      }
      return undefined;
    };
    // Up to the source file, whose `parent` is undefined (the types say a node always has one).
    for (let node: ts.Node = id.parent; ; node = node.parent) {
      if (t.isFunctionLike(node)) {
        for (const param of node.parameters) {
          const found = inBinding(param.name);
          if (found) return found;
        }
      }
      if (t.isBlock(node) || t.isSourceFile(node) || t.isModuleBlock(node)) {
        const found = inStatements(node.statements);
        if (found) return found;
      }
      if (
        (t.isForOfStatement(node) || t.isForInStatement(node) || t.isForStatement(node)) &&
        node.initializer &&
        t.isVariableDeclarationList(node.initializer)
      ) {
        for (const decl of node.initializer.declarations) {
          const found = inBinding(decl.name);
          if (found) return found;
        }
      }
      if (t.isCatchClause(node) && node.variableDeclaration) {
        const found = inBinding(node.variableDeclaration.name);
        if (found) return found;
      }
      if (t.isSourceFile(node)) return undefined;
    }
  }

  /** The function a declaration holds: `function f() {}`, `const f = () => …`, a method. */
  functionOf(decl: Declaration): ts.SignatureDeclaration | undefined {
    const t = this.t;
    if (decl === undefined || decl === EXTERNAL) return undefined;
    if (t.isFunctionDeclaration(decl) || t.isMethodDeclaration(decl)) return decl;
    if (
      (t.isVariableDeclaration(decl) ||
        t.isPropertyAssignment(decl) ||
        t.isPropertyDeclaration(decl)) &&
      decl.initializer
    ) {
      const init = this.unwrap(decl.initializer);
      if (t.isArrowFunction(init) || t.isFunctionExpression(init)) return init;
    }
    return undefined;
  }

  /** The project function a call runs: `helper(…)`, `this.helper(…)`, `mailer.helper(…)`. */
  calleeFunction(call: ts.CallExpression | ts.NewExpression): ts.SignatureDeclaration | undefined {
    const t = this.t;
    const callee = this.unwrap(call.expression);
    if (t.isIdentifier(callee)) return this.functionOf(this.declarationOf(callee));
    if (t.isPropertyAccessExpression(callee)) {
      if (this.checker && t.isIdentifier(callee.name)) {
        const fn = this.functionOf(this.declarationOf(callee.name));
        if (fn) return fn;
      }
      // `this.send(…)` in a class without type information: the class's own method.
      if (callee.expression.kind === t.SyntaxKind.ThisKeyword) {
        const cls = t.findAncestor(call, (node) => t.isClassLike(node));
        if (cls && t.isClassLike(cls)) {
          const method = cls.members.find(
            (m) =>
              t.isMethodDeclaration(m) &&
              t.isIdentifier(m.name) &&
              m.name.text === callee.name.text,
          );
          return method && t.isMethodDeclaration(method) ? method : undefined;
        }
      }
    }
    return undefined;
  }

  /** The parameter (or destructured property of one) of the function that declares it. */
  private parameterOwner(decl: ts.Node): ts.SignatureDeclaration | undefined {
    const t = this.t;
    let node: ts.Node = decl;
    while (
      t.isBindingElement(node) ||
      t.isObjectBindingPattern(node) ||
      t.isArrayBindingPattern(node)
    )
      node = node.parent;
    return t.isParameter(node) && t.isFunctionLike(node.parent) ? node.parent : undefined;
  }

  // ───────────────────────────── resolution ─────────────────────────────

  /** Follows identifiers, properties and bound parameters to what an expression stands for. */
  resolve(expr: ts.Expression, env: Env): Resolved {
    const t = this.t;
    const e = this.unwrap(expr);
    let found: Resolved;
    if (t.isIdentifier(e)) found = this.resolveDeclaration(this.declarationOf(e), e.text, env);
    else if (t.isPropertyAccessExpression(e))
      found = this.propertyOf(e.expression, e.name.text, env) ?? {
        kind: 'opaque',
        name: e.getText(),
      };
    else if (t.isElementAccessExpression(e) && t.isStringLiteralLike(e.argumentExpression))
      found = this.propertyOf(e.expression, e.argumentExpression.text, env) ?? {
        kind: 'opaque',
        name: e.getText(),
      };
    else return { kind: 'node', expr: e, env };
    return found.kind === 'node' ? { ...found, via: [e.getText(), ...(found.via ?? [])] } : found;
  }

  private resolveDeclaration(decl: Declaration, name: string, env: Env): Resolved {
    const t = this.t;
    if (decl === undefined || decl === EXTERNAL) return { kind: 'opaque', name };
    const bound = env.bindings.get(decl);
    if (bound) return this.resolveBound(bound, name);
    const owner = this.parameterOwner(decl);
    if (owner) return owner === env.wrapper ? { kind: 'param', name } : { kind: 'opaque', name };
    if (this.active.has(decl) || this.depth > MAX_DEPTH) return { kind: 'opaque', name };
    this.active.add(decl);
    this.depth++;
    try {
      if (
        (t.isVariableDeclaration(decl) ||
          t.isPropertyAssignment(decl) ||
          t.isPropertyDeclaration(decl) ||
          t.isEnumMember(decl)) &&
        decl.initializer
      ) {
        if (t.isVariableDeclaration(decl) && !t.isIdentifier(decl.name))
          return { kind: 'opaque', name };
        return this.resolve(decl.initializer, env);
      }
      if (t.isShorthandPropertyAssignment(decl)) return this.resolve(decl.name, env);
      // `const { html } = message`: the property of what was destructured.
      if (t.isBindingElement(decl) && t.isObjectBindingPattern(decl.parent)) {
        const holder = decl.parent.parent;
        const key = decl.propertyName ?? decl.name;
        if (t.isVariableDeclaration(holder) && holder.initializer && t.isIdentifier(key))
          return this.propertyOf(holder.initializer, key.text, env) ?? { kind: 'opaque', name };
        return { kind: 'opaque', name };
      }
      if (t.isImportSpecifier(decl) || t.isImportClause(decl) || t.isNamespaceImport(decl)) {
        const declaration = t.findAncestor(decl, (node) => t.isImportDeclaration(node));
        const from =
          declaration &&
          t.isImportDeclaration(declaration) &&
          t.isStringLiteral(declaration.moduleSpecifier)
            ? declaration.moduleSpecifier.text
            : '';
        // A package's export is the package's; a project module's is only followed with types.
        return isProjectModule(from) ? { kind: 'unresolved', name } : { kind: 'opaque', name };
      }
      return { kind: 'opaque', name };
    } finally {
      this.active.delete(decl);
      this.depth--;
    }
  }

  private resolveBound(bound: Bound, name: string): Resolved {
    switch (bound.kind) {
      case 'value':
        return this.resolve(bound.expr, bound.env);
      case 'member':
        return this.propertyOf(bound.object, bound.key, bound.env) ?? { kind: 'opaque', name };
      case 'props':
        if (bound.key === undefined)
          return { kind: 'props', element: bound.element, env: bound.env };
        return this.attribute(bound.element, bound.key, bound.env) ?? { kind: 'opaque', name };
      case 'absent':
        return { kind: 'opaque', name };
    }
  }

  /**
   * A property of an object: `undefined` when the object is known and has no such property;
   * an `opaque` result when it cannot be told.
   */
  propertyOf(object: ts.Expression, name: string, env: Env): Resolved | undefined {
    const t = this.t;
    const holder = this.resolve(object, env);
    switch (holder.kind) {
      case 'param':
      case 'unresolved':
      case 'opaque':
        return { kind: holder.kind, name: `${holder.name}.${name}` };
      case 'props':
        return this.attribute(holder.element, name, holder.env);
      case 'children':
        return { kind: 'opaque', name };
      case 'node':
        break;
    }
    const e = holder.expr;
    if (!t.isObjectLiteralExpression(e)) {
      // What the engine knows in this file: constants holding objects, spreads.
      if (object.pos >= 0 && object.getSourceFile() === this.file) {
        const found = this.flow.property(object, name);
        if (found) return this.resolve(found, env);
      }
      return { kind: 'opaque', name: `${textOf(e)}.${name}` };
    }
    let unknownSpread = false;
    // Later properties win: walk from the end.
    for (const property of [...e.properties].reverse()) {
      if (t.isSpreadAssignment(property)) {
        const inner = this.propertyOf(property.expression, name, holder.env);
        if (inner === undefined) continue;
        if (inner.kind === 'opaque' || inner.kind === 'unresolved' || inner.kind === 'param') {
          unknownSpread = true;
          continue;
        }
        return inner;
      }
      if (propertyName(t, property.name) !== name) continue;
      if (t.isPropertyAssignment(property)) return this.resolve(property.initializer, holder.env);
      if (t.isShorthandPropertyAssignment(property)) return this.resolve(property.name, holder.env);
      return { kind: 'opaque', name };
    }
    return unknownSpread ? { kind: 'opaque', name } : undefined;
  }

  /** A JSX attribute as a property of a component's props (`children` is the element's). */
  private attribute(
    element: ts.JsxOpeningLikeElement,
    name: string,
    env: Env,
  ): Resolved | undefined {
    const t = this.t;
    if (name === 'children') return { kind: 'children', element, env };
    let spread = false;
    for (const property of [...element.attributes.properties].reverse()) {
      if (t.isJsxSpreadAttribute(property)) {
        const inner = this.propertyOf(property.expression, name, env);
        if (inner === undefined) continue;
        if (inner.kind !== 'node') {
          spread = true;
          continue;
        }
        return inner;
      }
      if (!t.isIdentifier(property.name) || property.name.text !== name) continue;
      const init = property.initializer;
      // `<Footer unsubscribe />`: a boolean attribute, written out as `true`.
      if (init === undefined) return { kind: 'node', expr: t.factory.createTrue(), env };
      if (t.isStringLiteral(init)) return { kind: 'node', expr: init, env };
      if (t.isJsxExpression(init) && init.expression) return this.resolve(init.expression, env);
      return { kind: 'opaque', name };
    }
    return spread ? { kind: 'opaque', name } : undefined;
  }

  /** A dotted path of properties: `message.headers`; `undefined` when a known object lacks one. */
  path(object: ts.Expression, path: string, env: Env): Resolved | undefined {
    let current: Resolved = this.resolve(object, env);
    for (const key of path.split('.')) {
      let next: Resolved | undefined;
      switch (current.kind) {
        case 'node':
          next = this.propertyOf(current.expr, key, current.env);
          break;
        case 'props':
          next = this.attribute(current.element, key, current.env);
          break;
        case 'children':
          next = { kind: 'opaque', name: key };
          break;
        default:
          next = { kind: current.kind, name: `${current.name}.${key}` };
      }
      if (next === undefined) return undefined;
      current = next;
    }
    return current;
  }

  // ───────────────────────────── rendering ─────────────────────────────

  /** Renders an expression to text; what cannot be known stays a named placeholder. */
  render(expr: ts.Expression, env: Env): Rendered {
    const out = emptyRendered();
    this.renderInto(expr, env, out);
    return out;
  }

  /** Renders what `resolve` or `path` found. */
  renderResolved(resolved: Resolved): Rendered {
    const out = emptyRendered();
    this.renderResolvedInto(resolved, out, undefined);
    return out;
  }

  private renderResolvedInto(resolved: Resolved, out: Rendered, name: string | undefined): void {
    switch (resolved.kind) {
      case 'node':
        out.names.push(...(resolved.via ?? []));
        this.renderInto(resolved.expr, resolved.env, out);
        return;
      case 'props':
        this.renderAttributes(resolved.element, resolved.env, out);
        return;
      case 'children':
        if (this.t.isJsxOpeningElement(resolved.element))
          this.renderChildren(resolved.element.parent.children, resolved.env, out);
        return;
      case 'param':
        out.params.push(name ?? resolved.name);
        break;
      case 'unresolved':
        out.unresolved.push(name ?? resolved.name);
        break;
      case 'opaque':
        out.opaque = true;
        break;
    }
    const placeholder = name ?? resolved.name;
    out.names.push(placeholder);
    out.text += `⟦${placeholder}⟧`;
  }

  private renderInto(expr: ts.Expression, env: Env, out: Rendered): void {
    const t = this.t;
    const e = this.unwrap(expr);
    if (this.depth > MAX_DEPTH) {
      out.opaque = true;
      return;
    }
    if (
      (t.isIdentifier(e) || t.isPropertyAccessExpression(e)) &&
      (e.getSourceFile() as ts.SourceFile | undefined) === this.file
    ) {
      // Constants, enums, static fields and (with type information) other files' exports.
      const known = this.flow.stringValue(e);
      if (known !== undefined && !this.isBoundHere(e, env)) {
        out.text += known;
        out.values.push(known);
        out.names.push(e.getText());
        return;
      }
    }
    this.depth++;
    try {
      this.renderNode(e, env, out);
    } finally {
      this.depth--;
    }
  }

  /** Whether an identifier (or a property chain's root) is a parameter bound at a call followed. */
  private isBoundHere(e: ts.Expression, env: Env): boolean {
    const t = this.t;
    let root = e;
    while (t.isPropertyAccessExpression(root)) root = root.expression;
    if (!t.isIdentifier(root)) return false;
    const decl = this.declarationOf(root);
    return decl !== undefined && decl !== EXTERNAL && env.bindings.has(decl);
  }

  private renderNode(e: ts.Expression, env: Env, out: Rendered): void {
    const t = this.t;
    if (t.isStringLiteralLike(e) || t.isNumericLiteral(e)) {
      out.text += e.text;
      out.values.push(e.text);
      return;
    }
    if (e.kind === t.SyntaxKind.TrueKeyword || e.kind === t.SyntaxKind.FalseKeyword) {
      // By kind: `true` may be a node made for a boolean JSX attribute, without source text.
      out.text += e.kind === t.SyntaxKind.TrueKeyword ? 'true' : 'false';
      return;
    }
    if (t.isTemplateExpression(e)) {
      out.text += e.head.text;
      for (const span of e.templateSpans) {
        this.renderInto(span.expression, env, out);
        out.text += span.literal.text;
      }
      return;
    }
    if (t.isTaggedTemplateExpression(e)) {
      this.renderInto(e.template, env, out);
      return;
    }
    if (t.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === t.SyntaxKind.PlusToken) {
        this.renderInto(e.left, env, out);
        this.renderInto(e.right, env, out);
        return;
      }
      if (op === t.SyntaxKind.QuestionQuestionToken || op === t.SyntaxKind.BarBarToken) {
        this.renderInto(e.left, env, out);
        out.text += ' ';
        this.renderInto(e.right, env, out);
        return;
      }
      if (op === t.SyntaxKind.AmpersandAmpersandToken) {
        this.renderInto(e.right, env, out);
        return;
      }
    }
    if (t.isConditionalExpression(e)) {
      this.renderInto(e.whenTrue, env, out);
      out.text += ' ';
      this.renderInto(e.whenFalse, env, out);
      return;
    }
    if (t.isArrayLiteralExpression(e)) {
      for (const element of e.elements) {
        if (t.isOmittedExpression(element)) continue;
        this.renderInto(t.isSpreadElement(element) ? element.expression : element, env, out);
        out.text += ' ';
      }
      return;
    }
    if (t.isObjectLiteralExpression(e)) {
      for (const property of e.properties) {
        if (t.isSpreadAssignment(property)) {
          this.renderInto(property.expression, env, out);
        } else if (t.isPropertyAssignment(property)) {
          const key = propertyName(t, property.name);
          if (key !== undefined) {
            out.names.push(key);
            out.text += `${key}: `;
          }
          this.renderInto(property.initializer, env, out);
        } else if (t.isShorthandPropertyAssignment(property)) {
          out.names.push(property.name.text);
          out.text += `${property.name.text}: `;
          this.renderInto(property.name, env, out);
        }
        out.text += ' ';
      }
      return;
    }
    if (t.isJsxElement(e) || t.isJsxSelfClosingElement(e) || t.isJsxFragment(e)) {
      this.renderJsx(e, env, out);
      return;
    }
    if (t.isCallExpression(e)) {
      this.renderCall(e, env, out);
      return;
    }
    if (t.isIdentifier(e) || t.isPropertyAccessExpression(e) || t.isElementAccessExpression(e)) {
      const resolved = this.resolve(e, env);
      if (resolved.kind === 'node' && resolved.expr === e) {
        out.opaque = true;
        out.names.push(e.getText());
        out.text += `⟦${e.getText()}⟧`;
        return;
      }
      // The name of what holds the value says what it is: `unsubscribeFooter`, `links.optOut`.
      if (resolved.kind === 'node' || resolved.kind === 'props' || resolved.kind === 'children')
        out.names.push(e.getText());
      this.renderResolvedInto(resolved, out, e.getText());
      return;
    }
    out.opaque = true;
    const text = e.getText().slice(0, 40);
    out.names.push(text);
    out.text += `⟦${text}⟧`;
  }

  private renderCall(call: ts.CallExpression, env: Env, out: Rendered): void {
    const t = this.t;
    const callee = this.unwrap(call.expression);
    const calleeText = callee.getText();
    // JSON.stringify(data), String(x), encodeURIComponent(x): what goes in shows.
    if (/^(JSON\.stringify|String|encodeURI|encodeURIComponent)$/.test(calleeText)) {
      const [first] = call.arguments;
      if (first) this.renderInto(first, env, out);
      return;
    }
    // `[a, b].join('')`, `text.replace(…)`, `html.trim()`: a method of the value itself.
    if (
      t.isPropertyAccessExpression(callee) &&
      /^(join|concat|replace|replaceAll|trim|trimStart|trimEnd|toString)$/.test(callee.name.text)
    ) {
      this.renderInto(callee.expression, env, out);
      for (const arg of call.arguments) this.renderInto(arg, env, out);
      return;
    }
    // One of the project's functions (a template helper): what it returns, with its
    // parameters bound to this call's arguments.
    const fn = this.calleeFunction(call);
    if (fn && !this.active.has(fn)) {
      const returns = returnedExpressions(t, fn);
      if (returns.length > 0) {
        out.names.push(calleeText);
        const bound = bindParameters(t, fn, call.arguments, env);
        this.active.add(fn);
        try {
          for (const value of returns) {
            this.renderInto(value, bound, out);
            out.text += ' ';
          }
        } finally {
          this.active.delete(fn);
        }
        return;
      }
    }
    // `render(<Newsletter />)` (React Email), `renderToStaticMarkup(<Email />)`: the markup is
    // what the JSX says.
    const jsx = call.arguments.filter((arg) => {
      const inner = this.unwrap(arg);
      return t.isJsxElement(inner) || t.isJsxSelfClosingElement(inner) || t.isJsxFragment(inner);
    });
    if (jsx.length > 0) {
      for (const arg of jsx) this.renderInto(arg, env, out);
      return;
    }
    // Anything else is known at run time; its name and arguments still say something.
    out.opaque = true;
    out.names.push(calleeText);
    out.text += `⟦${calleeText}()⟧`;
    for (const arg of call.arguments) {
      out.text += ' ';
      this.renderInto(arg, env, out);
    }
  }

  private renderJsx(
    node: ts.JsxElement | ts.JsxSelfClosingElement | ts.JsxFragment,
    env: Env,
    out: Rendered,
  ): void {
    const t = this.t;
    if (t.isJsxFragment(node)) {
      this.renderChildren(node.children, env, out);
      return;
    }
    const opening = t.isJsxElement(node) ? node.openingElement : node;
    const tag = opening.tagName.getText();
    out.names.push(tag);
    out.text += `<${tag}`;
    this.renderAttributes(opening, env, out);
    out.text += '>';
    // A component of the project: the markup it returns, with these props.
    const component = this.componentOf(opening);
    if (component === 'unresolved') out.unresolved.push(`<${tag}>`);
    else if (component && !this.active.has(component)) {
      const props = bindProps(t, component, opening, env);
      this.active.add(component);
      try {
        for (const value of returnedExpressions(t, component)) this.renderInto(value, props, out);
      } finally {
        this.active.delete(component);
      }
    }
    if (t.isJsxElement(node)) this.renderChildren(node.children, env, out);
    out.text += `</${tag}>`;
  }

  private renderAttributes(opening: ts.JsxOpeningLikeElement, env: Env, out: Rendered): void {
    const t = this.t;
    for (const attribute of opening.attributes.properties) {
      if (t.isJsxSpreadAttribute(attribute)) {
        out.text += ' ';
        this.renderInto(attribute.expression, env, out);
        continue;
      }
      const name = attribute.name.getText();
      out.names.push(name);
      out.text += ` ${name}="`;
      const init = attribute.initializer;
      if (init && t.isStringLiteral(init)) out.text += init.text;
      else if (init && t.isJsxExpression(init) && init.expression)
        this.renderInto(init.expression, env, out);
      out.text += '"';
    }
  }

  private renderChildren(children: readonly ts.JsxChild[], env: Env, out: Rendered): void {
    const t = this.t;
    for (const child of children) {
      if (t.isJsxText(child)) out.text += child.text;
      else if (t.isJsxExpression(child)) {
        if (child.expression) this.renderInto(child.expression, env, out);
      } else this.renderJsx(child, env, out);
    }
  }

  /** The project component a JSX tag names (`<Footer />`), when it can be followed. */
  private componentOf(
    opening: ts.JsxOpeningLikeElement,
  ): ts.SignatureDeclaration | 'unresolved' | undefined {
    const t = this.t;
    const tag = opening.tagName;
    if (!t.isIdentifier(tag) || !/^[A-Z]/.test(tag.text)) return undefined;
    const decl = this.declarationOf(tag);
    if (
      decl !== undefined &&
      decl !== EXTERNAL &&
      (t.isImportSpecifier(decl) || t.isImportClause(decl))
    ) {
      const declaration = t.findAncestor(decl, (node) => t.isImportDeclaration(node));
      const from =
        declaration &&
        t.isImportDeclaration(declaration) &&
        t.isStringLiteral(declaration.moduleSpecifier)
          ? declaration.moduleSpecifier.text
          : '';
      return isProjectModule(from) ? 'unresolved' : undefined;
    }
    return this.functionOf(decl);
  }
}

/** The source text of a node; a node made by the rule (a boolean attribute's `true`) has none. */
function textOf(node: ts.Node): string {
  return node.pos >= 0 ? node.getText() : 'true';
}

/** The name of a property (`a`, `'a'`, `['a']`), when it is a known string. */
export function propertyName(t: TypeScriptApi, name: ts.PropertyName): string | undefined {
  if (t.isIdentifier(name) || t.isStringLiteralLike(name) || t.isNumericLiteral(name))
    return name.text;
  if (t.isComputedPropertyName(name) && t.isStringLiteralLike(name.expression))
    return name.expression.text;
  return undefined;
}

/** `./mailer`, `../emails/footer`, `@/lib/mail`, `~/mail`, `#mail`: a module of the project. */
export function isProjectModule(specifier: string): boolean {
  return /^(\.|\/|@\/|~\/|#)/.test(specifier);
}

/** The expressions a function returns (its expression body, or its `return`s outside nested functions). */
export function returnedExpressions(
  t: TypeScriptApi,
  fn: ts.SignatureDeclaration,
): ts.Expression[] {
  const body = (fn as { body?: ts.Node }).body;
  if (!body) return [];
  if (!t.isBlock(body)) return t.isExpression(body) ? [body] : [];
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (t.isFunctionLike(node) || t.isClassLike(node)) return;
    if (t.isReturnStatement(node) && node.expression) found.push(node.expression);
    t.forEachChild(node, visit);
  };
  t.forEachChild(body, visit);
  return found;
}

/** An environment where a function's parameters are a call's arguments. */
export function bindParameters(
  t: TypeScriptApi,
  fn: ts.SignatureDeclaration,
  args: readonly ts.Expression[],
  env: Env,
): Env {
  const bindings = new Map(env.bindings);
  fn.parameters.forEach((param, index) => {
    const arg = args[index];
    if (t.isIdentifier(param.name)) {
      bindings.set(param, arg ? { kind: 'value', expr: arg, env } : { kind: 'absent' });
      return;
    }
    // `function send({ to, html })`: each property of the argument.
    if (t.isObjectBindingPattern(param.name)) {
      for (const element of param.name.elements) {
        const key = element.propertyName ?? element.name;
        if (!t.isIdentifier(key) && !t.isStringLiteral(key)) continue;
        bindings.set(
          element,
          arg ? { kind: 'member', object: arg, key: key.text, env } : { kind: 'absent' },
        );
      }
    }
  });
  return { bindings, wrapper: env.wrapper };
}

/** An environment where a component's props are a JSX element's attributes. */
function bindProps(
  t: TypeScriptApi,
  component: ts.SignatureDeclaration,
  element: ts.JsxOpeningLikeElement,
  env: Env,
): Env {
  const bindings = new Map(env.bindings);
  const [props] = component.parameters;
  if (props) {
    if (t.isIdentifier(props.name)) {
      bindings.set(props, { kind: 'props', element, key: undefined, env });
    } else if (t.isObjectBindingPattern(props.name)) {
      for (const binding of props.name.elements) {
        const key = binding.propertyName ?? binding.name;
        if (t.isIdentifier(key))
          bindings.set(binding, { kind: 'props', element, key: key.text, env });
      }
    }
  }
  return { bindings, wrapper: env.wrapper };
}
