import {
  citeClause,
  cookieDeclaration,
  isFirstPartyHost,
  maskText,
  mayReceive,
  recipientForHost,
  recipientForPackage,
  type ClauseCitation,
  type CookieDeclarationEntry,
  type Policy,
  type Taxonomy,
  type ThirdPartyEntry,
} from '@pledge/policy';
import type ts from 'typescript';
import type {
  CallPattern,
  CookieApi,
  HttpClient,
  Sanitizer,
  SchemaDefinition,
  SdkRecipe,
  StorageSink,
} from './catalog/types.js';
import {
  analyzeFile,
  type CookieFact,
  type FileAnalysis,
  type SchemaFieldFact,
  type SendFact,
  type StorageFact,
} from './engine/analysis.js';
import { isOwnHost, probeHost } from './engine/parties.js';
import { matchPattern, returnedExpressions } from './engine/resolve.js';
import { RELATIVE } from './engine/values.js';
import type {
  Finding,
  FlowStep,
  SourceLocation,
  Suggestion,
  Taint,
  TextEdit,
  TypeScriptApi,
} from './types.js';

// The stable authoring API. A rule is front-end neutral: it listens to the facts the engine
// computed for a file (storage writes, cookies, sends, schema fields) or to TypeScript syntax,
// and reports; the ESLint plugin and the scanner adapt the reports to their own outputs.

/** A JSON Schema for a rule's options (one object), as ESLint expects. */
export type OptionsSchema = Record<string, unknown>;

/** What a rule is: its description, messages, severity, docs page and options schema. */
export interface RuleMeta {
  /** `Disallow …`, `Require …`, `Enforce …` — an imperative phrase without a trailing period. */
  description: string;
  /** Message templates by id; `{{name}}` placeholders are filled from `data`. */
  messages: Record<string, string>;
  /** Whether the `recommended` config enables the rule. */
  recommended: boolean;
  /** Severity in the recommended config and the scanner. */
  severity: 'error' | 'warning';
  /** The rule's docs page. */
  docsUrl?: string;
  /** The options object's JSON Schema (every property with a `description`). */
  schema?: OptionsSchema;
  /** Whether the rule has suggestions. */
  hasSuggestions?: boolean;
  /** The policy section the rule enforces, for docs (`payments`, `cookies`, `thirdParties`). */
  policyFields?: readonly string[];
}

/** What a rule reports; the engine turns it into a `Finding`. */
export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  node: ts.Node;
  category?: string;
  flow?: readonly FlowStep[];
  sink?: string;
  recipient?: string;
  cookie?: string;
  clause?: string;
  suggestions?: readonly {
    messageId: string;
    data?: Record<string, string | number>;
    edits: readonly TextEdit[];
  }[];
}

/** Listeners a rule returns. Fact listeners run once per fact; `syntax` once per node of a kind. */
export interface RuleListeners {
  storage?: (fact: StorageFact) => void;
  schemaField?: (fact: SchemaFieldFact) => void;
  cookie?: (fact: CookieFact) => void;
  send?: (fact: SendFact) => void;
  /** TypeScript syntax kinds (by name, e.g. `CallExpression`) to their listeners. */
  syntax?: Partial<Record<keyof typeof ts.SyntaxKind, (node: ts.Node) => void>>;
  /** After every other listener of the file. */
  done?: () => void;
}

/** The catalogs a call can match, and the entry each holds. */
export interface CatalogEntries {
  storage: StorageSink;
  schemas: SchemaDefinition;
  cookies: CookieApi;
  http: HttpClient;
  sdks: SdkRecipe;
  sanitizers: Sanitizer;
}

/** Where a URL or a send goes, resolved against the policy. */
export interface Destination {
  /** The host, when known; `*.example.com` when only the domain is. */
  host: string | undefined;
  /** The URL is relative: the same origin. */
  relative: boolean;
  /** The host (or SDK) is the organization's own. */
  firstParty: boolean;
  /** The policy's third party for the host or SDK, when it declares one. */
  recipient: ThirdPartyEntry | undefined;
}

