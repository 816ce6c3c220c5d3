import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

// Rule packs as a security team writes them, for the config and `--pack` tests: modules in a
// temporary project that import `@pledge/core/rules`, which the project has "installed" (a
// link to this workspace's package, as pnpm makes one).

/** Links `node_modules/@pledge/core` in a temporary project to the workspace's package. */
export function linkCore(root: string): void {
  mkdirSync(join(root, 'node_modules/@pledge'), { recursive: true });
  symlinkSync(
    join(import.meta.dirname, '../../core'),
    join(root, 'node_modules/@pledge/core'),
    'dir',
  );
}

/**
 * A pack made by `definePack` with one rule, `no-flagged-call` (a warning): it reports calls
 * to the functions its `names` option lists (`debugHook` by default), citing its `reason`.
 */
export const FLAGGED_CALL_PACK = `import { definePack, defineRule } from '@pledge/core/rules';

export const noFlaggedCall = defineRule({
  id: 'no-flagged-call',
  meta: {
    description: 'Disallow calls to functions the team has flagged',
    messages: { flagged: 'Call to \`{{name}}\` is flagged ({{reason}}); remove it.' },
    recommended: true,
    severity: 'warning',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        names: { type: 'array', items: { type: 'string' }, description: 'Function names to flag.' },
        reason: { type: 'string', description: 'Why they are flagged.' },
      },
    },
  },
  defaultOptions: { names: ['debugHook'], reason: 'no reason given' },
  create(context) {
    return {
      syntax: {
        CallExpression(node) {
          const callee = node.expression;
          if (context.ts.isIdentifier(callee) && context.options.names.includes(callee.text))
            context.report({ messageId: 'flagged', node, data: { name: callee.text, reason: context.options.reason } });
        },
      },
    };
  },
});

export default definePack({
  name: '@acme/pledge-rules-flags',
  version: '1.0.0',
  coreApi: '^1.0.0',
  rules: [noFlaggedCall],
});
`;

/** Code with one call of each kind `no-flagged-call` looks for: `debugHook()` on line 3, `track()` on line 4. */
export const FLAGGED_CALLS_SOURCE = `declare function debugHook(): void;
declare function track(event: string): void;
debugHook();
track('signup');
`;

/**
 * A pack with no rules of its own that teaches the engine a cookie API: `setCookie(name, value)`
 * from the `acme-cookies` package. The core rule `no-undeclared-cookie` then checks its calls.
 */
export const COOKIE_CATALOG_PACK = `import { definePack } from '@pledge/core/rules';

export default definePack({
  name: '@acme/pledge-rules-cookies',
  version: '1.0.0',
  coreApi: '^1.0.0',
  rules: [],
  catalogs: {
    cookies: [
      {
        id: 'acme-set-cookie',
        label: 'setCookie()',
        patterns: [{ modules: ['acme-cookies'], member: 'setCookie' }],
        name: { kind: 'argument', arg: 0 },
      },
    ],
  },
});
`;

/** Sets an undeclared cookie through `acme-cookies` (line 4). */
export const ACME_COOKIE_SOURCE = `import { setCookie } from 'acme-cookies';

export function remember(visitor: string): void {
  setCookie('acme_visitor', visitor);
}
`;

/**
 * A pack installed as a package (`node_modules/acme-pack`), written out by hand in the shape
 * \`definePack\` returns, with no imports: packages in \`node_modules\` are loaded by Node itself,
 * which would take \`@pledge/core\`'s build rather than the source under test. Its rule
 * \`no-debugger-statement\` reports \`debugger;\` as an error.
 */
export const INSTALLED_PACK = `const noDebugger = {
  kind: 'pledge-rule',
  id: 'no-debugger-statement',
  meta: {
    description: 'Disallow debugger statements',
    recommended: true,
    severity: 'error',
    messages: { debugger: 'Remove the \`debugger\` statement.' },
  },
  defaultOptions: {},
  create(context) {
    return { syntax: { DebuggerStatement(node) { context.report({ messageId: 'debugger', node }); } } };
  },
};

export default {
  meta: { name: 'acme-pack', version: '2.0.0', namespace: 'acme' },
  rules: {},
  configs: {},
  pledge: {
    kind: 'pledge-pack',
    name: 'acme-pack',
    version: '2.0.0',
    namespace: 'acme',
    coreApi: '^1.0.0',
    rules: [noDebugger],
    catalogs: {},
  },
};
`;

/** The files of `acme-pack` as installed under a project's `node_modules`. */
export const INSTALLED_PACK_FILES: Readonly<Record<string, string>> = {
  'node_modules/acme-pack/package.json': JSON.stringify({
    name: 'acme-pack',
    version: '2.0.0',
    type: 'module',
    exports: { '.': './index.js' },
  }),
  'node_modules/acme-pack/index.js': INSTALLED_PACK,
};
