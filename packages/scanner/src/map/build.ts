import path from 'node:path';
import {
  disclosesPersonalData,
  policyTools,
  type CookieFact,
  type FileAnalysis,
  type SendFact,
  type Taint,
} from '@pledge/core';
import {
  cookieDeclaration,
  isWithinCategory,
  matchGlob,
  mayReceive,
  type CookieDeclarationEntry,
  type Policy,
  type Taxonomy,
  maskText,
  type ThirdPartyEntry,
} from '@pledge/policy';
import type ts from 'typescript';
import { realFileName } from '../embedded.js';
import type { RuleDescriptor, ScanFinding } from '../types.js';
import { cookieDatabase, type CookieDatabase, type CookieRecord } from './cookie-database.js';
import { platformsFor } from './platforms.js';
import {
  DATA_MAP_VERSION,
  type DataMap,
  type DriftItem,
  type FlowStatus,
  type KnownCookie,
  type MapCategory,
  type MapCookie,
  type MapFinding,
  type MapFlow,
  type MapLocation,
  type MapRecipient,
  type MapRuleFindings,
  type MapStore,
  type MapTarget,
  type ThirdPartyCookies,
} from './types.js';

/** What `buildDataMap` reads. */
export interface DataMapInput {
  /** The analyses of every file of the scan (`analyzeFile` from `@pledge/core`). */
  analyses: readonly FileAnalysis[];
  policy: Policy;
  /** The scan root: locations are relative to it. */
  root: string;
  /** The cookie knowledge; the Open Cookie Database shipped with the scanner by default. */
  cookieDatabase?: CookieDatabase;
  /**
   * The scan's findings that count (`ScanResult.findings`: masked, inline suppressions applied;
   * a suppressed finding passed here anyway is left out). The map groups them by rule and links
   * each to the flows and items at its place. None by default.
   */
  findings?: readonly ScanFinding[];
  /**
   * The rules the scan ran (`ScanResult.rules`): the map lists each, those without findings with
   * `count: 0`, with its description. Without them it lists the rules that reported.
   */
  rules?: readonly Pick<RuleDescriptor, 'id' | 'description'>[];
}

// Accumulators: sets while collecting, sorted arrays in the result.
interface Located {
  locations: Map<string, MapLocation>;
  /** The ids of the rules with a finding about it. */
  flaggedBy: Set<string>;
}
interface RecipientAcc extends Located {
  id: string;
  kind: MapRecipient['kind'];
  name: string;
  entry: ThirdPartyEntry | undefined;
  used: boolean;
  vendors: Set<string>;
  hosts: Set<string>;
  packages: Set<string>;
}
interface CookieAcc extends Located {
  id: string;
  name: string | undefined;
  declaration: CookieDeclarationEntry | undefined;
  apis: Set<string>;
}
interface StoreAcc extends Located {
  id: string;
  label: string;
  kind: MapStore['kind'];
}
interface FlowAcc extends Located {
  category: string;
  target: MapTarget;
  status: FlowStatus;
  transforms: string[];
  via: Set<string>;
}

/** A line and column, 1-based, as locations and findings have them. */
interface Position {
  line: number;
  column: number;
}

/**
 * A place where the engine found what the map lists: a fact's whole node (a call, a cookie
 * assignment, a schema field), the item it adds to, and the flow it adds to when it carries a
 * category. Findings are linked to the items and flows of the places they fall in.
 */
interface Anchor {
  start: Position;
  end: Position;
  item: Located;
  target: MapTarget;
  flow?: FlowAcc;
}

/** Records an anchor: the place of `node` adds to `item` (and to `flow`, for a category). */
type Mark = (node: ts.Node, target: MapTarget, item: Located, flow?: FlowAcc) => void;

/**
 * Builds the data map of a scan: categories, where they go, and the drift from the policy. The
 * map detects nothing itself: it aggregates the engine's facts of each file (sends, imports, SDK
 * globals, URL literals, cookies, storage, schema fields), read with the run's catalogs.
 */
export function buildDataMap(input: DataMapInput): DataMap {
  return new MapBuilder(input).build();
}