/** What the engine knows about the code of a file: the flow queries rules build on. */
export interface FlowQueries {
  /** The personal-data categories an expression carries, each with the flow that brought it there. */
  taintOf(node: ts.Expression): readonly Taint[];
  /** The catalog entry a call matches (imports, aliases, wrappers and clients followed), if any. */
  matchCall<K extends keyof CatalogEntries>(
    call: ts.CallExpression | ts.NewExpression,
    catalog: K,
  ): CatalogEntries[K] | undefined;
  /**
   * The first of a rule's own call patterns a call matches, by the same qualified names as the
   * catalogs (imports, aliases, clients and wrappers followed): for APIs no catalog holds, such
   * as router navigation or a logger's redaction options. Since rule API 1.1.
   */
  matchPatterns<P extends CallPattern>(
    call: ts.CallExpression | ts.NewExpression,
    patterns: readonly P[],
  ): P | undefined;
  /** The text of an expression known statically (literals, constants, other files' exports). */
  stringValue(node: ts.Expression): string | undefined;
  /** A property of an object literal (or of a constant holding one), spreads followed. */
  property(object: ts.Expression, name: string): ts.Expression | undefined;
  /** Where a URL expression points: its host, resolved against the policy. */
  destinationOf(url: ts.Expression): Destination;
  /**
   * A string partly known: `{ value, complete: false }` for `` `/unsubscribe?u=${id}` `` gives
   * the known start; `complete` when the whole text is known.
   */
  stringParts(node: ts.Expression): { value: string; complete: boolean } | undefined;
  /**
   * The declaration a name refers to: in this file, or, with type information, in another
   * project file (imports followed; `node_modules` and `.d.ts` declarations are not followed).
   */
  declarationOf(name: ts.Identifier): ts.Node | undefined;
  /** The project function a call runs (same file always; other files with type information). */
  functionOf(call: ts.CallExpression | ts.NewExpression): ts.SignatureDeclaration | undefined;
  /** The expressions a project function returns (arrow bodies included). */
  returnsOf(fn: ts.SignatureDeclaration): readonly ts.Expression[];
  /** Where a node is, in its own file: for flow steps a rule builds itself. */
  location(node: ts.Node): SourceLocation;
  /** The facts of a file the rule runs on (sends, storage writes, cookies) at a node. */
  factsAt(node: ts.Node): {
    sends: readonly SendFact[];
    storage: readonly StorageFact[];
    cookies: readonly CookieFact[];
  };
}

/** The policy's answers rules need, without reading its YAML shape. */
export interface PolicyQueries {
  /** The declared cookie a name matches (exact names first, then globs). */
  cookie(name: string): CookieDeclarationEntry | undefined;
  /** The declared third party a host belongs to. */
  recipientForHost(host: string): ThirdPartyEntry | undefined;
  /** The declared third party an npm package (an SDK) belongs to. */
  recipientForPackage(packageName: string): ThirdPartyEntry | undefined;
  /** Whether a host is the organization's own. */
  isFirstPartyHost(host: string): boolean;
  /** Whether the policy lets a recipient receive a data category. */
  mayReceive(recipientId: string, category: string): boolean;
  /** Whether a data category is personal data. */
  isPersonal(category: string): boolean;
  /** The data category an identifier names (`cardNumber` → `card_number`), when it names one. */
  categoryOfName(name: string): string | undefined;
}

/** What a rule's `create` receives: the file, its options, the policy, and the engine's queries. */
export interface RuleContext<Options> {
  readonly id: string;
  readonly options: Options;
  readonly policy: Policy;
  readonly ts: TypeScriptApi;
  readonly sourceFile: ts.SourceFile;
  readonly checker: ts.TypeChecker | undefined;
  /** The engine's analysis of the file. Internal and unstable: packs use `flow` and `queries`. */
  readonly analysis: FileAnalysis;
  readonly taxonomy: Taxonomy;
  /** Flow queries: taint, catalog matches, static values, destinations. */
  readonly flow: FlowQueries;
  /** Policy queries: cookies, recipients, categories. */
  readonly queries: PolicyQueries;
  /** The citation of a policy clause. */
  cite(clauseId: string | undefined): ClauseCitation | undefined;
  /** The source text of a node (of this file or another), one line, masked. */
  text(node: ts.Node): string;
  report(descriptor: ReportDescriptor): void;
}

/** What `defineRule` takes: an id, metadata, default options and the listeners' factory. */
export interface RuleDefinition<Options extends object> {
  id: string;
  meta: RuleMeta;
  defaultOptions: Options;
  create(context: RuleContext<Options>): RuleListeners;
}

/** A rule: what `defineRule` returns and what the front ends run. */
export interface PledgeRule<Options extends object = object> extends RuleDefinition<Options> {
  readonly kind: 'pledge-rule';
}

