import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

// What each tarball ships, as npm would install it: a manifest npm understands, every file
// its `exports` and `bin` name, no tests, fixtures or source maps pointing at sources left
// behind, and documentation whose relative links stay inside the package.

const packs = inject('packs');
const tarballs = readdirSync(packs)
  .filter((file) => file.endsWith('.tgz'))
  .sort();

interface Manifest {
  name: string;
  bin?: string | Record<string, string>;
  exports?: unknown;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** The targets of an `exports` map, minus the monorepo's own `@pledge/source` condition. */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  if (exports === null || typeof exports !== 'object') return [];
  return Object.entries(exports).flatMap(([key, value]) =>
    key === '@pledge/source' ? [] : exportTargets(value),
  );
}

describe.each(tarballs)('%s', (tarball) => {
  const file = join(packs, tarball);
  const files = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.startsWith('package/') && !line.endsWith('/'))
    .map((line) => line.slice('package/'.length));
  const read = (path: string): string =>
    execFileSync('tar', ['-xzOf', file, `package/${path}`], { encoding: 'utf8' });
  const manifest = JSON.parse(read('package.json')) as Manifest;

  it('has a manifest npm can install: no workspace: or catalog: specifiers', () => {
    const specifiers = { ...manifest.dependencies, ...manifest.peerDependencies };
    expect(
      Object.entries(specifiers).filter(([, range]) => /^(workspace|catalog):/.test(range)),
    ).toEqual([]);
    expect(files).toContain('README.md');
  });

  it('ships every file its exports and bin name', () => {
    const bins =
      typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
    const named = [...exportTargets(manifest.exports), ...bins].map((p) => posix.normalize(p));
    expect(named.filter((path) => !files.includes(path))).toEqual([]);
  });

  it('ships no tests, fixtures or source maps', () => {
    expect(
      files.filter(
        (path) =>
          /(^|\/)(fixtures|__tests__|test)\//.test(path) ||
          /\.(test|spec)\.[cm]?[jt]sx?$/.test(path) ||
          path.endsWith('.map'),
      ),
    ).toEqual([]);
  });

  it('links its documentation inside the package, or to absolute URLs', () => {
    const broken = files
      .filter((path) => path.endsWith('.md'))
      .flatMap((path) =>
        [
          ...read(path)
            .replace(/```[\s\S]*?```/g, '')
            .matchAll(/\]\(([^)\s]+)\)/g),
        ]
          .map((match) => match[1] ?? '')
          .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
          .map((target) => posix.normalize(posix.join(dirname(path), target.replace(/#.*$/, ''))))
          .filter(
            (target) => !files.includes(target) && !files.some((f) => f.startsWith(`${target}/`)),
          )
          .map((target) => `${path} → ${target}`),
      );
    expect(broken).toEqual([]);
  });
});

it('packs every public package', () => {
  expect(tarballs.length).toBeGreaterThanOrEqual(10);
});
