// The data map's model: what `buildDataMap` returns, what `renderDataMap(map, 'json')` publishes.
// Versioned: bump `DATA_MAP_VERSION` on any breaking change and document it in docs/data-map.md.
// The map names categories, recipients, hosts, packages and cookie names — never a value.

/**
 * The version of the data map's JSON shape. Additive fields keep it (version 1 gained `findings`
 * and `flaggedBy`); removing or changing the meaning of a field bumps it.
 */
export const DATA_MAP_VERSION = 1;

/** A place in the code: a repository-relative path with `/` separators, 1-based line and column. */
export interface MapLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * How a flow stands against the policy:
 * - `declared`: the policy declares it (a recipient declared for the category, a declared cookie);
 * - `undeclared`: personal data the policy does not declare going there (drift);
 * - `unknown`: personal data going to a destination that cannot be resolved statically;
 * - `neutral`: nothing for the policy to declare (storage and logs, non-personal or masked data).
 */
export type FlowStatus = 'declared' | 'undeclared' | 'unknown' | 'neutral';

/** Where a flow goes: a recipient, a cookie, a store or a log (ids as in the map's lists). */
export type MapTarget =
  | { kind: 'recipient'; id: string }
  | { kind: 'cookie'; id: string }
  | { kind: 'storage'; id: string }
  | { kind: 'log'; id: string };

/** A data category the code handles. */
export interface MapCategory {
  /** The dotted id, `user.contact.email`. */
  id: string;
  label: string;
  personal: boolean;
  sensitive: boolean;
}

/** One category going to one target, with every place it does. */
export interface MapFlow {
  category: string;
  target: MapTarget;
  status: FlowStatus;
  /** Sanitiser effects on the way (`hashed`, `masked`, `encrypted`); a flow per distinct set. */
  transforms: string[];
  /** The APIs that carry it: `fetch()`, `Mixpanel`, `Prisma`, `res.cookie()`. */
  via: string[];
  locations: MapLocation[];
  /**
   * The rules whose findings are about this flow (at one of its places, for its category), sorted.
   * Orthogonal to `status`: a log flow stays `neutral` for the policy and is `flaggedBy`
   * `no-pii-in-logs`.
   */
  flaggedBy: string[];
}

/** A recipient: declared in the policy, or found in the code. */
export interface MapRecipient {
  /**
   * The policy's id for a declared recipient; `vendor:<slug>` for an SDK vendor, `host:<host>`
   * for any other host, `unresolved` for sends whose destination is not known statically.
   */
  id: string;
  kind: 'declared' | 'vendor' | 'host' | 'unresolved';
  /** How to show it: the policy's `name` (or id), the vendor, the host. */
  name: string;
  declared: boolean;
  /** Whether the code uses it: sends to it, imports its SDK, calls its snippet, names its host. */
  used: boolean;
  /** For declared recipients: the policy's role and the categories it may receive. */
  role?: string;
  receives: string[];
  /** What the code uses of it. */
  vendors: string[];
  hosts: string[];
  packages: string[];
  locations: MapLocation[];
  /** The rules whose findings are at one of the places the code uses it, sorted. */
  flaggedBy: string[];
}

/** A cookie the code sets. */
export interface MapCookie {
  /** `name:<cookie name>`, or `unresolved` for names not known statically. */
  id: string;
  /** Undefined when the name is not known statically. */
  name: string | undefined;
  declared: boolean;
  /** The policy entry that covers it (a name or glob). */
  declaration?: string;
  /** The APIs that set it: `res.cookie()`, `document.cookie`. */
  apis: string[];
  locations: MapLocation[];
  /** The rules whose findings are at one of the places the code sets it, sorted. */
  flaggedBy: string[];
}

/** A store or a log the code writes categories to. */
export interface MapStore {
  /** The catalog's sink id (`prisma`, `console`), or `schema:<label>` for model definitions. */
  id: string;
  label: string;
  kind: 'database' | 'cache' | 'file' | 'browser-storage' | 'log';
  locations: MapLocation[];
  /** The rules whose findings are at one of the places the code writes to it, sorted. */
  flaggedBy: string[];
}

