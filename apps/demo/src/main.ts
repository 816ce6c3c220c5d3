// `pnpm --filter @pledge/demo start`: migrates and seeds the database, then serves the site.
import { createApp, createDeps } from './app.js';
import { loadConfig } from './config.js';
import { seed } from './db/seed.js';
import { logger } from './logger.js';

const config = loadConfig();
const deps = createDeps(config);
const added = await seed(deps.db);
if (added > 0) logger.info('seeded', { users: added });
createApp(deps).listen(config.port, 'localhost', () => {
  logger.info('listening', { url: config.appUrl });
});
