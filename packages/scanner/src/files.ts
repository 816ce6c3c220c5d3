import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
  type Dirent,
} from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { EMBEDDED_EXTENSIONS, isEmbeddedFileName } from './embedded.js';
import type { SkipReason } from './types.js';

// Which files a scan reads, and why it leaves the others out. Directories that never hold
// source (node_modules, VCS folders, a package's build output) are pruned without a word;
// every *file* that looks like source but cannot be analysed comes back as a skip with a reason.

/**
 * The extensions Pledge analyses (declaration files excluded): scripts, and pages, templates
 * and components for their inline scripts.
 */
export const SOURCE_EXTENSIONS: readonly string[] = [
  '.ts',
  '.tsx',
  '.mts',
  '.cts',
  '.js',
  '.jsx',
  '.mjs',
  '.cjs',
  ...EMBEDDED_EXTENSIONS,
];

/** The default `--max-file-size`: 1 MiB. */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** Directories that are never walked, wherever they are. */
const NEVER_WALKED = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'bower_components',
  'jspm_packages',
]);

/**
 * Build output and caches: pruned when they sit at the top of a package (beside a
 * `package.json` or `tsconfig.json`) or at the scan root, so `src/build/` written by hand is
 * still scanned while `packages/app/dist/` is not.
 */
const BUILD_OUTPUT = new Set([
  'dist',
  'build',
  'out',
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.turbo',
  '.vercel',
  '.cache',
  'coverage',
]);

/** A line longer than this marks a file as minified. */
const MINIFIED_LINE_LENGTH = 10_000;
/** An average line length above this (in a file of some size) marks a file as minified. */
const MINIFIED_AVERAGE_LINE = 500;

/** Whether a file name has a source extension and is not a declaration file. */
export function isSourceFileName(name: string): boolean {
  if (/\.d\.[cm]?ts$/.test(name) || /\.d\.[^.]+\.ts$/.test(name)) return false;
  return SOURCE_EXTENSIONS.includes(extname(name)) || isEmbeddedFileName(name);
}

/** A problem with one path, before it became a skip of the result model (absolute path). */
export interface FileSkip {
  path: string;
  reason: SkipReason;
  detail: string;
}

/** Gitignore-style globs from the scanner's config, relative to `dir` (the config file's folder). */
export interface ExtraIgnores {
  dir: string;
  patterns: readonly string[];
}

/**
 * The `.gitignore` and `.pledgeignore` rules that apply under a root, nested files included,
 * plus those of the directories between the repository's top and the root, plus the config
 * file's `ignores`.
 */
export class IgnoreRules {
  private readonly perDirectory = new Map<string, Ignore | null>();
  private readonly directoryVerdicts = new Map<string, boolean>();
  private readonly buildOutputVerdicts = new Map<string, boolean>();
  private readonly extraRules: { dir: string; rules: Ignore } | undefined;
  /** The topmost directory whose ignore files apply: the repository's top, or the root. */
  readonly base: string;

  /** `base` overrides where ignore files start to apply (see `within`). */
  constructor(
    readonly root: string,
    base?: string,
    extra?: ExtraIgnores,
  ) {
    this.base = base ?? gitTop(root) ?? root;
    this.extraRules =
      extra && extra.patterns.length > 0
        ? { dir: extra.dir, rules: ignore().add([...extra.patterns]) }
        : undefined;
  }

  /**
   * The rules for walking a directory named explicitly: when an ignore file (or the config's
   * `ignores`) ignores the directory itself, only the ignore files inside it apply (the user
   * asked for it by name).
   */
  forExplicitDirectory(dir: string): IgnoreRules {
    return dir !== this.base && this.ignores(dir, true) ? new IgnoreRules(this.root, dir) : this;
  }

  /** Whether a path (absolute) is ignored by an ignore file or lies in an ignored directory. */
  ignores(path: string, isDirectory: boolean): boolean {
    const parent = dirname(path);
    if (parent !== path && within(this.base, parent) && parent !== this.base) {
      if (this.ignoresDirectory(parent)) return true;
    }
    return this.test(path, isDirectory);
  }

