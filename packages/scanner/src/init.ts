import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { policyTools, type FileAnalysis } from '@pledge/core';
import {
  isWithinCategory,
  maskText,
  parsePolicy,
  type Policy,
  type RecipientRole,
  type Taxonomy,
} from '@pledge/policy';
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { buildDataMap } from './map/index.js';
import type { DataMap, MapLocation, MapRecipient } from './map/types.js';
import { leftOutLine } from './reporters/shared.js';
import { scan, type ScanOptions } from './scan.js';
import type { ScanFinding, ScanResult } from './types.js';

// `pledge init`: drafts `pledge.policy.yaml` from what the code does, plus an ESLint config and a
// CI workflow. It detects nothing itself: it scans with a seed policy (the organization and its
// hosts, nothing declared), builds the data map from the engine's facts, and turns what the map
// finds undeclared into declarations for a person to confirm. What no policy may allow (full card
// numbers stored, or sent anywhere but a payment processor) is listed to be fixed, not declared.

/** The marker on every drafted entry: a person confirms it, then deletes the marker. */
export const INIT_TODO = 'TODO(pledge init)';

/** The rule whose findings are places that store full card numbers. */
const CARD_STORAGE_RULE = 'no-full-card-storage';

/** Where the docs of a drafted policy live (the published docs, not a file the package ships). */
const POLICY_DOCS = 'https://github.com/pledge-dev/pledge/blob/main/docs/policy.md';

/** How many places a comment lists before "and N more". */
const SHOWN_LOCATIONS = 3;

/** A cookie the draft declares. */
export interface DraftCookie {
  name: string;
  /** The APIs that set it: `res.cookie()`, `document.cookie`. */
  apis: string[];
  locations: MapLocation[];
}

/** A recipient of personal data (or an SDK) the draft declares. */
export interface DraftRecipient {
  id: string;
  name: string;
  role: RecipientRole;
  hosts: string[];
  packages: string[];
  receives: string[];
  locations: MapLocation[];
  /** The categories of `receives` the taxonomy marks sensitive (its comment says so). */
  sensitive: string[];
  /** Card data it is sent that only a payment processor may receive: to be fixed, not declared. */
  cardData: { category: string; locations: MapLocation[] }[];
}

/** A place the draft lists for a person to fix: no policy can declare it. */
export interface DraftProblem {
  location: MapLocation;
  /** One masked sentence. */
  message: string;
}

/** The draft of a policy and what it was drafted from. */
export interface PolicyDraft {
  /** The YAML text of `pledge.policy.yaml`, with a comment on every entry to confirm. */
  text: string;
  organization: string;
  /** Where the organization's name came from: `package.json \`author\``, the folder's name. */
  organizationSource: string;
  firstPartyHosts: string[];
  cookies: DraftCookie[];
  /** Places that set a cookie whose name is not known statically (it cannot be declared by name). */
  unresolvedCookies: MapLocation[];
  recipients: DraftRecipient[];
  /** Places that send personal data to a destination not known statically. */
  unresolvedRecipients: { categories: string[]; locations: MapLocation[] }[];
  /** Places that store full card numbers. */
  cardStorage: DraftProblem[];
  /** The number of `TODO(pledge init)` markers in `text`. */
  todos: number;
  /** The scan the draft was made from. */
  result: ScanResult;
}

/** What `draftPolicy` reads. */
export interface DraftOptions {
  /** The project folder: the draft is for the code under it and its `package.json`. */
  dir: string;
  /** The rest of the scan's options (packs, config, ignores, test code, progress). */
  scan?: Omit<
    ScanOptions,
    'root' | 'paths' | 'policy' | 'onAnalysis' | 'baseline' | 'changedSince'
  >;
}

/**
 * Drafts `pledge.policy.yaml` for a project: the organization and first-party hosts from
 * `package.json`, every cookie the code sets, every host or SDK that receives personal data
 * with the categories it receives, and the places that store full card numbers. Every entry
 * carries a `TODO(pledge init)` comment. Writes nothing.
 */
