import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { Project, ts } from 'ts-morph';
import { within, type FileSkip } from './files.js';
import { workspaceResolutionHost, type WorkspacePackage } from './workspaces.js';

// Which TypeScript program each file is analysed in. Every tsconfig.json under the scanned
// paths (and the nearest one above each path) is a program, with the project references it
// lists; files are claimed by the deepest tsconfig that includes them, so a file that two
// overlapping tsconfigs list is analysed once, with its own package's settings. Files no
// tsconfig includes (scripts, config files, JavaScript outside `allowJs`) are analysed in one
// more program with permissive defaults, so nothing is left out silently.

/** One program to build: its compiler options and the files it analyses (real paths). */
export interface ProjectPlan {
  /** The (first) tsconfig, or undefined for the default program. */
  config: string | undefined;
  options: ts.CompilerOptions;
  files: string[];
}

/** Compiler options for files outside any tsconfig: JavaScript and JSX allowed, no emit. */
export const DEFAULT_COMPILER_OPTIONS: ts.CompilerOptions = {
  allowJs: true,
  checkJs: false,
  jsx: ts.JsxEmit.Preserve,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.Preserve,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  resolveJsonModule: true,
  allowImportingTsExtensions: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/** TypeScript's "no inputs were found" — a tsconfig that only lists references. */
const NO_INPUTS = 18003;

/**
 * Plans the programs of a scan: `candidates` are the files the walk found (real paths),
 * `tsconfigs` those it met; tsconfigs above each scanned path, up to `top`, are added.
 */
export function planProjects(input: {
  candidates: readonly string[];
  tsconfigs: readonly string[];
  paths: readonly string[];
  top: string;
}): { plans: ProjectPlan[]; skipped: FileSkip[] } {
  const skipped: FileSkip[] = [];
  const configs = new Set(input.tsconfigs.map((c) => resolve(c)));
  for (const path of input.paths) {
    const above = nearestTsconfig(existsDirectory(path) ? path : dirname(path), input.top);
    if (above) configs.add(above);
  }
  const parsed = new Map<string, ts.ParsedCommandLine>();
  const queue = [...configs];
  while (queue.length > 0) {
    const config = queue.shift();
    if (config === undefined || parsed.has(config)) continue;
    const result = parseTsconfig(config);
    if ('error' in result) {
      skipped.push({
        path: config,
        reason: 'parse-error',
        detail: `${result.error}; the files it lists are analysed with default compiler options`,
      });
      continue;
    }
    parsed.set(config, result.parsed);
    for (const reference of result.parsed.projectReferences ?? []) {
      const referenced = resolve(ts.resolveProjectReferencePath(reference));
      if (within(input.top, referenced) && existsSync(referenced) && !parsed.has(referenced))
        queue.push(referenced);
    }
  }

  const candidates = new Set(input.candidates);
  const claimed = new Set<string>();
  const plans: ProjectPlan[] = [];
  // Deepest first: a package's own tsconfig claims its files before a root one does.
  const ordered = [...parsed.entries()].sort(
    ([a], [b]) => b.split(sep).length - a.split(sep).length || (a < b ? -1 : a > b ? 1 : 0),
  );
  for (const [config, commandLine] of ordered) {
    const files: string[] = [];
    for (const name of commandLine.fileNames) {
      let path = resolve(name);
      if (!candidates.has(path)) {
        try {
          path = realpathSync(path);
        } catch {
          continue;
        }
        if (!candidates.has(path)) continue;
      }
      if (claimed.has(path)) continue;
      claimed.add(path);
      files.push(path);
    }
    if (files.length > 0) {
      plans.push({
        config,
        options: { ...commandLine.options, noEmit: true },
        files: files.sort(),
      });
    }
  }
  const rest = input.candidates.filter((file) => !claimed.has(file)).sort();
  if (rest.length > 0)
    plans.push({ config: undefined, options: DEFAULT_COMPILER_OPTIONS, files: rest });
  return { plans: mergePlans(plans), skipped };
}

/** Programs larger than this are not merged further (memory stays bounded per program). */
export const MAX_MERGED_PROGRAM_FILES = 2000;

/** Options that change what the analysis sees; the rest (emit, output folders) do not. */
const EMIT_ONLY_OPTIONS = new Set([
  'configFilePath',
  'outDir',
  'rootDir',
  'declarationDir',
  'tsBuildInfoFile',
  'composite',
  'declaration',
  'declarationMap',
  'emitDeclarationOnly',
  'sourceMap',
  'inlineSourceMap',
  'inlineSources',
  'incremental',
  'noEmit',
  'outFile',
  'removeComments',
  'importHelpers',
]);

/**
 * Builds one program for several tsconfigs whose options the analysis cannot tell apart (the
 * packages of a monorepo that extend one base config): a program costs ~0.25 s of lib parsing
 * and checker set-up however few files it holds, so forty small packages in one program scan
 * several times faster than forty programs. Options with paths (`paths`, `baseUrl`,
 * `typeRoots`) are absolute once parsed, so packages that use them stay apart; merging stops
 * at `MAX_MERGED_PROGRAM_FILES` files.
 */
export function mergePlans(plans: readonly ProjectPlan[]): ProjectPlan[] {
  const merged: ProjectPlan[] = [];
  const open = new Map<string, ProjectPlan>();
  for (const plan of plans) {
    const key = plan.config === undefined ? undefined : optionsKey(plan.options);
    const target = key === undefined ? undefined : open.get(key);
    if (
      key !== undefined &&
      target &&
      target.files.length + plan.files.length <= MAX_MERGED_PROGRAM_FILES
    ) {
      target.files.push(...plan.files);
      continue;
    }
    const copy = { ...plan, files: [...plan.files] };
    merged.push(copy);
    if (key !== undefined) open.set(key, copy);
  }
  return merged;
}

function optionsKey(options: ts.CompilerOptions): string {
  const relevant = Object.entries(options)
    .filter(([name]) => !EMIT_ONLY_OPTIONS.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(relevant);
}

function parseTsconfig(config: string): { parsed: ts.ParsedCommandLine } | { error: string } {
  // TypeScript's tsconfig parser is lenient (a broken array parses as an empty one, so the
  // project would silently hold nothing): check the JSON itself first.
  const json = ts.readConfigFile(config, (path) => ts.sys.readFile(path));
  if (json.error) return { error: `tsconfig has a syntax error at ${describe(json.error)}` };
  let fatal: ts.Diagnostic | undefined;
  const host: ts.ParseConfigFileHost = {
    useCaseSensitiveFileNames: ts.sys.useCaseSensitiveFileNames,
    readDirectory: (...args) => ts.sys.readDirectory(...args),
    fileExists: (path) => ts.sys.fileExists(path),
    readFile: (path) => ts.sys.readFile(path),
    getCurrentDirectory: () => dirname(config),
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      fatal = diagnostic;
    },
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(config, undefined, host);
  if (!parsed || fatal) return { error: `tsconfig cannot be read: ${describe(fatal)}` };
  // A tsconfig whose JSON is broken still parses partially: report its first syntax error
  // (codes below 2000) rather than guess. Option errors (an unknown compiler option) do not
  // matter to the analysis and are left to tsc.
  const syntax = parsed.errors.find(
    (d) => d.category === ts.DiagnosticCategory.Error && d.code !== NO_INPUTS && d.code < 2000,
  );
  if (syntax) return { error: `tsconfig has a syntax error at ${describe(syntax)}` };
  return { parsed };
}

function describe(diagnostic: ts.Diagnostic | undefined): string {
  if (!diagnostic) return 'unknown error';
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
  if (diagnostic.file && diagnostic.start !== undefined) {
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${String(line + 1)}:${String(character + 1)} ${message}`;
  }
  return message;
}

function nearestTsconfig(from: string, top: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, 'tsconfig.json');
    if (existsSync(candidate)) return candidate;
    if (dir === top || !within(top, dir)) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function existsDirectory(path: string): boolean {
  return ts.sys.directoryExists(path);
}

/**
 * A ts-morph project for a plan. Files are added from text the scanner already read and
 * checked, so nothing is read twice and no file is pulled in by the tsconfig's own globs;
 * imports are still resolved by the program (that is how a call is followed into another
 * file), but only the planned files are analysed.
 */
export function createProject(
  plan: ProjectPlan,
  workspace: readonly WorkspacePackage[] = [],
): Project {
  return new Project({
    compilerOptions: plan.options,
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    // The workspace's own packages resolve to their sources, installed or not.
    ...(workspace.length > 0 ? { resolutionHost: workspaceResolutionHost(workspace) } : {}),
  });
}
