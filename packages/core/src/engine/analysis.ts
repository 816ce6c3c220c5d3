import {
  createClassifier,
  createTaxonomy,
  type Classification,
  type Policy,
  type Taxonomy,
} from '@pledge/policy';
import type ts from 'typescript';
import { CORE_CATALOGS, type CatalogIndex } from '../catalog/index.js';
import type { ArgumentSpec } from '../catalog/types.js';
import type { AnalysisInput, SourceLocation, Taint, TypeScriptApi } from '../types.js';
import { cookieValueTaints, findCookies, type CookieFact } from './facts/cookies.js';
import { findSchemaFields, type SchemaFieldFact } from './facts/schema.js';
import { findSends, hostOfUrl, isRecordReference, type SendFact } from './facts/sends.js';
import { findStorage, type StorageFact } from './facts/storage.js';
import {
  findImports,
  findSdkGlobals,
  findUrlLiterals,
  type ImportFact,
  type SdkGlobalFact,
  type UrlLiteralFact,
} from './facts/uses.js';
import { FileModel, type Declaration, type LinkedDeclaration } from './model.js';
import { isOwnHost } from './parties.js';
import { functionOfDeclaration, Qualifier, unwrap, type Qualified } from './resolve.js';
import {
  collectCallSiteFacts,
  computeSummary,
  SUMMARY_LEVELS,
  type CallTarget,
  type FunctionSummary,
} from './summaries.js';
import { TaintAnalysis } from './taint.js';
import { propertyKey, type RELATIVE, ValueResolver } from './values.js';

// The analysis of one file: it builds the file's model, qualifier, values and taint once,
// links declarations in other files, keeps function summaries, and computes each kind of fact
// once, on first use, by the module that knows it (`facts/`: storage, schema, cookies, sends,
// uses). Rules and the data map read the same facts.

export type { CookieFact } from './facts/cookies.js';
export type { SchemaFieldFact } from './facts/schema.js';
export type { SendFact } from './facts/sends.js';
export type { StorageFact } from './facts/storage.js';
export type { ImportFact, SdkGlobalFact, UrlLiteralFact } from './facts/uses.js';

/** Everything the rules need to know about one file, computed once. */
export class FileAnalysis {
  readonly model: FileModel;
  readonly qualifier: Qualifier;
  readonly values: ValueResolver;
  readonly taint: TaintAnalysis;
  readonly taxonomy: Taxonomy;
  readonly classify: (name: string) => Classification | undefined;
  /** The catalogs of this run: the built-in ones and what the loaded packs add. */
  readonly catalogs: CatalogIndex;

  constructor(readonly input: AnalysisInput) {
    this.catalogs = input.catalogs ?? CORE_CATALOGS;
    this.model = new FileModel(input.ts, input.sourceFile, input.checker);
    if (input.checker) this.model.link = (node) => this.linked(node);
    this.qualifier = new Qualifier(
      this.model,
      (module) => this.catalogs.recipeOfPackage(module) !== undefined,
    );
    this.values = new ValueResolver(this.model);
    const { classify, taxonomy } = policyTools(input.policy);
    this.classify = classify;
    this.taxonomy = taxonomy;
    this.taint = new TaintAnalysis(this.model, this.qualifier, {
      classify,
      taxonomy,
      catalogs: this.catalogs,
      location: (node) => this.location(node),
      isConstant: (node) => this.values.string(node)?.complete === true,
      // `support@segment.com` under `firstParty.hosts: [segment.com]`: the organization's own.
      isOwnAddress: (address) =>
        isOwnHost(input.policy, address.slice(address.lastIndexOf('@') + 1).toLowerCase()),
      isVendorResult: (call) => {
        const q = this.qualifier.qualify(call.expression);
        return (
          q !== undefined &&
          (this.catalogs.recipeOf(q) !== undefined || this.catalogs.http.first(q) !== undefined)
        );
      },
      external: (call, argTaints) => {
        // Returns are followed a few files deep: a chain of calls between files is cut
        // (as a same-file chain is by the frame limit), not followed until the stack runs out.
        if (externalDepth >= MAX_EXTERNAL_DEPTH) return undefined;
        const target = this.externalTarget(call);
        if (!target) return undefined;
        externalDepth++;
        try {
          return target.analysis.taint.returnsWith(target.fn, argTaints, target.name);
        } finally {
          externalDepth--;
        }
      },
    });
  }