class MapBuilder {
  private readonly policy: Policy;
  private readonly taxonomy: Taxonomy;
  private readonly db: CookieDatabase;
  private readonly recipients = new Map<string, RecipientAcc>();
  private readonly cookies = new Map<string, CookieAcc>();
  private readonly storage = new Map<string, StoreAcc>();
  private readonly logs = new Map<string, StoreAcc>();
  private readonly flows = new Map<string, FlowAcc>();
  /** By repository-relative file. */
  private readonly anchors = new Map<string, Anchor[]>();

  constructor(private readonly input: DataMapInput) {
    this.policy = input.policy;
    this.taxonomy = policyTools(input.policy).taxonomy;
    this.db = input.cookieDatabase ?? cookieDatabase();
    for (const entry of this.policy.thirdParties) this.declared(entry);
  }

  build(): DataMap {
    for (const analysis of this.input.analyses) this.collect(analysis);
    // Findings are linked before the lists are made: linking marks the accumulators.
    const findings = this.findings();
    const thirdPartyCookies = this.thirdPartyCookies();
    const flows = [...this.flows.values()]
      .map((flow): MapFlow => ({
        category: flow.category,
        target: flow.target,
        status: flow.status,
        transforms: flow.transforms,
        via: [...flow.via].sort(),
        locations: sortLocations(flow.locations),
        flaggedBy: [...flow.flaggedBy].sort(),
      }))
      .sort(
        (a, b) =>
          compare(a.category, b.category) ||
          compare(TARGET_ORDER[a.target.kind], TARGET_ORDER[b.target.kind]) ||
          compare(a.target.id, b.target.id) ||
          compare(a.transforms.join(), b.transforms.join()),
      );
    const recipients = this.recipientList();
    const cookies = [...this.cookies.values()]
      .map((cookie): MapCookie => ({
        id: cookie.id,
        name: cookie.name,
        declared: cookie.declaration !== undefined,
        ...(cookie.declaration ? { declaration: cookie.declaration.name } : {}),
        apis: [...cookie.apis].sort(),
        locations: sortLocations(cookie.locations),
        flaggedBy: [...cookie.flaggedBy].sort(),
      }))
      .sort((a, b) => compare(a.name ?? '\uffff', b.name ?? '\uffff'));
    const stores = (map: Map<string, StoreAcc>): MapStore[] =>
      [...map.values()]
        .map((s) => ({
          id: s.id,
          label: s.label,
          kind: s.kind,
          locations: sortLocations(s.locations),
          flaggedBy: [...s.flaggedBy].sort(),
        }))
        .sort((a, b) => compare(a.label, b.label) || compare(a.id, b.id));
    const categories = [...new Set(flows.map((f) => f.category))]
      .sort()
      .map((id) => this.category(id));
    return {
      version: DATA_MAP_VERSION,
      root: this.input.root,
      policy: { organization: this.policy.organization, url: this.policy.document?.url ?? '' },
      categories,
      flows,
      recipients,
      cookies,
      storage: stores(this.storage),
      logs: stores(this.logs),
      thirdPartyCookies,
      findings,
      drift: {
        undeclared: this.undeclaredDrift(flows, recipients, cookies, thirdPartyCookies),
        unused: this.unusedDrift(flows, recipients, cookies, thirdPartyCookies),
      },
      sources: { cookies: this.db.source },
    };
  }

  // ───────────────────────────── collecting ─────────────────────────────

