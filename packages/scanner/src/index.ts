// @pledge/scanner: the whole-program scan behind the `pledge` CLI, for CI and for tools.
export {
  scan,
  scanSync,
  readPolicy,
  rulesOf,
  describeRules,
  toScanFinding,
  toolVersion,
  PolicyError,
  UsageError,
  type AnalysedFile,
  type RulePack,
  type ScanOptions,
  type ScanProgress,
} from './scan.js';
export {
  loadConfig,
  findConfig,
  loadPack,
  packOf,
  formatConfigDiagnostic,
  ConfigError,
  PackLoadError,
  CONFIG_FILE_NAMES,
  type ConfigDiagnostic,
  type RuleSetting,
  type RuleSeverity,
  type ScanConfig,
} from './config.js';
export {
  applyBaseline,
  createBaseline,
  readBaseline,
  serializeBaseline,
  writeBaseline,
  BaselineError,
  BASELINE_VERSION,
  type BaselineEntry,
  type BaselineFile,
} from './baseline.js';
export {
  changedLines,
  parseUnifiedDiff,
  isChanged,
  GitError,
  type ChangedLines,
} from './changed.js';
export {
  fingerprint,
  fingerprintAll,
  normalizeLine,
  FINGERPRINT_VERSION,
  type FingerprintInput,
} from './fingerprint.js';
export { findSuppressions } from './suppressions.js';
export { type TestCodeOptions, type TestCodeSeverity } from './test-code.js';
export {
  DEFAULT_MAX_FILE_SIZE,
  SOURCE_EXTENSIONS,
  discoverSourceFiles,
  generatedMarker,
  minifiedReason,
  type FileSkip,
} from './files.js';
export {
  extractInlineScripts,
  EMBEDDED_EXTENSIONS,
  type InlineScripts,
  type InlineScriptExtension,
} from './embedded.js';
export { main, exitCode, EXIT, type CliIo } from './cli.js';
export * from './types.js';
export * from './reporters/index.js';
export * from './map/index.js';