  private readonly links = new Map<ts.Node, LinkedDeclaration | undefined>();

  /**
   * With type information: the declaration in another file of the project that a node refers
   * to, and that file's analysis (built once and shared, like this one). Declarations in
   * `node_modules` and `.d.ts` files are not project code: catalogs know those by package.
   */
  linked(node: ts.Node): LinkedDeclaration | undefined {
    const checker = this.input.checker;
    if (!checker) return undefined;
    if (this.links.has(node)) return this.links.get(node);
    const t = this.ts;
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & t.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    let decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    // `return { capture }` in a hook: the property is the variable it is short for.
    if (decl && t.isShorthandPropertyAssignment(decl)) {
      let value = checker.getShorthandAssignmentValueSymbol(decl);
      // `{ html }` where `html` is imported: the variable is in the other file.
      if (value && value.flags & t.SymbolFlags.Alias) value = checker.getAliasedSymbol(value);
      decl = value?.valueDeclaration ?? value?.declarations?.[0] ?? decl;
    }
    let result: LinkedDeclaration | undefined;
    if (decl) {
      const sourceFile = decl.getSourceFile();
      if (
        sourceFile !== this.input.sourceFile &&
        !sourceFile.isDeclarationFile &&
        !sourceFile.fileName.includes('/node_modules/')
      )
        result = { decl, analysis: analyzeFile({ ...this.input, sourceFile }) };
    }
    this.links.set(node, result);
    return result;
  }

  /**
   * With type information: the function of another project file a call resolves to, and that
   * file's analysis.
   */
  externalTarget(
    call: ts.CallExpression | ts.NewExpression,
  ): { analysis: FileAnalysis; fn: ts.SignatureDeclaration; name: string } | undefined {
    const t = this.ts;
    const callee = unwrap(t, call.expression);
    const at = t.isPropertyAccessExpression(callee) ? callee.name : callee;
    const link = this.linked(at);
    if (!link) return undefined;
    const fn = functionOfDeclaration(t, link.decl);
    if (!fn) return undefined;
    return { analysis: link.analysis, fn, name: at.getText(this.input.sourceFile) };
  }

  private readonly summaries = new Map<ts.SignatureDeclaration, FunctionSummary[]>();
  private readonly computing = new Set<string>();

  /**
   * Which parameters of a function of this file reach which sinks, sends and cookie names,
   * through its own calls and, `level` calls deep, through the helpers it calls (in this file
   * or, with type information, others). A pure function of the function and the level: each
   * level is built from the one below, so the answer never depends on the order files or
   * functions are analysed in.
   */
  summary(fn: ts.SignatureDeclaration, level = SUMMARY_LEVELS): FunctionSummary {
    let levels = this.summaries.get(fn);
    if (!levels) {
      levels = [];
      this.summaries.set(fn, levels);
    }
    const cached = levels[level];
    if (cached) return cached;
    const summary = computeSummary(this, fn, level);
    levels[level] = summary;
    return summary;
  }

  /**
   * The function a call runs, when it is the project's own: a function or method of this file
   * (`track(…)`, `this.save(…)`), or, with type information, of another file.
   */
  callTarget(call: ts.CallExpression | ts.NewExpression): CallTarget | undefined {
    const t = this.ts;
    const callee = unwrap(t, call.expression);
    if (t.isIdentifier(callee)) {
      const decl = this.model.resolve(callee);
      if (decl && !this.model.importOf(decl)) {
        const fn = functionOfDeclaration(t, decl);
        return fn ? { analysis: this, fn, name: callee.text, external: false } : undefined;
      }
    }
    if (
      t.isPropertyAccessExpression(callee) &&
      callee.expression.kind === t.SyntaxKind.ThisKeyword
    ) {
      const cls = t.findAncestor(call, (node) => t.isClassLike(node));
      const method =
        cls && t.isClassLike(cls)
          ? cls.members.find(
              (m) => t.isMethodDeclaration(m) && propertyKey(t, m.name) === callee.name.text,
            )
          : undefined;
      const fn = method ? functionOfDeclaration(t, method) : undefined;
      if (fn) return { analysis: this, fn, name: callee.name.text, external: false };
    }
    const target = this.externalTarget(call);
    if (target) return { ...target, external: true };
    // `AnalyticsService.shared.track(…)`, `service.save(…)`: with type information, a method
    // of this file called through an object.
    const checker = this.input.checker;
    if (!checker || !t.isPropertyAccessExpression(callee)) return undefined;
    const decl = checker.getSymbolAtLocation(callee.name)?.valueDeclaration;
    if (decl?.getSourceFile() !== this.input.sourceFile) return undefined;
    const fn = functionOfDeclaration(t, decl);
    return fn ? { analysis: this, fn, name: callee.name.text, external: false } : undefined;
  }