export async function draftPolicy(options: DraftOptions): Promise<PolicyDraft> {
  const dir = resolve(options.dir);
  const pkg = readPackageJson(dir);
  const { organization, source: organizationSource } = organizationOf(pkg, dir);
  const firstPartyHosts = firstPartyHostsOf(pkg);
  const seed: Record<string, unknown> = {
    version: 1,
    organization,
    firstParty: { hosts: firstPartyHosts },
  };
  const seedText = new Document(seed).toString();
  const seedPolicy = parsedOrThrow(seedText, 'the seed policy');

  // The scan reads its policy from a file: the seed goes in a temporary folder, outside the
  // project so it is neither scanned nor left behind.
  const temp = mkdtempSync(join(tmpdir(), 'pledge-init-'));
  const analyses: FileAnalysis[] = [];
  let result: ScanResult;
  try {
    const policyFile = join(temp, 'pledge.policy.yaml');
    writeFileSync(policyFile, seedText);
    result = await scan({
      ...options.scan,
      root: dir,
      paths: [],
      policy: policyFile,
      onAnalysis: ({ analysis }) => analyses.push(analysis),
    });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  const map = buildDataMap({
    analyses,
    policy: seedPolicy,
    root: result.root,
    findings: result.findings,
    rules: result.rules,
  });
  const cardStorage: DraftProblem[] = result.findings
    .filter((f) => f.ruleId === CARD_STORAGE_RULE)
    .map((f) => ({ location: locationOf(f), message: maskText(f.message) }));

  const { cookies, unresolvedCookies, unusableCookies } = draftCookies(map);
  const { recipients, unresolvedRecipients } = draftRecipients(
    map,
    analyses[0]?.catalogs,
    policyTools(seedPolicy).taxonomy,
    firstPartyHosts,
  );

  const text = renderDraft({
    organization,
    organizationSource,
    firstPartyHosts,
    firstPartySource: firstPartyHosts.length > 0 ? 'package.json `homepage`' : undefined,
    cookies,
    unusableCookies,
    unresolvedCookies,
    thirdPartyCookies: map.thirdPartyCookies,
    recipients,
    unresolvedRecipients,
    cardStorage,
  });
  // The draft must load: a draft the loader refuses is a bug of `init`, said as one.
  parsedOrThrow(text, 'the drafted policy');
  return {
    text,
    organization,
    organizationSource,
    firstPartyHosts,
    cookies,
    unresolvedCookies,
    recipients,
    unresolvedRecipients,
    cardStorage,
    todos: text.split(INIT_TODO).length - 1,
    result,
  };
}

/** The cookies to declare: by name; a computed name, or one no policy name can be, is a note. */
function draftCookies(map: DataMap): {
  cookies: DraftCookie[];
  unresolvedCookies: MapLocation[];
  unusableCookies: DraftCookie[];
} {
  const cookies: DraftCookie[] = [];
  const unresolvedCookies: MapLocation[] = [];
  const unusableCookies: DraftCookie[] = [];
  for (const cookie of map.cookies) {
    if (cookie.name === undefined) {
      unresolvedCookies.push(...cookie.locations);
      continue;
    }
    const entry = { name: cookie.name, apis: cookie.apis, locations: cookie.locations };
    // A name the policy format cannot hold (a space, a bracket), or one that holds a value
    // (a card number or an address in a name) is listed, masked, instead of declared.
    if (
      maskText(cookie.name) !== cookie.name ||
      !declarable({ cookies: { declared: [{ name: cookie.name }] } })
    )
      unusableCookies.push(entry);
    else cookies.push(entry);
  }

  return { cookies, unresolvedCookies, unusableCookies };
}

/**
 * The recipients to declare: every host that receives personal data and every SDK the code
 * uses, with what it receives, except card data that only a payment processor may receive.
 */
function draftRecipients(
  map: DataMap,
  catalogs: FileAnalysis['catalogs'] | undefined,
  taxonomy: Taxonomy,
  firstPartyHosts: readonly string[],
): { recipients: DraftRecipient[]; unresolvedRecipients: PolicyDraft['unresolvedRecipients'] } {
  const claimedHosts = new Set(firstPartyHosts);
  const ids = new Set<string>();
  const recipients: DraftRecipient[] = [];
  const unresolvedRecipients: PolicyDraft['unresolvedRecipients'] = [];
  for (const recipient of map.recipients) {
    if (!recipient.used) continue;
    const personal = personalCategories(map, recipient);
    if (recipient.kind === 'unresolved') {
      if (personal.length > 0)
        unresolvedRecipients.push({ categories: personal, locations: recipient.locations });
      continue;
    }
    // A host the code merely names, with nothing personal going to it, is not a recipient to
    // declare; an SDK the code uses is (its calls are what the policy discloses).
    if (recipient.kind === 'host' && personal.length === 0) continue;
    const recipes =
      recipient.kind === 'vendor'
        ? (catalogs?.sdkRecipes.filter(
            // A vendor found by the host a request goes to names no SDK call, only itself.
            (r) => r.vendor === recipient.name || recipient.vendors.includes(r.vendor),
          ) ?? [])
        : [];
    const role = roleOf(recipes.map((r) => r.category));
    const hosts = [
      ...recipient.hosts,
      // Used through a snippet's global (`gtag(…)`): the recipe's hosts are how the engine
      // finds the declared recipient again.
      ...(recipient.packages.length === 0 ? recipes.flatMap((r) => r.hosts) : []),
    ].filter((host) => {
      const fresh = !claimedHosts.has(host) && declarable({ firstParty: { hosts: [host] } });
      if (fresh) claimedHosts.add(host);
      return fresh;
    });
    const cardData = personal
      .filter(
        (c) =>
          role !== 'payment-processor' &&
          isWithinCategory(c, 'user.financial.card') &&
          taxonomy.isSensitive(c),
      )
      .map((category) => ({
        category,
        locations: map.flows
          .filter(
            (f) =>
              f.target.kind === 'recipient' &&
              f.target.id === recipient.id &&
              f.category === category,
          )
          .flatMap((f) => f.locations),
      }));
    const receives = narrowest(personal.filter((c) => !cardData.some((d) => d.category === c)));
    recipients.push({
      id: uniqueId(recipient.name, ids),
      name: recipient.name,
      role,
      hosts: unique(hosts),
      packages: unique(recipient.packages),
      receives,
      sensitive: receives.filter((c) => taxonomy.isSensitive(c)),
      locations: recipient.locations,
      cardData,
    });
  }

  return { recipients, unresolvedRecipients };
}

// ───────────────────────────── the project ─────────────────────────────

interface PackageJson {
  name?: unknown;
  author?: unknown;
  homepage?: unknown;
  type?: unknown;
  packageManager?: unknown;
}

function readPackageJson(dir: string): PackageJson {
  try {
    const value: unknown = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return value !== null && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

/**
 * The organization: `author` of package.json (`Name <email> (url)` → `Name`; the address is
 * never copied), else its `name`, else the folder's name.
 */
function organizationOf(pkg: PackageJson, dir: string): { organization: string; source: string } {
  const author =
    typeof pkg.author === 'string'
      ? pkg.author
      : pkg.author !== null && typeof pkg.author === 'object' && 'name' in pkg.author
        ? String(pkg.author.name)
        : undefined;
  const candidates: [string | undefined, string][] = [
    [author?.replace(/<[^>]*>|\([^)]*\)/g, ''), 'package.json `author`'],
    [typeof pkg.name === 'string' ? pkg.name : undefined, 'package.json `name`'],
    [basename(dir), 'the folder’s name'],
  ];
  for (const [value, source] of candidates) {
    const name = value?.replace(/\s+/g, ' ').trim();
    // A value that holds an address or a number is not a name to write down.
    if (name !== undefined && name !== '' && maskText(name) === name)
      return { organization: name, source };
  }
  return { organization: 'Your organization', source: 'nothing (no package.json name)' };
}

/** `homepage: https://www.shop.example/about` → `shop.example` and `*.shop.example`. */
function firstPartyHostsOf(pkg: PackageJson): string[] {
  if (typeof pkg.homepage !== 'string') return [];
  let host: string;
  try {
    host = new URL(pkg.homepage).hostname.toLowerCase();
  } catch {
    return [];
  }
  // A code host (github.com for a repository's readme) is not the organization's own.
  if (host === '' || /(^|\.)(github\.com|gitlab\.com|bitbucket\.org|npmjs\.com)$/.test(host))
    return [];
  const domain = host.replace(/^www\./, '');
  const hosts = [domain, `*.${domain}`];
  return declarable({ firstParty: { hosts } }) ? hosts : [];
}

// ───────────────────────────── deciding ─────────────────────────────

/**
 * The personal categories the code sends a recipient, as the map judges them: under the seed
 * policy nothing is declared, so a flow of personal data (not masked) is `undeclared`, or
 * `unknown` when its destination is not known statically.
 */
function personalCategories(map: DataMap, recipient: MapRecipient): string[] {
  const categories = map.flows
    .filter(
      (f) =>
        f.target.kind === 'recipient' &&
        f.target.id === recipient.id &&
        (f.status === 'undeclared' || f.status === 'unknown'),
    )
    .map((f) => f.category);
  return unique(categories).sort();
}

/** Drops a category whose parent is in the list: `user.contact` covers `user.contact.email`. */
function narrowest(categories: readonly string[]): string[] {
  return categories.filter(
    (c) => !categories.some((other) => other !== c && isWithinCategory(c, other)),
  );
}

type RecipeCategory = NonNullable<FileAnalysis['catalogs']['sdkRecipes'][number]['category']>;

/** The policy's role for an SDK's catalog category; `other` for a bare host. */
const ROLES: Readonly<Record<RecipeCategory, RecipientRole>> = {
  analytics: 'analytics',
  'session-replay': 'analytics',
  'error-tracking': 'error-tracking',
  support: 'support',
  crm: 'crm',
  email: 'email',
  sms: 'sms',
  payments: 'payment-processor',
  ads: 'ad-network',
  social: 'social',
  ai: 'ai',
  search: 'search',
  'feature-flags': 'service-provider',
  marketing: 'service-provider',
  notifications: 'service-provider',
  workflows: 'service-provider',
  identity: 'service-provider',
  productivity: 'service-provider',
  location: 'service-provider',
  shipping: 'service-provider',
  logging: 'service-provider',
};

function roleOf(categories: readonly RecipeCategory[]): RecipientRole {
  const first = categories[0];
  return first === undefined ? 'other' : ROLES[first];
}

/** A kebab-case id from a name (`Google Analytics` → `google-analytics`), unique in `taken`. */
function uniqueId(name: string, taken: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'recipient';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${String(n)}`;
  taken.add(id);
  return id;
}

/**
 * Whether a part of a policy is valid as the loader sees it (a host, a cookie name): the policy
 * format is the loader's to say, not a second copy of its patterns here.
 */
function declarable(part: Record<string, unknown>): boolean {
  const text = new Document({
    version: 1,
    organization: 'x',
    firstParty: { hosts: [] },
    ...part,
  }).toString();
  return parsePolicy(text).policy !== undefined;
}

function parsedOrThrow(text: string, what: string): Policy {
  const { policy, errors } = parsePolicy(text);
  if (!policy)
    throw new Error(
      `${what} does not load: ${errors.map((e) => `${String(e.line)}:${String(e.column)} ${e.message}`).join('; ')}`,
    );
  return policy;
}

// ───────────────────────────── the YAML ─────────────────────────────

interface DraftParts {
  organization: string;
  organizationSource: string;
  firstPartyHosts: string[];
  firstPartySource: string | undefined;
  cookies: DraftCookie[];
  unusableCookies: DraftCookie[];
  unresolvedCookies: MapLocation[];
  thirdPartyCookies: DataMap['thirdPartyCookies'];
  recipients: DraftRecipient[];
  unresolvedRecipients: PolicyDraft['unresolvedRecipients'];
  cardStorage: DraftProblem[];
}

/** The draft as YAML, through the `yaml` Document API so every note is a real comment. */
function renderDraft(parts: DraftParts): string {
  const processors = parts.recipients
    .filter((r) => r.role === 'payment-processor')
    .map((r) => r.id);
  const handlesCards =
    parts.cardStorage.length > 0 ||
    parts.recipients.some(
      (r) =>
        r.cardData.length > 0 || r.receives.some((c) => isWithinCategory(c, 'user.financial.card')),
    );
  const cookiesSection =
    parts.cookies.length > 0 ||
    parts.unresolvedCookies.length > 0 ||
    parts.unusableCookies.length > 0;
  const contents: Record<string, unknown> = {
    version: 1,
    organization: parts.organization,
    firstParty: { hosts: parts.firstPartyHosts },
    ...(handlesCards
      ? {
          payments: {
            storeFullCardNumber: false,
            storeLast4: true,
            storeSecurityCode: false,
            ...(processors.length > 0 ? { processors } : {}),
          },
        }
      : {}),
    ...(cookiesSection
      ? { cookies: { declared: parts.cookies.map((c) => ({ name: c.name })) } }
      : {}),
    ...(parts.recipients.length > 0
      ? {
          thirdParties: parts.recipients.map((r) => ({
            id: r.id,
            name: r.name,
            role: r.role,
            ...(r.hosts.length > 0 ? { hosts: r.hosts } : {}),
            ...(r.packages.length > 0 ? { packages: r.packages } : {}),
            receives: r.receives,
          })),
        }
      : {}),
  };
  const doc = new Document(contents);
  doc.commentBefore = lines(
    'yaml-language-server: $schema=./node_modules/@pledge/policy/schema.json',
    'Drafted by `pledge init` from what the code does. Pledge cannot know your promises: every',
    `entry marked ${INIT_TODO} is a guess to confirm (then delete the marker) or remove.`,
    'Then `npx pledge policy check` validates this file and `npx pledge scan` checks the code.',
    'To cite your human privacy policy in findings, add `document` and `clauses`:',
    POLICY_DOCS,
  );
  const root = doc.contents as YAMLMap;
  keyOf(root, 'organization').commentBefore = lines(
    `${INIT_TODO}: confirm the organization's name (from ${parts.organizationSource}).`,
  );
  const firstParty = valueOf(root, 'firstParty') as YAMLMap;
  keyOf(firstParty, 'hosts').commentBefore =
    parts.firstPartySource === undefined
      ? lines(
          `${INIT_TODO}: list the hosts your organization runs (\`shop.example\`, \`'*.shop.example'\`):`,
          'requests to them are first-party. Until then, a host of your own that receives personal',
          'data is drafted below as a recipient: move it here.',
        )
      : lines(
          `${INIT_TODO}: confirm the hosts your organization runs (from ${parts.firstPartySource});`,
          'requests to them are first-party.',
        );
  flowStyle(valueOf(firstParty, 'hosts'));

  if (handlesCards) {
    const payments = valueOf(root, 'payments') as YAMLMap;
    keyOf(root, 'payments').commentBefore = lines(
      `${INIT_TODO}: confirm the promises about card data (these are the defaults).`,
    );
    if (processors.length > 0) flowStyle(valueOf(payments, 'processors'));
    if (parts.cardStorage.length > 0)
      keyOf(payments, 'storeFullCardNumber').commentBefore = lines(
        'FIX, do not declare: the code stores full card numbers here. No policy can allow it',
        '(PCI DSS); keep the last four digits or the payment processor’s token instead.',
        ...parts.cardStorage
          .slice(0, SHOWN_LOCATIONS * 3)
          .map((p) => `  ${where(p.location)}: ${p.message}`),
        ...more(parts.cardStorage.length, SHOWN_LOCATIONS * 3),
      );
  }

  if (cookiesSection) {
    const cookies = valueOf(root, 'cookies') as YAMLMap;
    const declared = valueOf(cookies, 'declared');
    if (isSeq(declared)) {
      declared.items.forEach((item, i) => {
        const cookie = parts.cookies[i];
        if (cookie === undefined || !isMap(item)) return;
        (item as Node).commentBefore = lines(
          `${INIT_TODO}: confirm cookie \`${cookie.name}\`, set by ${cookie.apis.join(', ')} at ${places(cookie.locations)};`,
          'add its duration, purpose and flags (httpOnly, secure, sameSite).',
        );
      });
      if (declared.items.length === 0) declared.flow = true;
    }
    const notes: string[] = [];
    if (parts.unresolvedCookies.length > 0)
      notes.push(
        `${INIT_TODO}: cookies are also set with a name not known statically, at`,
        `${places(parts.unresolvedCookies)}: declare a glob that covers them`,
        "(`- { name: 'pref_*' }`), or set `unresolvedNames: ignore`.",
      );
    for (const cookie of parts.unusableCookies)
      notes.push(
        `${INIT_TODO}: cookie \`${maskText(cookie.name)}\` (at ${places(cookie.locations)}) cannot be declared`,
        'by name: the name holds a value or characters a policy name cannot; rename it or declare a glob.',
      );
    const known = parts.thirdPartyCookies.filter((p) =>
      parts.recipients.some((r) => r.name === p.name),
    );
    for (const party of known)
      notes.push(
        `${party.name}'s browser script is known to set ${party.cookies
          .slice(0, 6)
          .map((c) => `\`${maskText(c.pattern)}\``)
          .join(', ')}${party.cookies.length > 6 ? ', …' : ''} (Open Cookie Database):`,
        'if your pages load it, declare them with `party: third` and `setBy`.',
      );
    if (notes.length > 0) keyOf(cookies, 'declared').commentBefore = lines(...notes);
  }

  if (parts.recipients.length > 0) {
    const seq = valueOf(root, 'thirdParties');
    if (isSeq(seq))
      seq.items.forEach((item, i) => {
        const recipient = parts.recipients[i];
        if (recipient === undefined || !isMap(item)) return;
        for (const key of ['hosts', 'packages', 'receives']) {
          const value = item.get(key, true);
          if (value !== undefined) flowStyle(value);
        }
        (item as Node).commentBefore = lines(...recipientNotes(recipient));
      });
  }
  if (parts.unresolvedRecipients.length > 0) {
    const notes = [
      `${INIT_TODO}: personal data also goes to destinations not known statically:`,
      ...parts.unresolvedRecipients.flatMap((u) => [
        `  ${u.categories.join(', ')} at ${places(u.locations)}`,
      ]),
      'Declare each recipient with its hosts (or `env`: the variable that holds its base URL),',
      'or add the variable to `firstParty.env` when the URL is your own.',
    ];
    const seq = root.items.find((p) => isScalar(p.key) && p.key.value === 'thirdParties');
    if (seq) (seq.key as Node).commentBefore = lines(...notes);
    else doc.comment = lines(...notes);
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function recipientNotes(recipient: DraftRecipient): string[] {
  const uses = [
    ...recipient.packages.map((p) => `package \`${p}\``),
    ...(recipient.packages.length === 0 && recipient.hosts.length > 0
      ? [`host ${recipient.hosts.map((h) => `\`${h}\``).join(', ')}`]
      : []),
  ];
  const out = [
    `${INIT_TODO}: confirm ${recipient.name}${uses.length > 0 ? ` (${uses.join(', ')})` : ''}, used at ${places(recipient.locations)};`,
    recipient.receives.length > 0
      ? 'its role, and that it may receive what the code sends it (`receives`).'
      : 'its role; the code sends it no personal data Pledge can see.',
  ];
  if (recipient.role === 'other')
    out.push(
      'A bare host: pick its role, and if the host is your own, move it to `firstParty.hosts`.',
    );
  const sensitive = recipient.receives.filter((c) => recipient.sensitive.includes(c));
  if (sensitive.length > 0)
    out.push(
      `${sensitive.map((c) => `\`${c}\``).join(', ')} ${sensitive.length === 1 ? 'is' : 'are'} sensitive: confirm your policy discloses ${sensitive.length === 1 ? 'it' : 'them'} to ${recipient.name}.`,
    );
  for (const card of recipient.cardData)
    out.push(
      `FIX, do not declare: \`${card.category}\` is sent to it at ${places(card.locations)};`,
      'only a payment processor may receive card data.',
    );
  return out;
}

