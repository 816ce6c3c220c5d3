import {
  detectValuesInCode,
  GETTER_VERBS,
  mask,
  type Classification,
  type Taxonomy,
  type ValueMatch,
} from '@pledge/policy';
import type ts from 'typescript';
import type { CatalogIndex } from '../catalog/index.js';
import { PASS_THROUGH_FUNCTIONS, PASS_THROUGH_METHODS } from '../catalog/sanitizers.js';
import type { Sanitizer, SanitizerEffect } from '../catalog/types.js';
import type { FlowStep, SourceLocation, Taint, Transform } from '../types.js';
import type { Declaration, FileModel } from './model.js';
import {
  matchPattern,
  numericValue,
  returnedExpressions,
  unwrap,
  type Qualifier,
} from './resolve.js';
import { propertyKey } from './values.js';

// Which data categories does an expression carry, and how did they get there? An abstract
// interpretation over the TypeScript AST, memoised per node:
//
//   const { cardNumber } = req.body;        source: the name `cardNumber` (classifier)
//   const card = { number: cardNumber };    object literal: union of its properties
//   saveCard(card);                         call: the parameter of `saveCard` gets the taint
//   function saveCard(c) { db.insert(c) }   sink: reached with the flow as steps
//
// Sanitisers change what flows (`slice(-4)` turns a card number into its last four digits);
// predicates and lengths carry nothing.

/**
 * The category of an e-mail address written in the code (`'ops@shop.example.com'`,
 * `'…?email=ops@…'`). Unlike a card number it is not personal wherever it appears: an address
 * in code is far more often the organization's own (a sender, a support contact) than a
 * user's. It flows like any taint but {@link TaintAnalysis.of} leaves it out; a rule asks for
 * it where an address leaving the code matters ({@link TaintAnalysis.literalEmails}).
 */
export const LITERAL_EMAIL = 'pledge:literal:user.contact.email';

const MAX_DEPTH = 24;
const MAX_STEPS = 8;
/** Names below this confidence are not sources (`name` alone is 0.5). */
export const NAME_CONFIDENCE_THRESHOLD = 0.6;

/**
 * A getter verb before a capital (`getEmail`, `fetchCardNumber`): the classifier's list, so an
 * unknown call is read by its name as the classifier reads a name.
 */
const GETTER = new RegExp(`^(${[...GETTER_VERBS].join('|')})(?=[A-Z])`);

/** Properties that wrap data rather than name it: `req.body`, `form.values`, `res.data`. */
const CONTAINER_PROPERTIES = new Set([
  'body',
  'data',
  'value',
  'values',
  'payload',
  'params',
  'query',
  'fields',
  'input',
  'form',
  'formData',
  'attributes',
  'traits',
  'properties',
  'props',
  'details',
  'info',
  'record',
  'row',
  'item',
  'current',
  'detail',
  'target',
  'args',
  'variables',
  'json',
  'result',
  'results',
  'entity',
  'dto',
  'state',
]);

export interface TaintOptions {
  /**
   * With type information: the function a call resolves to in another file, and what it
   * returns for the given argument taints.
   */
  external?: (
    call: ts.CallExpression | ts.NewExpression,
    argTaints: readonly (readonly Taint[])[],
  ) => Taint[] | undefined;
  classify: (name: string) => Classification | undefined;
  /**
   * Whether a call returns a third party's own object (an SDK or HTTP response): its `id` is
   * the vendor's identifier (`customer.id` from `stripe.customers.create`), not a user's.
   */
  isVendorResult?: (call: ts.CallExpression | ts.NewExpression) => boolean;
  taxonomy: Taxonomy;
  /** The run's catalogs: sanitisers and the SDK vendors whose record ids are not personal. */
  catalogs: CatalogIndex;
  location: (node: ts.Node) => SourceLocation;
  /** Whether an expression is a string known statically (a constant is nobody's personal data). */
  isConstant?: (node: ts.Expression) => boolean;
  /** Whether an e-mail address is the organization's own (its domain is a first-party host). */
  isOwnAddress?: (address: string) => boolean;
}

export class TaintAnalysis {
  private readonly memo = new Map<ts.Node, readonly Taint[]>();
  private readonly active = new Set<ts.Node>();
  /** Parameter bindings while evaluating a call's return value context-sensitively. */
  private readonly frames: Map<Declaration, readonly Taint[]>[] = [];

  constructor(
    private readonly model: FileModel,
    private readonly qualifier: Qualifier,
    private readonly options: TaintOptions,
  ) {}

  /** The personal-data taints an expression carries (categories the taxonomy calls personal). */
  of(node: ts.Expression): readonly Taint[] {
    const taints = this.eval(node, 0);
    return taints.some(isLiteralEmail) ? taints.filter((taint) => !isLiteralEmail(taint)) : taints;
  }

