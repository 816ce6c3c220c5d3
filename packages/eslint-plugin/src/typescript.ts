import { assertTypeScript } from '@pledge/core';

// Imported first by the plugin: a TypeScript the rules cannot run on (TypeScript 7, the native
// port, or none) gets one clear message before typescript-eslint's parser loads and fails in
// its own words.
assertTypeScript(import.meta.url);