  /**
   * Whether a directory is build output to prune: `dist`, `build`, `out`, `.next`, `coverage`…
   * next to a `package.json`/`tsconfig.json`, or at the scan root; `node_modules` anywhere.
   */
  isPrunedDirectory(path: string): boolean {
    const name = basename(path);
    if (NEVER_WALKED.has(name)) return true;
    if (!BUILD_OUTPUT.has(name)) return false;
    let verdict = this.buildOutputVerdicts.get(path);
    if (verdict === undefined) {
      const parent = dirname(path);
      verdict =
        parent === this.root ||
        existsSync(join(parent, 'package.json')) ||
        existsSync(join(parent, 'tsconfig.json'));
      this.buildOutputVerdicts.set(path, verdict);
    }
    return verdict;
  }

  private ignoresDirectory(dir: string): boolean {
    const cached = this.directoryVerdicts.get(dir);
    if (cached !== undefined) return cached;
    const parent = dirname(dir);
    const verdict =
      (parent !== dir && within(this.base, parent) && parent !== this.base
        ? this.ignoresDirectory(parent)
        : false) || this.test(dir, true);
    this.directoryVerdicts.set(dir, verdict);
    return verdict;
  }

  /**
   * The config's `ignores` add to the ignore files (a `!` there re-includes only what they
   * excluded); then the deepest ignore file with an opinion about the path decides (git's
   * precedence).
   */
  private test(path: string, isDirectory: boolean): boolean {
    const extra = this.extraRules;
    if (extra && path !== extra.dir && within(extra.dir, path)) {
      const rel = relative(extra.dir, path).split(sep).join('/') + (isDirectory ? '/' : '');
      if (extra.rules.ignores(rel)) return true;
    }
    let dir = dirname(path);
    for (;;) {
      if (!within(this.base, dir)) return false;
      const rules = this.rulesOf(dir);
      if (rules) {
        const rel = relative(dir, path).split(sep).join('/') + (isDirectory ? '/' : '');
        const result = rules.test(rel);
        if (result.ignored) return true;
        if (result.unignored) return false;
      }
      if (dir === this.base) return false;
      const parent = dirname(dir);
      if (parent === dir) return false;
      dir = parent;
    }
  }

  private rulesOf(dir: string): Ignore | null {
    let rules = this.perDirectory.get(dir);
    if (rules === undefined) {
      rules = null;
      for (const name of ['.gitignore', '.pledgeignore']) {
        let text: string;
        try {
          text = readFileSync(join(dir, name), 'utf8');
        } catch {
          continue;
        }
        rules ??= ignore();
        rules.add(text);
      }
      this.perDirectory.set(dir, rules);
    }
    return rules;
  }
}