  private collect(analysis: FileAnalysis): void {
    const at = (node: ts.Node): MapLocation => {
      const location = analysis.location(node);
      return {
        file: relativePath(this.input.root, location.file),
        line: location.start.line,
        column: location.start.column,
      };
    };
    const mark: Mark = (node, target, item, flow) => {
      const location = analysis.location(node);
      const file = relativePath(this.input.root, location.file);
      const anchor: Anchor = {
        start: { line: location.start.line, column: location.start.column },
        end: { line: location.end.line, column: location.end.column },
        item,
        target,
        ...(flow ? { flow } : {}),
      };
      const anchors = this.anchors.get(file);
      if (anchors) anchors.push(anchor);
      else this.anchors.set(file, [anchor]);
    };
    for (const fact of analysis.sends) this.send(analysis, fact, at(fact.node), mark);
    this.imports(analysis, at, mark);
    this.sdkGlobals(analysis, at, mark);
    this.urlLiterals(analysis, at, mark);
    for (const fact of analysis.cookies) this.cookie(analysis, fact, at(fact.nameNode), mark);
    for (const fact of analysis.storage) {
      const kind = fact.sink.kind;
      const store = this.store(
        kind === 'log' ? this.logs : this.storage,
        fact.sink.id,
        fact.sink.label,
        kind,
      );
      const taints: { category: string; transforms: readonly string[] }[] = [
        ...fact.taints,
        ...fact.sqlColumns.map((column) => ({ category: column.category, transforms: [] })),
      ];
      const location = at(fact.node);
      const target: MapTarget = { kind: kind === 'log' ? 'log' : 'storage', id: fact.sink.id };
      // A write the engine saw carry nothing is still a place of the store: a rule that knows
      // more (a pack's own taint) flags the store there.
      mark(fact.node, target, store);
      let any = false;
      for (const taint of taints) {
        any = true;
        const flow = this.flow(
          taint.category,
          target,
          'neutral',
          taint.transforms,
          fact.sink.label,
          location,
        );
        mark(fact.node, target, store, flow);
      }
      if (any) add(store, location);
    }
    for (const field of analysis.schemaFields) {
      const id = `schema:${field.label}`;
      const target: MapTarget = { kind: 'storage', id };
      const location = at(field.node);
      const store = this.store(this.storage, id, field.label, 'database');
      add(store, location);
      const flow = this.flow(field.category, target, 'neutral', [], field.label, location);
      mark(field.node, target, store, flow);
    }
  }

  private send(analysis: FileAnalysis, fact: SendFact, location: MapLocation, mark: Mark): void {
    // The engine says whether a destination is the organization's own (this machine included).
    if (fact.firstParty || fact.relative) return;
    let recipient: RecipientAcc;
    if (fact.recipient) recipient = this.declared(fact.recipient);
    else if (fact.vendor !== undefined) recipient = this.vendor(fact.vendor);
    else if (fact.host !== undefined) {
      const recipe = analysis.catalogs.recipeOfHost(fact.host);
      recipient = recipe ? this.vendor(recipe.vendor) : this.host(fact.host);
    } else recipient = this.unresolved();
    this.use(recipient, location);
    if (fact.host !== undefined) recipient.hosts.add(fact.host);
    if (fact.vendor !== undefined) recipient.vendors.add(fact.vendor);
    const target: MapTarget = { kind: 'recipient', id: recipient.id };
    mark(fact.node, target, recipient);
    for (const taint of fact.taints) {
      const status = this.sendStatus(recipient, taint);
      const flow = this.flow(
        taint.category,
        target,
        status,
        taint.transforms,
        fact.via.label,
        location,
      );
      mark(fact.node, target, recipient, flow);
    }
  }

  private sendStatus(recipient: RecipientAcc, taint: Taint): FlowStatus {
    if (recipient.entry && mayReceive(this.policy, recipient.entry.id, taint.category))
      return 'declared';
    if (!disclosesPersonalData(this.taxonomy, taint)) return 'neutral';
    return recipient.kind === 'unresolved' ? 'unknown' : 'undeclared';
  }

  /** Imports of SDK packages and of packages the policy names, as the engine reads them. */
  private imports(analysis: FileAnalysis, at: (node: ts.Node) => MapLocation, mark: Mark): void {
    for (const fact of analysis.imports) {
      if (fact.firstParty) continue;
      let recipient: RecipientAcc;
      if (fact.recipient) recipient = this.declared(fact.recipient);
      else if (fact.recipe) recipient = this.vendor(fact.recipe.vendor);
      else continue;
      this.use(recipient, at(fact.node));
      mark(fact.node, { kind: 'recipient', id: recipient.id }, recipient);
      recipient.packages.add(fact.package);
      if (fact.recipe) recipient.vendors.add(fact.recipe.vendor);
    }
  }

