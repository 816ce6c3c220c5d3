import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  analyzeFile,
  applySuppressions,
  coreRules,
  indexCatalogs,
  runRule,
  suppressionProblemMessage,
  type CatalogIndex,
  type FileAnalysis,
  type Finding,
  type PackDescriptor,
  type PledgeRule,
  type Suppression,
  type TypeScriptApi,
} from '@pledge/core';
import {
  citeClause,
  countDiagnostics,
  findPolicy,
  loadPolicy,
  maskText,
  nearest,
  type Policy,
  type PolicyDiagnostic,
} from '@pledge/policy';
import { ts, type SourceFile } from 'ts-morph';
import type tsTypes from 'typescript';
import { applyBaseline, readBaseline } from './baseline.js';
import { changedLines, isChanged } from './changed.js';
import {
  formatKeyPath,
  isPledgeRule,
  ruleSetOf,
  settingProblems,
  type RuleSetting,
} from './config.js';
import {
  extractInlineScripts,
  isEmbeddedFileName,
  realFileName,
  virtualFileName,
  type InlineScripts,
} from './embedded.js';
import {
  DEFAULT_MAX_FILE_SIZE,
  IgnoreRules,
  readSource,
  walk,
  within,
  type FileSkip,
} from './files.js';
import { fingerprintAll } from './fingerprint.js';
import { createProject, planProjects } from './project.js';
import {
  leftOutTests,
  planTestCode,
  testGlobProblem,
  type TestCodeOptions,
  type TestCodePlan,
} from './test-code.js';
import { workspacePackages } from './workspaces.js';
import { findSuppressions } from './suppressions.js';
import {
  SCAN_RESULT_VERSION,
  type RuleDescriptor,
  type ScanFinding,
  type ScanResult,
  type SkippedFile,
  type SuppressionProblem,
  type ToScanFinding,
} from './types.js';

/** How far a scan is: files read and analysed so far, of all files found. */
export interface ScanProgress {
  done: number;
  total: number;
  /** The file being analysed, relative to the root. */
  file: string | undefined;
}

/** One analysed file, for consumers that need the engine's facts (the data map). */
export interface AnalysedFile {
  /** Relative to the root, `/`-separated. */
  file: string;
  /** Absolute. */
  path: string;
  analysis: FileAnalysis;
}

/** What to scan and how. */
export interface ScanOptions {
  /** The directory paths are reported relative to (usually the repository or package root). */
  root: string;
  /** Files or directories to scan, relative to `root`; the root itself by default. */
  paths?: readonly string[];
  /** The policy file; by default the nearest `pledge.policy.yaml|yml|json` at or above the first path. */
  policy?: string;
  /**
   * Rule packs (`pack.pledge` of a pack made by `definePack`, or `loadPack(name, dir)`): their
   * rules run besides `coreRules` (a rule with a core id replaces it) and their catalogs
   * extend the engine's for this scan.
   */
  packs?: readonly PackDescriptor[];
  /** More rules to run, after the packs' (a rule with an id already loaded replaces it). */
  rules?: readonly PledgeRule[];
  /**
   * Severity and options by rule id: `off` leaves a rule out (and out of the result's
   * `rules`), `warning`/`error` replace its `meta.severity`, options are merged over its
   * `defaultOptions`. An id no loaded rule has is a `UsageError`.
   */
  ruleSettings?: Readonly<Record<string, RuleSetting>>;
  /**
   * Gitignore-style globs of files to leave out, on top of `.gitignore` and `.pledgeignore`:
   * relative to the folder of `configFile` when it is set, else to `root`.
   */
  ignores?: readonly string[];
  /**
   * Test code (`TEST_CODE_GLOBS` of @pledge/core, matched relative to `root`: tests, specs,
   * mocks, fixtures, stories) is left out of findings and of `onAnalysis` unless `include` is
   * true. `globs` replace the list (minimatch, relative to the folder of `configFile` when it is
   * set, else to `root`); `severity` applies to the findings in test code (`off` leaves it out,
   * as by default). The result's `leftOut.tests` counts what was left out.
   */
  tests?: TestCodeOptions;
  /** The config file these options come from (`loadConfig`); named in the result. */
  configFile?: string;
  /** Report only findings on lines changed since this git revision (the whole program is still analysed). */
  changedSince?: string;
  /** A baseline file: matching findings are marked `inBaseline`. */
  baseline?: string;
  /** Files larger than this many bytes are skipped (`too-large`). Default 1 MiB. */
  maxFileSize?: number;
  /** Called as files are analysed. */
  onProgress?: (progress: ScanProgress) => void;
  /** Called with each analysed file's engine analysis (used by `pledge map`). */
  onAnalysis?: (file: AnalysedFile) => void;
}