  /** Facts at calls of the project's functions whose parameters reach a sink, a send or a cookie name. */
  private callSiteFacts(): { storage: StorageFact[]; sends: SendFact[]; cookies: CookieFact[] } {
    return this.onceValue('callSites', () => collectCallSiteFacts(this));
  }

  /** The facts that the engine found directly in this file (no summaries). */
  get ownStorage(): readonly StorageFact[] {
    return this.once('ownStorage', () => findStorage(this));
  }

  get ownSends(): readonly SendFact[] {
    return this.once('ownSends', () => findSends(this));
  }

  /** Every cookie set in this file, also those whose name is a wrapper's parameter. */
  get rawCookies(): readonly CookieFact[] {
    return this.once('rawCookies', () => findCookies(this));
  }

  private readonly values1 = new Map<string, unknown>();

  private onceValue<T>(kind: string, compute: () => T): T {
    if (this.values1.has(kind)) return this.values1.get(kind) as T;
    const value = this.taint.outside(compute);
    this.values1.set(kind, value);
    return value;
  }

  get ts(): TypeScriptApi {
    return this.input.ts;
  }

  get policy(): Policy {
    return this.input.policy;
  }

  location(node: ts.Node): SourceLocation {
    const sf = this.input.sourceFile;
    const startOffset = node.getStart(sf);
    const endOffset = node.getEnd();
    const start = sf.getLineAndCharacterOfPosition(startOffset);
    const end = sf.getLineAndCharacterOfPosition(endOffset);
    return {
      file: sf.fileName,
      start: { line: start.line + 1, column: start.character + 1 },
      end: { line: end.line + 1, column: end.character + 1 },
      startOffset,
      endOffset,
    };
  }

  /** The data arguments of a call. */
  dataArguments(
    call: ts.CallExpression | ts.NewExpression,
    specs: readonly ArgumentSpec[] | 'all',
  ): ts.Expression[] {
    const args = call.arguments ?? [];
    if (specs === 'all') return [...args];
    return specs.flatMap((spec) => {
      const value = this.argument(call, spec);
      return value ? [value] : [];
    });
  }

  /** Taints of expressions, in order. */
  taintsOf(inputs: readonly ts.Expression[]): Taint[] {
    return inputs.flatMap((input) => [...this.taint.of(input)]);
  }

  /** The expression at an argument spec: the argument, or a property of an object-literal argument. */
  argument(
    call: ts.CallExpression | ts.NewExpression,
    spec: ArgumentSpec,
  ): ts.Expression | undefined {
    const arg = call.arguments?.[spec.arg];
    if (!arg || spec.prop === undefined) return arg;
    if (spec.orWhole === true && !this.isObjectLiteral(arg)) return arg;
    return this.property(arg, spec.prop);
  }

  /** Whether an expression is (a constant holding) an object literal. */
  private isObjectLiteral(expr: ts.Expression): boolean {
    const t = this.ts;
    let object = unwrap(t, expr);
    if (t.isIdentifier(object)) {
      const decl = this.model.resolve(object);
      if (decl && t.isVariableDeclaration(decl) && decl.initializer)
        object = unwrap(t, decl.initializer);
    }
    return t.isObjectLiteralExpression(object);
  }

