export { countDiagnostics, formatDiagnostic, type PolicyDiagnostic } from './diagnostics.js';
export {
  findPolicy,
  loadPolicy,
  parsePolicy,
  MAX_POLICY_BYTES,
  POLICY_FILE_NAMES,
  yamlLocator,
  type LoadResult,
  type Locator,
} from './load.js';
export {
  PolicySchema,
  policyJsonSchema,
  RECIPIENT_ROLES,
  type CookieDeclarationEntry,
  type Policy,
  type PolicyClause,
  type PolicyInput,
  type RecipientRole,
  type ThirdPartyEntry,
} from './schema.js';
export {
  citeClause,
  cookieDeclaration,
  isFirstPartyHost,
  isFirstPartyPackage,
  isLoopbackHost,
  matchGlob,
  matchHost,
  mayReceive,
  normalizeHost,
  packageRoot,
  recipientById,
  recipientForHost,
  recipientForEnv,
  recipientForPackage,
  slugify,
  type ClauseCitation,
} from './queries.js';
export {
  BUILTIN_CATEGORIES,
  categoryAncestors,
  createTaxonomy,
  isWithinCategory,
  type CategoryExtension,
  type DataCategory,
  type Taxonomy,
} from './taxonomy.js';
export {
  classifyIdentifier,
  createClassifier,
  GETTER_VERBS,
  type Classification,
  type ClassifierOptions,
} from './classifier.js';
export {
  cardBrand,
  detectValue,
  detectValues,
  detectValuesInCode,
  DETECTOR_CATEGORIES,
  isCardNumber,
  isEmail,
  isIPv4,
  isIPv6,
  isPhoneNumber,
  isSSN,
  luhnValid,
  type DetectValuesOptions,
  type ValueDetector,
  type ValueMatch,
} from './detectors.js';
export { mask, maskDeep, maskText, MASK_CHAR } from './mask.js';
export { summarize as summarizePolicy } from './cli.js';
export { levenshtein, nearest } from './text.js';
