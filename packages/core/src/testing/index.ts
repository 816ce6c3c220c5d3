// Test helpers shared by the front ends' conformance tests (`@pledge/core/testing`).
export {
  type ExpectedError,
  type FrontEnd,
  type InvalidCase,
  type RuleCases,
  type ValidCase,
} from './cases.js';
export {
  readFixturePrograms,
  readFixtures,
  type Fixture,
  type FixtureProgram,
} from './fixtures.js';
export { runOnCode, testPolicy } from './run.js';