  /**
   * The e-mail addresses written in the code that an expression carries
   * (`fetch('https://x.example/in?email=ops@shop.example.com')`, a constant body that mentions
   * one), as `user.contact.email` taints; addresses of the organization's own domains are not
   * among them. {@link of} leaves these out: see {@link LITERAL_EMAIL}.
   */
  literalEmails(node: ts.Expression): Taint[] {
    return this.eval(node, 0)
      .filter(isLiteralEmail)
      .map((taint) => ({ ...taint, category: 'user.contact.email' }));
  }

  /** Classifies a name; only confident, known categories count. */
  classifyName(name: string): Classification | undefined {
    const result = this.options.classify(name);
    if (!result || result.confidence < NAME_CONFIDENCE_THRESHOLD) return undefined;
    return result;
  }

  private eval(node: ts.Expression, depth: number): readonly Taint[] {
    if (depth > MAX_DEPTH || this.active.has(node)) return [];
    const memoisable = this.frames.length === 0;
    if (memoisable) {
      const cached = this.memo.get(node);
      if (cached) return cached;
    }
    this.active.add(node);
    let result: readonly Taint[];
    try {
      result = dedupe(this.compute(node, depth));
    } finally {
      this.active.delete(node);
    }
    if (memoisable) this.memo.set(node, result);
    return result;
  }

  private compute(node: ts.Expression, depth: number): Taint[] {
    const t = this.model.ts;
    const expr = unwrap(t, node);
    if (t.isIdentifier(expr)) return this.withType(expr, this.identifier(expr, depth));
    if (t.isPropertyAccessExpression(expr))
      return this.withType(expr, this.member(expr, expr.expression, expr.name.text, depth));
    if (t.isElementAccessExpression(expr)) {
      const key = expr.argumentExpression;
      // `email.split('@')[1]`: the domain of an address is not the address.
      if (isSplitAt(t, expr.expression) && t.isNumericLiteral(key) && key.text !== '0') return [];
      if (t.isStringLiteral(key) || t.isNoSubstitutionTemplateLiteral(key))
        return this.member(expr, expr.expression, key.text, depth);
      return [...this.eval(expr.expression, depth + 1)];
    }
    if (t.isStringLiteral(expr) || t.isNoSubstitutionTemplateLiteral(expr))
      return this.literal(expr);
    if (t.isTemplateExpression(expr)) {
      // `\`sid=${id}; card 4539-…\``: the template's own text is read like a literal.
      return [
        ...this.text(expr, expr.head.text),
        ...expr.templateSpans.flatMap((span) => [
          ...this.eval(span.expression, depth + 1),
          ...this.text(expr, span.literal.text),
        ]),
      ];
    }
    if (t.isBinaryExpression(expr)) {
      const op = expr.operatorToken.kind;
      if (
        op === t.SyntaxKind.PlusToken ||
        op === t.SyntaxKind.QuestionQuestionToken ||
        op === t.SyntaxKind.BarBarToken
      ) {
        return [...this.eval(expr.left, depth + 1), ...this.eval(expr.right, depth + 1)];
      }
      if (op === t.SyntaxKind.AmpersandAmpersandToken || op === t.SyntaxKind.CommaToken)
        return [...this.eval(expr.right, depth + 1)];
      if (op === t.SyntaxKind.EqualsToken) return [...this.eval(expr.right, depth + 1)];
      return [];
    }
    if (t.isConditionalExpression(expr))
      return [...this.eval(expr.whenTrue, depth + 1), ...this.eval(expr.whenFalse, depth + 1)];
    if (t.isObjectLiteralExpression(expr)) return this.objectLiteral(expr, depth);
    if (t.isArrayLiteralExpression(expr))
      return expr.elements.flatMap((element) => [...this.eval(element, depth + 1)]);
    if (t.isSpreadElement(expr)) return [...this.eval(expr.expression, depth + 1)];
    if (t.isCallExpression(expr) || t.isNewExpression(expr)) return this.call(expr, depth);
    return [];
  }

  private literal(expr: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): Taint[] {
    return this.text(expr, expr.text);
  }

  /**
   * The values written in a string of code (a literal, a template's text): card numbers and
   * SSNs, personal wherever they appear, and e-mail addresses as {@link LITERAL_EMAIL}.
   */
  private text(node: ts.Node, text: string): Taint[] {
    if (text.length < 6) return [];
    const taints: Taint[] = [];
    for (const match of detectValuesInCode(text)) {
      if (match.detector === 'email' && this.options.isOwnAddress?.(match.value) === true) continue;
      taints.push({
        category: match.detector === 'email' ? LITERAL_EMAIL : match.category,
        steps: [this.step(node, literalLabel(match, text))],
        confidence: 1,
        transforms: [],
      });
    }
    return taints;
  }

