import { unwrap, type FlowQueries, type TypeScriptApi } from '@pledge/core/rules';
import type ts from 'typescript';

// What an email's parts say, as far as the code shows it. A body is rendered to text in which
// what cannot be known stays a named placeholder: `<a href="${unsubscribeUrl}">` renders as
// `<a href="⟦unsubscribeUrl⟧">`, and a React Email tree as the markup it stands for, so the
// rule can look for an unsubscribe link in a string, a template or a component alike.
//
// What the engine knows is asked of it (`context.flow`, for nodes of any file of the run):
// static strings and properties (constants, enums, spreads, other files' exports), the
// declaration a name refers to, the function a call runs and what it returns. What is left
// here is the rule's own: a body rendered with placeholders, the parameters bound at the calls
// followed (a wrapper's, a component's props), and the markup a JSX tree stands for.

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

const MAX_DEPTH = 40;

export function emptyRendered(): Rendered {
  return { text: '', names: [], values: [], params: [], unresolved: [], opaque: false };
}

export class Evaluator {
  private depth = 0;
  private readonly active = new Set<ts.Node>();

  constructor(
    private readonly t: TypeScriptApi,
    private readonly flow: FlowQueries,
  ) {}

  /** `(x)`, `x as T`, `x!`, `await x`, `x satisfies T` → `x` (the engine's `unwrap`). */
  unwrap(expr: ts.Expression): ts.Expression {
    return unwrap(this.t, expr);
  }

  // ───────────────────────────── declarations ─────────────────────────────

  /**
   * The declaration a name refers to, as the engine knows it (`flow.declarationOf`): in its
   * own file, or, with type information, in another project file.
   */
  private declarationOf(id: ts.Identifier): ts.Node | undefined {
    const t = this.t;
    const decl = this.flow.declarationOf(id);
    // `{ html }` with `html` imported: the engine follows an import by its own name, not by a
    // shorthand property that names it, so the import is asked once more by its name.
    if (decl && (t.isImportSpecifier(decl) || t.isImportClause(decl)) && decl.name !== id)
      return (decl.name && this.flow.declarationOf(decl.name)) ?? decl;
    return decl;
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

  private resolveDeclaration(decl: ts.Node | undefined, name: string, env: Env): Resolved {
    const t = this.t;
    if (decl === undefined) return { kind: 'opaque', name };
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
      // An import the engine did not follow to its declaration: a package's export is the
      // package's; a project module's is only followed with types.
      if (t.isImportSpecifier(decl) || t.isImportClause(decl) || t.isNamespaceImport(decl))
        return importsProjectModule(t, decl)
          ? { kind: 'unresolved', name }
          : { kind: 'opaque', name };
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
      // What the engine knows: constants holding objects, spreads, other files' exports.
      const found = object.pos >= 0 ? this.flow.property(object, name) : undefined;
      if (found) return this.resolve(found, env);
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
    if (t.isIdentifier(e) || t.isPropertyAccessExpression(e)) {
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
    return decl !== undefined && env.bindings.has(decl);
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
    const fn = this.flow.functionOf(call);
    if (fn && !this.active.has(fn)) {
      const returns = this.flow.returnsOf(fn);
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
        for (const value of this.flow.returnsOf(component)) this.renderInto(value, props, out);
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
    if (decl === undefined) return undefined;
    if (t.isImportSpecifier(decl) || t.isImportClause(decl))
      return importsProjectModule(t, decl) ? 'unresolved' : undefined;
    // `flow.functionOf` answers for calls; a JSX element runs the component its tag names:
    // `function Footer() {}` or `const Footer = () => …`.
    if (t.isFunctionDeclaration(decl)) return decl;
    const init =
      t.isVariableDeclaration(decl) && decl.initializer ? this.unwrap(decl.initializer) : undefined;
    return init && (t.isArrowFunction(init) || t.isFunctionExpression(init)) ? init : undefined;
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

/**
 * Whether an import binding the engine did not follow names a module of the project
 * (`./mailer`, `../emails/footer`, `@/lib/mail`, `~/mail`, `#mail`) rather than a package: one
 * that type information would follow.
 */
function importsProjectModule(
  t: TypeScriptApi,
  decl: ts.ImportSpecifier | ts.ImportClause | ts.NamespaceImport,
): boolean {
  const declaration = t.findAncestor(decl, (node) => t.isImportDeclaration(node));
  return (
    declaration !== undefined &&
    t.isImportDeclaration(declaration) &&
    t.isStringLiteral(declaration.moduleSpecifier) &&
    /^(\.|\/|@\/|~\/|#)/.test(declaration.moduleSpecifier.text)
  );
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
