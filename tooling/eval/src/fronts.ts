import { dirname, extname, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import pledge, { FILES } from '@pledge/eslint-plugin';
import mailing from '@pledge/rules-mailing';
import security from '@pledge/rules-security';
import web from '@pledge/rules-web';
import { scan } from '@pledge/scanner';
import { clearCaches } from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { discoverFiles, toPosix, type LeftOut } from './files.js';
import type { EvalFinding } from './score.js';

// The front ends under evaluation, each run the way a user runs it: the scanner through its
// `scan()` API, ESLint through its Node API with `pledge.configs.recommended` (untyped) or
// `pledge.configs['recommended-type-checked']` (with the TypeScript project service). All of
// them get the repository's committed policy explicitly, never one found in the checkout.

/** Pledge's own rule packs: every front end loads them, as a user who installs them does. */
export const PACKS = [security, web, mailing] as const;

/** The packs' rule ids, in pack order. */
export const PACK_RULES: readonly string[] = PACKS.flatMap((pack) => Object.keys(pack.rules));

const NAMESPACES = new Set<string>(PACKS.map((pack) => pack.meta.namespace));

/** The front ends, in the order they run and are reported. */
export const FRONTS = ['scanner', 'eslint', 'eslint-typed'] as const;
export type FrontName = (typeof FRONTS)[number];

/** What to run a front end on. */
export interface FrontInput {
  /** The checkout (absolute). */
  root: string;
  /** Subpaths of the checkout to analyse; all of it when absent. */
  paths: readonly string[] | undefined;
  /** The policy (absolute). */
  policyFile: string;
  /** The rule ids that count; findings of other rules are dropped. */
  rules: readonly string[];
}

/** A file a front end could not analyse, and why (a crash, a syntax error…). */
export interface FrontProblem {
  /** Relative to the checkout. */
  file: string;
  kind: 'crash' | 'parse-error' | 'skipped';
  detail: string;
}

/** One front end's run on one repository. */
export interface FrontRun {
  front: FrontName;
  findings: EvalFinding[];
  durationMs: number;
  /** Files given to the front end. */
  files: number;
  /** Files it analysed (the rest are in `problems`). */
  analysed: number;
  problems: FrontProblem[];
  /** One-line facts worth a reader's attention (fallbacks, left-out files). */
  notes: string[];
  /** The front end failed as a whole (it threw): its findings are missing. */
  error?: string;
  /**
   * The files the front end found to analyse, relative to the checkout, before any it cannot
   * read (ESLint: templates): compared between front ends to catch a drift in discovery.
   */
  fileList: string[];
}

/** Runs one front end; never throws (a failure is `error`). */
export async function runFront(front: FrontName, input: FrontInput): Promise<FrontRun> {
  const started = performance.now();
  const empty: FrontRun = {
    front,
    findings: [],
    durationMs: 0,
    files: 0,
    analysed: 0,
    problems: [],
    notes: [],
    fileList: [],
  };
  let run: FrontRun;
  try {
    run =
      front === 'scanner'
        ? await runScanner(input)
        : await runEslint(input, front === 'eslint-typed');
  } catch (error) {
    run = { ...empty, error: errorMessage(error) };
  }
  return { ...run, durationMs: Math.round(performance.now() - started) };
}

async function runScanner(input: FrontInput): Promise<FrontRun> {
  const fileList = new Set<string>();
  const result = await scan({
    root: input.root,
    ...(input.paths ? { paths: input.paths } : {}),
    policy: input.policyFile,
    packs: PACKS.map((pack) => pack.pledge),
    onProgress: ({ file }) => {
      if (file !== undefined) fileList.add(file);
    },
  });
  const problems: FrontProblem[] = result.skipped.map((skip) => ({
    file: skip.file,
    kind:
      skip.reason === 'analysis-error'
        ? 'crash'
        : skip.reason === 'parse-error'
          ? 'parse-error'
          : 'skipped',
    detail: `${skip.reason}: ${skip.detail}`,
  }));
  return {
    front: 'scanner',
    findings: result.findings
      .filter((f) => input.rules.includes(f.ruleId))
      .map((f) => ({
        ruleId: f.ruleId,
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        message: f.message,
      })),
    durationMs: result.stats.durationMs,
    files: result.stats.files,
    analysed: result.stats.analysed,
    problems,
    notes: [],
    // What the scanner was given, minus what it left out unread (ESLint is not given those).
    fileList: [...fileList]
      .filter((file) => !problems.some((p) => p.kind === 'skipped' && p.file === file))
      .sort(),
  };
}

/** How many files one `lintFiles` call gets: a crash re-lints only its batch file by file. */
const BATCH = 100;

/** What the TypeScript project service says about a file it has no project for. */
const NOT_IN_A_PROJECT = /was not found by the project service|allowDefaultProject|default project/;

/** Message ids the ESLint adapter reports about its setup rather than the code. */
const ADAPTER_MESSAGES = new Set(['policyMissing', 'policyInvalid', 'wrongParser']);

async function runEslint(input: FrontInput, typed: boolean): Promise<FrontRun> {
  const front: FrontName = typed ? 'eslint-typed' : 'eslint';
  const discovered = discoverFiles(input.root, input.paths);
  const rel = (path: string): string => toPosix(relative(input.root, path));
  const notes = describeLeftOut(discovered.leftOut);
  // The scanner also reads scripts inside pages and templates (.html, .vue…); ESLint's
  // parser does not, so those files are the scanner's alone.
  const lintable = lintableExtensions();
  const files = discovered.files.filter((f) => lintable.has(extname(f)));
  const notLintable = discovered.files.length - files.length;
  if (notLintable > 0) {
    notes.push(
      `${String(notLintable)} files not linted: ${[...new Set(discovered.files.filter((f) => !lintable.has(extname(f))).map((f) => extname(f)))].join(', ')} are not in the plugin's files (${FILES.join(', ')})`,
    );
  }
  const recommended = pledge.configs.recommended.rules ?? {};
  const packRules = new Set(PACK_RULES);
  const missing = input.rules.filter(
    (id) => !packRules.has(id) && !(`pledge/${id}` in recommended),
  );
  if (missing.length > 0) {
    notes.push(`not in pledge.configs.recommended, so not run: ${missing.join(', ')}`);
  }

  const untyped = eslintFor(input, { typed: false });
  // typescript-eslint keeps one project service per process, made with the options of the
  // first typed parse: each typed pass starts a fresh one (another checkout, other options).
  if (typed) clearCaches();
  const outcome = await lintAll(typed ? eslintFor(input, { typed: true }) : untyped, files, rel);
  if (typed) {
    // Files no tsconfig includes (scripts, configs, plain-JS projects): the project service
    // refuses them. They get TypeScript's default project instead, listed explicitly (it
    // takes globs without `**`: one `dir/*` per directory, harmless here since only these
    // files are linted with it); what still fails is linted without types.
    const outside = outcome.notInProject;
    let viaDefault: string[] = [];
    if (outside.length > 0) {
      clearCaches();
      const second = await lintAll(
        eslintFor(input, { typed: true, defaultProject: outside.map(rel) }),
        outside,
        rel,
      );
      merge(outcome, second);
      viaDefault = outside.filter((f) => !second.notInProject.includes(f));
      const third = await lintAll(untyped, second.notInProject, rel);
      merge(outcome, third);
      if (second.notInProject.length > 0) {
        notes.push(
          `${String(second.notInProject.length)} files linted without types: neither a tsconfig nor the default project took them (${shortReason(second.reason)})`,
        );
      }
    }
    notes.push(
      `${String(files.length - outside.length)} files typed through their tsconfig, ${String(viaDefault.length)} through the default project`,
    );
    clearCaches();
  }
  return {
    front,
    findings: outcome.findings.filter((f) => input.rules.includes(f.ruleId)),
    durationMs: 0,
    files: files.length,
    analysed: files.length - outcome.problems.length,
    problems: outcome.problems,
    notes,
    // Everything discovered, templates included: the set that must equal the scanner's.
    fileList: discovered.files.map(rel),
  };
}

/** The extensions of the plugin's `files` globs (`*.{js,jsx,…}` at any depth). */
export function lintableExtensions(globs: readonly string[] = FILES): Set<string> {
  const extensions = new Set<string>();
  for (const glob of globs) {
    const braces = /\*\.\{([^}]+)\}$/.exec(glob);
    const single = /\*\.([\w]+)$/.exec(glob);
    for (const ext of braces ? (braces[1] ?? '').split(',') : single ? [single[1] ?? ''] : []) {
      extensions.add(`.${ext.trim()}`);
    }
  }
  return extensions;
}