/** The policy is missing or invalid: its diagnostics, with positions. */
export class PolicyError extends Error {
  override readonly name = 'PolicyError';
  constructor(
    message: string,
    readonly diagnostics: readonly PolicyDiagnostic[],
  ) {
    super(message);
  }
}

/** The scan was asked for something impossible (a path that does not exist). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A rule pack's default export, in the shape of an ESLint plugin. */
export interface RulePack {
  meta?: { name?: string; version?: string };
  rules: Readonly<Record<string, unknown>>;
  configs?: unknown;
}

/** The Pledge rules of a pack (`{ meta, rules, configs }`); throws when it holds none. */
export function rulesOf(pack: RulePack, name = pack.meta?.name ?? 'the rule pack'): PledgeRule[] {
  // A pack made by `definePack` carries its Pledge rules in `pledge`.
  const described = (pack as { pledge?: { rules?: unknown } }).pledge?.rules;
  if (Array.isArray(described) && described.length > 0 && described.every(isPledgeRule))
    return described;
  const rules = Object.values(pack.rules).filter(isPledgeRule);
  if (rules.length === 0) {
    throw new UsageError(
      `${name} has no Pledge rules: its default export must be \`{ meta, rules, configs }\` with rules made by \`defineRule\`.`,
    );
  }
  return rules;
}

/**
 * The engine's view of ts-morph's TypeScript: the same 6.0.2 API, but its declarations come
 * from another copy, so its enums are not the engine's enums for the type checker.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a checked cast between the two copies' types, in one place
function forEngine<T>(value: unknown): T {
  return value as T;
}

const engineTs = forEngine<TypeScriptApi>(ts);

/** Stands for `\` in a program file name (a private-use character no real name is read as). */
const BACKSLASH_STANDIN = '\uE05C';

/** Syntax nested deeper than this is not analysed (real code stays far below it). */
export const MAX_NESTING = 500;

/** A finding before fingerprinting, with its absolute path and the text of its line. */
interface Collected {
  path: string;
  finding: Omit<ScanFinding, 'fingerprint'>;
  lineText: string;
}