// ───────────────────────────── YAML helpers ─────────────────────────────

function pairOf(map: YAMLMap, key: string): Pair {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (!pair) throw new Error(`the draft has no \`${key}\``);
  return pair;
}

function keyOf(map: YAMLMap, key: string): Node {
  return pairOf(map, key).key as Node;
}

function valueOf(map: YAMLMap, key: string): unknown {
  return pairOf(map, key).value;
}

function flowStyle(node: unknown): void {
  if (isSeq(node)) node.flow = true;
}

/** Comment lines: the `yaml` package prefixes each with `#`; a space reads better after it. */
function lines(...text: string[]): string {
  return text.map((line) => ` ${maskText(line)}`).join('\n');
}

function where(location: MapLocation): string {
  return `${location.file}:${String(location.line)}:${String(location.column)}`;
}

function places(locations: readonly MapLocation[]): string {
  const shown = locations.slice(0, SHOWN_LOCATIONS).map(where).join(', ');
  return locations.length > SHOWN_LOCATIONS
    ? `${shown} and ${String(locations.length - SHOWN_LOCATIONS)} more`
    : shown;
}

function more(count: number, shown: number): string[] {
  return count > shown
    ? [`  … and ${String(count - shown)} more (\`pledge scan\` lists them).`]
    : [];
}

