import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { formatDiagnostic, loadPolicy, nearest } from '@pledge/policy';
import { SOURCE_EXTENSIONS } from '@pledge/scanner';
import {
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node as YamlNode,
  type Pair,
} from 'yaml';
import type { Label, Place } from './score.js';

// The evaluation data of one repository, `repos/<name>/`: `repo.json` (what to check out and
// scan), `pledge.policy.yaml` (the policy its findings are judged by) and `labels.yaml` (what
// a reviewer decided about particular lines). Loading validates everything that can be checked
// without the checkout; `checkCheckout` adds what needs it (paths exist, lines are in range).
// Problems come back with file, line and column; nothing throws on bad data.

export const REPO_FILE = 'repo.json';
export const POLICY_FILE = 'pledge.policy.yaml';
export const LABELS_FILE = 'labels.yaml';
/** More labels, one file per rule: `labels.no-pii-in-logs.yaml`. */
export const RULE_LABELS_FILE = /^labels\.[a-z0-9-]+\.yaml$/;

/** The `labels.<rule-id>.yaml` files of a repository's folder, sorted. */
export function ruleLabelFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((file) => RULE_LABELS_FILE.test(file))
      .sort();
  } catch {
    return [];
  }
}

/** `repo.json`: which repository, at which commit, and what of it to scan. */
export interface RepoMeta {
  /** The folder name under `repos/`. */
  name: string;
  /** `owner/name` on GitHub. */
  repo: string;
  /** The commit the labels were written against: 40 hex digits. */
  commit: string;
  /** A few words on the stack, for readers of the results. */
  stack: string;
  /** Subpaths to scan, relative to the checkout; the whole checkout when absent. */
  paths?: string[];
  notes?: string;
}

/** A problem with the evaluation data, positioned in the file that has it. */
export interface DataProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** One repository's evaluation data, validated. */
export interface RepoData {
  name: string;
  /** The data folder, `repos/<name>`. */
  dir: string;
  meta: RepoMeta;
  policyFile: string;
  labels: Label[];
  /** Where each `paths` entry is in `repo.json`, for checkout problems. */
  pathPositions: { line: number; column: number }[];
}

/** `file:line:column: error: message`, as compilers print it. */
export function formatProblem(problem: DataProblem): string {
  return `${problem.file}:${String(problem.line)}:${String(problem.column)}: error: ${problem.message}`;
}