/** Scans a repository or part of it with every rule; never throws on a bad source file. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  await Promise.resolve();
  return scanSync(options);
}

/** `scan`, synchronously. */
export function scanSync(options: ScanOptions): ScanResult {
  const started = performance.now();
  // Real paths throughout: files are keyed by their real path (symbolic links, a temporary
  // folder behind a link), so the root must be one too for relative paths to make sense.
  let root: string;
  try {
    root = realpathSync(resolve(options.root));
  } catch {
    throw new UsageError(`${resolve(options.root)}: the scan root does not exist.`);
  }
  const paths = (options.paths && options.paths.length > 0 ? options.paths : ['.']).map((p) =>
    resolve(root, p),
  );
  for (const path of paths) {
    if (!existsSync(path)) throw new UsageError(`${path}: no such file or directory.`);
  }
  const { policy, policyFile } = readPolicy(root, paths, options.policy);
  const { rules, knownRules, disabled, settings, catalogs } = planRules(options);
  // ESLint directives count for the rules they name in a Pledge pack's namespace.
  const namespaces = new Set(['pledge', ...(options.packs ?? []).map((pack) => pack.namespace)]);
  const suppressionContext = {
    isRule: (id: string) => knownRules.has(id),
    isPledgeNamespace: (namespace: string) =>
      namespaces.has(namespace) || namespace.startsWith('pledge-'),
  };
  const configDir =
    options.configFile === undefined ? root : dirname(resolve(root, options.configFile));
  const tests = planTestCode(checkTestOptions(options.tests), root, configDir);
  // A page's inline scripts are analysed as a virtual source (`page.html.pledge-inline.js`):
  // every path that is reported goes through `realFileName` first.
  // TypeScript reads `\` in a path as a separator: on a POSIX disk, `a\b.ts` and `a/b.ts` are
  // two files, so the first is given a program name of its own and reported by its real one.
  const onDisk = new Map<string, string>();
  const programName = (path: string): string => {
    if (sep !== '/' || !path.includes('\\')) return path;
    const name = path.replaceAll('\\', BACKSLASH_STANDIN);
    onDisk.set(name, path);
    return name;
  };
  const diskName = (name: string): string => realFileName(onDisk.get(name) ?? name);
  const rel = (path: string): string => toPosix(relative(root, diskName(path)));
  // Read the changed lines first: a bad ref fails fast, before the analysis.
  const changed =
    options.changedSince === undefined ? undefined : changedLines(root, options.changedSince);
  const baseline =
    options.baseline === undefined ? undefined : readBaseline(resolve(root, options.baseline));

  const ignoreRules = new IgnoreRules(
    root,
    undefined,
    options.ignores && options.ignores.length > 0
      ? { dir: configDir, patterns: options.ignores }
      : undefined,
  );
  const walked = walk(paths, ignoreRules);
  const total = walked.files.length;
  let done = 0;
  // Test code left out is not read, parsed or planned: a production file that imports a helper
  // of `test/support/` still loads it into its program through the import, and the engine
  // follows the call there.
  const candidates: string[] = [];
  let testFiles = 0;
  for (const path of walked.files) {
    if (tests.leftOut && tests.matches(path)) {
      options.onProgress?.({ done, total, file: rel(path) });
      done++;
      testFiles++;
    } else {
      candidates.push(path);
    }
  }
  const { plans, skipped: configSkips } = planProjects({
    candidates,
    tsconfigs: walked.tsconfigs,
    paths,
    top: ignoreRules.base,
  });
  const skips: FileSkip[] = [...walked.skipped, ...configSkips];
  const workspace = workspacePackages(ignoreRules.base);
  let analysed = 0;
  const limits = { maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE };
  const collected: Collected[] = [];
  const suppressionsByFile = new Map<string, Suppression[]>();

  for (const plan of plans) {
    const texts: { path: string; text: string; inline?: InlineScripts }[] = [];
    for (const path of plan.files) {
      const outcome = readSource(path, limits);
      if ('skip' in outcome) {
        options.onProgress?.({ done, total, file: rel(path) });
        skips.push({ path, ...outcome.skip });
        done++;
      } else if (isEmbeddedFileName(path)) {
        const inline = extractInlineScripts(path, outcome.text);
        if (inline && inline.regions > 0) {
          texts.push({ path, text: outcome.text, inline });
        } else {
          // A page without inline scripts has nothing to analyse, and nothing wrong with it.
          options.onProgress?.({ done, total, file: rel(path) });
          done++;
          analysed++;
        }
      } else {
        texts.push({ path, text: outcome.text });
      }
    }
    if (texts.length === 0) continue;
    const project = createProject(plan, workspace);
    // A page is added as its virtual source; `page` keeps its real text for excerpts. A file
    // TypeScript cannot parse (its recursive parser overflows on thousands of nested levels),
    // or nested deeper than the type checker and the engine can follow, is skipped alone.
    const sourceFiles: { page: string | undefined; sourceFile: SourceFile }[] = [];
    for (const { path, text, inline } of texts) {
      let sourceFile: SourceFile;
      try {
        sourceFile = project.createSourceFile(
          programName(inline ? virtualFileName(path, inline.extension) : path),
          inline ? inline.text : text,
          { overwrite: true },
        );
      } catch (error) {
        options.onProgress?.({ done, total, file: rel(path) });
        done++;
        skips.push({
          path,
          reason: 'analysis-error',
          detail: `TypeScript could not parse it (${errorMessage(error)}); code nested this deeply is not analysed`,
        });
        continue;
      }
      const depth = nestingDepth(sourceFile.compilerNode, MAX_NESTING);
      if (depth > MAX_NESTING) {
        project.removeSourceFile(sourceFile);
        options.onProgress?.({ done, total, file: rel(path) });
        done++;
        skips.push({
          path,
          reason: 'analysis-error',
          detail: `its syntax is nested more than ${String(MAX_NESTING)} levels deep; code nested this deeply is not analysed`,
        });
        continue;
      }
      sourceFiles.push({ page: inline ? text : undefined, sourceFile });
    }
    if (sourceFiles.length === 0) continue;
    // Building the program resolves every import; a pathological project (an import chain
    // thousands deep overflows TypeScript's recursive resolver) must not end the scan: its
    // files are then analysed one by one, without type information, and that is reported.
    let program: ts.Program | undefined;
    let checker: ts.TypeChecker | undefined;
    try {
      program = project.getProgram().compilerObject;
      checker = program.getTypeChecker();
    } catch (error) {
      program = undefined;
      checker = undefined;
      skips.push({
        path: plan.config ?? root,
        reason: 'analysis-error',
        detail: `TypeScript could not build the program (${errorMessage(error)}); its ${String(sourceFiles.length)} files were analysed without type information, so calls into other files were not followed`,
      });
    }
    for (const { sourceFile, page } of sourceFiles) {
      const path = diskName(sourceFile.getFilePath());
      const compilerNode = sourceFile.compilerNode;
      options.onProgress?.({ done, total, file: rel(path) });
      done++;
      const syntax = program
        ? program.getSyntacticDiagnostics(compilerNode)
        : ((compilerNode as unknown as { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] })
            .parseDiagnostics ?? []);
      const first = syntax[0];
      if (first) {
        skips.push({
          path,
          reason: 'parse-error',
          detail: describeSyntaxError(first, syntax.length),
        });
        continue;
      }
      const findings: Finding[] = [];
      const failures: string[] = [];
      let analysis: FileAnalysis;
      try {
        analysis = analyzeFile({
          ts: engineTs,
          sourceFile: forEngine<tsTypes.SourceFile>(compilerNode),
          policy,
          checker: checker === undefined ? undefined : forEngine<tsTypes.TypeChecker>(checker),
          catalogs,
        });
      } catch (error) {
        skips.push({
          path,
          reason: 'analysis-error',
          detail: `the engine failed: ${errorMessage(error)}`,
        });
        continue;
      }
      // With `tests.severity`, a finding in test code takes it over the rule's own.
      const testSeverity =
        tests.severity !== undefined && tests.matches(path) ? tests.severity : undefined;
      for (const rule of rules) {
        const setting = settings.get(rule.id);
        const severity = testSeverity ?? setting?.severity ?? rule.meta.severity;
        try {
          const found = runRule(rule, analysis, setting?.options);
          findings.push(
            ...(severity === rule.meta.severity ? found : found.map((f) => ({ ...f, severity }))),
          );
        } catch (error) {
          failures.push(`rule \`${rule.id}\` failed: ${errorMessage(error)}`);
        }
      }
      if (failures.length > 0) {
        // The other rules' findings stand; the file is listed so the gap is visible.
        skips.push({ path, reason: 'analysis-error', detail: failures.join('; ') });
      } else {
        analysed++;
      }
      options.onAnalysis?.({ file: rel(path), path, analysis });
      // A virtual source has the page's line breaks, so its line starts are the page's; the
      // excerpt and the fingerprint take the page's own line, not the blanked one.
      const text = page ?? compilerNode.text;
      const lineStarts = compilerNode.getLineStarts();
      for (const finding of findings) {
        const lineText = lineOf(text, lineStarts, finding.location.start.line);
        const scanFinding = toScanFinding(finding, (file) => rel(file));
        collected.push({
          path,
          finding:
            page === undefined ? scanFinding : { ...scanFinding, excerpt: maskText(lineText) },
          lineText,
        });
      }
      const suppressions = findSuppressions(
        engineTs,
        forEngine<tsTypes.SourceFile>(compilerNode),
        suppressionContext,
      );
      if (suppressions.length > 0) suppressionsByFile.set(path, suppressions);
    }
    // Dropping the project here keeps memory to one program at a time.
  }
  options.onProgress?.({ done, total, file: undefined });

  // Fingerprints over every finding, in source order, before any filter: a changed-since scan
  // and a full scan give a finding the same fingerprint.
  collected.sort(
    (a, b) =>
      compare(a.finding.file, b.finding.file) ||
      a.finding.line - b.finding.line ||
      a.finding.column - b.finding.column ||
      compare(a.finding.ruleId, b.finding.ruleId),
  );
  const fingerprints = fingerprintAll(
    collected.map(({ finding, lineText }) => ({
      ruleId: finding.ruleId,
      file: finding.file,
      category: finding.category,
      recipient: finding.recipient,
      cookie: finding.cookie,
      lineText,
    })),
  );
  const all = collected.map((c, i) => ({
    path: c.path,
    finding: { ...c.finding, fingerprint: fingerprints[i] ?? '' },
  }));

  // Inline suppressions, `pledge-ignore` and ESLint's directives alike (@pledge/core).
  const kept: { path: string; finding: ScanFinding }[] = [];
  const suppressed: { path: string; finding: ScanFinding }[] = [];
  const problems: { path: string; problem: SuppressionProblem }[] = [];
  const byPath = new Map<string, { path: string; finding: ScanFinding }[]>();
  for (const entry of all) {
    const list = byPath.get(entry.path);
    if (list) list.push(entry);
    else byPath.set(entry.path, [entry]);
  }
  for (const [path, entries] of byPath) {
    if (!suppressionsByFile.has(path)) kept.push(...entries);
  }
  for (const [path, suppressions] of suppressionsByFile) {
    const applied = applySuppressions(
      (byPath.get(path) ?? []).map((entry) => ({
        ...entry,
        ruleId: entry.finding.ruleId,
        line: entry.finding.line,
      })),
      suppressions,
      // A suppression of a rule turned off in this run is not unused: it waits for the rule.
      (id) => !disabled.has(id),
    );
    for (const entry of applied.kept) kept.push({ path, finding: entry.finding });
    for (const { finding: entry, by } of applied.suppressed)
      suppressed.push({
        path,
        finding: { ...entry.finding, suppression: { reason: by.reason ?? '', line: by.line } },
      });
    for (const { suppression, kind } of applied.problems)
      problems.push({
        path,
        problem: {
          file: rel(path),
          line: suppression.line,
          // Written by hand, so masked like any text (the finding's rule ids are the tool's).
          ruleId: maskText(suppression.ruleId ?? ''),
          kind,
          message: suppressionProblemMessage(kind, suppression, (id) => nearest(knownRules, id)),
        },
      });
  }
  // Source order, as before the split.
  const order = new Map(all.map((entry, index) => [entry.finding, index]));
  const inOrder = (a: { finding: ScanFinding }, b: { finding: ScanFinding }) =>
    (order.get(a.finding) ?? 0) - (order.get(b.finding) ?? 0);
  kept.sort(inOrder);

  // Changed-since: report only what is on changed lines.
  const onChangedLine = (path: string, line: number): boolean =>
    changed === undefined || isChanged(changed, path, line);
  const reported = kept.filter((e) => onChangedLine(e.path, e.finding.line));
  const reportedSuppressed = suppressed.filter((e) => onChangedLine(e.path, e.finding.line));
  const reportedProblems = problems.filter((e) => onChangedLine(e.path, e.problem.line));

  let findings: ScanFinding[] = reported.map((e) => e.finding);
  let baselineSummary: ScanResult['baseline'];
  if (baseline && options.baseline !== undefined) {
    // A baseline entry in test code that was left out is not "fixed": it was not checked.
    const applied = applyBaseline(
      findings,
      kept.map((e) => e.finding),
      baseline,
      options.baseline,
      tests.leftOut ? (entry) => tests.matches(resolve(root, entry.file)) : undefined,
    );
    findings = applied.findings;
    baselineSummary = applied.summary;
  }

  const skipped: SkippedFile[] = skips
    .map((s) => ({ file: rel(s.path), reason: s.reason, detail: s.detail }))
    .sort((a, b) => compare(a.file, b.file));

  return {
    version: SCAN_RESULT_VERSION,
    tool: { name: '@pledge/scanner', version: toolVersion() },
    root,
    policy: {
      file: shownPath(root, policyFile, rel),
      organization: policy.organization,
      url: policy.document?.url ?? '',
    },
    ...(options.configFile === undefined
      ? {}
      : { configFile: shownPath(root, resolve(root, options.configFile), rel) }),
    rules: describeRules(rules, policy).map((rule) => {
      const severity = settings.get(rule.id)?.severity;
      return severity === undefined ? rule : { ...rule, severity };
    }),
    findings,
    suppressed: reportedSuppressed.map((e) => e.finding),
    suppressionProblems: reportedProblems
      .map((e) => e.problem)
      .sort((a, b) => compare(a.file, b.file) || a.line - b.line),
    skipped,
    ...leftOutOf(tests, testFiles),
    ...(options.changedSince === undefined ? {} : { changedSince: options.changedSince }),
    ...(baselineSummary === undefined ? {} : { baseline: baselineSummary }),
    stats: {
      files: total + walked.skipped.length,
      analysed,
      durationMs: Math.round(performance.now() - started),
    },
  };
}

