// @pledge/rule-tester: test Pledge rules and rule packs through every front end.
export { RuleTester, RuleTesterError, type RuleTesterConfig } from './rule-tester.js';
// The case types are @pledge/core's, so that a rule's `cases.ts` needs only @pledge/core.
export type {
  ExpectedError,
  FrontEnd,
  InvalidCase,
  RuleCases,
  ValidCase,
} from '@pledge/core/testing';
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
  type Reported,
  type ReportedSuggestion,
  type ScannerRun,
  type SourceText,
} from './front-ends.js';