/** The repository folders under a data directory, sorted; none when it does not exist. */
export function listRepos(dataDir: string): string[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Loads and validates `repos/<name>/`: `repo.json`, the policy (with `@pledge/policy`),
 * `labels.yaml` and any `labels.<rule-id>.yaml`. `rules` are the rule ids a label may name.
 */
export function loadRepo(
  dir: string,
  name: string,
  rules: readonly string[],
): { data: RepoData | undefined; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const read = (file: string): string | undefined => {
    const path = join(dir, file);
    try {
      return readFileSync(path, 'utf8');
    } catch {
      problems.push({ file: path, line: 1, column: 1, message: `${file} is missing.` });
      return undefined;
    }
  };

  const repoText = read(REPO_FILE);
  const parsedMeta =
    repoText === undefined ? undefined : parseRepoJson(repoText, join(dir, REPO_FILE), name);
  if (parsedMeta) problems.push(...parsedMeta.problems);

  const policyFile = join(dir, POLICY_FILE);
  if (existsSync(policyFile)) {
    for (const error of loadPolicy(policyFile).errors) {
      problems.push({
        file: error.file,
        line: error.line,
        column: error.column,
        message: `the policy is invalid: ${formatDiagnostic(error).replace(/^.*?: error: /, '')}`,
      });
    }
  } else {
    problems.push({ file: policyFile, line: 1, column: 1, message: `${POLICY_FILE} is missing.` });
  }

  const labelsText = read(LABELS_FILE);
  const parsedLabels =
    labelsText === undefined
      ? undefined
      : parseLabels(labelsText, join(dir, LABELS_FILE), {
          rules,
          paths: parsedMeta?.meta?.paths,
        });
  if (parsedLabels) problems.push(...parsedLabels.problems);

  // A rule's labels may live in a file of their own, `labels.<rule-id>.yaml` (a pack's rules).
  const extra: Label[] = [];
  for (const file of ruleLabelFiles(dir)) {
    const parsed = parseLabels(read(file) ?? '', join(dir, file), {
      rules,
      paths: parsedMeta?.meta?.paths,
    });
    problems.push(...parsed.problems);
    extra.push(...parsed.labels);
  }

  const meta = parsedMeta?.meta;
  if (problems.length > 0 || !meta || !parsedLabels) return { data: undefined, problems };
  return {
    data: {
      name,
      dir,
      meta,
      policyFile,
      labels: [...parsedLabels.labels, ...extra],
      pathPositions: parsedMeta.pathPositions,
    },
    problems,
  };
}

/** A YAML (or JSON) document with a way to turn node offsets into lines and columns. */
function positioned(text: string): {
  doc: Document.Parsed;
  at: (node: YamlNode | Pair | null | undefined) => { line: number; column: number };
  atOffset: (offset: number) => { line: number; column: number };
} {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const atOffset = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const at = (node: YamlNode | Pair | null | undefined): { line: number; column: number } => {
    // A pair has no range of its own: its key's is where it starts.
    const target = isPair(node) ? node.key : node;
    const range = isNode(target) ? target.range : undefined;
    return atOffset(range ? range[0] : 0);
  };
  return { doc, at, atOffset };
}

const REPO_KEYS = ['name', 'repo', 'commit', 'stack', 'paths', 'notes'] as const;

/** Parses and validates `repo.json`; `folder` is the folder name it must carry as `name`. */
export function parseRepoJson(
  text: string,
  file: string,
  folder: string,
): {
  meta: RepoMeta | undefined;
  problems: DataProblem[];
  pathPositions: { line: number; column: number }[];
} {
  const problems: DataProblem[] = [];
  const pathPositions: { line: number; column: number }[] = [];
  try {
    JSON.parse(text);
  } catch (error) {
    return {
      meta: undefined,
      problems: [
        {
          file,
          line: 1,
          column: 1,
          message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
      pathPositions,
    };
  }
  // JSON is YAML: the YAML parser gives the positions JSON.parse does not.
  const { doc, at } = positioned(text);
  const root = doc.contents;
  if (!isMap(root)) {
    return {
      meta: undefined,
      problems: [{ file, line: 1, column: 1, message: 'expected an object.' }],
      pathPositions,
    };
  }
  const problem = (node: YamlNode | Pair | null | undefined, message: string): void => {
    problems.push({ file, ...at(node), message });
  };
  const values = new Map<string, { pair: Pair; value: unknown }>();
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!(REPO_KEYS as readonly string[]).includes(key)) {
      const hint = nearest(REPO_KEYS, key);
      problem(
        pair,
        `unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ''} Known keys: ${REPO_KEYS.join(', ')}.`,
      );
      continue;
    }
    values.set(key, { pair, value: isScalar(pair.value) ? pair.value.value : pair.value });
  }
  const requireString = (key: string): string | undefined => {
    const entry = values.get(key);
    if (!entry) {
      problem(root, `"${key}" is required.`);
      return undefined;
    }
    if (typeof entry.value !== 'string' || entry.value.trim() === '') {
      problem(entry.pair.value as YamlNode, `"${key}" must be a non-empty string.`);
      return undefined;
    }
    return entry.value;
  };
  const name = requireString('name');
  if (name !== undefined && name !== folder) {
    problem(
      values.get('name')?.pair.value as YamlNode,
      `"name" is "${name}" but the folder is "${folder}"; they must be the same.`,
    );
  }
  const repo = requireString('repo');
  if (repo !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repo)) {
    problem(
      values.get('repo')?.pair.value as YamlNode,
      `"repo" must be "owner/name" as on GitHub, e.g. "umami-software/umami"; got "${repo}".`,
    );
  }
  const commit = requireString('commit');
  if (commit !== undefined && !/^[0-9a-f]{40}$/.test(commit)) {
    problem(
      values.get('commit')?.pair.value as YamlNode,
      `"commit" must be a full commit id, 40 lowercase hex digits; got "${commit}".`,
    );
  }
  const stack = requireString('stack');
  let notes: string | undefined;
  const notesEntry = values.get('notes');
  if (notesEntry) {
    if (typeof notesEntry.value === 'string') notes = notesEntry.value;
    else problem(notesEntry.pair.value as YamlNode, '"notes" must be a string.');
  }
  let paths: string[] | undefined;
  const pathsEntry = values.get('paths');
  if (pathsEntry) {
    const node = pathsEntry.pair.value;
    if (!isSeq(node) || node.items.length === 0) {
      problem(
        node as YamlNode,
        '"paths" must be a non-empty array of paths relative to the checkout (leave it out to scan everything).',
      );
    } else {
      paths = [];
      for (const item of node.items) {
        const value = isScalar(item) ? item.value : undefined;
        const bad = typeof value === 'string' ? badRelativePath(value) : 'must be a string';
        if (typeof value !== 'string' || bad !== undefined) {
          problem(item as YamlNode, `"paths" entry ${JSON.stringify(value)} ${bad ?? ''}.`);
          continue;
        }
        paths.push(value.replace(/\/$/, ''));
        pathPositions.push(at(item as YamlNode));
      }
    }
  }
  if (
    problems.length > 0 ||
    name === undefined ||
    repo === undefined ||
    commit === undefined ||
    stack === undefined
  ) {
    return { meta: undefined, problems, pathPositions };
  }
  return {
    meta: {
      name,
      repo,
      commit,
      stack,
      ...(paths ? { paths } : {}),
      ...(notes === undefined ? {} : { notes }),
    },
    problems,
    pathPositions,
  };
}