/** `leftOut` of the result, when the scan left test code out. */
function leftOutOf(plan: TestCodePlan, count: number): Pick<ScanResult, 'leftOut'> {
  const tests = leftOutTests(plan, count);
  return tests === undefined ? {} : { leftOut: { tests } };
}

/**
 * `ScanOptions.tests`, checked: a JavaScript caller may pass ESLint's `warn`, or a glob that
 * cannot match; say so rather than scan something else than was asked.
 */
function checkTestOptions(tests: TestCodeOptions | undefined): TestCodeOptions | undefined {
  if (tests === undefined) return undefined;
  const problems: string[] = [];
  const include: unknown = tests.include;
  if (include !== undefined && typeof include !== 'boolean')
    problems.push(`\`tests.include\` is \`${shown(include)}\`; use \`true\` or \`false\`.`);
  const severity: unknown = tests.severity;
  if (
    severity !== undefined &&
    severity !== 'off' &&
    severity !== 'warning' &&
    severity !== 'error'
  )
    problems.push(
      `\`tests.severity\` is \`${shown(severity)}\`; use \`off\`, \`warning\` or \`error\`.`,
    );
  const globs: unknown = tests.globs;
  if (globs !== undefined) {
    if (!Array.isArray(globs)) {
      problems.push('`tests.globs` should be a list of globs.');
    } else {
      globs.forEach((glob: unknown, index) => {
        const problem =
          typeof glob === 'string' ? testGlobProblem(glob) : 'it should be a glob (a string).';
        if (problem !== undefined) problems.push(`\`tests.globs[${String(index)}]\`: ${problem}`);
      });
    }
  }
  if (problems.length > 0) throw new UsageError(problems.join(' '));
  return tests;
}