function describeLeftOut(leftOut: readonly LeftOut[]): string[] {
  if (leftOut.length === 0) return [];
  const byReason = new Map<string, number>();
  for (const { reason } of leftOut) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  return [
    `left out (as the scanner does): ${[...byReason].map(([reason, n]) => `${String(n)} ${reason}`).join(', ')}`,
  ];
}

/** The ESLint instance of a front end: only Pledge's config, never the checkout's own. */
function eslintFor(
  input: FrontInput,
  options: { typed: boolean; defaultProject?: readonly string[] },
): ESLint {
  const base = options.typed
    ? pledge.configs['recommended-type-checked']
    : pledge.configs.recommended;
  const config = {
    ...base,
    settings: { pledge: { policy: input.policyFile } },
    linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
  } as Linter.Config;
  if (options.typed) {
    const defaultProject = options.defaultProject;
    config.languageOptions = {
      ...config.languageOptions,
      parserOptions: {
        projectService: defaultProject
          ? {
              allowDefaultProject: defaultProjectGlobs(defaultProject),
              maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING:
                defaultProject.length + 1,
            }
          : true,
        tsconfigRootDir: input.root,
      },
    };
  }
  // The packs' recommended configs, with the same settings: their rules are `<namespace>/<id>`.
  const packs = PACKS.map(
    (pack) =>
      ({
        ...pack.configs.recommended,
        settings: config.settings,
      }) as Linter.Config,
  );
  return new ESLint({
    cwd: input.root,
    overrideConfigFile: true,
    overrideConfig: [config, ...packs],
    // The files are listed exactly (Next.js paths such as `app/[id]/page.tsx` are not globs).
    globInputPaths: false,
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
    // A checkout's `eslint-disable` comments must not hide findings (the scanner ignores them too).
    allowInlineConfig: false,
    cache: false,
  });
}

