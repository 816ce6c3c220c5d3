import { noFullCardStorage } from './rules/no-full-card-storage/rule.js';
import { noPiiToUndeclaredThirdParty } from './rules/no-pii-to-undeclared-third-party/rule.js';
import { noUndeclaredCookie } from './rules/no-undeclared-cookie/rule.js';
import type { PledgeRule } from './rule.js';

export * from './rules.js';
export { analyzeFile, FileAnalysis, policyTools } from './engine/analysis.js';
export type { AnalysisInput } from './types.js';
export { COOKIE_APIS } from './catalog/cookies.js';
export { HTTP_CLIENTS } from './catalog/http.js';
export { SDK_RECIPES } from './catalog/sdks.js';
export { SANITIZERS } from './catalog/sanitizers.js';
export { ENTITY_DECORATORS, SCHEMA_DEFINITIONS, STORAGE_SINKS } from './catalog/storage.js';
export type * from './catalog/types.js';
export { CORE_CATALOGS } from './catalog/index.js';
export { noFullCardStorage, noPiiToUndeclaredThirdParty, noUndeclaredCookie };

/** The built-in rules, by id. */
export const coreRules: Readonly<Record<string, PledgeRule>> = {
  'no-full-card-storage': noFullCardStorage,
  'no-undeclared-cookie': noUndeclaredCookie,
  'no-pii-to-undeclared-third-party': noPiiToUndeclaredThirdParty,
};
export type { ImportFact, SdkGlobalFact, UrlLiteralFact } from './engine/analysis.js';
export { disclosesPersonalData } from './engine/parties.js';
export {
  assertTypeScript,
  SUPPORTED_TYPESCRIPT,
  TypeScriptVersionError,
  typeScriptProblem,
} from './typescript.js';
export * from './suppressions.js';
