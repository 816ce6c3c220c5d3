import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../src/cli.js';
import { checkCheckout, formatProblem, listRepos, loadRepo } from '../src/data.js';
import { ALL_RULES } from '../src/run.js';

// Every committed repository folder (repos/<name>/) must load: repo.json, the policy (with
// zero errors from @pledge/policy) and labels.yaml. The labelled paths and lines are checked
// against the checkouts too when PLEDGE_EVAL_REPOS points at them (CI has none: no network).
// The fixture repository is always among the cases, so the loop never runs over nothing,
// whether repos/ holds no folder yet or many.

const FIXTURES = join(import.meta.dirname, 'fixtures');
const checkouts = process.env.PLEDGE_EVAL_REPOS;

interface Case {
  name: string;
  dir: string;
  /** The checkout to check the labels against, when there is one. */
  checkout: string | undefined;
}

const committed: Case[] = listRepos(DATA_DIR).map((name) => {
  const checkout = checkouts ? join(checkouts, name) : undefined;
  return {
    name,
    dir: join(DATA_DIR, name),
    checkout: checkout !== undefined && existsSync(checkout) ? checkout : undefined,
  };
});
const cases: Case[] = [
  ...committed,
  {
    name: 'tiny',
    dir: join(FIXTURES, 'repos', 'tiny'),
    checkout: join(FIXTURES, 'checkouts', 'tiny'),
  },
];

describe('the evaluation data', () => {
  it('has cases to check: every folder under repos/, and the fixture', () => {
    expect(cases.length).toBe(committed.length + 1);
    expect(cases.length).toBeGreaterThan(0);
    expect(committed.map((c) => c.name)).toEqual(listRepos(DATA_DIR));
  });

  describe.each(cases)('$name', ({ name, dir }) => {
    it('loads: repo.json, a policy with no errors, labels.yaml', () => {
      const { data, problems } = loadRepo(dir, name, ALL_RULES);
      expect(problems.map(formatProblem)).toEqual([]);
      expect(data?.meta.name).toBe(name);
    });

  });

  // Only what is here is checked: the fixture always, and the committed repositories when
  // PLEDGE_EVAL_REPOS points at their checkouts (`pnpm eval` checks them on every run too).
  const present = cases.filter((c) => c.checkout !== undefined);
  it.each(present.map((c) => [c.name, c] as const))(
    '%s fits its checkout: labelled files and lines exist',
    (name, { dir, checkout }) => {
      const { data } = loadRepo(dir, name, ALL_RULES);
      if (!data || checkout === undefined) throw new Error(`${name}: the data does not load`);
      expect(checkCheckout(data, checkout).map(formatProblem)).toEqual([]);
    },
  );
});
