// @pledge/rule-tester: test Pledge rules and rule packs through every front end.
export {
  RuleTester,
  RuleTesterError,
  type InvalidCase,
  type RuleTesterConfig,
  type RuleTests,
  type ValidCase,
} from './rule-tester.js';
export { runFixtures, type FixtureOptions } from './fixtures.js';
export {
  describeRulePack,
  docsPageOf,
  inspectRulePack,
  readExamples,
  type DocsExample,
  type PackCheck,
  type PackProblem,
  type RulePackOptions,
} from './rule-pack.js';
export {
  checkCase,
  checkFixtureFile,
  messagePattern,
  type CaseCheck,
  type ExpectedError,
  type FixtureCheck,
  type ReferenceRun,
} from './check.js';
export {
  DEFAULT_FRONT_ENDS,
  FRONT_ENDS,
  FrontEndError,
  RuleSet,
  runEngine,
  runEslint,
  runScanner,
  type FrontEnd,
  type Reported,
  type ReportedSuggestion,
  type ScannerRun,
  type SourceText,
} from './front-ends.js';