/** `dir/*` (escaped) for each directory of the given files; `*.ext` at the root. */
export function defaultProjectGlobs(files: readonly string[]): string[] {
  const globs = new Set<string>();
  for (const file of files) {
    const dir = dirname(file);
    const ext = /\.[^./]+$/.exec(file)?.[0] ?? '';
    globs.add(dir === '.' ? `*${ext}` : `${escapeGlob(dir)}/*`);
  }
  return [...globs].sort();
}

/** Escapes minimatch's special characters (`app/[id]` is a directory, not a character class). */
function escapeGlob(path: string): string {
  return path.replace(/[[\]{}()*?!+@\\]/g, '\\$&');
}

interface LintOutcome {
  findings: EvalFinding[];
  problems: FrontProblem[];
  /** Files the project service would not type (absolute). */
  notInProject: string[];
  /** What the project service said about the first of them. */
  reason?: string;
}

function merge(into: LintOutcome, from: LintOutcome): void {
  into.findings.push(...from.findings);
  into.problems.push(...from.problems);
}

/** Lints files in batches; a batch that throws (a rule crashed) is re-linted file by file. */
async function lintAll(
  eslint: ESLint,
  files: readonly string[],
  rel: (path: string) => string,
): Promise<LintOutcome> {
  const outcome: LintOutcome = { findings: [], problems: [], notInProject: [] };
  const take = (results: readonly ESLint.LintResult[]): void => {
    for (const result of results) collect(result, rel, outcome);
  };
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    try {
      take(await eslint.lintFiles(batch));
    } catch {
      for (const file of batch) {
        try {
          take(await eslint.lintFiles([file]));
        } catch (error) {
          outcome.problems.push({ file: rel(file), kind: 'crash', detail: errorMessage(error) });
        }
      }
    }
  }
  return outcome;
}

function collect(
  result: ESLint.LintResult,
  rel: (path: string) => string,
  into: LintOutcome,
): void {
  const file = rel(result.filePath);
  for (const message of result.messages) {
    if (message.fatal) {
      if (NOT_IN_A_PROJECT.test(message.message)) {
        into.notInProject.push(result.filePath);
        into.reason ??= message.message;
      } else {
        into.problems.push({
          file,
          kind: 'parse-error',
          detail: `${String(message.line)}:${String(message.column)}: ${message.message}`,
        });
      }
      continue;
    }
    const ruleId = pledgeRuleId(message.ruleId);
    if (ruleId === undefined) continue;
    // The plugin's own complaints (no policy, an invalid one, the wrong parser) are not findings.
    if (message.messageId !== undefined && ADAPTER_MESSAGES.has(message.messageId)) {
      into.problems.push({ file, kind: 'crash', detail: message.message });
      continue;
    }
    into.findings.push({
      ruleId,
      file,
      line: message.line,
      column: message.column,
      endLine: message.endLine ?? message.line,
      message: message.message,
    });
  }
}

/** The Pledge rule id of an ESLint rule id: `pledge/<id>`, or `<pack namespace>/<id>`. */
function pledgeRuleId(eslintId: string | null | undefined): string | undefined {
  const slash = eslintId?.indexOf('/') ?? -1;
  if (!eslintId || slash < 0) return undefined;
  const namespace = eslintId.slice(0, slash);
  return namespace === 'pledge' || NAMESPACES.has(namespace) ? eslintId.slice(slash + 1) : undefined;
}

function shortReason(message: string | undefined): string {
  const first = (message ?? '').split('\n')[0] ?? '';
  return first.length > 160 ? `${first.slice(0, 159)}…` : first;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
