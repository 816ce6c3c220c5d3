// Test helpers shared by the front ends' conformance tests (`@pledge/core/testing`).
export { readFixtures, type Fixture } from './fixtures.js';
export { runOnCode, testPolicy } from './run.js';