/** The nearest directory at or above `dir` that holds `.git`. */
function gitTop(dir: string): string | undefined {
  let current = dir;
  for (;;) {
    if (existsSync(join(current, '.git'))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Whether `path` is `dir` or inside it. */
export function within(dir: string, path: string): boolean {
  if (path === dir) return true;
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}

/** What a walk found: source files (real paths), tsconfig files, and what it could not read. */
export interface WalkResult {
  files: string[];
  tsconfigs: string[];
  skipped: FileSkip[];
}

/**
 * Walks the given paths (files or directories) depth-first, honouring ignore files and
 * pruning dependency and build folders. Symbolic links are followed once: a link back to an
 * ancestor is a loop (reported), a second way to a folder already walked is not walked again.
 */
export function walk(paths: readonly string[], ignoreRules: IgnoreRules): WalkResult {
  const files = new Set<string>();
  const tsconfigs = new Set<string>();
  const skipped: FileSkip[] = [];
  const walkedDirectories = new Set<string>();

  const addFile = (path: string): void => {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      real = path;
    }
    files.add(real);
  };

  const visitDirectory = (dir: string, ancestors: readonly string[], rules: IgnoreRules): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      skipped.push({
        path: dir,
        reason: 'unreadable',
        detail: `cannot resolve directory: ${errorText(error)}`,
      });
      return;
    }
    if (ancestors.includes(real)) {
      skipped.push({
        path: dir,
        reason: 'symlink-loop',
        detail: `symbolic link to an ancestor directory (${real}); following it would loop`,
      });
      return;
    }
    if (walkedDirectories.has(real)) return;
    walkedDirectories.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({
        path: dir,
        reason: 'unreadable',
        detail: `cannot list directory: ${errorText(error)}`,
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const chain = [...ancestors, real];
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        visitLink(path, entry.name, chain, rules);
      } else if (entry.isDirectory()) {
        if (rules.isPrunedDirectory(path) || rules.ignores(path, true)) continue;
        visitDirectory(path, chain, rules);
      } else if (entry.isFile()) {
        if (entry.name === 'tsconfig.json') {
          if (!rules.ignores(path, false)) tsconfigs.add(path);
        } else if (isSourceFileName(entry.name) && !rules.ignores(path, false)) {
          addFile(path);
        }
      } else if (isSourceFileName(entry.name) && !rules.ignores(path, false)) {
        skipped.push({
          path,
          reason: 'unreadable',
          detail: `not a regular file (${kindOf(entry)})`,
        });
      }
    }
  };

  const visitLink = (
    path: string,
    name: string,
    chain: readonly string[],
    rules: IgnoreRules,
  ): void => {
    let target: ReturnType<typeof statSync>;
    try {
      target = statSync(path);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ELOOP') {
        skipped.push({
          path,
          reason: 'symlink-loop',
          detail: `symbolic link loop (${safeReadlink(path)})`,
        });
      } else if (isSourceFileName(name) && !rules.ignores(path, false)) {
        skipped.push({
          path,
          reason: 'unreadable',
          detail:
            code === 'ENOENT'
              ? `broken symbolic link: its target ${safeReadlink(path)} does not exist`
              : `cannot follow symbolic link: ${errorText(error)}`,
        });
      }
      return;
    }
    if (target.isDirectory()) {
      if (rules.isPrunedDirectory(path) || rules.ignores(path, true)) return;
      visitDirectory(path, chain, rules);
    } else if (isSourceFileName(name) && !rules.ignores(path, false)) {
      if (target.isFile()) addFile(path);
      else
        skipped.push({
          path,
          reason: 'unreadable',
          detail: 'the symbolic link points to something that is not a regular file',
        });
    }
  };

  for (const input of paths) {
    let stat: ReturnType<typeof lstatSync>;
    try {
      stat = lstatSync(input);
    } catch (error) {
      skipped.push({ path: input, reason: 'unreadable', detail: errorText(error) });
      continue;
    }
    if (stat.isSymbolicLink()) {
      visitLink(input, basename(input), [], ignoreRules);
    } else if (stat.isDirectory()) {
      visitDirectory(input, [], ignoreRules.forExplicitDirectory(input));
    } else if (stat.isFile()) {
      // A file named on the command line is scanned even if an ignore file lists it.
      if (isSourceFileName(input)) addFile(input);
      else if (basename(input) === 'tsconfig.json') tsconfigs.add(input);
    } else {
      skipped.push({ path: input, reason: 'unreadable', detail: 'not a regular file' });
    }
  }
  return { files: [...files], tsconfigs: [...tsconfigs], skipped };
}

/** Limits a file must respect to be analysed. */
export interface FileLimits {
  maxFileSize: number;
}

/** A file's text, or why it is not analysed. */
export type ReadOutcome = { text: string } | { skip: Omit<FileSkip, 'path'> };

/**
 * Reads a candidate file and decides whether to analyse it: regular, not too large, not
 * binary (a NUL byte), not minified, not generated.
 */
export function readSource(path: string, limits: FileLimits): ReadOutcome {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { skip: { reason: 'unreadable', detail: 'not a regular file' } };
    size = stat.size;
  } catch (error) {
    return {
      skip: {
        reason: errorCode(error) === 'ELOOP' ? 'symlink-loop' : 'unreadable',
        detail: errorText(error),
      },
    };
  }
  if (size > limits.maxFileSize) {
    return {
      skip: {
        reason: 'too-large',
        detail: `${formatBytes(size)} is over the ${formatBytes(limits.maxFileSize)} limit (raise it with --max-file-size)`,
      },
    };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { skip: { reason: 'unreadable', detail: errorText(error) } };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      skip: { reason: 'binary', detail: `contains a NUL byte at offset ${nul}; not a text file` },
    };
  }
  const text = bytes.toString('utf8');
  const minified = minifiedReason(path, text);
  if (minified) return { skip: { reason: 'minified', detail: minified } };
  const generated = generatedMarker(text);
  if (generated) {
    return {
      skip: {
        reason: 'generated',
        detail: `generated file (header says \`${generated}\`); fix its generator instead`,
      },
    };
  }
  return { text };
}

