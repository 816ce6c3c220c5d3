import {
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  countDiagnostics,
  findPolicy,
  formatDiagnostic,
  loadPolicy,
  nearest,
  type PolicyDiagnostic,
  summarizePolicy,
} from '@pledge/policy';
import type { FileAnalysis, PackDescriptor } from '@pledge/core';
import { BaselineError, writeBaseline } from './baseline.js';
import {
  ConfigError,
  findConfig,
  formatConfigDiagnostic,
  loadConfig,
  loadPack,
  PackLoadError,
  type ConfigDiagnostic,
} from './config.js';
import { runInit } from './init.js';
import { buildDataMap, renderDataMap } from './map/index.js';
import { render } from './reporters/index.js';
import { leftOutLine, safeText } from './reporters/shared.js';
import { GitError } from './changed.js';
import { progressReporter, type ProgressStream } from './progress.js';
import {
  PolicyError,
  readPolicy,
  scan,
  toolVersion,
  UsageError,
  type ScanOptions,
} from './scan.js';
import { SEVERITIES, type ScanResult, type Severity } from './types.js';

// `pledge`: the CI front end. Exit codes: 0 clean; 1 findings at or above `--fail-on` that
// are not in the baseline (or skipped files with `--fail-on-skipped`); 2 a usage, policy,
// baseline or git error. Reports go to stdout (or `--output`); progress and errors to stderr.

/** Exit codes of `pledge`. */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

/** Where the CLI reads and writes; the defaults are the process's. */
export interface CliIo {
  cwd: string;
  stdout: ProgressStream;
  stderr: ProgressStream;
  env: Readonly<Record<string, string | undefined>>;
}

const FORMATS = ['pretty', 'json', 'sarif', 'github', 'markdown'] as const;
type Format = (typeof FORMATS)[number];
const MAP_FORMATS = ['text', 'json', 'markdown'] as const;
const FAIL_ON = [...SEVERITIES, 'none'] as const;

const USAGE = `Usage:
  pledge scan [paths...] [options]        Check the code against the privacy policy
  pledge baseline [paths...] [options]    Record today's findings so only new ones fail
  pledge map [paths...] [options]         Print the data map: categories and where they go
  pledge policy check [FILE]              Validate a policy file
  pledge init [dir] [options]             Draft pledge.policy.yaml from what the code does,
                                          with an ESLint config and a CI workflow
  pledge --help | --version

Options (scan, baseline, map):
  --policy FILE           The policy (default: the nearest pledge.policy.yaml|yml|json)
  --config FILE           The config: packs, rule severities and options, ignores
                          (default: the nearest pledge.config.yaml|yml|json|mjs)
  --no-config             Use no config file
  --pack NAME             Also load a rule pack, by package name or path (repeatable)
  --max-file-size BYTES   Skip larger files (default 1048576, i.e. 1 MiB)
  --include-tests         Also check test code (tests, specs, mocks, fixtures, stories),
                          which is left out by default (config: tests.include)
  --no-progress           No progress line on stderr (it only shows on a terminal outside CI)

Options (scan):
  -f, --format FORMAT     pretty | json | sarif | github | markdown (default pretty)
  -o, --output FILE       Write the report to FILE instead of stdout
  --fail-on LEVEL         error | warning | none: exit 1 on findings at or above LEVEL (default error)
  --fail-on-skipped       Also exit 1 when a file could not be analysed
  --baseline FILE         Fail only on findings that FILE (from \`pledge baseline\`) does not list
  --changed-since REF     Report only findings on lines changed since the git revision REF
  --color, --no-color     Force colours on or off (default: on a terminal without NO_COLOR)

Options (baseline):
  -o, --output FILE       Where to write the baseline (default pledge-baseline.json)

Options (map):
  -f, --format FORMAT     text | json | markdown (default text)
  -o, --output FILE       Write the map to FILE instead of stdout

Options (init; never overwrites a file):
  -o, --out FILE          Write the draft policy to FILE (default [dir]/pledge.policy.yaml)
  --print, --dry-run      Print the draft policy on stdout and write nothing
  -q, --quiet             No summary; only problems, on stderr
  (and --config, --no-config, --pack, --max-file-size, --include-tests, --no-progress)

Exit codes: 0 clean, 1 findings (or skipped files with --fail-on-skipped; for init: the
policy file exists), 2 usage, policy, config, baseline or git error.
Docs: https://github.com/pledge-dev/pledge/blob/main/docs/scanner.md`;

