// The public authoring API (`@pledge/core/rules`): what a rule pack may import.
export {
  defineRule,
  runRule,
  type PledgeRule,
  type ReportDescriptor,
  type RuleContext,
  type RuleDefinition,
  type RuleListeners,
  type RuleMeta,
  type OptionsSchema,
} from './rule.js';
export type { CookieFact, SchemaFieldFact, SendFact, StorageFact } from './engine/analysis.js';
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
