import { definePack } from '@pledge/core/rules';
import { noEmailInAuditLog } from './rules/no-email-in-audit-log/rule.js';

/** A small pack, defined as a security team would: a rule and the sink it needs. */
export const auditPack = definePack({
  name: '@acme/pledge-rules-audit',
  version: '1.0.0',
  coreApi: '^1.0.0',
  rules: [noEmailInAuditLog],
  docsUrl: (id) => `https://github.com/acme/pledge-rules-audit/blob/main/src/rules/${id}/README.md`,
  catalogs: {
    storage: [
      {
        id: 'acme-audit-log',
        label: 'the audit log',
        kind: 'log',
        patterns: [{ modules: ['@acme/audit'], member: 'auditLog.record' }],
        data: 'all',
      },
    ],
  },
});
