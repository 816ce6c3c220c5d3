import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The documentation holds together: the index lists every page and every rule's docs page,
// and every relative link in the docs and the root README points at a file that exists.

const DOCS = fileURLToPath(new URL('..', import.meta.url));
const ROOT = resolve(DOCS, '..');
const pages = readdirSync(DOCS)
  .filter((file) => file.endsWith('.md'))
  .sort();
const index = readFileSync(join(DOCS, 'README.md'), 'utf8');

/** Rule docs pages: `<package>/src/rules/<id>/README.md` of the core and of every pack. */
function ruleReadmes(): string[] {
  const roots = [
    join(ROOT, 'packages/core/src/rules'),
    ...readdirSync(join(ROOT, 'rules')).map((pack) => join(ROOT, 'rules', pack, 'src/rules')),
  ];
  return roots.flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'README.md')))
          .map((entry) => join(dir, entry.name, 'README.md'))
      : [],
  );
}

/** The relative link targets of a Markdown file (no URLs, no in-page anchors). */
function relativeLinks(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
    .map((target) => target.replace(/#.*$/, ''));
}

describe('docs/README.md', () => {
  it('lists every page of docs/', () => {
    const listed = relativeLinks(join(DOCS, 'README.md'));
    expect(pages.filter((page) => page !== 'README.md' && !listed.includes(page))).toEqual([]);
  });

  it("lists every rule's docs page", () => {
    const listed = new Set(relativeLinks(join(DOCS, 'README.md')).map((l) => resolve(DOCS, l)));
    expect(ruleReadmes().filter((readme) => !listed.has(readme))).toEqual([]);
    expect(index).toContain('no-pii-in-logs');
  });
});

describe('relative links', () => {
  const files = [...pages.map((page) => join(DOCS, page)), join(ROOT, 'README.md')];
  it.each(files.map((file) => [file.slice(ROOT.length + 1), file]))('%s', (_name, file) => {
    // Links that leave the repository (the design notes beside a clone) are not its to check.
    const broken = relativeLinks(file)
      .map((target) => resolve(dirname(file), decodeURIComponent(target)))
      .filter((path) => path.startsWith(`${ROOT}/`) && !existsSync(path));
    expect(broken).toEqual([]);
  });
});