  private identifier(id: ts.Identifier, depth: number): Taint[] {
    const t = this.model.ts;
    if (id.text === 'undefined') return [];
    const decl = this.model.resolve(id);
    // `const apiKey = process.env.NYT_KEY`, `const userAgent = 'pledge/1.0'`: not a person's.
    const own = decl && this.isConfiguration(id) ? [] : this.fromName(id, id.text);
    if (!decl) return own;
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const bound = this.frames[i]?.get(decl);
      if (bound) return [...own, ...bound];
    }
    if (t.isVariableDeclaration(decl) && t.isForOfStatement(decl.parent.parent)) {
      // `for (const value of cardNumbers)`: each value carries what the iterable carries.
      const iterable = decl.parent.parent.expression;
      return [
        ...own,
        ...this.eval(iterable, depth + 1).map((taint) =>
          this.extend(taint, id, `iterated as \`${id.text}\``),
        ),
      ];
    }
    if (t.isVariableDeclaration(decl)) {
      const flows = [
        ...(decl.initializer ? this.eval(decl.initializer, depth + 1) : []),
        ...this.model.assignmentsTo(decl).flatMap((value) => [...this.eval(value, depth + 1)]),
      ];
      return [
        ...own,
        ...flows.map((taint) => this.extend(taint, id, `assigned to \`${id.text}\``)),
      ];
    }
    if (t.isBindingElement(decl)) return [...own, ...this.bindingElement(decl, depth)];
    if (t.isParameter(decl)) return [...own, ...this.parameter(decl, depth)];
    return own;
  }

  /** `const { card: c } = body` → what `body.card` carries; the binding name is classified too. */
  private bindingElement(element: ts.BindingElement, depth: number): Taint[] {
    const t = this.model.ts;
    const key = element.propertyName
      ? propertyKey(t, element.propertyName)
      : t.isIdentifier(element.name)
        ? element.name.text
        : undefined;
    const classified =
      key !== undefined && key !== (t.isIdentifier(element.name) ? element.name.text : '')
        ? this.fromName(element, key)
        : [];
    // `function post({ channel, text })`: `text` carries what each call in this file passes as
    // its `text` (the whole argument when it is not an object literal we can see into).
    const pattern = element.parent;
    const param = pattern.parent;
    if (key === undefined || !t.isObjectBindingPattern(pattern) || !t.isParameter(param))
      return classified;
    const fn = param.parent;
    const index = fn.parameters.indexOf(param);
    const decl = functionDeclarationOf(t, fn);
    const calls = t.isMethodDeclaration(fn)
      ? t.isIdentifier(fn.name)
        ? this.model.methodCalls(fn.name.text)
        : []
      : decl
        ? this.model.callsTo(decl)
        : [];
    const name =
      decl &&
      (t.isFunctionDeclaration(decl) || t.isVariableDeclaration(decl)) &&
      decl.name &&
      t.isIdentifier(decl.name)
        ? decl.name.text
        : t.isMethodDeclaration(fn) && t.isIdentifier(fn.name)
          ? fn.name.text
          : undefined;
    const taints = [...classified];
    for (const call of calls) {
      const arg = call.arguments?.[index];
      if (!arg) continue;
      const object = unwrap(t, arg);
      let value: ts.Expression | undefined = arg;
      if (t.isObjectLiteralExpression(object)) {
        value = undefined;
        for (const property of object.properties) {
          if (t.isPropertyAssignment(property) && propertyKey(t, property.name) === key)
            value = property.initializer;
          else if (t.isShorthandPropertyAssignment(property) && property.name.text === key)
            value = property.name;
        }
      }
      if (!value) continue;
      for (const taint of this.eval(value, depth + 1))
        taints.push(
          this.extend(taint, value, `passed to \`${name ?? 'function'}()\` as \`${key}\``),
        );
    }
    return taints;
  }

  /** A parameter carries what its callers pass (every call site in the file). */
  private parameter(param: ts.ParameterDeclaration, depth: number): Taint[] {
    const t = this.model.ts;
    const fn = param.parent;
    const index = fn.parameters.indexOf(param);
    if (t.isMethodDeclaration(fn) && index >= 0) return this.methodParameter(fn, index, depth);
    const decl = functionDeclarationOf(t, fn);
    if (!decl || index < 0) return [];
    const name = t.isFunctionDeclaration(decl)
      ? decl.name?.text
      : t.isVariableDeclaration(decl) && t.isIdentifier(decl.name)
        ? decl.name.text
        : undefined;
    const taints: Taint[] = [];
    for (const call of this.model.callsTo(decl)) {
      const arg = call.arguments?.[index];
      if (!arg) continue;
      for (const taint of this.eval(arg, depth + 1))
        taints.push(this.extend(taint, arg, `passed to \`${name ?? 'function'}()\``));
    }
    return taints;
  }

  /**
   * A method's parameter carries what calls of a method of that name in this file pass
   * (`new CardStore().save(n)`, `store.save(n)`): without types, the name is the link.
   */
  private methodParameter(fn: ts.MethodDeclaration, index: number, depth: number): Taint[] {
    const t = this.model.ts;
    const name =
      t.isIdentifier(fn.name) || t.isPrivateIdentifier(fn.name) ? fn.name.text : undefined;
    if (name === undefined) return [];
    const taints: Taint[] = [];
    for (const call of this.model.methodCalls(name)) {
      const arg = call.arguments?.[index];
      if (!arg) continue;
      for (const taint of this.eval(arg, depth + 1))
        taints.push(this.extend(taint, arg, `passed to \`${name}()\``));
    }
    return taints;
  }

  private member(expr: ts.Expression, object: ts.Expression, name: string, depth: number): Taint[] {
    const t = this.model.ts;
    if (name === 'length' || name === 'size') return [];
    // `process.env.STRIPE_SECRET_KEY`, `config.google.clientSecret`: the organization's
    // configuration, never a user's data, whatever the key is called.
    if (this.isConfiguration(expr)) return [];
    if (isVendorReference(name, this.options.catalogs)) return [];
    // A property of an object literal we can see: `const card = { number: n }; card.number`.
    const target = unwrap(t, object);
    if (t.isIdentifier(target)) {
      const decl = this.model.resolve(target);
      if (decl && t.isVariableDeclaration(decl) && decl.initializer) {
        const init = unwrap(t, decl.initializer);
        if (t.isObjectLiteralExpression(init)) {
          for (const property of init.properties) {
            if (
              (t.isPropertyAssignment(property) || t.isShorthandPropertyAssignment(property)) &&
              propertyKey(t, property.name) === name
            ) {
              const value = t.isPropertyAssignment(property) ? property.initializer : property.name;
              return [...this.fromName(expr, name), ...this.eval(value, depth + 1)];
            }
          }
        }
      }
    }
    const own = this.fromName(expr, name);
    if (own.length > 0) return own;
    if (this.isVendorObject(target)) return [];
    // `card.number` → `cardNumber`: a generic property named through its object.
    const objectName = lastName(t, target);
    if (objectName !== undefined) {
      const combined = this.fromName(
        expr,
        objectName + name.charAt(0).toUpperCase() + name.slice(1),
      );
      // `session.user.name`, `customer.name`: a person's name, not an account's username.
      if (name === 'name')
        return combined.map((taint) =>
          taint.category === 'user.account.username' ? { ...taint, category: 'user.name' } : taint,
        );
      if (combined.length > 0) return combined;
    }
    if (CONTAINER_PROPERTIES.has(name)) return [...this.eval(object, depth + 1)];
    return [];
  }

  /**
   * With a type checker, a whole object whose type has personal properties carries them:
   * `identify(user)` with `user: User` sends `User.email`. Only when nothing else is known
   * about the expression, and one level deep.
   */
  private withType(expr: ts.Expression, known: Taint[]): Taint[] {
    const checker = this.model.checker;
    if (known.some((taint) => !isLiteralEmail(taint)) || !checker) return known;
    // The organization's configuration (`EMAIL_FROM: { name, address }`) holds no one's data.
    if (this.isConfiguration(expr)) return known;
    // `const headers = { 'User-Agent': UA }`: an object literal seen here was read property by
    // property already; its type adds nothing (and its keys are not its values).
    if (this.model.ts.isIdentifier(expr)) {
      const decl = this.model.resolve(expr);
      if (
        decl &&
        this.model.ts.isVariableDeclaration(decl) &&
        decl.initializer &&
        this.model.ts.isObjectLiteralExpression(unwrap(this.model.ts, decl.initializer))
      )
        return known;
    }
    const type = checker.getTypeAtLocation(expr);
    if (!(type.flags & this.model.ts.TypeFlags.Object) || checker.isArrayLikeType(type))
      return known;
    // A platform type (`URL`'s `password`, `Request`'s `headers`) says nothing about a person:
    // only the project's own types (and the packages' models) name personal properties.
    if (isPlatformType(type)) return known;
    let categories = this.typeCategories.get(type);
    if (!categories) {
      const found = new Map<string, string>();
      for (const property of checker.getPropertiesOfType(type).slice(0, 200)) {
        const classification = this.classifyName(property.getName());
        if (
          classification &&
          this.options.taxonomy.isPersonal(classification.category) &&
          !found.has(classification.category)
        ) {
          found.set(classification.category, property.getName());
        }
      }
      categories = [...found.entries()].map(([category, name]) => ({ category, name }));
      this.typeCategories.set(type, categories);
    }
    const text = trimText(expr.getText(this.model.sourceFile));
    return [
      ...known,
      ...categories.map(({ category, name }) => ({
        category,
        steps: [this.step(expr, `read from \`${text}\` (its \`${name}\`)`)],
        confidence: 0.7,
        transforms: [],
      })),
    ];
  }

  private readonly typeCategories = new Map<ts.Type, { category: string; name: string }[]>();

  /**
   * Whether an expression reads the organization's configuration: `process.env.X`,
   * `config.stripe.secretKey`, `this.configService.get('API_KEY')`, a value imported from a
   * config module, or a variable that holds one of those or a constant string.
   */
  isConfiguration(node: ts.Expression, depth = 0): boolean {
    const t = this.model.ts;
    if (depth > 6) return false;
    const expr = unwrap(t, node);
    if (t.isIdentifier(expr)) {
      const decl = this.model.resolve(expr);
      if (!decl) return false;
      const binding = this.model.importOf(decl);
      if (binding) return CONFIG_MODULE.test(binding.module) || CONFIG_NAME.test(expr.text);
      if (t.isVariableDeclaration(decl) && decl.initializer && !this.model.isReassigned(decl)) {
        const init = unwrap(t, decl.initializer);
        return (
          this.isConfiguration(init, depth + 1) ||
          (!t.isIdentifier(init) && this.options.isConstant?.(init) === true)
        );
      }
      return false;
    }
    if (t.isPropertyAccessExpression(expr) || t.isElementAccessExpression(expr)) {
      const object = unwrap(t, expr.expression);
      if (isEnvironment(t, object)) return true;
      if (t.isIdentifier(object))
        return CONFIG_NAME.test(object.text) || this.isConfiguration(object, depth + 1);
      if (
        t.isPropertyAccessExpression(object) &&
        object.expression.kind === t.SyntaxKind.ThisKeyword
      )
        return CONFIG_NAME.test(object.name.text);
      return this.isConfiguration(object, depth + 1);
    }
    // `configService.get('STRIPE_KEY')`, `config.get('mail.apiKey')`.
    if (t.isCallExpression(expr) && t.isPropertyAccessExpression(expr.expression)) {
      const method = expr.expression.name.text;
      if (method === 'get' || method === 'getOrThrow' || method === 'require')
        return this.isConfiguration(expr.expression, depth + 1);
    }
    return false;
  }

  /** `const customer = await stripe.customers.create(…)`: the vendor's object. */
  private isVendorObject(node: ts.Expression): boolean {
    const t = this.model.ts;
    const check = this.options.isVendorResult;
    if (!check || !t.isIdentifier(node)) return false;
    const decl = this.model.resolve(node);
    if (!decl || !t.isVariableDeclaration(decl) || !decl.initializer) return false;
    const init = unwrap(t, decl.initializer);
    return (t.isCallExpression(init) || t.isNewExpression(init)) && check(init);
  }

  private objectLiteral(expr: ts.ObjectLiteralExpression, depth: number): Taint[] {
    const t = this.model.ts;
    const taints: Taint[] = [];
    for (const property of expr.properties) {
      if (t.isPropertyAssignment(property)) {
        const value = unwrap(t, property.initializer);
        const flows = this.eval(value, depth + 1);
        taints.push(...flows);
        const key = propertyKey(t, property.name);
        // `{ email: form.get('x') }` names its value; `{ email: true }`, `{ 'User-Agent': UA }`
        // and `{ client_secret: config.secret }` do not.
        if (
          key !== undefined &&
          flows.every(isLiteralEmail) &&
          carriesValue(t, value) &&
          !this.isConfiguration(value) &&
          this.options.isConstant?.(value) !== true
        )
          taints.push(...this.fromName(property.name, key));
      } else if (t.isShorthandPropertyAssignment(property)) {
        taints.push(...this.eval(property.name, depth + 1));
      } else if (t.isSpreadAssignment(property)) {
        taints.push(...this.eval(property.expression, depth + 1));
      }
    }
    return taints;
  }

  private call(expr: ts.CallExpression | ts.NewExpression, depth: number): Taint[] {
    const t = this.model.ts;
    const args = expr.arguments ?? [];
    const callee = unwrap(t, expr.expression);
    const q = this.qualifier.qualify(callee);
    const receiver = t.isPropertyAccessExpression(callee) ? callee.expression : undefined;
    const method = t.isPropertyAccessExpression(callee)
      ? callee.name.text
      : t.isIdentifier(callee)
        ? callee.text
        : undefined;

    if (q) {
      for (const sanitizer of this.options.catalogs.sanitizerIndex.candidates(q)) {
        if (!sanitizer.patterns.some((pattern) => matchPattern(pattern, q))) continue;
        if (sanitizer.args && !argsHaveShape(t, expr, sanitizer.args)) continue;
        if (sanitizer.effect === 'clean') return [];
        const input =
          sanitizer.input === 'receiver'
            ? receiver
            : sanitizer.input === 'last'
              ? args[args.length - 1]
              : args[sanitizer.input];
        if (!input) continue;
        if (sanitizer.effect === 'keep') return [...this.eval(input, depth + 1)];
        return this.eval(input, depth + 1).map((taint) => this.sanitize(taint, sanitizer, expr));
      }
    }
    if (receiver && method !== undefined) {
      // `email.split('@').pop()`, `email.slice(email.indexOf('@'))`: an address's domain.
      if (
        ((method === 'pop' || method === 'at') && isSplitAt(t, receiver)) ||
        ((method === 'slice' || method === 'substring') && args[0] && mentionsIndexOfAt(t, args[0]))
      )
        return [];
      // `formData.get('cardNumber')`, `searchParams.get('email')`: the key names the value.
      const key = args[0];
      if (
        (method === 'get' || method === 'getAll') &&
        key &&
        (t.isStringLiteral(key) || t.isNoSubstitutionTemplateLiteral(key))
      ) {
        return this.fromName(expr, key.text);
      }
      // `n.replace(/\d(?=\d{4})/g, '*')`: a regex replacement with mask characters masks.
      if ((method === 'replace' || method === 'replaceAll') && isMaskingReplace(t, args)) {
        return this.eval(receiver, depth + 1).map((taint) => ({
          ...taint,
          transforms: [...taint.transforms, 'masked'],
          steps: this.append(taint.steps, expr, 'masked'),
        }));
      }
      // `rows.map((r) => ({ value: r.cardNumber }))`: what the callback returns.
      const callback = args[0] ? unwrap(t, args[0]) : undefined;
      if (
        (method === 'map' || method === 'flatMap') &&
        callback &&
        (t.isArrowFunction(callback) || t.isFunctionExpression(callback))
      ) {
        return this.returnsWith(callback, [this.eval(receiver, depth + 1)], method, depth + 1);
      }
    }
    if (method !== undefined) {
      const qualifiedName =
        receiver && t.isIdentifier(receiver) ? `${receiver.text}.${method}` : method;
      if (PASS_THROUGH_FUNCTIONS.has(qualifiedName) && (!q || q.root.kind === 'global')) {
        return args.flatMap((arg) => [...this.eval(arg, depth + 1)]);
      }
      if (receiver && PASS_THROUGH_METHODS.has(method)) {
        return [
          ...this.eval(receiver, depth + 1),
          ...(method === 'concat' ? args.flatMap((arg) => [...this.eval(arg, depth + 1)]) : []),
        ];
      }
    }
    // A function of this file: evaluate its returns with the parameters bound to the arguments.
    if (t.isIdentifier(callee)) {
      const decl = this.model.resolve(callee);
      const fn = decl ? functionOf(t, decl) : undefined;
      if (fn && decl) return this.returns(fn, args, callee.text, depth);
    }
    // A function of another file (type information only): its returns, with our arguments.
    if (this.options.external && (t.isIdentifier(callee) || t.isPropertyAccessExpression(callee))) {
      const external = this.options.external(
        expr,
        args.map((arg) => this.eval(arg, depth + 1)),
      );
      if (external) return external;
    }
    // An unknown call named for what it returns: `getEmail()`, `user.getCardNumber()`.
    if (method !== undefined) {
      const stripped = method.replace(GETTER, '');
      if (stripped !== method) return this.fromName(expr, stripped);
    }
    return [];
  }

  private returns(
    fn: ts.SignatureDeclaration,
    args: readonly ts.Expression[],
    name: string,
    depth: number,
  ): Taint[] {
    const argTaints = fn.parameters.map((_param, i) => {
      const arg = args[i];
      return arg
        ? this.eval(arg, depth + 1).map((taint) =>
            this.extend(taint, arg, `passed to \`${name}()\``),
          )
        : [];
    });
    return this.returnsWith(fn, argTaints, name, depth);
  }

  /**
   * What a function of this file returns when its parameters carry `argTaints`: the
   * context-sensitive summary used for calls in this file and, with type information, for
   * calls from other files.
   */
  returnsWith(
    fn: ts.SignatureDeclaration,
    argTaints: readonly (readonly Taint[])[],
    name: string,
    depth = 0,
  ): Taint[] {
    const t = this.model.ts;
    if (this.frames.length > 4) return [];
    const frame = new Map<Declaration, readonly Taint[]>();
    fn.parameters.forEach((param, i) => frame.set(param, argTaints[i] ?? []));
    return this.withFrame(frame, () => {
      return returnedExpressions(t, fn).flatMap((value) =>
        this.eval(value, depth + 1).map((taint) =>
          this.extend(taint, value, `returned from \`${name}()\``),
        ),
      );
    });
  }

  /**
   * Evaluates `body` with only `frame` bound, whatever frames are active now: a function
   * summary must not see the bindings of the call it happens to be computed inside.
   */
  isolated<T>(frame: Map<Declaration, readonly Taint[]>, body: () => T): T {
    return this.outside(() => this.withFrame(frame, body));
  }

  /** Evaluates `body` with no frame: what a file's facts are, whoever asks for them first. */
  outside<T>(body: () => T): T {
    const saved = this.frames.splice(0, this.frames.length);
    try {
      return body();
    } finally {
      this.frames.splice(0, this.frames.length, ...saved);
    }
  }

  /** Evaluates `body` with parameters bound (memoisation is off while a frame is active). */
  withFrame<T>(frame: Map<Declaration, readonly Taint[]>, body: () => T): T {
    this.frames.push(frame);
    try {
      return body();
    } finally {
      this.frames.pop();
    }
  }

  private sanitize(taint: Taint, sanitizer: Sanitizer, at: ts.Node): Taint {
    const effect: SanitizerEffect = sanitizer.effect;
    if (effect === 'last4' || effect === 'first6') {
      // A parameter marker (function summaries) remembers the cut, for the caller's card number.
      if (taint.category.startsWith('pledge:param:'))
        return { ...taint, transforms: [...taint.transforms, effect] };
      if (!taint.category.startsWith('user.financial.card')) return taint;
      const category =
        effect === 'last4' ? 'user.financial.card.last4' : 'user.financial.card.first6';
      return {
        ...taint,
        category,
        steps: this.append(
          taint.steps,
          at,
          effect === 'last4' ? 'last four digits kept' : 'first six digits kept',
        ),
      };
    }
    if (effect === 'clean' || effect === 'keep') return taint;
    const transform: Transform =
      effect === 'masked' ? 'masked' : effect === 'hashed' ? 'hashed' : 'encrypted';
    return {
      ...taint,
      transforms: [...taint.transforms, transform],
      steps: this.append(taint.steps, at, transform),
    };
  }

  private fromName(node: ts.Node, name: string): Taint[] {
    // `stripeCustomerId`, `githubInstallationId`: a vendor's reference to its own record.
    if (isVendorReference(name, this.options.catalogs)) return [];
    const classification = this.classifyName(name);
    if (!classification || !this.options.taxonomy.isPersonal(classification.category)) {
      // Non-personal categories (last four digits, tokens) are kept so a rule can tell them apart.
      if (classification && isCardArtifact(classification.category)) {
        return [
          {
            category: classification.category,
            steps: [this.step(node, `\`${name}\``)],
            confidence: classification.confidence,
            transforms: [],
          },
        ];
      }
      return [];
    }
    return [
      {
        category: classification.category,
        steps: [this.step(node, `read from \`${trimText(node.getText(this.model.sourceFile))}\``)],
        confidence: classification.confidence,
        transforms: [],
        name,
      },
    ];
  }

  private extend(taint: Taint, node: ts.Node, label: string): Taint {
    return { ...taint, steps: this.append(taint.steps, node, label) };
  }

  private append(steps: readonly FlowStep[], node: ts.Node, label: string): readonly FlowStep[] {
    if (steps.length >= MAX_STEPS) return steps;
    return [...steps, this.step(node, label)];
  }

  private step(node: ts.Node, label: string): FlowStep {
    return { location: this.options.location(node), label };
  }
}

