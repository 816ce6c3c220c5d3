import {
  createClassifier,
  createTaxonomy,
  isFirstPartyHost,
  matchHost,
  recipientForEnv,
  recipientForHost,
  recipientForPackage,
  type Classification,
  type Policy,
  type Taxonomy,
  type ThirdPartyEntry,
} from '@pledge/policy';
import type ts from 'typescript';
import { CORE_CATALOGS, type CatalogIndex } from '../catalog/index.js';
import type {
  ArgumentSpec,
  CookieApi,
  HttpClient,
  SdkRecipe,
  StorageSink,
} from '../catalog/types.js';
import type { AnalysisInput, SourceLocation, Taint, TypeScriptApi } from '../types.js';
import { FileModel, packageOf, type LinkedDeclaration } from './model.js';
import {
  functionOfDeclaration,
  matchPattern,
  numericValue,
  Qualifier,
  unwrap,
  type Qualified,
} from './resolve.js';
import {
  collectCallSiteFacts,
  computeSummary,
  SUMMARY_LEVELS,
  wrapperParameters,
  type CallTarget,
  type FunctionSummary,
} from './summaries.js';
import { TaintAnalysis, VENDOR_RECORD } from './taint.js';
import {
  envPrefix,
  hostOf,
  propertyKey,
  cutAtEquals,
  hasParam,
  isWrapperName,
  RELATIVE,
  resolveNames,
  ValueResolver,
} from './values.js';
import type { NamePart } from './values.js';

/** Data written to a storage sink. */
export interface StorageFact {
  sink: StorageSink;
  /** The call, or a tagged template (`sql\`INSERT …\``, `prisma.$executeRaw\`…\``). */
  node: ts.CallExpression | ts.NewExpression | ts.TaggedTemplateExpression;
  taints: readonly Taint[];
  /** For raw SQL: the columns written, classified. */
  sqlColumns: readonly { name: string; category: string }[];
  /** The expressions that carry the stored data (empty for a fact at a helper's call). */
  inputs: readonly ts.Expression[];
}

/** A field of a model, entity or schema definition that names a data category. */
export interface SchemaFieldFact {
  label: string;
  node: ts.Node;
  name: string;
  category: string;
}

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

/** Data leaving for a host or an SDK. */
export interface SendFact {
  via: { id: string; label: string; kind: 'http' | 'sdk' | 'pixel' };
  node: ts.Node;
  /** The destination host; undefined when it is unknown or the URL is relative (see `relative`). */
  host: string | undefined;
  /** Whether the URL is relative: the same origin. */
  relative: boolean;
  /** The policy's recipient, when the destination is a declared one. */
  recipient: ThirdPartyEntry | undefined;
  /** Whether the destination is the organization's own. */
  firstParty: boolean;
  /** The vendor of an SDK recipe. */
  vendor: string | undefined;
  taints: readonly Taint[];
  /** The expressions that carry the data sent (empty for a fact at a helper's call). */
  inputs: readonly ts.Expression[];
}