  /** Calls rooted at an SDK snippet's global (`gtag(…)`, `fbq(…)`, `window.Intercom(…)`). */
  private sdkGlobals(analysis: FileAnalysis, at: (node: ts.Node) => MapLocation, mark: Mark): void {
    for (const fact of analysis.sdkGlobals) {
      const recipient = fact.recipient
        ? this.declared(fact.recipient)
        : this.vendor(fact.recipe.vendor);
      this.use(recipient, at(fact.node));
      mark(fact.node, { kind: 'recipient', id: recipient.id }, recipient);
      recipient.vendors.add(fact.recipe.vendor);
    }
  }

  /** URLs in string literals naming a declared recipient's host (a script tag, a config, a link). */
  private urlLiterals(
    analysis: FileAnalysis,
    at: (node: ts.Node) => MapLocation,
    mark: Mark,
  ): void {
    // A URL that a send already reports (`<img src="https://…">`, `fetch('https://…')`) is not a second use.
    const sends = analysis.sends.map((fact) => fact.node);
    const inSend = (node: ts.Node): boolean =>
      sends.some((send) => node.pos >= send.pos && node.end <= send.end);
    for (const fact of analysis.urlLiterals) {
      if (fact.firstParty || !fact.recipient || inSend(fact.node)) continue;
      const recipient = this.declared(fact.recipient);
      this.use(recipient, at(fact.node));
      mark(fact.node, { kind: 'recipient', id: recipient.id }, recipient);
      recipient.hosts.add(fact.host);
    }
  }

  private cookie(
    analysis: FileAnalysis,
    fact: CookieFact,
    location: MapLocation,
    mark: Mark,
  ): void {
    const id = fact.name === undefined ? 'unresolved' : `name:${fact.name}`;
    let cookie = this.cookies.get(id);
    if (!cookie) {
      cookie = {
        id,
        name: fact.name,
        declaration:
          fact.name === undefined ? undefined : cookieDeclaration(this.policy, fact.name),
        apis: new Set(),
        locations: new Map(),
        flaggedBy: new Set(),
      };
      this.cookies.set(id, cookie);
    }
    cookie.apis.add(fact.api.label);
    add(cookie, location);
    const status: FlowStatus =
      fact.name === undefined ? 'unknown' : cookie.declaration ? 'declared' : 'undeclared';
    const target: MapTarget = { kind: 'cookie', id };
    // The whole call or assignment: attribute rules report at the options, name rules at the name.
    mark(fact.node, target, cookie);
    for (const taint of analysis.cookieValueTaints(fact)) {
      const flow = this.flow(
        taint.category,
        target,
        status,
        taint.transforms,
        fact.api.label,
        location,
      );
      mark(fact.node, target, cookie, flow);
    }
  }

  // ───────────────────────────── accumulators ─────────────────────────────

  private declared(entry: ThirdPartyEntry): RecipientAcc {
    return this.recipient(entry.id, () => ({
      kind: 'declared',
      name: entry.name ?? entry.id,
      entry,
    }));
  }

  private vendor(vendor: string): RecipientAcc {
    return this.recipient(`vendor:${slug(vendor)}`, () => ({
      kind: 'vendor',
      name: vendor,
      entry: undefined,
    }));
  }

  private host(host: string): RecipientAcc {
    const h = host.toLowerCase();
    return this.recipient(`host:${h}`, () => ({ kind: 'host', name: h, entry: undefined }));
  }

  private unresolved(): RecipientAcc {
    return this.recipient('unresolved', () => ({
      kind: 'unresolved',
      name: 'destination not known statically',
      entry: undefined,
    }));
  }

  private recipient(
    id: string,
    init: () => Pick<RecipientAcc, 'kind' | 'name' | 'entry'>,
  ): RecipientAcc {
    let recipient = this.recipients.get(id);
    if (!recipient) {
      recipient = {
        id,
        ...init(),
        used: false,
        vendors: new Set(),
        hosts: new Set(),
        packages: new Set(),
        locations: new Map(),
        flaggedBy: new Set(),
      };
      this.recipients.set(id, recipient);
    }
    return recipient;
  }