function isLiteralEmail(taint: Taint): boolean {
  return taint.category === LITERAL_EMAIL;
}

/**
 * How a flow names a value found in a string of code, masked: `a literal card number` for a
 * whole literal, `the card number \`**** **** **** 6467\` in a string` inside one.
 */
function literalLabel(match: ValueMatch, text: string): string {
  const whole = text.trim() === match.value;
  if (match.detector === 'ssn') return 'a literal SSN';
  if (match.detector === 'email')
    return `the e-mail address \`${mask(match.value, match.category)}\` in a string`;
  return whole
    ? 'a literal card number'
    : `the card number \`${mask(match.value, match.category)}\` in a string`;
}

/** `replace(/\d(?=\d{4})/g, '*')`, `replace(/.(?=.{4})/g, '•')`: a regex and a mask character. */
function isMaskingReplace(t: typeof ts, args: readonly ts.Expression[]): boolean {
  const [pattern, replacement] = args;
  if (!pattern || !replacement) return false;
  if (!t.isRegularExpressionLiteral(unwrap(t, pattern))) return false;
  const r = unwrap(t, replacement);
  return (
    (t.isStringLiteral(r) || t.isNoSubstitutionTemplateLiteral(r)) && /^[*•xX#·-]+$/.test(r.text)
  );
}

/** Names of configuration objects: `config`, `env`, `settings`, `appConfig`, `stripeSettings`. */
const CONFIG_NAME =
  /^(config|conf|cfg|configuration|env|environment|settings|secrets|constants|configService)$|[a-z](Config|Configuration|Settings|Env|Secrets|ConfigService)$/;
/** Modules that hold configuration: `./config`, `@/env`, `~/lib/settings`, `../constants`. */
const CONFIG_MODULE =
  /(^|[/@._-])(config|configs|configuration|env|settings|constants|secrets)([/._-]|$)/i;

/** `x.split('@')`. */
function isSplitAt(t: typeof ts, node: ts.Expression): boolean {
  const call = unwrap(t, node);
  if (!t.isCallExpression(call) || !t.isPropertyAccessExpression(call.expression)) return false;
  const arg = call.arguments[0];
  return (
    call.expression.name.text === 'split' &&
    arg !== undefined &&
    t.isStringLiteral(arg) &&
    arg.text === '@'
  );
}

/** `x.indexOf('@')` somewhere in an expression (`x.indexOf('@') + 1`). */
function mentionsIndexOfAt(t: typeof ts, node: ts.Expression): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (
      t.isCallExpression(n) &&
      t.isPropertyAccessExpression(n.expression) &&
      (n.expression.name.text === 'indexOf' || n.expression.name.text === 'lastIndexOf') &&
      n.arguments[0] !== undefined &&
      t.isStringLiteral(n.arguments[0]) &&
      n.arguments[0].text === '@'
    )
      found = true;
    else t.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

export const VENDOR_RECORD =
  /(customer|contact|account|installation|subscription|workspace|team|org|organization|connect|price|product|charge|invoice|paymentmethod|payment|session|portal|lead|deal|company|ticket|conversation)_?ids?$/i;

/**
 * A name for a vendor's reference to its own record: `stripeCustomerId`, `hubspotContactId`,
 * `github_installation_id`. The vendor's id for a customer is the vendor's, not a person's
 * identifier the vendor did not have.
 */
export function isVendorReference(name: string, catalogs: CatalogIndex): boolean {
  const match = /^([a-z]+)(?:_|(?=[A-Z]))(.+)$/.exec(name);
  return (
    match?.[1] !== undefined &&
    match[2] !== undefined &&
    catalogs.vendorPrefixes.has(match[1]) &&
    VENDOR_RECORD.test(match[2])
  );
}

/** A type declared by TypeScript's standard library or Node's own typings. */
function isPlatformType(type: ts.Type): boolean {
  const declaration = (type.getSymbol() ?? type.aliasSymbol)?.declarations?.[0];
  if (!declaration) return false;
  return /\/node_modules\/(typescript\/lib|@types\/node|undici-types)\//.test(
    declaration.getSourceFile().fileName,
  );
}

