// The public authoring API (`@pledge/core/rules`): everything a rule pack may import.
// Packs depend on `@pledge/core` as a peer and use only this subpath (and `./testing` in tests).

/** Rules: `defineRule` makes one; `runRule` runs one over an analysed file. */
export {
  defineRule,
  runRule,
  type CatalogEntries,
  type Destination,
  type FlowQueries,
  type OptionsSchema,
  type PledgeRule,
  type PolicyQueries,
  type ReportDescriptor,
  type RuleContext,
  type RuleDefinition,
  type RuleListeners,
  type RuleMeta,
} from './rule.js';
/** Packs: `definePack` makes an ESLint plugin that `pledge scan` loads too. */
export {
  definePack,
  isPledgePack,
  namespaceOf,
  PackError,
  PLEDGE_FILES,
  RULE_API_VERSION,
  satisfies,
  testsConfig,
  type PackConfig,
  type PackDefinition,
  type PackDescriptor,
  type PledgePack,
} from './pack.js';
/** Where test code lives by convention: `recommended` configs and the scanner leave it out. */
export { TEST_CODE_GLOBS } from './test-code.js';
/** The ESLint adapter `definePack` uses; `@pledge/eslint-plugin/adapter` re-exports it. */
export { toEslintRule, type EslintRule, type EslintRuleOptions } from './eslint.js';
/** Syntax helpers the engine uses itself: `unwrap` strips parentheses, `as`, `satisfies`, `!` and `await`. */
export { unwrap } from './engine/resolve.js';
/** Catalog entries a pack adds (`definePack({ catalogs })`), and the run's index of them. */
export { indexCatalogs, CatalogIndex, type CatalogExtension } from './catalog/index.js';
/** The shapes of catalog entries: sinks, cookie APIs, HTTP clients, SDK recipes, sanitisers. */
export type {
  ArgumentSpec,
  CallPattern,
  CookieApi,
  CookieNameSpec,
  EntityDecorators,
  EnvEndpoint,
  HttpClient,
  Sanitizer,
  SanitizerEffect,
  SchemaDefinition,
  SdkRecipe,
  StorageSink,
} from './catalog/types.js';
/** The facts rules listen to. */
export type { CookieFact, SchemaFieldFact, SendFact, StorageFact } from './engine/analysis.js';
/** What rules report and what front ends render. */
export type {
  Finding,
  FlowStep,
  Position,
  SourceLocation,
  Suggestion,
  Taint,
  TextEdit,
  Transform,
  TypeScriptApi,
} from './types.js';