  /** A property of an object literal, following a constant that holds one. */
  property(expr: ts.Expression, name: string): ts.Expression | undefined {
    const t = this.ts;
    let object = unwrap(t, expr);
    if (t.isIdentifier(object)) {
      const decl = this.model.resolve(object);
      if (decl && t.isVariableDeclaration(decl) && decl.initializer)
        object = unwrap(t, decl.initializer);
    }
    if (!t.isObjectLiteralExpression(object)) return undefined;
    for (const property of object.properties) {
      if (t.isPropertyAssignment(property) && propertyKey(t, property.name) === name)
        return property.initializer;
      if (t.isShorthandPropertyAssignment(property) && property.name.text === name)
        return property.name;
    }
    return undefined;
  }

  get storage(): readonly StorageFact[] {
    return this.once('storage', () => [...this.ownStorage, ...this.callSiteFacts().storage]);
  }

  get schemaFields(): readonly SchemaFieldFact[] {
    return this.once('schemaFields', () => findSchemaFields(this));
  }

  /**
   * Cookies set in this file: by its own calls (except those whose name a wrapper's caller
   * gives: they are reported at the call) and at calls of cookie wrappers.
   */
  get cookies(): readonly CookieFact[] {
    return this.once('cookies', () => [
      ...this.rawCookies.filter((fact) => !fact.wrapperName),
      ...this.callSiteFacts().cookies,
    ]);
  }

  get sends(): readonly SendFact[] {
    return this.once('sends', () => [...this.ownSends, ...this.callSiteFacts().sends]);
  }

  private readonly facts = new Map<string, readonly unknown[]>();

  /**
   * Computes a kind of fact once. Re-entered through a cycle of cross-file summaries (this
   * file's facts needed while computing them), it answers "nothing yet" rather than recursing.
   */
  private once<T>(kind: string, compute: () => T[]): readonly T[] {
    const known = this.facts.get(kind);
    if (known) return known as readonly T[];
    if (this.computing.has(kind)) return [];
    this.computing.add(kind);
    try {
      // Facts are computed with no parameter bound, even when a summary asks for them first.
      const found = this.taint.outside(compute);
      this.facts.set(kind, found);
      return found;
    } finally {
      this.computing.delete(kind);
    }
  }

  private calls: { call: ts.CallExpression | ts.NewExpression; q: Qualified }[] | undefined;

  /** Every call with its qualified callee, computed once for all catalogs. */
  qualifiedCalls(): readonly {
    call: ts.CallExpression | ts.NewExpression;
    q: Qualified;
  }[] {
    if (!this.calls) {
      this.calls = [];
      for (const call of this.model.calls) {
        const q = this.qualifier.qualify(call.expression);
        if (q) this.calls.push({ call, q });
      }
    }
    return this.calls;
  }

  /**
   * The host a URL expression is on: a URL known statically, or the host of each value it can
   * take (`live ? 'https://api.x.com' : 'https://sandbox.x.com'`), or a host with an unknown
   * label before a known domain (`https://${tenant}.freshdesk.com/api` → `*.freshdesk.com`).
   * Of several, the first that is not the organization's own decides.
   */
  hostOfUrl(expr: ts.Expression): string | typeof RELATIVE | undefined {
    return hostOfUrl(this, expr);
  }

  /**
   * An id sent to a service's API that names one of that service's records (`customer:
   * customerId` to Stripe): the vendor's id, not a person's identifier disclosed to it.
   */
  isRecordReference(via: SendFact['via'], taint: Taint): boolean {
    return isRecordReference(this, via, taint);
  }

  /** What a cookie's value carries (never its name or options), computed with no parameter bound. */
  cookieValueTaints(fact: CookieFact): readonly Taint[] {
    return this.taint.outside(
      () => this.wrappedCookieValueTaints(fact) ?? cookieValueTaints(this, fact),
    );
  }