/** A cookie the Open Cookie Database says a third party sets. */
export interface KnownCookie {
  /** The database's name; with `wildcard`, a prefix. */
  name: string;
  /** A glob for the names it stands for: `_ga_*` for the prefix `_ga_`. */
  pattern: string;
  wildcard: boolean;
  platform: string;
  /** The database's category: Analytics, Marketing, Functional, Security, ... */
  category: string;
  retention: string;
  description: string;
  domains: string[];
  /** How it was matched to the third party: by its platform name, or by a host the code uses. */
  matchedBy: 'platform' | 'domain';
  declared: boolean;
  /** The policy entry that covers it. */
  declaration?: string;
}

/** The cookies a third party the code uses is known to set. */
export interface ThirdPartyCookies {
  /** The `MapRecipient` id. */
  recipient: string;
  name: string;
  /** The Open Cookie Database platforms matched. */
  platforms: string[];
  cookies: KnownCookie[];
}

export type DriftKind =
  /** An SDK or host the code uses that is not a declared recipient. */
  | 'undeclared-recipient'
  /** A category sent to a declared recipient that is not declared for it. */
  | 'undeclared-category'
  /** A cookie the code sets that the policy does not declare. */
  | 'undeclared-cookie'
  /** A cookie whose name is not known statically (when the policy reports them). */
  | 'unresolved-cookie-name'
  /** A cookie a used third party is known to set that the policy does not declare. */
  | 'undeclared-third-party-cookie'
  /** A declared recipient whose hosts and packages never appear in the code. */
  | 'unused-recipient'
  /** A declared cookie that nothing sets. */
  | 'unused-cookie'
  /** A category a used recipient is declared to receive that the code never sends it. */
  | 'unused-category';

/** One difference between the code and the policy. */
export interface DriftItem {
  kind: DriftKind;
  /** One sentence, for people; names categories, recipients and cookies, never values. */
  message: string;
  recipient?: string;
  category?: string;
  cookie?: string;
  locations: MapLocation[];
}

/** Where the third-party cookie knowledge comes from. */
export interface CookieDatabaseSource {
  name: string;
  repository: string;
  commit: string;
  license: string;
}

/** One finding of the scan the map was built from, with the map items it is about. */
export interface MapFinding {
  /** The finding's message, masked: it names categories and code, never a value. */
  message: string;
  severity: 'warning' | 'error';
  category?: string;
  /** The sink, API or recipient the rule names: `console`, `localStorage.setItem()`, `res.cookie()`. */
  sink?: string;
  recipient?: string;
  cookie?: string;
  location: MapLocation;
  /**
   * The items of the map it flags: the recipient, cookie, store or log the engine found at its
   * place (or, failing that, the cookie or declared recipient it names). Empty when the map
   * lists nothing there (a first-party request, a rule about plain syntax).
   */
  targets: MapTarget[];
}

/** The findings of one rule the scan ran (core rules and loaded packs alike). */
export interface MapRuleFindings {
  /** The rule id as the scan reports and suppressions name it: `no-pii-in-logs`. */
  ruleId: string;
  /** The rule's description, when the scan's rule metadata was given to the map. */
  description?: string;
  count: number;
  /** In file, line and column order. */
  findings: MapFinding[];
}

/** Every data category the code handles, where it goes, and the drift from the policy. */
export interface DataMap {
  version: typeof DATA_MAP_VERSION;
  /** The absolute scan root; locations are relative to it. */
  root: string;
  policy: { organization: string; url: string };
  categories: MapCategory[];
  flows: MapFlow[];
  recipients: MapRecipient[];
  cookies: MapCookie[];
  storage: MapStore[];
  logs: MapStore[];
  thirdPartyCookies: ThirdPartyCookies[];
  /**
   * The scan's findings that count (not suppressed inline), by rule id: every rule the scan ran
   * when its metadata was given (those without findings with `count: 0`), else the rules that
   * reported.
   */
  findings: MapRuleFindings[];
  drift: {
    /** Used in the code but not declared in the policy. */
    undeclared: DriftItem[];
    /** Declared in the policy but never used in the code. */
    unused: DriftItem[];
  };
  sources: { cookies: CookieDatabaseSource };
}
