import { matchGlob, matchHost } from '@pledge/policy';
import { PatternIndex, type Qualified } from '../engine/resolve.js';
import { packageOf } from '../engine/model.js';
import { COOKIE_APIS } from './cookies.js';
import { ENV_ENDPOINTS } from './env.js';
import { HTTP_CLIENTS } from './http.js';
import { SANITIZERS } from './sanitizers.js';
import { SDK_RECIPES } from './sdks.js';
import { ENTITY_DECORATORS, SCHEMA_DEFINITIONS, STORAGE_SINKS } from './storage.js';
import type {
  CookieApi,
  EntityDecorators,
  EnvEndpoint,
  HttpClient,
  Sanitizer,
  SchemaDefinition,
  SdkRecipe,
  StorageSink,
} from './types.js';

// The catalogs a run uses: the built-in ones and what the loaded rule packs add. A pack's
// entries come first, so a security team can describe a package better than the built-in
// catalog does. Indexed once per distinct set of extensions, never once per process: two
// scans with different packs in one process see different catalogs.

/** Entries a rule pack adds to the engine's catalogs (data, in the built-in catalogs' shapes). */
export interface CatalogExtension {
  /** Calls that persist data: ORMs, query builders, key-value stores. */
  storage?: readonly StorageSink[];
  /** Model and schema definitions whose fields are classified (`pgTable`, `new Schema`). */
  schemas?: readonly SchemaDefinition[];
  /** Decorators that mark an entity and its columns (TypeORM, MikroORM). */
  entityDecorators?: readonly EntityDecorators[];
  /** Calls that set cookies. */
  cookies?: readonly CookieApi[];
  /** HTTP clients: where the URL and the body of a request are. */
  http?: readonly HttpClient[];
  /** Third-party SDKs: packages, globals, hosts and the calls that send data. */
  sdks?: readonly SdkRecipe[];
  /** Calls that hash, mask or truncate a value on its way to a sink. */
  sanitizers?: readonly Sanitizer[];
  /** Environment variables whose value is a vendor's endpoint (`SLACK_WEBHOOK_URL`). */
  envEndpoints?: readonly EnvEndpoint[];
}

/** The catalogs of one run, indexed for lookups. Build it with `indexCatalogs`. */
export class CatalogIndex {
  readonly storageSinks: readonly StorageSink[];
  readonly schemaDefinitions: readonly SchemaDefinition[];
  readonly entityDecorators: readonly EntityDecorators[];
  readonly cookieApis: readonly CookieApi[];
  readonly httpClients: readonly HttpClient[];
  readonly sdkRecipes: readonly SdkRecipe[];
  readonly sanitizers: readonly Sanitizer[];
  readonly envEndpoints: readonly EnvEndpoint[];

  /** Calls that persist data, by the last member of their patterns. */
  readonly storage: PatternIndex<StorageSink>;
  readonly schemas: PatternIndex<SchemaDefinition>;
  readonly cookies: PatternIndex<CookieApi>;
  readonly http: PatternIndex<HttpClient>;
  readonly sanitizerIndex: PatternIndex<Sanitizer>;

  private readonly recipesByPackage = new Map<string, SdkRecipe>();
  private readonly recipesByGlobal = new Map<string, SdkRecipe>();
  private readonly recipesById = new Map<string, SdkRecipe>();
  /** The vendors of the SDK catalog, as names start with them: `stripe`, `hubspot`. */
  readonly vendorPrefixes: ReadonlySet<string>;