  /**
   * A cookie set at the call of a wrapper (`setCookie('sid', cardNumber)` around
   * `` document.cookie = `${name}=${value}` ``, `res.cookie(name, value)`): what the wrapper
   * writes as the value, with its parameters bound to what this call passes. Undefined when the
   * fact is not at a wrapper's call, or the cookie is set deeper than the wrapper itself.
   */
  private wrappedCookieValueTaints(fact: CookieFact): Taint[] | undefined {
    const t = this.ts;
    const call = fact.node;
    if (!t.isCallExpression(call) && !t.isNewExpression(call)) return undefined;
    const q = this.qualifier.qualify(call.expression);
    if (q && this.catalogs.cookies.first(q)) return undefined;
    const target = this.callTarget(call);
    if (!target) return undefined;
    const { analysis, fn, name } = target;
    const raw = analysis.rawCookies.filter(
      (inner) =>
        inner.wrapperName === true &&
        inner.api.id === fact.api.id &&
        inner.node.pos >= fn.pos &&
        inner.node.end <= fn.end,
    );
    if (raw.length === 0) return undefined;
    const args = call.arguments ?? [];
    const frame = new Map<Declaration, readonly Taint[]>();
    fn.parameters.forEach((param, i) => {
      const arg = args[i];
      const passed = { location: this.location(call), label: `passed to \`${name}()\`` };
      frame.set(
        param,
        arg
          ? this.taint.of(arg).map((taint) => ({ ...taint, steps: [...taint.steps, passed] }))
          : [],
      );
    });
    return analysis.taint.isolated(frame, () =>
      raw.flatMap((inner) => {
        const set = {
          location: analysis.location(inner.node),
          label: `set by ${inner.api.label} in \`${name}()\``,
        };
        return cookieValueTaints(analysis, inner).map((taint) => ({
          ...taint,
          steps: [...taint.steps, set],
        }));
      }),
    );
  }

  /** The npm packages this file imports at run time, with their SDK recipes and recipients. */
  get imports(): readonly ImportFact[] {
    return this.once('imports', () => findImports(this));
  }

  /** Calls rooted at an SDK snippet's global (`gtag(…)`, `fbq(…)`), with the SDK's recipe. */
  get sdkGlobals(): readonly SdkGlobalFact[] {
    return this.once('sdkGlobals', () => findSdkGlobals(this));
  }

  /** String literals that start with an absolute URL, with its host and the host's recipient. */
  get urlLiterals(): readonly UrlLiteralFact[] {
    return this.once('urlLiterals', () => findUrlLiterals(this));
  }
}

/** How many files deep returns are followed across files (see `TaintOptions.external`). */
const MAX_EXTERNAL_DEPTH = 6;
let externalDepth = 0;

const toolsCache = new WeakMap<
  Policy,
  { classify: (name: string) => Classification | undefined; taxonomy: Taxonomy }
>();

/** The classifier and taxonomy of a policy, built once per policy object. */
export function policyTools(policy: Policy): {
  classify: (name: string) => Classification | undefined;
  taxonomy: Taxonomy;
} {
  let tools = toolsCache.get(policy);
  if (!tools) {
    const extraNames: Record<string, string[]> = {};
    for (const [id, extension] of Object.entries(policy.dataCategories))
      extraNames[id] = [...extension.names];
    tools = {
      classify: createClassifier({ extraNames }),
      taxonomy: createTaxonomy(policy.dataCategories),
    };
    toolsCache.set(policy, tools);
  }
  return tools;
}

const analysisCache = new WeakMap<
  ts.SourceFile,
  {
    policy: Policy;
    checker: ts.TypeChecker | undefined;
    catalogs: CatalogIndex;
    analysis: FileAnalysis;
  }[]
>();

/** The analysis of a file, shared by every rule that asks for it during one lint or scan. */
export function analyzeFile(input: AnalysisInput): FileAnalysis {
  const catalogs = input.catalogs ?? CORE_CATALOGS;
  const entries = analysisCache.get(input.sourceFile) ?? [];
  const cached = entries.find(
    (entry) =>
      entry.policy === input.policy &&
      entry.checker === input.checker &&
      entry.catalogs === catalogs,
  );
  if (cached) return cached.analysis;
  const analysis = new FileAnalysis({ ...input, catalogs });
  // One entry per policy, checker and catalogs; a new policy or program replaces the old ones.
  const kept = entries.filter(
    (entry) => entry.policy === input.policy && entry.checker === input.checker,
  );
  analysisCache.set(input.sourceFile, [
    ...kept.slice(-3),
    { policy: input.policy, checker: input.checker, catalogs, analysis },
  ]);
  return analysis;
}