const COMMON = {
  policy: { type: 'string' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  pack: { type: 'string', multiple: true },
  'max-file-size': { type: 'string' },
  'include-tests': { type: 'boolean' },
  /** Deprecated: `--pack`. */
  rules: { type: 'string', multiple: true },
  'no-progress': { type: 'boolean' },
  progress: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const SCAN_OPTIONS = {
  ...COMMON,
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  'fail-on-skipped': { type: 'boolean' },
  baseline: { type: 'string' },
  'changed-since': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

const BASELINE_OPTIONS = {
  ...COMMON,
  output: { type: 'string', short: 'o' },
} as const satisfies ParseArgsConfig['options'];

const MAP_OPTIONS = {
  ...COMMON,
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

const INIT_OPTIONS = {
  config: COMMON.config,
  'no-config': COMMON['no-config'],
  pack: COMMON.pack,
  'max-file-size': COMMON['max-file-size'],
  'include-tests': COMMON['include-tests'],
  'no-progress': COMMON['no-progress'],
  progress: COMMON.progress,
  help: COMMON.help,
  out: { type: 'string', short: 'o' },
  print: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
} as const satisfies ParseArgsConfig['options'];

/** A command-line mistake: printed with the usage, exit 2. */
class CliUsageError extends Error {}

/** The commands, for suggestions on a typo. */
const COMMANDS = ['scan', 'baseline', 'map', 'policy', 'init', 'help'] as const;

/** The `pledge` command; returns the exit code. */
export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const full: CliIo = {
    cwd: io.cwd ?? process.cwd(),
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    env: io.env ?? process.env,
  };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        full.stdout.write(`${USAGE}\n`);
        return command === undefined ? EXIT.usage : EXIT.clean;
      case '--version':
      case '-v':
        full.stdout.write(`${toolVersion()}\n`);
        return EXIT.clean;
      case 'scan':
        return await scanCommand(rest, full);
      case 'baseline':
        return await baselineCommand(rest, full);
      case 'map':
        return await mapCommand(rest, full);
      case 'policy':
        return policyCommand(rest, full);
      case 'init':
        return await initCommand(rest, full);
      default: {
        if (command.startsWith('-'))
          throw new CliUsageError(
            `unknown option \`${command}\` (options come after the command, e.g. \`pledge scan ${command}\`)`,
          );
        const suggestion = nearest(COMMANDS, command);
        throw new CliUsageError(
          `unknown command \`${command}\`${suggestion === undefined ? `; the commands are ${COMMANDS.map((c) => `\`${c}\``).join(', ')}` : `; did you mean \`${suggestion}\`?`}`,
        );
      }
    }
  } catch (error) {
    return fail(error, full);
  }
}

function fail(error: unknown, io: CliIo): number {
  if (error instanceof CliUsageError || error instanceof UsageError) {
    io.stderr.write(`pledge: ${error.message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (error instanceof PolicyError) {
    for (const diagnostic of error.diagnostics)
      io.stderr.write(`${formatDiagnostic(displayed(diagnostic, io.cwd))}\n`);
    io.stderr.write(`pledge: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof ConfigError) {
    for (const diagnostic of error.diagnostics)
      io.stderr.write(`${formatConfigDiagnostic(displayedConfig(diagnostic, io.cwd))}\n`);
    io.stderr.write(`pledge: ${shownFile(error.file, io.cwd)}: ${error.summary}\n`);
    return EXIT.usage;
  }
  if (
    error instanceof BaselineError ||
    error instanceof GitError ||
    error instanceof PackLoadError
  ) {
    io.stderr.write(`pledge: ${error.message}\n`);
    return EXIT.usage;
  }
  if (isParseArgsError(error)) {
    io.stderr.write(`pledge: ${parseArgsMessage(error)}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  // A bug, not a user error: say so, with the stack, and do not pretend the code is clean.
  io.stderr.write(
    `pledge: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return EXIT.usage;
}

function isParseArgsError(error: unknown): error is Error & { code: string } {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('ERR_PARSE_ARGS')
  );
}

/** `Unknown option '--frmat'. To specify a positional…` → `unknown option \`--frmat\``. */
function parseArgsMessage(error: Error & { code: string }): string {
  const option = /'([^']+)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined)
    return `unknown option \`${option}\``;
  return error.message;
}

function parse<O extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: O,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    // `--formt` → "did you mean `--format`?", among this command's options.
    if (isParseArgsError(error) && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const given = /'([^']+)'/.exec(error.message)?.[1];
      const names = Object.entries(options).flatMap(([name, option]) => [
        `--${name}`,
        ...(option.short === undefined ? [] : [`-${option.short}`]),
      ]);
      const suggestion =
        given === undefined || !given.startsWith('--')
          ? undefined
          : nearest(names, given.split('=')[0] ?? given);
      if (given !== undefined && suggestion !== undefined)
        throw new CliUsageError(`unknown option \`${given}\`; did you mean \`${suggestion}\`?`);
    }
    throw error;
  }
}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliUsageError(
    `\`--${name} ${value}\` is not one of ${allowed.map((a) => `\`${a}\``).join(', ')}`,
  );
}

function byteCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)\s*(k|kb|kib|m|mb|mib)?$/i.exec(value.trim());
  if (!match)
    throw new CliUsageError(
      `\`--max-file-size ${value}\` is not a number of bytes (e.g. 1048576 or 2MiB)`,
    );
  const unit = (match[2] ?? '').toLowerCase();
  const factor = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1;
  return Number(match[1]) * factor;
}