/** Defines a rule. Rule ids are kebab-case with a verb prefix: `no-*`, `require-*`. */
export function defineRule<Options extends object>(
  definition: RuleDefinition<Options>,
): PledgeRule<Options> {
  if (!/^(no|require|prefer|enforce)-[a-z0-9-]+$|^[a-z0-9]+(-[a-z0-9]+)+$/.test(definition.id)) {
    throw new Error(
      `Rule id \`${definition.id}\` must be kebab-case with a verb prefix, such as \`no-pii-in-logs\`.`,
    );
  }
  for (const [messageId, template] of Object.entries(definition.meta.messages)) {
    if (template.trim() === '')
      throw new Error(`Rule \`${definition.id}\`: message \`${messageId}\` is empty.`);
  }
  return { ...definition, kind: 'pledge-rule' };
}

/** Runs one rule over an analysed file; returns its findings in source order. */
export function runRule<Options extends object>(
  rule: PledgeRule<Options>,
  analysis: FileAnalysis,
  options?: Partial<Options>,
): Finding[] {
  const findings: Finding[] = [];
  const sf = analysis.input.sourceFile;
  const merged: Options = { ...rule.defaultOptions, ...options };
  const context: RuleContext<Options> = {
    id: rule.id,
    options: merged,
    policy: analysis.policy,
    ts: analysis.ts,
    sourceFile: sf,
    checker: analysis.input.checker,
    analysis,
    taxonomy: analysis.taxonomy,
    flow: flowQueries(analysis),
    queries: policyQueries(analysis),
    cite: (clauseId) => citeClause(analysis.policy, clauseId),
    text: (node) => maskText(oneLine(node.getText(node.getSourceFile()))),
    report(descriptor) {
      const template = rule.meta.messages[descriptor.messageId];
      if (template === undefined)
        throw new Error(
          `Rule \`${rule.id}\` reported unknown messageId \`${descriptor.messageId}\`.`,
        );
      const location = analysis.location(descriptor.node);
      const data = maskData(descriptor.data ?? {});
      const message = fill(template, data);
      const clause = citeClause(analysis.policy, descriptor.clause);
      const sinkStep: FlowStep = {
        location,
        label: descriptor.sink !== undefined ? `reaches ${descriptor.sink}` : 'here',
      };
      // Through a helper in another file, the flow already ends at the sink inside it: the
      // call chain is the flow, and the finding sits at the call a developer changes.
      const through = descriptor.flow?.at(-1)?.final === true;
      const flow = [...(descriptor.flow ?? []), ...(through ? [] : [sinkStep])].map((step) => ({
        location: step.location,
        label: maskText(step.label),
      }));
      const suggestions: Suggestion[] = (descriptor.suggestions ?? []).map((s) => {
        const suggestionTemplate = rule.meta.messages[s.messageId];
        if (suggestionTemplate === undefined)
          throw new Error(`Rule \`${rule.id}\` suggested unknown messageId \`${s.messageId}\`.`);
        const suggestionData = maskData(s.data ?? {});
        return {
          messageId: s.messageId,
          message: fill(suggestionTemplate, suggestionData),
          data: suggestionData,
          edits: s.edits,
        };
      });
      findings.push({
        ruleId: rule.id,
        messageId: descriptor.messageId,
        message,
        data,
        severity: rule.meta.severity,
        location,
        flow,
        excerpt: maskText(lineAt(sf, location.start.line)),
        suggestions,
        ...(descriptor.category === undefined ? {} : { category: descriptor.category }),
        ...(descriptor.sink === undefined ? {} : { sink: descriptor.sink }),
        ...(descriptor.recipient === undefined ? {} : { recipient: descriptor.recipient }),
        ...(descriptor.cookie === undefined ? {} : { cookie: descriptor.cookie }),
        ...(clause === undefined ? {} : { clause }),
      });
    },
  };
  const listeners = rule.create(context);
  for (const fact of listeners.storage ? analysis.storage : []) listeners.storage?.(fact);
  for (const fact of listeners.schemaField ? analysis.schemaFields : [])
    listeners.schemaField?.(fact);
  for (const fact of listeners.cookie ? analysis.cookies : []) listeners.cookie?.(fact);
  for (const fact of listeners.send ? analysis.sends : []) listeners.send?.(fact);
  for (const [kindName, listener] of Object.entries(listeners.syntax ?? {})) {
    const kind = analysis.ts.SyntaxKind[kindName as keyof typeof ts.SyntaxKind];
    for (const node of analysis.model.nodesOfKind(kind)) listener(node);
  }
  listeners.done?.();
  const seen = new Set<string>();
  return findings
    .filter((f) => {
      const key = `${f.messageId}|${String(f.location.startOffset)}|${f.category ?? ''}|${f.recipient ?? ''}|${f.cookie ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.location.startOffset - b.location.startOffset);
}

/** The flow queries of an analysed file. */
export function flowQueries(analysis: FileAnalysis): FlowQueries {
  const catalogs = analysis.catalogs;
  const t = analysis.ts;
  // A node of another file (a helper's message, reached through a call-site fact) is asked of
  // that file's analysis: the same run, policy, checker and catalogs.
  const of = (node: ts.Node): FileAnalysis => {
    const sourceFile = node.getSourceFile();
    return sourceFile === analysis.input.sourceFile
      ? analysis
      : analyzeFile({ ...analysis.input, sourceFile });
  };
  const within = (node: ts.Node, at: ts.Node): boolean =>
    node.getStart() <= at.getStart() && at.getEnd() <= node.getEnd();
  return {
    taintOf: (node) => of(node).taint.of(node),
    matchCall(call, catalog) {
      const q = of(call).qualifier.qualify(call.expression);
      if (!q) return undefined;
      const found =
        catalog === 'sdks'
          ? catalogs.recipeOf(q)
          : catalog === 'sanitizers'
            ? catalogs.sanitizerIndex.first(q)
            : catalog === 'storage'
              ? catalogs.storage.first(q)
              : catalog === 'schemas'
                ? catalogs.schemas.first(q)
                : catalog === 'cookies'
                  ? catalogs.cookies.first(q)
                  : catalogs.http.first(q);
      return found as never;
    },
    matchPatterns(call, patterns) {
      const q = of(call).qualifier.qualify(call.expression);
      return q ? patterns.find((pattern) => matchPattern(pattern, q)) : undefined;
    },
    stringValue(node) {
      const value = of(node).values.string(node);
      return value?.complete ? value.value : undefined;
    },
    stringParts(node) {
      const value = of(node).values.string(node);
      return value ? { value: value.value, complete: value.complete } : undefined;
    },
    property: (object, name) => of(object).property(object, name),
    declarationOf(name) {
      const here = of(name);
      const decl = here.model.resolve(name);
      if (decl && !here.model.importOf(decl)) return decl;
      return here.linked(name)?.decl ?? decl;
    },
    functionOf: (call) => of(call).callTarget(call)?.fn,
    returnsOf: (fn) => returnedExpressions(t, fn),
    location: (node) => of(node).location(node),
    destinationOf(url) {
      const host = of(url).hostOfUrl(url);
      if (host === RELATIVE)
        return { host: undefined, relative: true, firstParty: true, recipient: undefined };
      if (host === undefined)
        return { host: undefined, relative: false, firstParty: false, recipient: undefined };
      return {
        host,
        relative: false,
        firstParty: isOwnHost(analysis.policy, host),
        recipient: recipientForHost(analysis.policy, probeHost(host)),
      };
    },
    factsAt(node) {
      return {
        sends: analysis.sends.filter((f) => within(f.node, node) || within(node, f.node)),
        storage: analysis.storage.filter((f) => within(f.node, node) || within(node, f.node)),
        cookies: analysis.cookies.filter((f) => within(f.node, node) || within(node, f.node)),
      };
    },
  };
}

/** The policy queries of an analysed file's policy. */
export function policyQueries(analysis: FileAnalysis): PolicyQueries {
  const policy = analysis.policy;
  return {
    cookie: (name) => cookieDeclaration(policy, name),
    recipientForHost: (host) => recipientForHost(policy, host),
    recipientForPackage: (name) => recipientForPackage(policy, name),
    isFirstPartyHost: (host) => isFirstPartyHost(policy, host),
    mayReceive: (recipientId, category) => mayReceive(policy, recipientId, category),
    isPersonal: (category) => analysis.taxonomy.isPersonal(category),
    categoryOfName: (name) => analysis.taint.classifyName(name)?.category,
  };
}

function maskData(data: Record<string, string | number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) out[key] = maskText(String(value));
  return out;
}

function fill(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

function lineAt(sf: ts.SourceFile, line: number): string {
  const starts = sf.getLineStarts();
  const start = starts[line - 1] ?? 0;
  const end = starts[line] ?? sf.text.length;
  return sf.text.slice(start, end).replace(/\r?\n$/, '');
}
