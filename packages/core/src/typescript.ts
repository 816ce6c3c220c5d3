import { createRequire } from 'node:module';

// Pledge's ESLint rules run on the TypeScript compiler API, through the AST that
// `@typescript-eslint/parser` builds: typescript >=5.4 <6.1, the range typescript-eslint
// supports. TypeScript 7 (the native port, the registry's `latest`) has no such API; a project
// on it keeps TypeScript 6 for its tools side by side. The scanner brings its own TypeScript
// (ts-morph's) and never needs the project's.

/** The TypeScript versions the ESLint rules run on. */
export const SUPPORTED_TYPESCRIPT = '>=5.4 <6.1';

/** Where the docs explain the TypeScript 7 side-by-side setup. */
export const TYPESCRIPT_DOCS =
  'https://github.com/pledge-dev/pledge/blob/main/docs/editor.md#typescript-versions';

/**
 * What is wrong with the `typescript` module the ESLint rules would use, or undefined when it
 * is a compiler API in the supported range. `module` is what `require('typescript')` returned
 * (or the error it threw).
 */
export function typeScriptProblem(module: unknown, resolvedFrom?: string): string | undefined {
  const where = resolvedFrom === undefined ? '' : ` (from ${resolvedFrom})`;
  const sideBySide = `Keep TypeScript 6 for linting side by side with TypeScript 7: in package.json, "typescript": "npm:@typescript/typescript6@^6.0.2" for the tools and "@typescript/native": "npm:typescript@^7.0.2" for tsc. \`pledge scan\` brings its own TypeScript and works with either. See ${TYPESCRIPT_DOCS}`;
  if (module instanceof Error || module === undefined) {
    return `Pledge's ESLint rules need the \`typescript\` package (${SUPPORTED_TYPESCRIPT}), and it could not be loaded${where}: install it with \`npm install --save-dev typescript@~6.0.2\`.`;
  }
  const api = module as { version?: unknown; createSourceFile?: unknown };
  const version = typeof api.version === 'string' ? api.version : 'unknown';
  const major = Number.parseInt(version, 10);
  const minor = Number.parseInt(version.split('.')[1] ?? '', 10);
  if (typeof api.createSourceFile !== 'function' || major >= 7) {
    return `Pledge's ESLint rules need the TypeScript compiler API (typescript ${SUPPORTED_TYPESCRIPT}, as typescript-eslint does), but typescript@${version}${where} is TypeScript 7, the native port, which has no compiler API yet. ${sideBySide}`;
  }
  if (major < 5 || (major === 5 && minor < 4) || (major === 6 && minor >= 1)) {
    return `Pledge's ESLint rules support typescript ${SUPPORTED_TYPESCRIPT}, but typescript@${version}${where} is installed: install \`typescript@~6.0.2\`.`;
  }
  return undefined;
}

/** An installation Pledge's ESLint rules cannot run with: thrown when the plugin loads. */
export class TypeScriptVersionError extends Error {
  override readonly name = 'TypeScriptVersionError';
}

/**
 * Loads `typescript` as a module at `from` (a file URL or path) would, and throws one clear
 * `TypeScriptVersionError` when it is not a supported compiler API. The ESLint plugin calls it
 * before typescript-eslint's parser loads, so a TypeScript 7 installation gets Pledge's advice.
 */
export function assertTypeScript(from: string | URL): void {
  const load = createRequire(from);
  let module: unknown;
  let resolved: string | undefined;
  try {
    resolved = load.resolve('typescript');
    module = load('typescript');
  } catch (error) {
    module = error instanceof Error ? error : new Error(String(error));
  }
  const problem = typeScriptProblem(module, resolved);
  if (problem !== undefined) throw new TypeScriptVersionError(problem);
}