/**
 * Why a path is not a clean repository-relative path (`src/lib/auth.ts`), or undefined.
 * `.` alone is allowed: the whole checkout.
 */
export function badRelativePath(path: string): string | undefined {
  if (path === '.') return undefined;
  if (path === '') return 'is empty';
  if (path.includes('\\')) return 'must use / separators';
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return 'must be relative to the checkout';
  const segments = path.replace(/\/$/, '').split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) {
    return 'must not contain empty, "." or ".." segments';
  }
  return undefined;
}

/** Whether a file name is one the front ends analyse (declaration files are not). */
export function isSourcePath(path: string): boolean {
  if (/\.d\.[cm]?ts$/.test(path) || /\.d\.[^./]+\.ts$/.test(path)) return false;
  const extension = extname(path);
  return (
    SOURCE_EXTENSIONS.includes(extension) || SOURCE_EXTENSIONS.includes(extension.toLowerCase())
  );
}

/** Whether a repository-relative path lies in one of the scanned paths (all of them when none). */
export function withinPaths(path: string, paths: readonly string[] | undefined): boolean {
  if (!paths) return true;
  return paths.some((p) => p === '.' || path === p || path.startsWith(`${p}/`));
}

const LABEL_KEYS = ['path', 'line', 'endLine', 'also', 'rule', 'expect', 'why'] as const;

/**
 * Parses and validates `labels.yaml`: a list of labels. `rules` are the rule ids a label may
 * name; `paths` are `repo.json`'s paths (a label outside them could never be matched).
 */
