// The ESLint configurations the bench compares, by id. Every one lints the same files with the
// same parser (`@typescript-eslint/parser`, Pledge's `FILES` globs): only the rules differ, so
// a ratio over the floor is what the rules cost. Peers are loaded lazily: a peer that does not
// load with this ESLint is reported with the reason, not hidden. Nothing of Pledge is imported
// unless the configuration has Pledge's rules: the floor's process must not pay for loading it.
import tsParser from '@typescript-eslint/parser';

/** The first-party packs: with the core rules, every Pledge rule. */
export const PACK_NAMES = ['@pledge/rules-security', '@pledge/rules-web', '@pledge/rules-mailing'];

async function pledgeConfigs(settings, withPacks) {
  const pledge = (await import('@pledge/eslint-plugin')).default;
  const packs = withPacks
    ? await Promise.all(PACK_NAMES.map(async (name) => (await import(name)).default))
    : [];
  return [pledge.configs.recommended, ...packs.map((p) => p.configs.recommended)].map((c) => ({
    ...c,
    settings,
  }));
}

/** What each configuration id measures, for the table. */
export const CONFIGS = {
  floor: 'ESLint + @typescript-eslint/parser, no rules (floor)',
  pledge: '+ pledge.configs.recommended',
  'pledge-packs': '+ pledge, security, web, mailing recommended',
  'typed-floor': 'typed floor (projectService, no rules)',
  'typed-pledge': 'typed: + pledge, security, web, mailing',
  'peer:security': 'eslint-plugin-security recommended, alone',
  'peer:sdl': '@microsoft/eslint-plugin-sdl recommended, alone',
  'peer:no-secrets': 'eslint-plugin-no-secrets, alone',
  'peer:pii': 'eslint-plugin-pii recommended, alone',
};

/** The peers, by id. */
export const PEERS = ['security', 'sdl', 'no-secrets', 'pii'];

const off = { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' };

async function peer(name) {
  switch (name) {
    case 'security':
      return [(await import('eslint-plugin-security')).default.configs.recommended];
    case 'sdl':
      return (await import('@microsoft/eslint-plugin-sdl')).default.configs.recommended;
    case 'no-secrets': {
      const plugin = (await import('eslint-plugin-no-secrets')).default;
      return [{ plugins: { 'no-secrets': plugin }, rules: { 'no-secrets/no-secrets': 'error' } }];
    }
    case 'pii': {
      // A pre-flat-config plugin: its config names the plugin by string.
      const plugin = (await import('eslint-plugin-pii')).default;
      return [{ plugins: { pii: plugin }, rules: plugin.configs.recommended.rules }];
    }
    default:
      throw new Error(`unknown peer ${name}`);
  }
}

/**
 * The flat config of `id` for a corpus at `root` checked against `policy`, on the files that
 * match `files` (Pledge's `FILES` globs, given by the parent so the floor does not load Pledge).
 */
export async function buildConfig(id, { root, policy, files }) {
  const typed = id.startsWith('typed-');
  const base = {
    files,
    languageOptions: {
      parser: tsParser,
      ...(typed ? { parserOptions: { projectService: true, tsconfigRootDir: root } } : {}),
    },
    linterOptions: off,
  };
  const settings = { pledge: { policy } };
  const restrict = (config) => ({ ...config, files });
  let rules = [];
  if (id === 'pledge') rules = await pledgeConfigs(settings, false);
  else if (id === 'pledge-packs' || id === 'typed-pledge')
    rules = await pledgeConfigs(settings, true);
  else if (id.startsWith('peer:')) rules = await peer(id.slice('peer:'.length));
  else if (id !== 'floor' && id !== 'typed-floor') throw new Error(`unknown config ${id}`);
  // The base comes last: whatever a config sets, every row parses with the same parser.
  return [...rules.map(restrict), base];
}