/** A value in a message: a string as it is, anything else as JSON. */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Converts an engine finding to the scanner's model: relative paths, masked text kept as is. */
export const toScanFinding: ToScanFinding = (finding, rel) => ({
  ruleId: finding.ruleId,
  messageId: finding.messageId,
  message: finding.message,
  severity: finding.severity,
  file: rel(finding.location.file),
  line: finding.location.start.line,
  column: finding.location.start.column,
  endLine: finding.location.end.line,
  endColumn: finding.location.end.column,
  ...(finding.category === undefined ? {} : { category: finding.category }),
  ...(finding.sink === undefined ? {} : { sink: finding.sink }),
  ...(finding.recipient === undefined ? {} : { recipient: finding.recipient }),
  ...(finding.cookie === undefined ? {} : { cookie: finding.cookie }),
  ...(finding.clause === undefined ? {} : { clause: finding.clause }),
  flow: finding.flow.map((step) => ({
    file: rel(step.location.file),
    line: step.location.start.line,
    column: step.location.start.column,
    label: step.label,
  })),
  excerpt: finding.excerpt,
});

/** Reads the policy the scan enforces; throws `PolicyError` with positioned diagnostics. */
export function readPolicy(
  root: string,
  paths: readonly string[],
  given: string | undefined,
): { policy: Policy; policyFile: string } {
  let policyFile: string | undefined;
  if (given !== undefined) {
    policyFile = resolve(root, given);
  } else {
    const first = paths[0] ?? root;
    const from = existsSync(first) && statSync(first).isDirectory() ? first : dirname(first);
    policyFile = findPolicy(from) ?? findPolicy(root);
  }
  if (policyFile === undefined) {
    throw new PolicyError(
      `No pledge.policy.yaml (or .yml, .json) in ${root} or above. Write one (see https://github.com/pledge-dev/pledge/blob/main/docs/policy.md) or pass --policy FILE.`,
      [],
    );
  }
  const { policy, errors } = loadPolicy(policyFile);
  if (!policy) {
    throw new PolicyError(
      `${policyFile}: the policy is not valid (${String(countDiagnostics(errors))} error(s)).`,
      errors,
    );
  }
  return { policy, policyFile };
}