export function parseLabels(
  text: string,
  file: string,
  options: { rules: readonly string[]; paths?: readonly string[] | undefined },
): { labels: Label[]; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const { doc, at, atOffset } = positioned(text);
  for (const error of doc.errors) {
    problems.push({ file, ...atOffset(error.pos[0]), message: `not valid YAML: ${error.message}` });
  }
  if (problems.length > 0) return { labels: [], problems };
  const root = doc.contents;
  // An empty file is an empty list: a repository whose labels are still to be written.
  if (root === null || (isScalar(root) && root.value === null)) return { labels: [], problems };
  if (!isSeq(root)) {
    return {
      labels: [],
      problems: [
        {
          file,
          ...at(root),
          message: 'expected a list of labels (`- path: …`), one entry per labelled line.',
        },
      ],
    };
  }

  const labels: Label[] = [];
  root.items.forEach((item, index) => {
    const where = at(item);
    const entry = `entry #${String(index + 1)}`;
    const problem = (node: YamlNode | Pair | null | undefined, message: string): void => {
      problems.push({ file, ...(node ? at(node) : where), message: `${entry}: ${message}` });
    };
    if (!isMap(item)) {
      problem(item, 'expected a mapping with path, line, rule, expect and why.');
      return;
    }
    const fields = new Map<string, Pair>();
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!(LABEL_KEYS as readonly string[]).includes(key)) {
        const hint = nearest(LABEL_KEYS, key);
        problem(
          pair,
          `unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ''} Known keys: ${LABEL_KEYS.join(', ')}.`,
        );
        continue;
      }
      fields.set(key, pair);
    }
    const scalar = (key: string): { node: YamlNode | undefined; value: unknown } => {
      const pair = fields.get(key);
      const node = (pair?.value ?? undefined) as YamlNode | undefined;
      return { node, value: isScalar(node) ? node.value : node };
    };
    const before = problems.length;

    const path = scalar('path');
    let labelPath: string | undefined;
    if (path.node === undefined) problem(item, '"path" is required.');
    else if (typeof path.value !== 'string') problem(path.node, '"path" must be a string.');
    else {
      const bad = badRelativePath(path.value);
      if (bad !== undefined || path.value === '.') {
        problem(path.node, `"path" ${bad ?? 'must name a file'}: "${path.value}".`);
      } else if (!isSourcePath(path.value)) {
        problem(
          path.node,
          `"path" must be a source file the front ends analyse (${SOURCE_EXTENSIONS.join(', ')}; not .d.ts): "${path.value}".`,
        );
      } else if (!withinPaths(path.value, options.paths)) {
        problem(
          path.node,
          `"path" ${path.value} is outside repo.json's paths (${(options.paths ?? []).join(', ')}), so no front end scans it.`,
        );
      } else {
        labelPath = path.value;
      }
    }

    const positive = (key: string, required: boolean): number | undefined => {
      const { node, value } = scalar(key);
      if (node === undefined) {
        if (required) problem(item, `"${key}" is required.`);
        return undefined;
      }
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
        problem(node, `"${key}" must be a line number (a whole number from 1).`);
        return undefined;
      }
      return value;
    };
    const line = positive('line', true);
    const endLine = positive('endLine', false);
    if (line !== undefined && endLine !== undefined && endLine < line) {
      problem(
        scalar('endLine').node,
        `"endLine" (${String(endLine)}) is before "line" (${String(line)}).`,
      );
    }

    const also: Place[] = [];
    const alsoNode = fields.get('also')?.value as YamlNode | undefined;
    if (alsoNode !== undefined) {
      if (!isSeq(alsoNode)) {
        problem(alsoNode, '"also" must be a list of "path:line" strings.');
      } else {
        for (const place of alsoNode.items) {
          const value = isScalar(place) ? place.value : undefined;
          const match = typeof value === 'string' ? /^(.+):(\d+)$/.exec(value) : null;
          const placePath = match?.[1];
          const placeLine = Number(match?.[2]);
          const bad =
            placePath === undefined
              ? 'is not "path:line"'
              : (badRelativePath(placePath) ??
                (isSourcePath(placePath) ? undefined : 'is not a source file') ??
                (withinPaths(placePath, options.paths)
                  ? undefined
                  : "is outside repo.json's paths") ??
                (placeLine >= 1 ? undefined : 'has no line number from 1'));
          if (placePath === undefined || bad !== undefined) {
            problem(place as YamlNode, `"also" entry ${JSON.stringify(value)} ${bad ?? ''}.`);
          } else {
            also.push({ path: placePath, line: placeLine });
          }
        }
      }
    }

    const rule = scalar('rule');
    let labelRule: string | undefined;
    if (rule.node === undefined) problem(item, '"rule" is required.');
    else if (typeof rule.value !== 'string' || !options.rules.includes(rule.value)) {
      const hint = typeof rule.value === 'string' ? nearest(options.rules, rule.value) : undefined;
      problem(
        rule.node,
        `unknown rule ${JSON.stringify(rule.value)}${hint ? `; did you mean "${hint}"?` : ''} Labels name a rule of the evaluation: ${options.rules.join(', ')}.`,
      );
    } else {
      labelRule = rule.value;
    }

    const expect = scalar('expect');
    let labelExpect: Label['expect'] | undefined;
    if (expect.node === undefined) problem(item, '"expect" is required.');
    else if (expect.value !== 'finding' && expect.value !== 'clean') {
      problem(
        expect.node,
        `"expect" must be "finding" (the rule should report here) or "clean" (it should not); got ${JSON.stringify(expect.value)}.`,
      );
    } else {
      labelExpect = expect.value;
    }

    const why = scalar('why');
    if (why.node === undefined)
      problem(item, '"why" is required: one sentence a reviewer can check.');
    else if (typeof why.value !== 'string' || why.value.trim() === '') {
      problem(why.node, '"why" must be a non-empty sentence.');
    }

    if (
      problems.length === before &&
      labelPath !== undefined &&
      line !== undefined &&
      labelRule !== undefined &&
      labelExpect !== undefined
    ) {
      labels.push({
        path: labelPath,
        line,
        ...(endLine === undefined ? {} : { endLine }),
        also,
        rule: labelRule,
        expect: labelExpect,
        why: String(why.value),
        source: { file, line: where.line, column: where.column, index: index + 1 },
      });
    }
  });

  problems.push(...overlaps(labels, file));
  return { labels, problems };
}

