// `@pledge/eslint-plugin/adapter`: the adapter that turns a Pledge rule into an ESLint rule,
// for packs that build their plugin by hand. `definePack` (from `@pledge/core/rules`) uses it.
export {
  toEslintRule,
  type EslintRule,
  type EslintRuleOptions,
  type PledgeRule,
} from '@pledge/core/rules';