/** The scan options common to `scan`, `baseline` and `map`. */
async function scanOptions(
  values: {
    policy?: string | undefined;
    config?: string | undefined;
    'no-config'?: boolean | undefined;
    pack?: string[] | undefined;
    'max-file-size'?: string | undefined;
    'include-tests'?: boolean | undefined;
    rules?: string[] | undefined;
  },
  positionals: readonly string[],
  io: CliIo,
): Promise<ScanOptions> {
  const options: ScanOptions = { root: io.cwd, paths: positionals };
  if (values.policy !== undefined) options.policy = values.policy;
  const maxFileSize = byteCount(values['max-file-size']);
  if (maxFileSize !== undefined) options.maxFileSize = maxFileSize;
  if (values.rules && values.rules.length > 0)
    io.stderr.write('pledge: `--rules` is deprecated; use `--pack` (same meaning).\n');
  // Packs named on the command line, relative to the current directory; they add to the
  // config's, and come after them (a rule id they share is theirs).
  const cliPacks: PackDescriptor[] = [];
  for (const specifier of [...(values.pack ?? []), ...(values.rules ?? [])])
    cliPacks.push(await loadPack(specifier, io.cwd));
  const configFile = configFileOf(values, positionals, io.cwd);
  const includeTests = values['include-tests'] === true;
  if (configFile === undefined) {
    if (cliPacks.length > 0) options.packs = cliPacks;
    if (includeTests) options.tests = { include: true };
    return options;
  }
  const config = await loadConfig(configFile, { packs: cliPacks });
  options.configFile = config.file;
  options.packs = unique([...config.packs, ...cliPacks]);
  options.ruleSettings = config.ruleSettings;
  if (config.ignores.length > 0) options.ignores = config.ignores;
  const tests = includeTests ? withTestsIncluded(config.tests) : config.tests;
  if (tests !== undefined) options.tests = tests;
  return options;
}

/**
 * `--include-tests` wins over the config: test code is scanned, with the config's globs and
 * severity, unless that severity is `off` (which would leave it out again).
 */
function withTestsIncluded(tests: ScanOptions['tests']): NonNullable<ScanOptions['tests']> {
  const { severity, ...rest } = tests ?? {};
  return {
    ...rest,
    include: true,
    ...(severity === undefined || severity === 'off' ? {} : { severity }),
  };
}

/**
 * The config file of a run: `--config FILE`, none with `--no-config`, else the nearest
 * `pledge.config.*` at or above the first path (then the root), found like the policy.
 */