function isEnvironment(t: typeof ts, node: ts.Expression): boolean {
  if (!t.isPropertyAccessExpression(node) || node.name.text !== 'env') return false;
  const owner = node.expression;
  return (t.isIdentifier(owner) && owner.text === 'process') || t.isMetaProperty(owner);
}

function isCardArtifact(category: string): boolean {
  return (
    category === 'user.financial.card.last4' ||
    category === 'user.financial.card.first6' ||
    category === 'user.financial.card.token'
  );
}

/** Whether a property value can hold data (not `true`, `0`, a function, or `null`). */
function carriesValue(t: typeof ts, value: ts.Expression): boolean {
  return !(
    value.kind === t.SyntaxKind.TrueKeyword ||
    value.kind === t.SyntaxKind.FalseKeyword ||
    value.kind === t.SyntaxKind.NullKeyword ||
    t.isNumericLiteral(value) ||
    t.isStringLiteral(value) ||
    t.isNoSubstitutionTemplateLiteral(value) ||
    t.isFunctionLike(value) ||
    t.isObjectLiteralExpression(value) ||
    t.isArrayLiteralExpression(value) ||
    (t.isIdentifier(value) && value.text === 'undefined')
  );
}

function lastName(t: typeof ts, node: ts.Expression): string | undefined {
  if (t.isIdentifier(node)) return node.text;
  if (t.isPropertyAccessExpression(node)) return node.name.text;
  return undefined;
}