  private use(recipient: RecipientAcc, location: MapLocation): void {
    recipient.used = true;
    add(recipient, location);
  }

  private store(
    map: Map<string, StoreAcc>,
    id: string,
    label: string,
    kind: MapStore['kind'],
  ): StoreAcc {
    let store = map.get(id);
    if (!store) {
      store = { id, label, kind, locations: new Map(), flaggedBy: new Set() };
      map.set(id, store);
    }
    return store;
  }

  private flow(
    category: string,
    target: MapTarget,
    status: FlowStatus,
    transforms: readonly string[],
    via: string,
    location: MapLocation,
  ): FlowAcc {
    const sorted = [...new Set(transforms)].sort();
    const key = `${category}\0${target.kind}\0${target.id}\0${sorted.join()}`;
    let flow = this.flows.get(key);
    if (!flow) {
      flow = {
        category,
        target,
        status,
        transforms: sorted,
        via: new Set(),
        locations: new Map(),
        flaggedBy: new Set(),
      };
      this.flows.set(key, flow);
    } else if (STATUS_RANK[status] > STATUS_RANK[flow.status]) {
      flow.status = status;
    }
    flow.via.add(via);
    add(flow, location);
    return flow;
  }

  private category(id: string): MapCategory {
    const known = this.taxonomy.get(id);
    return {
      id,
      label: known?.label ?? id,
      personal: this.taxonomy.isPersonal(id),
      sensitive: this.taxonomy.isSensitive(id),
    };
  }

  // ───────────────────────────── findings ─────────────────────────────

  /**
   * The scan's findings by rule id, each linked to what the map lists at its place. The map
   * re-derives no verdict: a rule's finding is the rule's, the map only says where it belongs.
   */
  private findings(): MapRuleFindings[] {
    const rules = this.input.rules ?? [];
    const groups = new Map<string, MapFinding[]>(rules.map((rule) => [rule.id, []]));
    const descriptions = new Map(rules.map((rule) => [rule.id, rule.description]));
    for (const finding of this.input.findings ?? []) {
      // `ScanResult.findings` holds none; a caller that passes every finding still gets the rule.
      if (finding.suppression !== undefined) continue;
      let group = groups.get(finding.ruleId);
      if (!group) {
        group = [];
        groups.set(finding.ruleId, group);
      }
      // Messages come masked from the engine; text leaving Pledge is masked again all the same.
      group.push({
        message: maskText(finding.message),
        severity: finding.severity,
        ...(finding.category === undefined ? {} : { category: finding.category }),
        ...(finding.sink === undefined ? {} : { sink: maskText(finding.sink) }),
        ...(finding.recipient === undefined ? {} : { recipient: maskText(finding.recipient) }),
        ...(finding.cookie === undefined ? {} : { cookie: maskText(finding.cookie) }),
        location: { file: finding.file, line: finding.line, column: finding.column },
        targets: this.link(finding),
      });
    }
    return [...groups]
      .sort(([a], [b]) => compare(a, b))
      .map(([ruleId, findings]): MapRuleFindings => {
        const description = descriptions.get(ruleId);
        return {
          ruleId,
          ...(description === undefined ? {} : { description: maskText(description) }),
          count: findings.length,
          findings: findings.sort(
            (a, b) =>
              compare(a.location.file, b.location.file) ||
              a.location.line - b.location.line ||
              a.location.column - b.location.column ||
              compare(a.message, b.message),
          ),
        };
      });
  }