/** A label's name in messages: `entry #4 (src/lib/auth.ts:42, no-undeclared-cookie)`. */
export function describeLabel(label: Label): string {
  const range =
    label.endLine !== undefined && label.endLine !== label.line
      ? `${String(label.line)}-${String(label.endLine)}`
      : String(label.line);
  const entry = label.source ? `entry #${String(label.source.index)} ` : '';
  return `${entry}(${label.path}:${range}, ${label.rule})`;
}

/**
 * Labels of one rule that share a place, where a finding there would count twice or both ways:
 * a `finding` and a `clean` label anywhere on the same line contradict each other; two labels
 * whose own lines overlap are a duplicate. Sharing an `also` place is fine when both expect the
 * same: it is the helper both calls go through (a finding there satisfies both, or is one FP).
 */
function overlaps(labels: readonly Label[], file: string): DataProblem[] {
  const problems: DataProblem[] = [];
  const owners = new Map<string, { label: Label; viaAlso: boolean }[]>();
  for (const label of labels) {
    const places: { place: Place; viaAlso: boolean }[] = label.also.map((place) => ({
      place,
      viaAlso: true,
    }));
    for (let line = label.line; line <= (label.endLine ?? label.line); line++) {
      places.push({ place: { path: label.path, line }, viaAlso: false });
    }
    const reported = new Set<Label>();
    for (const { place, viaAlso } of places) {
      const key = `${label.rule}\0${place.path}\0${String(place.line)}`;
      const before = owners.get(key) ?? [];
      owners.set(key, [...before, { label, viaAlso }]);
      for (const first of before) {
        if (first.label === label || reported.has(first.label)) continue;
        const contradicts = first.label.expect !== label.expect;
        if (!contradicts && (viaAlso || first.viaAlso)) continue;
        reported.add(first.label);
        const other = first.label;
        const otherAt = other.source
          ? ` at ${file}:${String(other.source.line)}:${String(other.source.column)}`
          : '';
        const sameSpot =
          other.path === label.path &&
          other.line === label.line &&
          (other.endLine ?? other.line) === (label.endLine ?? label.line);
        const message = contradicts
          ? `contradicts ${describeLabel(other)}${otherAt}: both cover ${place.path}:${String(place.line)} for ${label.rule}, one expecting a finding and the other none; narrow endLine/also so they do not meet.`
          : sameSpot
            ? `duplicate of ${describeLabel(other)}${otherAt}; remove one.`
            : `overlaps ${describeLabel(other)}${otherAt} at ${place.path}:${String(place.line)}: one finding there would match both; merge them or narrow endLine.`;
        problems.push({
          file,
          line: label.source?.line ?? 1,
          column: label.source?.column ?? 1,
          message: `${label.source ? `entry #${String(label.source.index)}` : 'a label'}: ${message}`,
        });
      }
    }
  }
  return problems;
}