/** A file as the result names it: relative to the root when inside it, else absolute. */
function shownPath(root: string, path: string, rel: (path: string) => string): string {
  return within(root, path) ? rel(path) : path;
}

/** The rules a scan runs, with their settings, and the catalogs of its packs. */
interface RulePlan {
  /** The rules that run (those turned off left out). */
  rules: PledgeRule[];
  /** Every loaded rule's id, those turned off included (suppressions may name them). */
  knownRules: ReadonlySet<string>;
  disabled: ReadonlySet<string>;
  /** Settings of the rules that run, by id. */
  settings: ReadonlyMap<string, RuleSetting & { severity: 'warning' | 'error' }>;
  catalogs: CatalogIndex;
}

/**
 * The core rules, the packs' and `options.rules` (a later rule with the same id wins), with
 * `ruleSettings` checked against them; the catalogs the engine uses with the packs'.
 */
function planRules(options: ScanOptions): RulePlan {
  const packs = options.packs ?? [];
  const loaded = ruleSetOf(packs, options.rules ?? []);
  const byId = new Map(loaded.map((rule) => [rule.id, rule]));
  const settings = new Map<string, RuleSetting & { severity: 'warning' | 'error' }>();
  const disabled = new Set<string>();
  const problems: string[] = [];
  for (const [name, setting] of Object.entries(options.ruleSettings ?? {})) {
    const id = name.startsWith('pledge/') ? name.slice('pledge/'.length) : name;
    const rule = byId.get(id);
    if (rule === undefined) {
      const suggestion = nearest(byId.keys(), id);
      problems.push(
        `\`ruleSettings\` names \`${name}\`, which no loaded rule has${suggestion === undefined ? '' : ` (did you mean \`${suggestion}\`?)`}.`,
      );
      continue;
    }
    // A JavaScript caller may pass ESLint's `warn`: say so rather than report `warn` findings.
    const severity: unknown = setting.severity;
    if (severity !== 'off' && severity !== 'warning' && severity !== 'error') {
      problems.push(
        `\`ruleSettings.${formatKeyPath([name, 'severity'])}\` is \`${String(severity)}\`; use \`off\`, \`warning\` or \`error\`.`,
      );
      continue;
    }
    for (const problem of settingProblems(rule, setting)) {
      problems.push(
        `\`ruleSettings.${formatKeyPath([name, 'options', ...problem.path])}\`: ${problem.message}`,
      );
    }
    if (setting.severity === 'off') disabled.add(rule.id);
    else settings.set(rule.id, { ...setting, severity: setting.severity });
  }
  if (problems.length > 0) throw new UsageError(problems.join(' '));
  return {
    rules: loaded.filter((rule) => !disabled.has(rule.id)),
    knownRules: new Set(byId.keys()),
    disabled,
    settings,
    catalogs: indexCatalogs(packs.map((pack) => pack.catalogs)),
  };
}