function locationOf(finding: ScanFinding): MapLocation {
  return { file: finding.file, line: finding.line, column: finding.column };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

// ───────────────────────────── the other files ─────────────────────────────

/** A file `pledge init` proposes: where, and its text. */
export interface DraftFile {
  /** Relative to the project folder, `/`-separated. */
  path: string;
  text: string;
  /** An existing file that holds the same kind of thing (another ESLint config file name). */
  existing?: string;
}

/** ESLint's flat and legacy config files, in the order ESLint looks for them. */
const ESLINT_CONFIGS = [
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  'eslint.config.mts',
  'eslint.config.cts',
  '.eslintrc.js',
  '.eslintrc.cjs',
  '.eslintrc.yaml',
  '.eslintrc.yml',
  '.eslintrc.json',
  '.eslintrc',
];

/**
 * The ESLint config with Pledge's recommended config: `eslint.config.js` in an ES-module
 * package, else `eslint.config.mjs` (ESLint reads either as a module). `existing` names a
 * config file the project already has.
 */
export function eslintConfigDraft(dir: string): DraftFile {
  const pkg = readPackageJson(resolve(dir));
  const existing = ESLINT_CONFIGS.find((name) => existsSync(join(dir, name)));
  return {
    path: pkg.type === 'module' ? 'eslint.config.js' : 'eslint.config.mjs',
    text: `import pledge from '@pledge/eslint-plugin';

// Pledge's rules in the editor: the same checks \`pledge scan\` runs in CI. Other configs go
// before Pledge's; see https://github.com/pledge-dev/pledge/blob/main/docs/editor.md
export default [pledge.configs.recommended];
`,
    ...(existing === undefined ? {} : { existing }),
  };
}

/**
 * The GitHub Actions workflow of docs/ci.md: a full scan uploaded to code scanning as SARIF,
 * with the project's package manager (from its lockfile or `packageManager`).
 */
export function workflowDraft(dir: string): DraftFile {
  const pkg = readPackageJson(resolve(dir));
  const manager =
    existsSync(join(dir, 'pnpm-lock.yaml')) ||
    (typeof pkg.packageManager === 'string' && pkg.packageManager.startsWith('pnpm@'))
      ? 'pnpm'
      : existsSync(join(dir, 'yarn.lock')) ||
          (typeof pkg.packageManager === 'string' && pkg.packageManager.startsWith('yarn@'))
        ? 'yarn'
        : 'npm';
  const setup = {
    npm: [
      '      - uses: actions/setup-node@v4',
      '        with: { node-version: 22, cache: npm }',
      `      - run: ${existsSync(join(dir, 'package-lock.json')) ? 'npm ci' : 'npm install'}`,
    ],
    pnpm: [
      '      - uses: pnpm/action-setup@v4',
      '      - uses: actions/setup-node@v4',
      '        with: { node-version: 22, cache: pnpm }',
      '      - run: pnpm install --frozen-lockfile',
    ],
    yarn: [
      '      - uses: actions/setup-node@v4',
      '        with: { node-version: 22 }',
      '      - run: corepack enable && yarn install',
    ],
  }[manager];
  const run = { npm: 'npx', pnpm: 'pnpm exec', yarn: 'yarn' }[manager];
  return {
    path: '.github/workflows/pledge.yml',
    text: `# Pledge: the code checked against pledge.policy.yaml on every push and pull request.
# See https://github.com/pledge-dev/pledge/blob/main/docs/ci.md
name: Pledge
on:
  push:
    branches: [main]
  pull_request:

permissions:
  contents: read

jobs:
  code-scanning:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write # upload-sarif
    steps:
      - uses: actions/checkout@v4
${setup.join('\n')}
      # Exit code 1 (findings) must not stop the upload; the last step fails the job instead.
      - name: Scan
        id: scan
        continue-on-error: true
        run: ${run} pledge scan --format sarif --output pledge.sarif --no-progress
      - name: Upload to code scanning
        if: \${{ !cancelled() && hashFiles('pledge.sarif') != '' }}
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: pledge.sarif
          category: pledge
      - name: Fail on new findings
        if: \${{ steps.scan.outcome == 'failure' }}
        run: |
          echo "::error title=Pledge::The scan found privacy-policy violations (see Code scanning)."
          exit 1
`,
  };
}

// ───────────────────────────── the command ─────────────────────────────

/** Where `runInit` writes: a stream with `write`. */
interface Out {
  write(text: string): unknown;
}

/** What `pledge init` was asked. */
export interface InitRequest extends DraftOptions {
  /** Where the policy draft goes; `<dir>/pledge.policy.yaml` by default. */
  out?: string;
  /** Print the draft on stdout (the rest on stderr) and write nothing. */
  print?: boolean;
  /** No summary: only problems, on stderr. */
  quiet?: boolean;
  /** Paths in messages are relative to it. */
  cwd: string;
  stdout: Out;
  stderr: Out;
}

/** The exit codes of `pledge init`: 0 all written or printed; 1 the policy file exists. */
export const INIT_EXIT = { done: 0, exists: 1 } as const;

/**
 * `pledge init`: drafts the policy and writes it with the ESLint config and the CI workflow,
 * each only where no file is; never overwrites. Returns the exit code.
 */
export async function runInit(request: InitRequest): Promise<number> {
  const dir = resolve(request.cwd, request.dir);
  const shown = (path: string): string => relative(request.cwd, path) || path;
  const draft = await draftPolicy({ ...request, dir });
  const policyPath = resolve(dir, request.out ?? 'pledge.policy.yaml');
  const files = [eslintConfigDraft(dir), workflowDraft(dir)];
  const say = (text: string): void => {
    if (request.quiet !== true)
      (request.print === true ? request.stderr : request.stdout).write(text);
  };

  say(summary(draft, relative(request.cwd, dir) || '.'));
  const wrote: string[] = [];
  const leftAlone: string[] = [];
  let code: number = INIT_EXIT.done;
  if (request.print === true) {
    request.stdout.write(draft.text);
  } else if (writeNew(policyPath, draft.text)) {
    wrote.push(
      `${shown(policyPath)}: the draft policy, ${count(draft.todos, 'entry', 'entries')} marked ${INIT_TODO}`,
    );
  } else {
    code = INIT_EXIT.exists;
    request.stderr.write(
      `pledge: ${shown(policyPath)} already exists; it was left alone (pledge init never overwrites).\n` +
        'pledge: write the draft elsewhere with `pledge init --out FILE`, or see it with `pledge init --print`.\n',
    );
  }

  const printed: DraftFile[] = [];
  for (const file of files) {
    const path = join(dir, file.path);
    const present =
      file.existing !== undefined ? join(dir, file.existing) : existsSync(path) ? path : undefined;
    if (present !== undefined) {
      // A file that already runs Pledge needs nothing; another is the user's to merge into.
      if (!usesPledge(present)) printed.push({ ...file, path: relative(dir, present) });
      leftAlone.push(shown(present));
    } else if (request.print === true) {
      printed.push(file);
    } else if (writeNew(path, file.text)) {
      wrote.push(shown(path));
    } else {
      leftAlone.push(shown(path));
    }
  }

  if (wrote.length > 0) say(`\nWrote:\n${wrote.map((w) => `  ${w}\n`).join('')}`);
  if (leftAlone.length > 0)
    say(`\nLeft alone (they exist):\n${leftAlone.map((w) => `  ${w}\n`).join('')}`);
  for (const file of printed)
    say(
      request.print === true
        ? `\n${file.path}, to write:\n\n${indent(file.text)}`
        : `\n${file.path} exists: add Pledge to it yourself:\n\n${indent(file.text)}`,
    );
  if (code === INIT_EXIT.done) say(nextSteps(draft, request, shown(policyPath)));
  return code;
}

/** What to do once the draft is written (or printed). */
function nextSteps(draft: PolicyDraft, request: InitRequest, policy: string): string {
  const given = request.out !== undefined;
  const steps = [
    ...(request.print === true
      ? [`Save the draft as ${policy}, or run \`pledge init\` without \`--print\` to write it.`]
      : []),
    `Confirm every \`${INIT_TODO}\` in ${policy}, then delete the marker.`,
    `npx pledge policy check${given ? ` ${policy}` : ''}`,
    `npx pledge scan${given ? ` --policy ${policy}` : ''}` +
      (draft.cardStorage.length > 0
        ? `   (it still reports the ${count(draft.cardStorage.length, 'place')} that store full card numbers: fix them)`
        : ''),
  ];
  return `\nNext:\n${steps.map((step, i) => `  ${String(i + 1)}. ${step}\n`).join('')}`;
}

/** The summary of what the scan found. */
function summary(draft: PolicyDraft, dir: string): string {
  const { result } = draft;
  const out = [
    `pledge init: analysed ${count(result.stats.analysed, 'file')} in ${dir === '.' ? 'this folder' : dir}.`,
    ...[leftOutLine(result)].filter((line) => line !== undefined),
    ...(result.skipped.length > 0
      ? [
          `${count(result.skipped.length, 'file')} could not be analysed (\`pledge scan\` lists them).`,
        ]
      : []),
    '',
    'Found:',
    `  ${count(draft.cookies.length, 'cookie')} set by the code${list(draft.cookies.map((c) => c.name))}`,
  ];
  if (draft.unresolvedCookies.length > 0)
    out.push(
      `  ${count(draft.unresolvedCookies.length, 'place')} setting a cookie whose name is not known statically`,
    );
  out.push(
    `  ${count(draft.recipients.length, 'third party', 'third parties')} receiving personal data or called through an SDK${list(
      draft.recipients.map((r) =>
        r.receives.length > 0 ? `${r.name} (${r.receives.join(', ')})` : r.name,
      ),
    )}`,
  );
  if (draft.unresolvedRecipients.length > 0)
    out.push('  personal data sent to destinations not known statically (the draft lists where)');
  out.push(
    `  ${count(draft.cardStorage.length, 'place')} storing full card numbers${draft.cardStorage.length > 0 ? ': no policy can allow it, fix the code' : ''}`,
  );
  for (const r of draft.recipients)
    for (const c of r.cardData)
      out.push(
        `  card data (${c.category}) sent to ${r.name}, which is not a payment processor: fix the code`,
      );
  return `${out.map((line) => maskText(line)).join('\n')}\n`;
}

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${String(n)} ${n === 1 ? noun : plural}`;
}

function list(items: readonly string[]): string {
  if (items.length === 0) return '';
  const shown = items.slice(0, 8).join(', ');
  return `: ${shown}${items.length > 8 ? `, and ${String(items.length - 8)} more` : ''}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : `    ${line}`))
    .join('\n');
}

/** Writes a file that does not exist yet; false when it does (it is never replaced). */
function writeNew(path: string, text: string): boolean {
  if (existsSync(path)) return false;
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function usesPledge(path: string): boolean {
  try {
    return /@pledge\/eslint-plugin|pledge scan/.test(readFileSync(path, 'utf8'));
  } catch {
    return false;
  }
}