  /**
   * Flags what the map lists at a finding's place: every anchor whose node holds the finding's
   * node or lies inside it (a rule reports at the call, its argument or the cookie's name) gives
   * its item; its flow too when the flow's category is the finding's, or one holds the other
   * (`user.contact` and `user.contact.email`). A finding without a category flags items only: a
   * cookie's missing `Secure` is about the cookie, not the data in it. A finding at no anchor is
   * linked by the cookie or recipient it names, when the map lists one.
   */
  private link(finding: ScanFinding): MapTarget[] {
    const start: Position = { line: finding.line, column: finding.column };
    const end: Position = { line: finding.endLine, column: finding.endColumn };
    const targets = new Map<string, MapTarget>();
    const flag = (item: Located, target: MapTarget): void => {
      item.flaggedBy.add(finding.ruleId);
      targets.set(`${target.kind}:${target.id}`, target);
    };
    for (const anchor of this.anchors.get(finding.file) ?? []) {
      const nested =
        (before(anchor.start, start) && before(end, anchor.end)) ||
        (before(start, anchor.start) && before(anchor.end, end));
      if (!nested) continue;
      flag(anchor.item, anchor.target);
      const category = finding.category;
      if (
        anchor.flow &&
        category !== undefined &&
        (isWithinCategory(anchor.flow.category, category) ||
          isWithinCategory(category, anchor.flow.category))
      )
        anchor.flow.flaggedBy.add(finding.ruleId);
    }
    if (targets.size === 0) {
      const cookie =
        finding.cookie === undefined ? undefined : this.cookies.get(`name:${finding.cookie}`);
      if (cookie) flag(cookie, { kind: 'cookie', id: cookie.id });
      const name = finding.recipient;
      const recipient =
        name === undefined
          ? undefined
          : (this.recipients.get(name) ??
            this.recipients.get(`vendor:${slug(name)}`) ??
            this.recipients.get(`host:${name.toLowerCase()}`));
      if (recipient) flag(recipient, { kind: 'recipient', id: recipient.id });
    }
    return [...targets.values()].sort(
      (a, b) => compare(TARGET_ORDER[a.kind], TARGET_ORDER[b.kind]) || compare(a.id, b.id),
    );
  }

  // ───────────────────────────── results ─────────────────────────────

  private recipientList(): MapRecipient[] {
    const order = new Map(this.policy.thirdParties.map((entry, i) => [entry.id, i]));
    const rank = (r: RecipientAcc): number =>
      r.kind === 'declared' ? (order.get(r.id) ?? 0) : r.kind === 'unresolved' ? 2e9 : 1e9;
    return [...this.recipients.values()]
      .sort((a, b) => rank(a) - rank(b) || compare(a.name.toLowerCase(), b.name.toLowerCase()))
      .map((r) => ({
        id: r.id,
        kind: r.kind,
        name: r.name,
        declared: r.entry !== undefined,
        used: r.used,
        ...(r.entry ? { role: r.entry.role } : {}),
        receives: r.entry ? [...r.entry.receives] : [],
        vendors: [...r.vendors].sort(),
        hosts: [...r.hosts].sort(),
        packages: [...r.packages].sort(),
        locations: sortLocations(r.locations),
        flaggedBy: [...r.flaggedBy].sort(),
      }));
  }

  /** The cookies each used third party is known to set, matched by platform name and by host. */
  private thirdPartyCookies(): ThirdPartyCookies[] {
    const out: ThirdPartyCookies[] = [];
    for (const recipient of this.recipientList()) {
      if (!recipient.used || recipient.kind === 'unresolved') continue;
      const entry = this.recipients.get(recipient.id)?.entry;
      const names = [
        ...(entry ? [entry.name ?? entry.id, entry.id] : []),
        ...(recipient.kind === 'vendor' ? [recipient.name] : []),
        ...recipient.vendors,
      ];
      const found = new Map<
        string,
        { record: CookieRecord; matchedBy: KnownCookie['matchedBy'] }
      >();
      const platforms = new Set<string>();
      for (const name of new Set(names)) {
        for (const platform of platformsFor(name)) {
          for (const record of this.db.byPlatform(platform)) {
            platforms.add(record.platform);
            found.set(`${record.platform}\0${record.name}`, { record, matchedBy: 'platform' });
          }
        }
      }
      for (const host of recipient.hosts) {
        for (const record of this.db.byHost(host)) {
          const key = `${record.platform}\0${record.name}`;
          if (found.has(key)) continue;
          platforms.add(record.platform);
          found.set(key, { record, matchedBy: 'domain' });
        }
      }
      if (found.size === 0) continue;
      const cookies = [...found.values()]
        .map(({ record, matchedBy }): KnownCookie => {
          const declaration = this.coveringDeclaration(record.pattern);
          return {
            name: record.name,
            pattern: record.pattern,
            wildcard: record.wildcard,
            platform: record.platform,
            category: record.category,
            retention: record.retention,
            description: record.description,
            domains: [...record.domains],
            matchedBy,
            declared: declaration !== undefined,
            ...(declaration ? { declaration: declaration.name } : {}),
          };
        })
        .sort((a, b) => compare(a.platform, b.platform) || compare(a.name, b.name));
      out.push({
        recipient: recipient.id,
        name: recipient.name,
        platforms: [...platforms].sort(),
        cookies,
      });
    }
    return out;
  }

