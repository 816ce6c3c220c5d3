import { afterAll, aroundEach } from 'vitest';
import {
  createPledgeGuard,
  PledgeViolationError,
  type GuardedRequest,
  type PledgeGuard,
  type PledgeGuardOptions,
} from './guard.js';
import { installPledgeMatchers } from './matchers.js';
import { setPledgePolicy } from './policy.js';

let installed: PledgeGuard | undefined;

/** The guard {@link installPledgeGuard} (or the `pledge()` plugin) installed for this test file. */
export function getPledgeGuard(): PledgeGuard | undefined {
  return installed;
}

/** The installed guard; throws with a how-to when none is installed. */
export function getPledgeGuardOrThrow(): PledgeGuard {
  if (installed) return installed;
  throw new Error(
    'Pledge: no guard is installed. Add the `pledge()` plugin to your vitest config or call `installPledgeGuard()` in a setup file.',
  );
}

/**
 * Installs the guard for the tests of the current file (call it in a vitest setup file, or at
 * the top of a test file). It intercepts `fetch`, node `http`/`https` and `XMLHttpRequest` now;
 * around each test it records that test's requests and, in `enforce` mode, fails the test that
 * made a request the policy does not allow; after the file it restores every patched global.
 * It also registers the matchers and makes the guard's policy their default.
 */
export function installPledgeGuard(options: PledgeGuardOptions = {}): PledgeGuard {
  const guard = createPledgeGuard(options);
  guard.apply();
  installed = guard;
  setPledgePolicy(guard.policy);
  installPledgeMatchers();

  aroundEach(async (runTest, context) => {
    const requests = await guard.scope(runTest);
    if (guard.mode !== 'enforce') return;
    // A blocked request already rejected in the client; when the test failed with that very
    // error, do not report it twice.
    const reported = new Set((context.task.result?.errors ?? []).map((e) => e.message));
    const pending = requests.filter(
      (r) => r.violations.length > 0 && !reported.has(r.message ?? ''),
    );
    if (pending.length > 0) throw new PledgeViolationError(pending);
  });

  afterAll(() => {
    guard.dispose();
    if (installed === guard) installed = undefined;
    const outside: readonly GuardedRequest[] = guard.unscopedRequests();
    if (guard.mode === 'enforce') {
      guard.check(outside);
      return;
    }
    const report = guard.report();
    if (report !== '')
      console.warn(`Pledge (record mode) saw requests that break the policy:\n\n${report}`);
  });

  return guard;
}
