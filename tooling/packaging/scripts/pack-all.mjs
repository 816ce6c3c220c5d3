#!/usr/bin/env node
// Writes an installable tarball of every public workspace package (`pnpm pack`, which turns
// `workspace:` and `catalog:` specifiers into versions npm understands) into a folder:
// `dist-packs/` at the repository root by default, or `--out DIR`. Build first (`pnpm build`);
// `pnpm pack:all` at the root does both.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = resolve(values.out ?? join(ROOT, 'dist-packs'));
mkdirSync(out, { recursive: true });

const pnpm = ['--yes', 'pnpm@12.21.0'];
const written = [];
for (const group of ['packages', 'rules']) {
  const base = join(ROOT, group);
  if (!existsSync(base)) continue;
  for (const name of readdirSync(base).sort()) {
    const dir = join(base, name);
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    if (pkg.private) continue;
    if (pkg.scripts?.build && !existsSync(join(dir, 'dist'))) {
      console.error(`${pkg.name} has no dist/: run \`pnpm build\` first (\`pnpm pack:all\` does).`);
      process.exit(1);
    }
    const printed = execFileSync('npx', [...pnpm, 'pack', '--pack-destination', out], {
      cwd: dir,
      encoding: 'utf8',
    });
    const tarball = printed.trim().split('\n').at(-1);
    written.push({ name: pkg.name, tarball });
  }
}
for (const { name, tarball } of written) console.log(`${name}\t${tarball}`);
