import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pledge } from '../src/index.js';

const fixture = join(import.meta.dirname, 'fixtures/guarded');

type ConfigHook = (config: { root?: string }) => {
  test: { setupFiles: string[]; provide: Record<string, unknown> };
};

function configOf(plugin: ReturnType<typeof pledge>): ReturnType<ConfigHook> {
  return (plugin.config as unknown as ConfigHook)({ root: fixture });
}

describe('pledge()', () => {
  it('adds its setup file and provides the policy it found above the root', () => {
    const config = configOf(
      pledge({ mode: 'record', forward: { 'api.mail.example': 'http://127.0.0.1:4010' } }),
    );
    expect(config).toEqual({
      test: {
        setupFiles: [join(import.meta.dirname, '../src/setup.ts')],
        provide: {
          pledge: {
            policy: join(fixture, 'pledge.policy.yaml'),
            mode: 'record',
            forward: { 'api.mail.example': 'http://127.0.0.1:4010' },
          },
        },
      },
    });
  });

  it('fails the run with diagnostics when the policy file is invalid', () => {
    expect(() => configOf(pledge({ policy: 'vitest.config.ts' }))).toThrow(
      /^Pledge: the policy .*vitest\.config\.ts is not valid:\n/,
    );
  });

  it('fails the run when there is no policy file', () => {
    expect(() => configOf(pledge({ policy: 'missing.policy.yaml' }))).toThrow(
      'the policy file does not exist',
    );
  });
});