/** Rule metadata for reporters, with the clause each rule cites and its README as help. */
export function describeRules(rules: readonly PledgeRule[], policy: Policy): RuleDescriptor[] {
  return rules.map((rule) => ({
    id: rule.id,
    description: rule.meta.description,
    severity: rule.meta.severity,
    docsUrl: rule.meta.docsUrl,
    clause: citeClause(policy, ruleClause(rule, policy)),
    help: coreRules[rule.id] === rule ? coreReadme(rule.id) : undefined,
  }));
}

/** The clause id a rule's findings cite by default: the first `…clause` policy field it names. */
function ruleClause(rule: PledgeRule, policy: Policy): string | undefined {
  for (const field of rule.meta.policyFields ?? []) {
    if (!/clause$/i.test(field) || field.includes('[')) continue;
    let value: unknown = policy;
    for (const key of field.split('.')) {
      value =
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[key]
          : undefined;
    }
    if (typeof value === 'string') return value;
  }
  if (rule.meta.policyFields?.some((f) => f.startsWith('thirdParties')))
    return policy.disclosureClause;
  return undefined;
}

const readmes = new Map<string, string | undefined>();

/** A core rule's README (shipped in the package), as help text. */
function coreReadme(id: string): string | undefined {
  if (readmes.has(id)) return readmes.get(id);
  let text: string | undefined;
  try {
    const pkg = createRequire(import.meta.url).resolve('@pledge/core/package.json');
    text = readFileSync(join(dirname(pkg), 'src', 'rules', id, 'README.md'), 'utf8');
  } catch {
    text = undefined;
  }
  readmes.set(id, text);
  return text;
}