function configFileOf(
  values: { config?: string | undefined; 'no-config'?: boolean | undefined },
  positionals: readonly string[],
  cwd: string,
): string | undefined {
  if (values['no-config'] === true) {
    if (values.config !== undefined)
      throw new CliUsageError('`--config` and `--no-config` contradict each other; pass one.');
    return undefined;
  }
  if (values.config !== undefined) {
    const file = resolve(cwd, values.config);
    if (!existsSync(file))
      throw new CliUsageError(`\`--config ${values.config}\`: ${file} does not exist.`);
    return file;
  }
  const first = resolve(cwd, positionals[0] ?? '.');
  const from = existsSync(first) && !statSync(first).isDirectory() ? dirname(first) : first;
  return findConfig(existsSync(from) ? from : cwd) ?? findConfig(cwd);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function withProgress(
  options: ScanOptions,
  values: { 'no-progress'?: boolean | undefined; progress?: boolean | undefined },
  io: CliIo,
): () => void {
  if (values['no-progress'] === true || values.progress === false) return () => undefined;
  const progress = progressReporter(io.stderr, io.env);
  if (progress.onProgress) options.onProgress = progress.onProgress;
  return progress.done;
}

function useColor(
  values: { color?: boolean | undefined; 'no-color'?: boolean | undefined },
  io: CliIo,
  toFile: boolean,
): boolean {
  if (values['no-color'] === true) return false;
  if (values.color === true) return true;
  if (toFile) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

async function scanCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, SCAN_OPTIONS);
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.clean;
  }
  const format = oneOf('format', values.format, FORMATS, 'pretty');
  const failOn = oneOf('fail-on', values['fail-on'], FAIL_ON, 'error');
  const options = await scanOptions(values, positionals, io);
  if (values.baseline !== undefined) options.baseline = values.baseline;
  if (values['changed-since'] !== undefined) options.changedSince = values['changed-since'];
  const done = withProgress(options, values, io);
  let result: ScanResult;
  try {
    result = await scan(options);
  } finally {
    done();
  }
  const color = useColor(values, io, values.output !== undefined);
  const report = renderResult(result, format, color, io);
  if (values.output !== undefined) writeOutput(resolve(io.cwd, values.output), report);
  else io.stdout.write(report);
  return exitCode(result, failOn, values['fail-on-skipped'] === true);
}

/** The exit code of a scan: 1 when a finding at or above `failOn` is new, or a file was skipped and that counts. */
export function exitCode(
  result: ScanResult,
  failOn: Severity | 'none',
  failOnSkipped: boolean,
): number {
  const threshold = failOn === 'none' ? Infinity : SEVERITIES.indexOf(failOn);
  const failing = result.findings.some(
    (f) => f.inBaseline !== true && SEVERITIES.indexOf(f.severity) >= threshold,
  );
  return failing || (failOnSkipped && result.skipped.length > 0) ? EXIT.findings : EXIT.clean;
}

/** Renders a result with the reporters; source lines for code frames are read from the scan root. */
function renderResult(result: ScanResult, format: Format, color: boolean, io: CliIo): string {
  const readSource = (file: string): string | undefined => {
    try {
      return readFileSync(resolve(result.root, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  return render(result, format, { color, cwd: io.cwd, readSource });
}

async function baselineCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, BASELINE_OPTIONS);
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.clean;
  }
  const options = await scanOptions(values, positionals, io);
  const done = withProgress(options, values, io);
  let result: ScanResult;
  try {
    result = await scan(options);
  } finally {
    done();
  }
  const output = resolve(io.cwd, values.output ?? 'pledge-baseline.json');
  const baseline = writeBaseline(output, result.findings);
  const shown = relative(io.cwd, output) || output;
  io.stderr.write(
    `pledge: wrote ${String(baseline.findings.length)} finding(s) to ${shown}` +
      (result.skipped.length > 0
        ? ` (${String(result.skipped.length)} file(s) could not be analysed; see \`pledge scan\`)`
        : '') +
      '.\n',
  );
  writeLeftOut(result, io);
  return EXIT.clean;
}

async function mapCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, MAP_OPTIONS);
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.clean;
  }
  const format = oneOf('format', values.format, MAP_FORMATS, 'text');
  const options = await scanOptions(values, positionals, io);
  // The map is built from the engine's facts of every analysed file, collected during a scan.
  const root = existsSync(options.root) ? realpathSync(options.root) : resolve(options.root);
  const { policy } = readPolicy(
    root,
    (options.paths ?? []).map((p) => resolve(root, p)),
    options.policy,
  );
  const analyses: FileAnalysis[] = [];
  options.onAnalysis = ({ analysis }) => analyses.push(analysis);
  const done = withProgress(options, values, io);
  let result: ScanResult;
  try {
    result = await scan(options);
  } finally {
    done();
  }
  writeLeftOut(result, io);
  writeSkipped(result, io);
  // The rules' verdicts travel with the map: the findings that count (inline suppressions
  // already applied by the scan) and every rule that ran, core and packs alike.
  const map = buildDataMap({
    analyses,
    policy,
    root,
    findings: result.findings,
    rules: result.rules,
  });
  const text = renderDataMap(map, format);
  if (values.output !== undefined) writeOutput(resolve(io.cwd, values.output), text);
  else io.stdout.write(text);
  return EXIT.clean;
}