/**
 * What needs the checkout: `repo.json`'s paths exist, every labelled file exists and is long
 * enough, and, in a git clone, HEAD is the pinned commit. A plain archive (no `.git`) is
 * trusted to be the commit it was downloaded at.
 */
export function checkCheckout(data: RepoData, checkout: string): DataProblem[] {
  const problems: DataProblem[] = [];
  const repoFile = join(data.dir, REPO_FILE);
  (data.meta.paths ?? []).forEach((path, i) => {
    if (!existsSync(join(checkout, path))) {
      problems.push({
        file: repoFile,
        ...(data.pathPositions[i] ?? { line: 1, column: 1 }),
        message: `"paths" entry "${path}" does not exist in the checkout ${checkout}.`,
      });
    }
  });
  if (existsSync(join(checkout, '.git'))) {
    let head: string | undefined;
    try {
      head = execFileSync('git', ['-C', checkout, 'rev-parse', 'HEAD'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }).trim();
    } catch (error) {
      problems.push({
        file: repoFile,
        line: 1,
        column: 1,
        message: `cannot read the checkout's HEAD (${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}).`,
      });
    }
    if (head !== undefined && head !== data.meta.commit) {
      problems.push({
        file: repoFile,
        line: 1,
        column: 1,
        message: `the checkout ${checkout} is at ${head}, but the labels are for ${data.meta.commit}: run \`git -C ${checkout} checkout ${data.meta.commit}\`.`,
      });
    }
  }

  const lineCounts = new Map<string, number | undefined>();
  const lineCount = (path: string): number | undefined => {
    if (lineCounts.has(path)) return lineCounts.get(path);
    let count: number | undefined;
    try {
      const full = join(checkout, path);
      if (statSync(full).isFile()) {
        const text = readFileSync(full, 'utf8');
        const lines = text.split('\n').length;
        count = text.endsWith('\n') ? lines - 1 : lines;
      }
    } catch {
      count = undefined;
    }
    lineCounts.set(path, count);
    return count;
  };
  for (const label of data.labels) {
    const places: { place: Place; what: string }[] = [
      { place: { path: label.path, line: label.endLine ?? label.line }, what: 'path' },
      ...label.also.map((place) => ({
        place,
        what: `"also" entry ${place.path}:${String(place.line)}`,
      })),
    ];
    for (const { place, what } of places) {
      const count = lineCount(place.path);
      const message =
        count === undefined
          ? `${what === 'path' ? `"path" ${place.path}` : what}: no such file in the checkout.`
          : place.line > count
            ? `${what === 'path' ? `line ${String(place.line)}` : what} is beyond the end of ${place.path} (${String(count)} lines).`
            : undefined;
      if (message !== undefined) {
        problems.push({
          file: label.source?.file ?? join(data.dir, LABELS_FILE),
          line: label.source?.line ?? 1,
          column: label.source?.column ?? 1,
          message: `${describeLabel(label)}: ${message}`,
        });
      }
    }
  }
  return problems;
}