const SQL_WRITE = /\b(insert|update|replace|upsert|merge)\b/i;

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
      const value = checker.getShorthandAssignmentValueSymbol(decl);
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
    return this.once('ownStorage', () => this.findStorage());
  }

  get ownSends(): readonly SendFact[] {
    return this.once('ownSends', () => this.findSends());
  }

  /** Every cookie set in this file, also those whose name is a wrapper's parameter. */
  get rawCookies(): readonly CookieFact[] {
    return this.once('rawCookies', () => this.findCookies());
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
    return this.once('schemaFields', () => this.findSchemaFields());
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
  private qualifiedCalls(): readonly {
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

  private findStorage(): StorageFact[] {
    const facts: StorageFact[] = [];
    for (const { call, q } of this.qualifiedCalls()) {
      const sink = this.catalogs.storage.first(q);
      if (!sink) continue;
      let sqlColumns: { name: string; category: string }[] = [];
      if (sink.sql) {
        const sqlArg = this.argument(call, sink.sql);
        const sql = sqlArg ? this.values.string(sqlArg) : undefined;
        // A statement we can read that writes nothing (SELECT, DELETE) stores nothing.
        if (sql?.complete && !SQL_WRITE.test(sql.value)) continue;
        if (sql) sqlColumns = this.sqlWriteColumns(sql.value);
      }
      const inputs = this.dataArguments(call, sink.data);
      facts.push({ sink, node: call, taints: this.taintsOf(inputs), sqlColumns, inputs });
    }
    // Tagged SQL templates: the static parts are the statement, the substitutions its values.
    for (const tagged of this.model.taggedTemplates) {
      const q = this.qualifier.qualify(tagged.tag);
      const sink = q ? this.catalogs.storage.first(q) : undefined;
      if (!sink?.sql) continue;
      const template = tagged.template;
      const spans = this.ts.isTemplateExpression(template) ? template.templateSpans : [];
      const sql = this.ts.isTemplateExpression(template)
        ? [template.head.text, ...spans.map((span) => span.literal.text)].join('?')
        : template.text;
      if (!SQL_WRITE.test(sql)) continue;
      const inputs = spans.map((span) => span.expression);
      facts.push({
        sink,
        node: tagged,
        taints: this.taintsOf(inputs),
        sqlColumns: this.sqlWriteColumns(sql),
        inputs,
      });
    }
    return facts;
  }

  /** Columns written by `INSERT INTO t (a, b)` or `UPDATE t SET a = ?, b = ?`, classified. */
  private sqlWriteColumns(sql: string): { name: string; category: string }[] {
    const columns: string[] = [];
    const insert =
      /\b(?:insert|replace)\s+(?:or\s+\w+\s+)?into\s+[\w."`[\]]+\s*\(([^)]{0,2000})\)/gi;
    for (const match of sql.matchAll(insert)) columns.push(...(match[1] ?? '').split(','));
    const update = /\bupdate\s+[\w."`[\]]+\s+set\s+([^;]{0,2000}?)(?:\bwhere\b|;|$)/gi;
    for (const match of sql.matchAll(update)) {
      for (const assignment of (match[1] ?? '').split(','))
        columns.push(assignment.split('=')[0] ?? '');
    }
    const out: { name: string; category: string }[] = [];
    for (const raw of columns) {
      const name = raw.trim().replace(/^["`[]|["`\]]$/g, '');
      if (name === '') continue;
      const classification = this.taint.classifyName(name);
      if (classification) out.push({ name, category: classification.category });
    }
    return out;
  }

  private findSchemaFields(): SchemaFieldFact[] {
    const t = this.ts;
    const facts: SchemaFieldFact[] = [];
    for (const { call, q } of this.qualifiedCalls()) {
      const definition = this.catalogs.schemas.first(q);
      if (!definition) continue;
      const fields = this.argument(call, definition.fields);
      if (!fields) continue;
      const object = unwrap(t, fields);
      if (t.isObjectLiteralExpression(object)) {
        facts.push(...this.schemaObjectFields(definition.label, object, undefined));
      } else {
        // knex: table.string('card_number')
        const column = this.values.string(object);
        const classification = column?.complete ? this.taint.classifyName(column.value) : undefined;
        if (column && classification)
          facts.push({
            label: definition.label,
            node: object,
            name: column.value,
            category: classification.category,
          });
      }
    }
    for (const cls of this.model.classes) {
      const decorators = (node: ts.Node): string[] =>
        (t.canHaveDecorators(node) ? (t.getDecorators(node) ?? []) : []).flatMap((d) => {
          const q = this.qualifier.qualify(
            t.isCallExpression(d.expression) ? d.expression.expression : d.expression,
          );
          return q?.root.kind === 'module'
            ? [`${packageOf(q.root.module)}:${q.members.join('.')}`]
            : [];
        });
      const classDecorators = decorators(cls);
      const kind = this.catalogs.entityDecorators.find((entry) =>
        classDecorators.some((d) =>
          entry.modules.some((m) => entry.classDecorators.some((c) => d === `${m}:${c}`)),
        ),
      );
      if (!kind) continue;
      for (const member of cls.members) {
        if (!t.isPropertyDeclaration(member)) continue;
        const fieldDecorators = decorators(member);
        if (
          !fieldDecorators.some((d) =>
            kind.modules.some((m) => kind.fieldDecorators.some((f) => d === `${m}:${f}`)),
          )
        )
          continue;
        const name = propertyKey(t, member.name);
        const classification = name === undefined ? undefined : this.taint.classifyName(name);
        if (name !== undefined && classification)
          facts.push({
            label: kind.label,
            node: member.name,
            name,
            category: classification.category,
          });
      }
    }
    return facts;
  }

  /**
   * The fields of a schema object, nested ones included: `{ card: { number: String } }` declares
   * `card.number`, classified as `cardNumber`. A nested `{ type: String }` is a field's options.
   */
  private schemaObjectFields(
    label: string,
    object: ts.ObjectLiteralExpression,
    parent: string | undefined,
    depth = 0,
  ): SchemaFieldFact[] {
    const t = this.ts;
    const facts: SchemaFieldFact[] = [];
    for (const property of object.properties) {
      const name = property.name ? propertyKey(t, property.name) : undefined;
      if (name === undefined || !property.name) continue;
      const combined =
        parent === undefined ? undefined : parent + name.charAt(0).toUpperCase() + name.slice(1);
      const classification =
        (combined === undefined ? undefined : this.taint.classifyName(combined)) ??
        this.taint.classifyName(name);
      const value = t.isPropertyAssignment(property) ? unwrap(t, property.initializer) : undefined;
      const nested =
        value &&
        t.isObjectLiteralExpression(value) &&
        !value.properties.some((p) => p.name !== undefined && propertyKey(t, p.name) === 'type');
      if (nested && depth < 3) {
        facts.push(...this.schemaObjectFields(label, value, name, depth + 1));
        continue;
      }
      if (classification)
        facts.push({
          label,
          node: property.name,
          name: combined === undefined ? name : `${parent ?? ''}.${name}`,
          category: classification.category,
        });
    }
    return facts;
  }

  private findCookies(): CookieFact[] {
    const t = this.ts;
    const facts: CookieFact[] = [];
    for (const { call, q } of this.qualifiedCalls()) {
      const api = this.catalogs.cookies.first(q);
      if (api) facts.push(...this.cookieFromCall(api, call));
    }
    // document.cookie = 'name=value; Max-Age=...'
    for (const assignment of this.model.assignments) {
      const left = assignment.left;
      if (!t.isPropertyAccessExpression(left) || left.name.text !== 'cookie') continue;
      const q = this.qualifier.qualify(left.expression);
      if (!q || !(q.root.kind === 'global' && q.root.name === 'document' && q.members.length === 0))
        continue;
      facts.push(
        ...this.cookieFromString(
          { id: 'document-cookie', label: 'document.cookie' },
          assignment,
          assignment.right,
        ),
      );
    }
    return facts;
  }

  private cookieFromCall(api: CookieApi, call: ts.CallExpression | ts.NewExpression): CookieFact[] {
    const t = this.ts;
    const spec = api.name;
    const options = api.options ? this.argument(call, api.options) : undefined;
    switch (spec.kind) {
      case 'argument': {
        const arg = call.arguments?.[spec.arg];
        if (!arg) return [];
        // cookieStore.set({ name, value }) and cookies().set({ name, value }) take an object.
        const objectName = this.property(arg, 'name');
        return this.cookie(api, call, objectName ?? arg, false, objectName ? arg : options);
      }
      case 'set-cookie-string': {
        const arg = this.argument(call, spec);
        return arg ? this.cookieFromString(api, call, arg) : [];
      }
      case 'header': {
        const headerArg = call.arguments?.[spec.nameArg];
        // `res.set({ 'Set-Cookie': … })`: the same setters also take a headers object.
        if (headerArg && t.isObjectLiteralExpression(unwrap(t, headerArg))) {
          return this.cookiesFromHeadersObject(api, call, headerArg);
        }
        const header = headerArg ? this.values.string(headerArg) : undefined;
        if (!header?.complete || header.value.toLowerCase() !== 'set-cookie') return [];
        const valueArg = call.arguments?.[spec.valueArg];
        return valueArg ? this.cookiesFromHeaderValue(api, call, valueArg) : [];
      }
      case 'headers-object': {
        const headers = this.argument(
          call,
          spec.prop === undefined ? { arg: spec.arg } : { arg: spec.arg, prop: spec.prop },
        );
        return headers ? this.cookiesFromHeadersObject(api, call, headers) : [];
      }
      case 'option': {
        const arg = call.arguments?.[spec.arg];
        const nameExpr = arg ? this.property(arg, spec.prop) : undefined;
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
        return this.cookie(api, call, nameExpr, false, options);
      }
    }
  }

  /**
   * A cookie set with a name expression: its name, or the known prefix and suffix of a name
   * built at run time (one fact per name a union or conditional gives). A name that is a
   * wrapper's parameter is marked: the wrapper's callers say which cookie it is.
   */
  private cookie(
    api: Pick<CookieApi, 'id' | 'label'>,
    node: ts.Node,
    nameExpr: ts.Expression,
    cut: boolean,
    options: ts.Expression | undefined,
  ): CookieFact[] {
    const holes = wrapperParameters(this.ts, nameExpr);
    const parts = this.values.template(nameExpr, holes);
    const nameParts = cut ? cutAtEquals(parts) : parts;
    const attributes = cut ? setCookieAttributes(parts) : undefined;
    const deletes = isCookieDeletion(this.ts, options, attributes);
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
  private cookiesFromHeadersObject(
    api: Pick<CookieApi, 'id' | 'label'>,
    call: ts.Node,
    headers: ts.Expression,
  ): CookieFact[] {
    const t = this.ts;
    const object = unwrap(t, headers);
    if (!t.isObjectLiteralExpression(object)) return [];
    for (const property of object.properties) {
      if (
        t.isPropertyAssignment(property) &&
        propertyKey(t, property.name)?.toLowerCase() === 'set-cookie'
      ) {
        return this.cookiesFromHeaderValue(api, call, property.initializer);
      }
    }
    return [];
  }

  private cookiesFromHeaderValue(
    api: Pick<CookieApi, 'id' | 'label'>,
    call: ts.Node,
    value: ts.Expression,
  ): CookieFact[] {
    const t = this.ts;
    const inner = unwrap(t, value);
    const elements = t.isArrayLiteralExpression(inner) ? inner.elements : [value];
    // `setHeader('Set-Cookie', serialize('sid', v))`: the serialize call is a fact of its own.
    return elements
      .filter((element) => !this.isCookieApiCall(element))
      .flatMap((element) => this.cookieFromString(api, call, element));
  }

  private isCookieApiCall(expr: ts.Expression): boolean {
    const t = this.ts;
    const inner = unwrap(t, expr);
    if (!t.isCallExpression(inner)) return false;
    const q = this.qualifier.qualify(inner.expression);
    if (!q) return false;
    if (this.catalogs.cookies.first(q) !== undefined) return true;
    // `langCookie.serialize(v)` on `createCookie('lang')`: a method of a cookie object, whose
    // name was checked where it was created.
    const made = q.members.lastIndexOf('()');
    return (
      made > 0 &&
      this.catalogs.cookies.first({
        root: q.root,
        members: q.members.slice(0, made),
        factories: [],
      }) !== undefined
    );
  }

  /** `name=value; Path=/; Max-Age=3600` → the name and the attributes. */
  private cookieFromString(
    api: Pick<CookieApi, 'id' | 'label'>,
    node: ts.Node,
    value: ts.Expression,
  ): CookieFact[] {
    return this.cookie(api, node, value, true, undefined);
  }

  private findSends(): SendFact[] {
    const t = this.ts;
    const facts: SendFact[] = [];
    for (const { call, q } of this.qualifiedCalls()) {
      const recipe = this.catalogs.recipeOf(q);
      if (recipe) {
        const send = recipe.sends.find((s) =>
          matchPattern({ modules: ['*'], globals: ['*'], locals: ['*'], member: s.member }, q),
        );
        if (send) facts.push(this.sdkSend(recipe, q, call, send.data, send.fields ?? []));
        continue;
      }
      const client = this.catalogs.http.first(q);
      if (client) facts.push(this.httpSend(client, q, call));
    }
    // Pixels: `img.src = url`, `new Image().src = url`, `<img src={url} />`.
    for (const assignment of this.model.assignments) {
      if (t.isPropertyAccessExpression(assignment.left) && assignment.left.name.text === 'src') {
        const fact = this.urlSend(
          { id: 'pixel', label: 'an image or script URL', kind: 'pixel' },
          assignment,
          assignment.right,
        );
        if (fact) facts.push(fact);
      }
    }
    for (const attribute of this.model.jsxAttributes) {
      const tag = attribute.parent.parent;
      const tagName =
        t.isJsxOpeningElement(tag) || t.isJsxSelfClosingElement(tag)
          ? tag.tagName.getText(this.input.sourceFile)
          : '';
      if (!['img', 'script', 'iframe', 'Script', 'Image'].includes(tagName)) continue;
      if (
        !t.isIdentifier(attribute.name) ||
        attribute.name.text !== 'src' ||
        !attribute.initializer
      )
        continue;
      const init = attribute.initializer;
      const expr = t.isJsxExpression(init)
        ? init.expression
        : t.isStringLiteral(init)
          ? init
          : undefined;
      if (!expr) continue;
      const fact = this.urlSend(
        { id: 'pixel', label: `<${tagName} src>`, kind: 'pixel' },
        attribute,
        expr,
      );
      if (fact) facts.push(fact);
    }
    return facts;
  }

  private urlSend(via: SendFact['via'], node: ts.Node, url: ts.Expression): SendFact | undefined {
    const value = this.values.string(url);
    const host = value ? hostOf(value) : undefined;
    if (host === undefined) return undefined;
    return this.makeSend(via, node, host, undefined, undefined, [url]);
  }

  private httpSend(
    client: HttpClient,
    q: Qualified,
    call: ts.CallExpression | ts.NewExpression,
  ): SendFact {
    const urlExpr = client.url
      ? this.argument(call, client.url)
      : client.urlFromSibling
        ? this.siblingArgument(call, client.urlFromSibling)
        : undefined;
    let host = urlExpr ? this.hostOfUrl(urlExpr) : undefined;
    let baseExpr: ts.Expression | undefined;
    if ((host === undefined || host === RELATIVE) && client.baseUrlFrom) {
      // An instance: the base URL of the factory call (`axios.create({ baseURL })`).
      const factory = q.factories.find((f) => {
        const fq = this.qualifier.qualify(f.expression);
        const member = client.baseUrlFrom?.factoryMember;
        return member === '*' ? f !== call : (fq?.members.at(-1) ?? '') === member;
      });
      const spec = client.baseUrlFrom;
      const base = factory
        ? this.argument(
            factory,
            spec.prop === undefined ? { arg: spec.arg } : { arg: spec.arg, prop: spec.prop },
          )
        : undefined;
      // A path on an instance whose base URL we cannot read is not known to be same-origin:
      // neither one from an unreadable factory nor one known only by its type (`api: AxiosInstance`).
      if (base) host = this.hostOfUrl(base) ?? this.bareHost(base, ['hostname', 'host']);
      else if (host === RELATIVE && !factory && q.members.includes('()')) host = undefined;
      baseExpr = base;
    }
    // `${process.env.CRM_API_URL}/contacts`: a base URL the policy names by its variable.
    let envRecipient: ThirdPartyEntry | undefined;
    let envName: string | undefined;
    if (host === undefined) {
      envName = [urlExpr, baseExpr]
        .map((e) => (e ? envPrefix(this.model, e) : undefined))
        .find((e) => e !== undefined);
      const owner = envName === undefined ? undefined : recipientForEnv(this.policy, envName);
      if (owner === 'first-party') host = RELATIVE;
      else envRecipient = owner;
      // `process.env.SLACK_WEBHOOK_URL`: a variable whose name says whose endpoint it holds.
      if (owner === undefined && envName !== undefined)
        host = this.catalogs.endpointOfEnv(envName)?.host;
    }
    if (host === undefined && client.host) {
      // `https.request({ hostname: 'api.example.com', path })`: a bare host name.
      for (const spec of client.host) {
        const value = this.argument(call, spec);
        const text = value ? this.values.string(value) : undefined;
        if (text?.complete && /^[a-z0-9.-]+$/i.test(text.value)) {
          host = text.value.toLowerCase();
          break;
        }
      }
    }
    // A URL of this call carries data too; one taken from a sibling call (`xhr.open`) is that
    // call's own send, reported there.
    const inputs = [
      ...this.dataArguments(call, client.data),
      ...(urlExpr && client.url ? [urlExpr] : []),
    ];
    return this.makeSend(
      { id: client.id, label: client.label, kind: 'http' },
      call,
      host,
      envRecipient,
      envRecipient && envName !== undefined ? `process.env.${envName}` : undefined,
      inputs,
    );
  }

  /** `{ hostname: 'api.example.com', path }`: a bare host name in an options object. */
  private bareHost(options: ts.Expression, props: readonly string[]): string | undefined {
    for (const prop of props) {
      const value = this.property(options, prop);
      const text = value ? this.values.string(value) : undefined;
      if (text?.complete && /^[a-z0-9.-]+$/i.test(text.value)) return text.value.toLowerCase();
    }
    return undefined;
  }

  /**
   * The host a URL expression is on: a URL known statically, or the host of each value it can
   * take (`live ? 'https://api.x.com' : 'https://sandbox.x.com'`), or a host with an unknown
   * label before a known domain (`https://${tenant}.freshdesk.com/api` → `*.freshdesk.com`).
   * Of several, the first that is not the organization's own decides.
   */
  hostOfUrl(expr: ts.Expression): string | typeof RELATIVE | undefined {
    const url = this.values.string(expr);
    const direct = url ? hostOf(url) : undefined;
    if (direct !== undefined || url?.complete) return direct;
    const hosts = resolveNames(this.values.template(expr, new Map())).map((resolved) =>
      resolved.name !== undefined
        ? hostOf({ value: resolved.name, complete: true })
        : (hostOf({ value: resolved.prefix, complete: false }) ??
          wildcardHost(this.values.template(expr, new Map()))),
    );
    const thirdParty = hosts.find(
      (h): h is string =>
        typeof h === 'string' && !isLoopback(h) && !isFirstPartyHost(this.policy, probeHost(h)),
    );
    if (thirdParty) return thirdParty;
    if (hosts.length > 0 && hosts.every((h) => h !== undefined)) return hosts[0];
    return undefined;
  }

  /** `xhr.send(body)` → the URL argument of `xhr.open(method, url)` on the same variable. */
  private siblingArgument(
    call: ts.CallExpression | ts.NewExpression,
    sibling: { member: string; arg: number },
  ): ts.Expression | undefined {
    const t = this.ts;
    const callee = unwrap(t, call.expression);
    if (!t.isPropertyAccessExpression(callee) || !t.isIdentifier(callee.expression))
      return undefined;
    const target = this.model.resolve(callee.expression);
    if (!target) return undefined;
    for (const other of this.model.methodCalls(sibling.member)) {
      const otherCallee = other.expression;
      if (
        t.isPropertyAccessExpression(otherCallee) &&
        t.isIdentifier(otherCallee.expression) &&
        this.model.resolve(otherCallee.expression) === target
      ) {
        return other.arguments?.[sibling.arg];
      }
    }
    return undefined;
  }

  private sdkSend(
    recipe: SdkRecipe,
    q: Qualified,
    call: ts.CallExpression | ts.NewExpression,
    data: readonly ArgumentSpec[],
    fields: readonly { arg: number; prop: string; category: string }[],
  ): SendFact {
    const policy = this.policy;
    const module = q.root.kind === 'module' ? q.root.module : undefined;
    const recipient =
      (module ? recipientForPackage(policy, module) : undefined) ??
      recipe.packages.map((p) => recipientForPackage(policy, p)).find((r) => r !== undefined) ??
      policy.thirdParties.find((party) =>
        party.hosts.some((pattern) =>
          recipe.hosts.some((h) => pattern === h || matchHost(pattern, h.replace(/^\*\./, 'x.'))),
        ),
      );
    // `new MeiliSearch({ host: process.env.MEILI_HOST })`: a client pointed at the
    // organization's own server (self-hosted) sends to it, not to the vendor.
    const own = this.clientEndpoint(q);
    const host = own === RELATIVE ? own : recipe.hosts[0]?.replace(/^\*\./, '');
    return this.makeSend(
      { id: recipe.id, label: recipe.vendor, kind: 'sdk' },
      call,
      host,
      recipient,
      recipe.vendor,
      this.dataArguments(call, data),
      this.fieldTaints(recipe, call, fields),
    );
  }

  /**
   * An id sent to a service's API that names one of that service's records: `customer:
   * customerId` to Stripe, `installationId` in a GitHub API path, an `accountId` to a partner
   * API. An API can only be asked about its own records, so such an id is the vendor's, not a
   * person's identifier disclosed to it — except to analytics, ads and replay tools, which are
   * sent the organization's ids to profile people by.
   */
  isRecordReference(via: SendFact['via'], taint: Taint): boolean {
    if (taint.category !== 'user.unique_id' && taint.category !== 'user.device.device_id')
      return false;
    if (
      taint.name === undefined ||
      /user|member|person|visitor|distinct|anonymous/i.test(taint.name)
    )
      return false;
    if (!VENDOR_RECORD.test(taint.name)) return false;
    if (via.kind === 'pixel') return false;
    if (via.kind === 'sdk') {
      const category = this.catalogs.recipe(via.id)?.category;
      return !PROFILING.has(category ?? '');
    }
    return true;
  }

  /**
   * Where an SDK client was pointed when it was made, if at the organization's own server:
   * `new MeiliSearch({ host: process.env.MEILI_HOST })` with `MEILI_HOST` in `firstParty.env`,
   * `new PostHog(key, { host: 'https://analytics.example.com' })` on a first-party host.
   */
  private clientEndpoint(q: Qualified): typeof RELATIVE | undefined {
    for (const factory of q.factories) {
      for (const arg of factory.arguments ?? []) {
        for (const prop of ENDPOINT_OPTIONS) {
          const value = this.property(arg, prop);
          if (!value) continue;
          const env = envPrefix(this.model, value);
          if (env !== undefined && recipientForEnv(this.policy, env) === 'first-party')
            return RELATIVE;
          const host = this.hostOfUrl(value);
          if (host === RELATIVE) return RELATIVE;
          if (
            host !== undefined &&
            (isLoopback(host) || isFirstPartyHost(this.policy, probeHost(host)))
          )
            return RELATIVE;
        }
      }
    }
    return undefined;
  }

  /**
   * `twilio.messages.create({ to: req.body.number })`: a property whose meaning the API fixes
   * carries that category whatever the value is called, unless it is a constant or the
   * organization's configuration; a field of category `organization` (an email's `from`) holds
   * the organization's own data. `within` are the fields' source ranges: what the value's own
   * names suggested there is replaced.
   */
  private fieldTaints(
    recipe: SdkRecipe,
    call: ts.CallExpression | ts.NewExpression,
    fields: readonly { arg: number; prop: string; category: string }[],
  ): { taints: Taint[]; within: [number, number][] } {
    const taints: Taint[] = [];
    const within: [number, number][] = [];
    for (const field of fields) {
      const value = this.argument(call, { arg: field.arg, prop: field.prop });
      if (!value) continue;
      within.push([value.getStart(this.input.sourceFile), value.getEnd()]);
      if (field.category === ORGANIZATION_FIELD) continue;
      if (this.values.string(value)?.complete === true || this.taint.isConfiguration(value))
        continue;
      // Whatever the value is called (`address`, `recipient`), the field says what it is.
      const named = this.taint
        .of(value)
        .filter((taint) => this.taxonomy.isPersonal(taint.category));
      if (named.length > 0) {
        taints.push(...named.map((taint) => ({ ...taint, category: field.category })));
        continue;
      }
      // `function notify(to) { client.messages.create({ to }) }`: a wrapper; its callers say
      // what `to` is, and are reported.
      const inner = unwrap(this.ts, value);
      if (this.ts.isIdentifier(inner)) {
        const decl = this.model.resolve(inner);
        if (decl && wrapperParameters(this.ts, value).has(decl)) continue;
      }
      taints.push({
        category: field.category,
        steps: [
          {
            location: this.location(value),
            label: `\`${field.prop}\` of a ${recipe.vendor} call (\`${trimmed(value.getText(this.input.sourceFile))}\`)`,
          },
        ],
        confidence: 0.8,
        transforms: [],
      });
    }
    return { taints, within };
  }

  private makeSend(
    via: SendFact['via'],
    node: ts.Node,
    destination: string | typeof RELATIVE | undefined,
    recipient: ThirdPartyEntry | undefined,
    vendor: string | undefined,
    inputs: ts.Expression[],
    fields: { taints: readonly Taint[]; within: readonly [number, number][] } = {
      taints: [],
      within: [],
    },
  ): SendFact {
    // A field with a fixed meaning replaces what the value's own names suggested in it.
    const inField = (taint: Taint): boolean => {
      const at = taint.steps[0]?.location;
      return (
        at !== undefined &&
        at.file === this.input.sourceFile.fileName &&
        fields.within.some(([start, end]) => at.startOffset >= start && at.startOffset < end)
      );
    };
    const taints = [
      ...this.taintsOf(inputs).filter(
        (taint) => !inField(taint) && !this.isRecordReference(via, taint),
      ),
      ...fields.taints,
    ];
    const relative = destination === RELATIVE;
    const host = destination === RELATIVE ? undefined : destination;
    const probe = host === undefined ? undefined : probeHost(host);
    const firstParty =
      relative ||
      (probe !== undefined &&
        recipient === undefined &&
        (isLoopback(probe) || isFirstPartyHost(this.policy, probe)));
    const resolved =
      recipient ??
      (probe !== undefined && !firstParty ? recipientForHost(this.policy, probe) : undefined);
    return { via, node, host, relative, recipient: resolved, firstParty, vendor, taints, inputs };
  }
}

function trimmed(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}...` : oneLine;
}

/** SDK categories whose vendors profile people by the ids they are sent. */
const PROFILING = new Set(['analytics', 'session-replay', 'ads', 'marketing', 'feature-flags']);

/** The category of an API field that holds the organization's own data (an email's sender). */
const ORGANIZATION_FIELD = 'organization';

/** Options of an SDK client that say which server it talks to. */
const ENDPOINT_OPTIONS = [
  'host',
  'baseURL',
  'baseUrl',
  'url',
  'endpoint',
  'apiHost',
  'api_host',
  'apiUrl',
  'serverUrl',
];

/** A host to match policy patterns with: `*.freshdesk.com` stands for `x.freshdesk.com`. */
function probeHost(host: string): string {
  return host.startsWith('*.') ? `x${host.slice(1)}` : host;
}

/** `https://${tenant}.freshdesk.com/…` → `*.freshdesk.com`: a known domain under an unknown label. */
function wildcardHost(parts: readonly NamePart[]): string | undefined {
  const text = parts.map((part) => (part.kind === 'text' ? part.text : '\u0000')).join('');
  const authority = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#\s]*)/i.exec(text)?.[1];
  if (authority === undefined) return undefined;
  const known = authority.slice(authority.lastIndexOf('\u0000') + 1).replace(/:\d+$/, '');
  if (!authority.includes('\u0000') || !/^\.[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(known))
    return undefined;
  return `*${known.toLowerCase()}`;
}

/** How many files deep returns are followed across files (see `TaintOptions.external`). */
const MAX_EXTERNAL_DEPTH = 6;
let externalDepth = 0;

/** This machine: never a third party (`localhost`, `127.0.0.1`, `[::1]`, `*.localhost`). */
function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(h) ||
    h === '::1' ||
    h === '0.0.0.0'
  );
}

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