  /**
   * The declaration that covers every name a database pattern stands for. A wildcard entry
   * (`_ga_` → `_ga_*`) is covered when a declared glob matches both its shortest and a longer
   * name (`_ga*` covers `_ga_*`; an exact `_ga_ABC` does not).
   */
  private coveringDeclaration(pattern: string): CookieDeclarationEntry | undefined {
    if (!pattern.includes('*')) return cookieDeclaration(this.policy, pattern);
    const samples = [pattern.replaceAll('*', ''), pattern.replaceAll('*', 'X0_')];
    return (this.policy.cookies?.declared ?? []).find((d) =>
      samples.every((s) => matchGlob(d.name, s)),
    );
  }

  private undeclaredDrift(
    flows: readonly MapFlow[],
    recipients: readonly MapRecipient[],
    cookies: readonly MapCookie[],
    thirdPartyCookies: readonly ThirdPartyCookies[],
  ): DriftItem[] {
    const items: DriftItem[] = [];
    for (const recipient of recipients) {
      if (recipient.declared || !recipient.used || recipient.kind === 'unresolved') continue;
      const personal = flows
        .filter(
          (f) =>
            f.target.kind === 'recipient' &&
            f.target.id === recipient.id &&
            f.status === 'undeclared',
        )
        .map((f) => f.category);
      const what = describeUse(recipient);
      items.push({
        kind: 'undeclared-recipient',
        message:
          `${recipient.name}${what} is used by the code but is not a recipient the policy declares` +
          (personal.length > 0 ? `; it receives ${list([...new Set(personal)])}.` : '.'),
        recipient: recipient.id,
        locations: recipient.locations,
      });
    }
    for (const flow of flows) {
      if (flow.target.kind !== 'recipient' || flow.status !== 'undeclared') continue;
      const entry = this.recipients.get(flow.target.id)?.entry;
      if (!entry) continue;
      const allowed =
        entry.receives.length === 0 ? 'non-personal data only' : `${list(entry.receives)} only`;
      items.push({
        kind: 'undeclared-category',
        message: `\`${flow.category}\` is sent to \`${entry.id}\` (${entry.name ?? entry.id}), which the policy declares for ${allowed}.`,
        recipient: entry.id,
        category: flow.category,
        locations: flow.locations,
      });
    }
    for (const cookie of cookies) {
      if (cookie.declared) continue;
      if (cookie.name === undefined) {
        if (this.policy.cookies?.unresolvedNames === 'ignore') continue;
        items.push({
          kind: 'unresolved-cookie-name',
          message: `A cookie is set by ${list(cookie.apis, '')} with a name that is not known statically, so it cannot be checked against the policy.`,
          locations: cookie.locations,
        });
        continue;
      }
      items.push({
        kind: 'undeclared-cookie',
        message: `Cookie \`${cookie.name}\` is set by ${list(cookie.apis, '')} but the policy does not declare it.`,
        cookie: cookie.name,
        locations: cookie.locations,
      });
    }
    for (const party of thirdPartyCookies) {
      const locations = recipients.find((r) => r.id === party.recipient)?.locations ?? [];
      for (const cookie of party.cookies) {
        if (cookie.declared) continue;
        items.push({
          kind: 'undeclared-third-party-cookie',
          message: `${party.name} is known to set cookie \`${cookie.pattern}\` (${cookie.platform}, ${cookie.category}${cookie.retention ? `, ${cookie.retention}` : ''}), which the policy does not declare.`,
          recipient: party.recipient,
          cookie: cookie.pattern,
          locations,
        });
      }
    }
    return items;
  }