/** `pledge init [dir]`: the work is in init.ts; here, its options. */
async function initCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, INIT_OPTIONS);
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.clean;
  }
  if (positionals.length > 1)
    throw new CliUsageError('`pledge init` takes one folder: the project to draft a policy for');
  const dir = resolve(io.cwd, positionals[0] ?? '.');
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new CliUsageError(`\`pledge init ${positionals[0] ?? '.'}\`: ${dir} is not a folder.`);
  // The scan's options as for `pledge scan [dir]` (the config found from there); init sets the
  // root, the paths and the policy itself.
  const options = await scanOptions(values, [dir], io);
  const done = withProgress(options, values, io);
  try {
    return await runInit({
      dir,
      scan: options,
      cwd: io.cwd,
      stdout: io.stdout,
      stderr: io.stderr,
      print: values.print === true || values['dry-run'] === true,
      quiet: values.quiet === true,
      ...(values.out === undefined ? {} : { out: resolve(io.cwd, values.out) }),
    });
  } finally {
    done();
  }
}

/** `baseline` and `map` print no report: what the scan left out is said on stderr. */
/** The files the map could not include, on stderr: a map never leaves a file out silently. */
function writeSkipped(result: ScanResult, io: CliIo): void {
  if (result.skipped.length === 0) return;
  const lines = result.skipped.map(
    (skip) => `  ${safeText(skip.file, true)}  ${skip.reason}: ${safeText(skip.detail, true)}`,
  );
  io.stderr.write(
    `pledge: ${String(result.skipped.length)} file(s) could not be analysed and are not in the map:\n${lines.join('\n')}\n`,
  );
}

function writeLeftOut(result: ScanResult, io: CliIo): void {
  const line = leftOutLine(result);
  if (line !== undefined) io.stderr.write(`pledge: ${line}\n`);
}

function policyCommand(args: readonly string[], io: CliIo): number {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h') {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.clean;
  }
  if (sub !== 'check')
    throw new CliUsageError(
      sub === undefined
        ? 'missing subcommand: `pledge policy check [FILE]`'
        : `unknown subcommand \`policy ${sub}\``,
    );
  const { positionals } = parseArgs({
    args: rest,
    options: {},
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 1) throw new CliUsageError('`pledge policy check` takes one file');
  const given = positionals[0];
  const path = given === undefined ? findPolicy(io.cwd) : resolve(io.cwd, given);
  if (path === undefined) {
    io.stderr.write(
      `pledge: no pledge.policy.yaml (or .yml, .json) in ${io.cwd} or above; pass a file.\n`,
    );
    return EXIT.usage;
  }
  const shown = relative(io.cwd, path) || path;
  if (!existsSync(path)) {
    io.stderr.write(`pledge: ${shown}: no such file.\n`);
    return EXIT.usage;
  }
  const { policy, errors, warnings } = loadPolicy(path);
  for (const diagnostic of [...errors, ...warnings])
    io.stderr.write(`${formatDiagnostic({ ...diagnostic, file: shown })}\n`);
  if (!policy) {
    io.stderr.write(
      `pledge: ${shown} is not a valid policy (${String(countDiagnostics(errors))} error(s)).\n`,
    );
    return EXIT.usage;
  }
  io.stdout.write(summarizePolicy(policy, shown));
  if (warnings.length > 0)
    io.stdout.write(`\n${String(warnings.length)} warning(s), listed above.\n`);
  return EXIT.clean;
}

function displayed(diagnostic: PolicyDiagnostic, cwd: string): PolicyDiagnostic {
  return {
    ...diagnostic,
    file: isAbsolute(diagnostic.file)
      ? relative(cwd, diagnostic.file) || diagnostic.file
      : diagnostic.file,
  };
}

function displayedConfig(diagnostic: ConfigDiagnostic, cwd: string): ConfigDiagnostic {
  return { ...diagnostic, file: shownFile(diagnostic.file, cwd) };
}

/** A file as messages show it: relative to the current directory. */
function shownFile(file: string, cwd: string): string {
  return isAbsolute(file) ? relative(cwd, file) || file : file;
}

function writeOutput(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
