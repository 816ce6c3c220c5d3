import type { CallPattern, CatalogExtension } from '@pledge/core/rules';

// Log writers the built-in storage catalog lacks (it has `console`, the common logger modules
// with `logger`/`log`/`*Logger`/`this.logger` roots, and `debug`). Entries of kind `log` apply
// to every rule of a run that loads the pack: `no-full-card-storage` sees card data in these
// logs too.

/** Level methods every logger has. */
const LEVELS = ['info', 'warn', 'error', 'debug', 'trace', 'fatal'] as const;

/** Level methods of some loggers only: consola, signale, winston's syslog levels, log4js, tslog. */
const EXTRA_LEVELS = [
  'success',
  'fail',
  'notice',
  'warning',
  'crit',
  'critical',
  'alert',
  'emerg',
  'ready',
  'box',
  'mark',
] as const;

/** Modules whose logger objects have those extra levels. */
const EXTRA_LEVEL_MODULES = ['consola', 'signale', 'winston', 'log4js', 'tslog'] as const;

/** Roots of a logger a framework hangs on its request, reply, app or context objects, any name. */
const ANY_ROOT = { modules: ['*'], globals: ['*'], locals: ['*'] } as const;

const frameworkLogger = (holder: string): CallPattern[] =>
  [...LEVELS, 'log', 'verbose', 'silly', 'http', 'child'].map((method) => ({
    ...ANY_ROOT,
    member: `${holder}.${method}`,
  }));

/** The catalog entries `no-pii-in-logs` adds to the engine (every rule of a run that loads the pack sees them). */
export const catalog: CatalogExtension = {
  storage: [
    {
      // Fastify's `request.log` / `reply.log` / `fastify.log`, pino-http's `req.log`, Koa's and
      // Hono's `ctx.log`, Egg's `ctx.logger`, a service's `this.deps.logger`: a logger reached
      // as a property, whatever holds it.
      id: 'framework-logger',
      label: 'the request logger',
      kind: 'log',
      patterns: [...frameworkLogger('log'), ...frameworkLogger('logger')],
      data: 'all',
    },
    {
      id: 'logger-extra-levels',
      label: 'the logger',
      kind: 'log',
      patterns: EXTRA_LEVELS.map((method) => ({
        modules: EXTRA_LEVEL_MODULES,
        locals: ['logger', 'log', '*Logger', 'this.logger'],
        member: method,
      })),
      data: 'all',
    },
    {
      id: 'console-extra',
      label: 'console',
      kind: 'log',
      patterns: ['table', 'group', 'groupCollapsed'].map((method) => ({
        globals: ['console'],
        member: method,
      })),
      data: 'all',
    },
  ],
};
