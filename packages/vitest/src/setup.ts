// The setup file the `pledge()` plugin adds: installs the guard with the plugin's options.
import { inject } from 'vitest';
import { installPledgeGuard } from './install.js';
import { PROVIDE_KEY } from './plugin.js';

installPledgeGuard(inject(PROVIDE_KEY));