  private unusedDrift(
    flows: readonly MapFlow[],
    recipients: readonly MapRecipient[],
    cookies: readonly MapCookie[],
    thirdPartyCookies: readonly ThirdPartyCookies[],
  ): DriftItem[] {
    const items: DriftItem[] = [];
    const used = new Set(recipients.filter((r) => r.used).map((r) => r.id));
    for (const entry of this.policy.thirdParties) {
      if (used.has(entry.id)) continue;
      const where = [...entry.hosts, ...entry.packages];
      items.push({
        kind: 'unused-recipient',
        message: `Recipient \`${entry.id}\` (${entry.name ?? entry.id}) is declared in the policy, but none of its ${where.length > 0 ? `hosts and packages (${list(where)})` : 'hosts or packages'} appear in the code.`,
        recipient: entry.id,
        locations: [],
      });
    }
    const knownPatterns = thirdPartyCookies.flatMap((p) => p.cookies.map((c) => c.pattern));
    for (const declaration of this.policy.cookies?.declared ?? []) {
      const setByCode = cookies.some(
        (c) => c.name !== undefined && matchGlob(declaration.name, c.name),
      );
      const setByThirdParty =
        (declaration.setBy !== undefined && used.has(declaration.setBy)) ||
        knownPatterns.some((p) => matchGlob(declaration.name, p.replaceAll('*', '')));
      if (setByCode || setByThirdParty) continue;
      items.push({
        kind: 'unused-cookie',
        message:
          declaration.setBy !== undefined
            ? `Cookie \`${declaration.name}\` is declared as set by \`${declaration.setBy}\`, but the code does not use that recipient and nothing else sets it.`
            : `Cookie \`${declaration.name}\` is declared in the policy, but the code never sets it.`,
        cookie: declaration.name,
        locations: [],
      });
    }
    for (const entry of this.policy.thirdParties) {
      if (!used.has(entry.id)) continue;
      const sent = flows
        .filter((f) => f.target.kind === 'recipient' && f.target.id === entry.id)
        .map((f) => f.category);
      for (const category of entry.receives) {
        if (sent.some((c) => isWithinCategory(c, category))) continue;
        items.push({
          kind: 'unused-category',
          message: `\`${entry.id}\` (${entry.name ?? entry.id}) is declared to receive \`${category}\`, but the code never sends it that.`,
          recipient: entry.id,
          category,
          locations: [],
        });
      }
    }
    return items;
  }
}

// ───────────────────────────── helpers ─────────────────────────────

const TARGET_ORDER: Readonly<Record<MapTarget['kind'], number>> = {
  recipient: 0,
  cookie: 1,
  storage: 2,
  log: 3,
};
const STATUS_RANK: Readonly<Record<FlowStatus, number>> = {
  neutral: 0,
  declared: 1,
  unknown: 2,
  undeclared: 3,
};

function add(target: Located, location: MapLocation): void {
  target.locations.set(
    `${location.file}:${String(location.line)}:${String(location.column)}`,
    location,
  );
}

/** Whether `a` is at or before `b`. */
function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.column <= b.column);
}

function sortLocations(locations: Map<string, MapLocation>): MapLocation[] {
  return [...locations.values()].sort(
    (a, b) => compare(a.file, b.file) || a.line - b.line || a.column - b.column,
  );
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A repository-relative path with `/` separators (a virtual source's is its page's). */
export function relativePath(root: string, file: string): string {
  const relative = path.relative(root, path.resolve(root, realFileName(file)));
  return relative.split(path.sep).join('/');
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

function list(items: readonly string[], quote = '`'): string {
  const quoted = items.map((i) => `${quote}${i}${quote}`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}

function describeUse(recipient: MapRecipient): string {
  const parts = [...recipient.hosts, ...recipient.packages].filter((p) => p !== recipient.name);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