/** Why a file looks minified, or undefined. */
export function minifiedReason(path: string, text: string): string | undefined {
  if (/\.min\.[cm]?js$/i.test(path)) return 'minified bundle (`.min.js` file name)';
  let longest = 0;
  let longestLine = 0;
  let lines = 0;
  // Every line terminator ECMAScript knows: LF, CR, CRLF, U+2028 and U+2029 (a file with
  // CR-only line endings is not one long line).
  const terminator = /\r\n?|[\n\u2028\u2029]/g;
  let start = 0;
  for (;;) {
    const match = terminator.exec(text);
    const end = match ? match.index : text.length;
    lines++;
    if (end - start > longest) {
      longest = end - start;
      longestLine = lines;
    }
    if (!match) break;
    start = match.index + match[0].length;
  }
  if (longest > MINIFIED_LINE_LENGTH) {
    return `line ${longestLine} is ${longest.toLocaleString('en-US')} characters long; looks minified`;
  }
  if (text.length > 4096 && text.length / lines > MINIFIED_AVERAGE_LINE) {
    return `lines average ${Math.round(text.length / lines)} characters; looks minified`;
  }
  return undefined;
}

const GENERATED_MARKERS = [
  /@generated\b/,
  /\bDO NOT EDIT\b/,
  /<auto-generated/i,
  /\bThis (?:file|code) (?:is|was|has been) (?:automatically |auto-?)generated\b/i,
  /\bCode generated by\b/,
];

/** The generated-file marker in a file's header comments (first lines), or undefined. */
export function generatedMarker(text: string): string | undefined {
  const header = text.slice(0, 2048).split('\n').slice(0, 12);
  for (const line of header) {
    const trimmed = line.trim();
    // Script comments, and those of pages and templates (`<!--`, `<%#`, `{{!`, `{#`).
    if (!/^(\/\/|\/\*|\*|#!|<!--|<%#|\{\{!|\{#)/.test(trimmed)) continue;
    for (const marker of GENERATED_MARKERS) {
      const match = marker.exec(trimmed);
      if (match) return match[0];
    }
  }
  return undefined;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB (${bytes} bytes)`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB (${bytes} bytes)`;
  return `${bytes} bytes`;
}

function kindOf(entry: Dirent): string {
  if (entry.isFIFO()) return 'a named pipe';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'not a file';
}

function safeReadlink(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '?';
  }
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** A one-line description of a file-system error. */
export function errorText(error: unknown): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${code}: ${message.replace(/^\w+: /, '')}` : message;
}

/**
 * The files a scan of `paths` (relative to `root`; the root by default) analyses, and those it
 * leaves out with the reason: the scanner's own discovery, for a tool that runs another front
 * end (ESLint) on exactly the same files. Test code is listed too: the scan leaves it out of
 * its rules by default, as `pledge.configs.recommended` does for ESLint.
 */
export function discoverSourceFiles(
  root: string,
  paths: readonly string[] = ['.'],
  options: { maxFileSize?: number } = {},
): { files: string[]; skipped: FileSkip[] } {
  const top = realpathSync(resolve(root));
  const ignoreRules = new IgnoreRules(top);
  const walked = walk(
    (paths.length > 0 ? paths : ['.']).map((p) => resolve(top, p)),
    ignoreRules,
  );
  const files: string[] = [];
  const skipped: FileSkip[] = [...walked.skipped];
  const limits = { maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE };
  for (const path of walked.files) {
    const outcome = readSource(path, limits);
    if ('skip' in outcome) skipped.push({ path, ...outcome.skip });
    else files.push(path);
  }
  return { files: files.sort(), skipped };
}
