import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ts, type ResolutionHostFactory } from 'ts-morph';

// A monorepo's packages import each other by name (`@acme/lib/analytics`), and TypeScript finds
// them through the `node_modules` links the package manager made. A repository scanned in CI
// before (or without) `install` has none, and every such import would be a dead end: the
// analytics client, the Prisma subclass, the logging helper of a sibling package would not be
// followed. The scanner reads the workspace's package list (pnpm-workspace.yaml, or
// `workspaces` in package.json) and resolves a package's name to its folder when TypeScript's
// own resolution finds nothing.

/** A package of the workspace: its name and folder. */
export interface WorkspacePackage {
  name: string;
  dir: string;
  /** The entry points its package.json names (`types`, `main`, `module`, `exports['.']`). */
  entries: string[];
}

const MAX_PACKAGES = 2_000;

/** The packages of the workspace rooted at `root` (empty when it is not a workspace). */
export function workspacePackages(root: string): WorkspacePackage[] {
  const patterns = workspacePatterns(root);
  const packages: WorkspacePackage[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    for (const dir of expand(root, pattern)) {
      if (seen.has(dir) || packages.length >= MAX_PACKAGES) continue;
      seen.add(dir);
      const manifest = readJson(join(dir, 'package.json'));
      const name = manifest?.['name'];
      if (!manifest || typeof name !== 'string') continue;
      packages.push({ name, dir, entries: entriesOf(manifest) });
    }
  }
  return packages;
}

/** `packages/*`, `apps/**`: the globs a workspace lists. */
function workspacePatterns(root: string): string[] {
  const patterns: string[] = [];
  const pnpm = join(root, 'pnpm-workspace.yaml');
  if (existsSync(pnpm)) {
    // The `packages:` list: `  - 'packages/*'` lines, until the next top-level key.
    let inPackages = false;
    for (const line of readFileSync(pnpm, 'utf8').split(/\r?\n/)) {
      if (/^packages\s*:/.test(line)) inPackages = true;
      else if (/^\S/.test(line)) inPackages = false;
      else if (inPackages) {
        const match = /^\s*-\s*['"]?([^'"#]+?)['"]?\s*(#.*)?$/.exec(line);
        if (match?.[1] && !match[1].startsWith('!')) patterns.push(match[1].trim());
      }
    }
  }
  const manifest = readJson(join(root, 'package.json'));
  const workspaces = manifest?.['workspaces'];
  const list = Array.isArray(workspaces)
    ? workspaces
    : workspaces && typeof workspaces === 'object'
      ? (workspaces as { packages?: unknown }).packages
      : undefined;
  if (Array.isArray(list))
    for (const item of list)
      if (typeof item === 'string' && !item.startsWith('!')) patterns.push(item);
  return patterns;
}

/** The folders a workspace glob names: `dir`, `dir/*`, `dir/**` (two levels). */
function expand(root: string, pattern: string): string[] {
  const clean = pattern.replace(/\/+$/, '').replace(/^\.\//, '');
  const star = clean.indexOf('*');
  if (star === -1) return [resolve(root, clean)];
  const base = resolve(root, clean.slice(0, star).replace(/\/$/, ''));
  const deep = clean.slice(star).startsWith('**');
  const out: string[] = [];
  const list = (dir: string, depth: number): void => {
    for (const child of subdirectories(dir)) {
      out.push(child);
      if (deep && depth < 1) list(child, depth + 1);
    }
  };
  list(base, 0);
  return out;
}

function subdirectories(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.'))
      .map((e) => join(dir, e.name))
      .sort();
  } catch {
    return [];
  }
}

function readJson(path: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function entriesOf(manifest: Record<string, unknown>): string[] {
  const entries: string[] = [];
  const add = (value: unknown): void => {
    if (typeof value === 'string') entries.push(value);
    else if (value && typeof value === 'object')
      for (const key of ['types', 'import', 'default', 'require', 'node'])
        add((value as Record<string, unknown>)[key]);
  };
  const exports = manifest['exports'];
  if (typeof exports === 'string') add(exports);
  else if (exports && typeof exports === 'object') {
    const record = exports as Record<string, unknown>;
    add('.' in record ? record['.'] : record);
  }
  add(manifest['types']);
  add(manifest['typings']);
  add(manifest['module']);
  add(manifest['main']);
  return entries;
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const EXTENSIONS: readonly (readonly [string, ts.Extension])[] = [
  ['.tsx', ts.Extension.Tsx],
  ['.mts', ts.Extension.Mts],
  ['.cts', ts.Extension.Cts],
  ['.ts', ts.Extension.Ts],
  ['.jsx', ts.Extension.Jsx],
  ['.mjs', ts.Extension.Mjs],
  ['.cjs', ts.Extension.Cjs],
  ['.js', ts.Extension.Js],
];

/** The source file a path names, trying TypeScript's extensions and `index` files. */
function sourceFileAt(path: string): string | undefined {
  const candidates = [
    path,
    ...SOURCE_EXTENSIONS.map((ext) => path + ext),
    ...SOURCE_EXTENSIONS.map((ext) => join(path, `index${ext}`)),
    // A built entry (`dist/index.js`) of a package that was never built: its source.
    ...SOURCE_EXTENSIONS.map(
      (ext) =>
        path.replace(/(^|\/)(dist|build|lib|out)\//, '$1src/').replace(/\.(d\.ts|[cm]?js)$/, '') +
        ext,
    ),
  ];
  for (const candidate of candidates) {
    try {
      if (statSync(candidate).isFile() && !candidate.endsWith('.d.ts')) return candidate;
    } catch {
      // not there
    }
  }
  return undefined;
}

/** Where an import of a workspace package points: `@acme/lib/analytics` → `packages/lib/…`. */
export function resolveWorkspaceImport(
  specifier: string,
  packages: readonly WorkspacePackage[],
): string | undefined {
  for (const pkg of packages) {
    if (specifier !== pkg.name && !specifier.startsWith(`${pkg.name}/`)) continue;
    const subpath = specifier.slice(pkg.name.length + 1);
    if (subpath === '') {
      for (const entry of [...pkg.entries, 'src/index', 'index']) {
        const found = sourceFileAt(join(pkg.dir, entry));
        if (found) return found;
      }
      return undefined;
    }
    return sourceFileAt(join(pkg.dir, subpath)) ?? sourceFileAt(join(pkg.dir, 'src', subpath));
  }
  return undefined;
}

/**
 * A ts-morph resolution host: TypeScript's resolution first; an import it cannot resolve that
 * names a workspace package is resolved to the package's source.
 */
export function workspaceResolutionHost(
  packages: readonly WorkspacePackage[],
): ResolutionHostFactory {
  return (host, getCompilerOptions) => ({
    resolveModuleNames: (moduleNames, containingFile) => {
      const options = getCompilerOptions();
      return moduleNames.map((name) => {
        const resolved = ts.resolveModuleName(name, containingFile, options, host).resolvedModule;
        if (resolved || packages.length === 0 || name.startsWith('.')) return resolved;
        const file = resolveWorkspaceImport(name, packages);
        if (!file) return undefined;
        return {
          resolvedFileName: file,
          extension: EXTENSIONS.find(([ext]) => file.endsWith(ext))?.[1] ?? ts.Extension.Ts,
          isExternalLibraryImport: false,
        };
      });
    },
  });
}
