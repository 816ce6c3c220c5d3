// The run-time guard of @pledge/vitest in every test file, with the third parties' APIs
// answered locally (./doubles.ts): nothing leaves the machine.
import { installPledgeGuard } from '@pledge/vitest';
import { respond } from './doubles.js';

installPledgeGuard({ policy: './pledge.policy.yaml', respond });
