import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy, parsePolicy } from './load.js';
import {
  citeClause,
  cookieDeclaration,
  isFirstPartyHost,
  isFirstPartyPackage,
  isLoopbackHost,
  matchGlob,
  matchHost,
  mayReceive,
  normalizeHost,
  recipientForEnv,
  recipientForHost,
  recipientForPackage,
  slugify,
} from './queries.js';
import type { Policy } from './schema.js';

const loaded = loadPolicy(join(import.meta.dirname, '../../../apps/demo/pledge.policy.yaml'));
if (!loaded.policy) throw new Error('demo policy must load');
const policy: Policy = loaded.policy;

describe('matchGlob', () => {
  it.each([
    ['_ga*', '_ga', true],
    ['_ga*', '_ga_XYZ123', true],
    ['_ga*', 'x_ga', false],
    ['session_id', 'session_id', true],
    ['session_id', 'session_idx', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['*', '', true],
    ['*a*b*', 'xxaxxbxx', true],
    ['*a*b*', 'xxbxxaxx', false],
    ['@segment/*', '@segment/analytics-next', true],
    ['a.b', 'axb', false],
  ])('%s matches %s: %s', (glob, text, expected) => {
    expect(matchGlob(glob, text)).toBe(expected);
  });

  it('stays linear on a pathological pattern', () => {
    // A backtracking regex would take exponential time here; the two-pointer match does not.
    expect(matchGlob(`${'*a'.repeat(50)}b`, 'a'.repeat(5000))).toBe(false);
  });
});

describe('hosts', () => {
  it.each([
    ['API.Stripe.com', 'api.stripe.com'],
    ['api.stripe.com:443', 'api.stripe.com'],
    ['api.stripe.com.', 'api.stripe.com'],
    ['[::1]:8080', '::1'],
  ])('normalizes %s', (host, expected) => {
    expect(normalizeHost(host)).toBe(expected);
  });

  it('matches subdomain globs but not the apex or look-alikes', () => {
    expect(matchHost('*.example.com', 'a.b.example.com')).toBe(true);
    expect(matchHost('*.example.com', 'example.com')).toBe(false);
    expect(matchHost('*.example.com', 'badexample.com')).toBe(false);
    expect(matchHost('example.com', 'EXAMPLE.com:8443')).toBe(true);
  });

  it.each([
    'localhost',
    'LOCALHOST:3000',
    'app.localhost',
    '127.0.0.1',
    '127.1.2.3',
    '0.0.0.0',
    '::1',
    '[::1]:8080',
    '0:0:0:0:0:0:0:1',
  ])('knows %s is this machine', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each(['localhost.example.com', '128.0.0.1', '10.0.0.1', '::', 'example.com'])(
    'knows %s is not this machine',
    (host) => {
      expect(isLoopbackHost(host)).toBe(false);
    },
  );

  it('knows first-party hosts', () => {
    expect(isFirstPartyHost(policy, 'segment.com')).toBe(true);
    expect(isFirstPartyHost(policy, 'api.segment.io')).toBe(true);
    expect(isFirstPartyHost(policy, 'segment.com.evil.example')).toBe(false);
    expect(isFirstPartyHost(policy, 'api.stripe.com')).toBe(false);
  });

  it('finds the recipient of a host', () => {
    expect(recipientForHost(policy, 'api.stripe.com')?.id).toBe('payment-processor');
    expect(recipientForHost(policy, 'region1.google-analytics.com')?.id).toBe('web-analytics');
    expect(recipientForHost(policy, 'd.adroll.com')?.id).toBe('ad-network');
    expect(recipientForHost(policy, 'api.mixpanel.com')).toBeUndefined();
  });
});

describe('packages', () => {
  it('finds the recipient of a package, deep imports included', () => {
    expect(recipientForPackage(policy, 'stripe')?.id).toBe('payment-processor');
    expect(recipientForPackage(policy, 'stripe/lib/stripe.js')?.id).toBe('payment-processor');
    expect(recipientForPackage(policy, '@stripe/stripe-js/pure')?.id).toBe('payment-processor');
    expect(recipientForPackage(policy, '@aws-sdk/client-s3')?.id).toBe('hosting');
    expect(recipientForPackage(policy, 'stripe-mock')).toBeUndefined();
    expect(recipientForPackage(policy, 'mixpanel')).toBeUndefined();
  });

  it('knows first-party packages', () => {
    expect(isFirstPartyPackage(policy, '@segment-demo/billing')).toBe(true);
    expect(isFirstPartyPackage(policy, '@segment/analytics-next')).toBe(false);
  });
});

describe('recipientForEnv', () => {
  it('finds who a base URL in an environment variable belongs to', () => {
    const { policy: withEnv } = parsePolicy(
      'version: 1\norganization: X\ndocument: { url: https://x.example/p, effective: 2020-01-01 }\nclauses: {}\nfirstParty: { hosts: [x.example], env: [API_URL] }\nthirdParties:\n  - { id: crm, role: crm, env: [CRM_API_URL] }\n',
    );
    if (!withEnv) throw new Error('policy must parse');
    expect(recipientForEnv(withEnv, 'API_URL')).toBe('first-party');
    expect(recipientForEnv(withEnv, 'CRM_API_URL')).toMatchObject({ id: 'crm' });
    expect(recipientForEnv(withEnv, 'OTHER_URL')).toBeUndefined();
  });
});

describe('cookieDeclaration', () => {
  it('finds exact and glob declarations', () => {
    expect(cookieDeclaration(policy, 'session_id')?.duration).toBe('session');
    expect(cookieDeclaration(policy, '_ga_ABC123')?.setBy).toBe('web-analytics');
    expect(cookieDeclaration(policy, '__adroll_fpc')?.setBy).toBe('ad-network');
    expect(cookieDeclaration(policy, 'connect.sid')).toBeUndefined();
    expect(cookieDeclaration(policy, 'session')).toBeUndefined();
  });
});

describe('mayReceive', () => {
  it('lets a parent category cover its children', () => {
    expect(mayReceive(policy, 'email-delivery', 'user.contact.email')).toBe(true);
    expect(mayReceive(policy, 'email-delivery', 'user.name.first')).toBe(true);
    expect(mayReceive(policy, 'email-delivery', 'user.contact.phone_number')).toBe(false);
    expect(mayReceive(policy, 'email-delivery', 'user.contact')).toBe(false);
  });

  it('lets a processor receive card data', () => {
    expect(mayReceive(policy, 'payment-processor', 'user.financial.card.number')).toBe(true);
    expect(mayReceive(policy, 'payment-processor', 'user.financial.card.security_code')).toBe(true);
    expect(mayReceive(policy, 'email-delivery', 'user.financial.card.number')).toBe(false);
  });

  it('gives an ad network declared with no categories nothing personal', () => {
    expect(mayReceive(policy, 'ad-network', 'user.contact.email')).toBe(false);
    expect(mayReceive(policy, 'ad-network', 'user.device.ip_address')).toBe(false);
  });

  it('knows no undeclared recipient', () => {
    expect(mayReceive(policy, 'nobody', 'user.contact.email')).toBe(false);
  });
});

describe('citeClause', () => {
  it('links a clause into the human policy', () => {
    expect(citeClause(policy, 'purchase-information')).toEqual({
      id: 'purchase-information',
      section: 'Purchase Information',
      summary:
        'Full credit card information is never collected or stored; the last four digits may be, for verification.',
      url: 'https://segment.com/docs/legal/privacy-2016/#purchase-information',
    });
    expect(citeClause(policy, 'disclosure-service-providers')?.url).toBe(
      'https://segment.com/docs/legal/privacy-2016/#disclosure-to-third-parties',
    );
    expect(citeClause(policy, 'nope')).toBeUndefined();
    expect(citeClause(policy, undefined)).toBeUndefined();
  });

  it('slugifies like GitHub', () => {
    expect(slugify('Behavioral Targeting / Re-targeting')).toBe(
      'behavioral-targeting--re-targeting',
    );
    expect(slugify('Questions?')).toBe('questions');
  });
});