let version: string | undefined;

/** This package's version. */
export function toolVersion(): string {
  if (version === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
        version?: string;
      };
      version = pkg.version ?? '0.0.0';
    } catch {
      version = '0.0.0';
    }
  }
  return version;
}

function describeSyntaxError(diagnostic: ts.Diagnostic, count: number): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
  let where = '';
  if (diagnostic.file && diagnostic.start !== undefined) {
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    where = `${String(line + 1)}:${String(character + 1)}: `;
  }
  const more =
    count > 1 ? ` (and ${String(count - 1)} more syntax error${count > 2 ? 's' : ''})` : '';
  return `syntax error at ${where}${message} [TS${String(diagnostic.code)}]${more}`;
}

function lineOf(text: string, lineStarts: readonly number[], line: number): string {
  const start = lineStarts[line - 1] ?? 0;
  const end = lineStarts[line] ?? text.length;
  return text.slice(start, end).replace(/\r?\n$/, '');
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * How deeply a file's syntax nests, counted without recursion, up to just past `limit`.
 * Real code stays far below `MAX_NESTING`; generated or hostile code (thousands of nested
 * parentheses, arrays or ternaries) would overflow the checker's and the engine's recursion.
 */
export function nestingDepth(root: ts.Node, limit: number): number {
  let deepest = 0;
  const stack: [ts.Node, number][] = [[root, 0]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > limit) return deepest;
    }
    ts.forEachChild(node, (child) => {
      stack.push([child, depth + 1]);
    });
  }
  return deepest;
}