  constructor(extensions: readonly CatalogExtension[]) {
    const all = <T>(
      pick: (e: CatalogExtension) => readonly T[] | undefined,
      base: readonly T[],
    ) => [...extensions.flatMap((e) => pick(e) ?? []), ...base];
    this.storageSinks = all((e) => e.storage, STORAGE_SINKS);
    this.schemaDefinitions = all((e) => e.schemas, SCHEMA_DEFINITIONS);
    this.entityDecorators = all((e) => e.entityDecorators, ENTITY_DECORATORS);
    this.cookieApis = all((e) => e.cookies, COOKIE_APIS);
    this.httpClients = all((e) => e.http, HTTP_CLIENTS);
    this.sdkRecipes = all((e) => e.sdks, SDK_RECIPES);
    this.sanitizers = all((e) => e.sanitizers, SANITIZERS);
    this.envEndpoints = all((e) => e.envEndpoints, ENV_ENDPOINTS);

    this.storage = new PatternIndex(this.storageSinks, (s) => s.patterns);
    this.schemas = new PatternIndex(this.schemaDefinitions, (d) => d.patterns);
    this.cookies = new PatternIndex(this.cookieApis, (a) => a.patterns);
    this.http = new PatternIndex(this.httpClients, (c) => c.patterns);
    this.sanitizerIndex = new PatternIndex(this.sanitizers, (s) => s.patterns);
    for (const recipe of this.sdkRecipes) {
      for (const name of recipe.packages)
        if (!this.recipesByPackage.has(name)) this.recipesByPackage.set(name, recipe);
      for (const name of recipe.globals)
        if (!this.recipesByGlobal.has(name)) this.recipesByGlobal.set(name, recipe);
      if (!this.recipesById.has(recipe.id)) this.recipesById.set(recipe.id, recipe);
    }
    this.vendorPrefixes = new Set(
      this.sdkRecipes
        .map((recipe) => /^[a-z]+/i.exec(recipe.vendor)?.[0]?.toLowerCase() ?? '')
        .filter((vendor) => vendor.length >= 3),
    );
  }

  /** The SDK recipe of a qualified name's root: its package (or the package's root) or global. */
  recipeOf(q: Qualified): SdkRecipe | undefined {
    if (q.root.kind === 'module')
      return (
        this.recipesByPackage.get(q.root.module) ??
        this.recipesByPackage.get(packageOf(q.root.module))
      );
    return q.root.kind === 'global' ? this.recipesByGlobal.get(q.root.name) : undefined;
  }

  /** The SDK recipe an npm package (or a deep import of one) belongs to. */
  recipeOfPackage(specifier: string): SdkRecipe | undefined {
    return this.recipesByPackage.get(specifier) ?? this.recipesByPackage.get(packageOf(specifier));
  }

  /** The SDK recipe whose hosts include `host` (`api.segment.io` → Segment). */
  recipeOfHost(host: string): SdkRecipe | undefined {
    return this.sdkRecipes.find((recipe) =>
      recipe.hosts.some((pattern) => matchHost(pattern, host)),
    );
  }

  /** An SDK recipe by id. */
  recipe(id: string): SdkRecipe | undefined {
    return this.recipesById.get(id);
  }

  /** The vendor endpoint an environment variable's name points to (`SLACK_WEBHOOK_URL`). */
  endpointOfEnv(name: string): EnvEndpoint | undefined {
    const upper = name.toUpperCase();
    return this.envEndpoints.find((endpoint) =>
      endpoint.names.some((glob) => matchGlob(glob, upper)),
    );
  }
}

/** The built-in catalogs alone, indexed once. */
export const CORE_CATALOGS = new CatalogIndex([]);

const indexed = new WeakMap<CatalogExtension, Map<string, CatalogIndex>>();
const ids = new WeakMap<CatalogExtension, number>();
let nextId = 0;

/**
 * The catalogs of a run: the built-in ones with the given extensions (a pack's `catalogs`)
 * ahead of them. The same extensions in the same order give the same index object, so the
 * per-file analysis cache is shared by every rule of one run.
 */
export function indexCatalogs(extensions: readonly CatalogExtension[] = []): CatalogIndex {
  const present = extensions.filter((e) =>
    Object.values(e as Record<string, readonly unknown[] | undefined>).some(
      (list) => list !== undefined && list.length > 0,
    ),
  );
  const first = present[0];
  if (first === undefined) return CORE_CATALOGS;
  const key = present
    .map((e) => {
      let id = ids.get(e);
      if (id === undefined) ids.set(e, (id = nextId++));
      return id;
    })
    .join(',');
  let byKey = indexed.get(first);
  if (!byKey) indexed.set(first, (byKey = new Map<string, CatalogIndex>()));
  let index = byKey.get(key);
  if (!index) byKey.set(key, (index = new CatalogIndex(present)));
  return index;
}