function trimText(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

/** The declaration that names a function: `function f() {}` or `const f = () => {}`. */
function functionDeclarationOf(t: typeof ts, fn: ts.SignatureDeclaration): Declaration | undefined {
  if (t.isFunctionDeclaration(fn)) return fn;
  if ((t.isArrowFunction(fn) || t.isFunctionExpression(fn)) && t.isVariableDeclaration(fn.parent))
    return fn.parent;
  return undefined;
}

function functionOf(t: typeof ts, decl: Declaration): ts.SignatureDeclaration | undefined {
  if (t.isFunctionDeclaration(decl)) return decl;
  if (t.isVariableDeclaration(decl) && decl.initializer) {
    const init = unwrap(t, decl.initializer);
    if (t.isArrowFunction(init) || t.isFunctionExpression(init)) return init;
  }
  return undefined;
}

/**
 * `s.slice(-4)`, `s.substring(s.length - 4)`, `s.slice(s.length - 4)`, `s.substr(-4)` keep the
 * last n characters; `s.slice(0, 6)`, `s.substring(0, 6)` the first n.
 */
function argsHaveShape(
  t: typeof ts,
  call: ts.CallExpression | ts.NewExpression,
  shape: { shape: 'last-n' | 'first-n'; n: number },
): boolean {
  const args = call.arguments ?? [];
  const [first, second] = args;
  if (!first) return false;
  const num = (e: ts.Expression): number | undefined => numericValue(t, e);
  if (shape.shape === 'first-n')
    return num(first) === 0 && second !== undefined && num(second) === shape.n;
  if (second !== undefined) return false;
  if (num(first) === -shape.n) return true;
  const u = unwrap(t, first);
  return (
    t.isBinaryExpression(u) &&
    u.operatorToken.kind === t.SyntaxKind.MinusToken &&
    t.isPropertyAccessExpression(u.left) &&
    u.left.name.text === 'length' &&
    num(u.right) === shape.n
  );
}

function dedupe(taints: readonly Taint[]): readonly Taint[] {
  if (taints.length < 2) return taints;
  const seen = new Map<string, Taint>();
  for (const taint of taints) {
    const key = `${taint.category}|${taint.transforms.join(',')}`;
    const existing = seen.get(key);
    // Keep the most confident, then the shortest flow.
    if (
      !existing ||
      taint.confidence > existing.confidence ||
      (taint.confidence === existing.confidence && taint.steps.length < existing.steps.length)
    ) {
      seen.set(key, taint);
    }
  }
  return [...seen.values()];
}
