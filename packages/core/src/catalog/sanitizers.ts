import type { Sanitizer } from './types.js';

// What turns personal data into something else on its way to a sink. A card number that
// passes `slice(-4)` is the last four digits; one that passes a hash is no longer a number;
// `value.length` or `isValid(value)` carries no data at all.

const STRING_METHODS = ['slice', 'substring', 'substr'] as const;

export const SANITIZERS: readonly Sanitizer[] = [
  ...STRING_METHODS.map((member) => ({
    id: `${member}-last4`,
    patterns: [{ locals: ['*'], globals: ['*'], modules: ['*'], member }],
    effect: 'last4' as const,
    input: 'receiver' as const,
    args: { shape: 'last-n' as const, n: 4 },
  })),
  ...STRING_METHODS.map((member) => ({
    id: `${member}-first6`,
    patterns: [{ locals: ['*'], globals: ['*'], modules: ['*'], member }],
    effect: 'first6' as const,
    input: 'receiver' as const,
    args: { shape: 'first-n' as const, n: 6 },
  })),
  {
    id: 'named-last4',
    patterns: [
      {
        locals: [
          'last4',
          'lastFour',
          'getLast4',
          'getLastFour',
          'toLast4',
          'cardLast4',
          'last4Digits',
        ],
        member: '',
      },
      { modules: ['*'], member: 'last4' },
    ],
    effect: 'last4',
    input: 0,
  },
  {
    id: 'named-mask',
    patterns: [
      {
        locals: [
          'mask*',
          'redact*',
          'obfuscate*',
          'anonymi*',
          'pseudonymi*',
          'scrub*',
          'sanitize*',
        ],
        member: '',
      },
      { modules: ['*'], locals: ['*'], globals: ['*'], member: 'mask*' },
      { modules: ['*'], locals: ['*'], globals: ['*'], member: 'redact*' },
      { modules: ['*'], locals: ['*'], globals: ['*'], member: 'anonymi*' },
      { modules: ['@pledge/policy'], member: 'mask' },
      { modules: ['@pledge/policy'], member: 'maskText' },
    ],
    effect: 'masked',
    input: 0,
  },
  {
    id: 'hash',
    patterns: [
      { modules: ['crypto'], member: 'createHash.().update' },
      { modules: ['crypto'], member: 'createHmac.().update' },
      { modules: ['crypto'], member: 'hash' },
      { modules: ['bcrypt', 'bcryptjs'], member: 'hash' },
      { modules: ['bcrypt', 'bcryptjs'], member: 'hashSync' },
      { modules: ['argon2', '@node-rs/argon2'], member: 'hash' },
      { modules: ['js-sha256', 'js-sha1', 'md5', 'object-hash', 'crypto-js'], member: '' },
      { modules: ['crypto-js'], member: 'SHA256' },
      { modules: ['crypto-js'], member: 'MD5' },
      { modules: ['crypto-js'], member: 'SHA1' },
      { modules: ['crypto-js'], member: 'SHA512' },
      { modules: ['crypto-js'], member: 'HmacSHA256' },
      { modules: ['crypto-js'], member: 'HmacSHA512' },
      // Key derivation: crypto.scryptSync(password, salt, 64), pbkdf2Sync(password, salt, …)
      { modules: ['crypto'], member: 'scrypt' },
      { modules: ['crypto'], member: 'scryptSync' },
      { modules: ['crypto'], member: 'pbkdf2' },
      { modules: ['crypto'], member: 'pbkdf2Sync' },
      // Password hashing outside Node's crypto
      { modules: ['@node-rs/bcrypt', 'bcrypt-ts'], member: 'hash' },
      { modules: ['@node-rs/bcrypt', 'bcrypt-ts'], member: 'hashSync' },
      { modules: ['@node-rs/argon2'], member: 'hashSync' },
      { globals: ['Bun'], member: 'password.hash' },
      { globals: ['Bun'], member: 'password.hashSync' },
      // Digests from small libraries: sha256(data) from @noble/hashes, hash-wasm, ohash
      {
        modules: ['@noble/hashes', 'hash-wasm'],
        member: 'sha256',
      },
      { modules: ['@noble/hashes', 'hash-wasm'], member: 'sha512' },
      { modules: ['@noble/hashes', 'hash-wasm'], member: 'sha1' },
      { modules: ['hash-wasm'], member: 'md5' },
      { modules: ['hash-wasm'], member: 'argon2id' },
      { modules: ['hash-wasm'], member: 'bcrypt' },
      { modules: ['ohash'], member: 'hash' },
      { locals: ['hash*', 'sha256', 'sha1', 'md5', 'digest'], member: '' },
      { globals: ['crypto'], member: 'subtle.digest' },
    ],
    effect: 'hashed',
    input: 0,
  },
  {
    id: 'encrypt',
    patterns: [
      { modules: ['crypto'], member: 'createCipheriv.().update' },
      { modules: ['crypto'], member: 'publicEncrypt' },
      { locals: ['encrypt*', 'seal', 'kms*'], member: '' },
      { modules: ['*'], locals: ['*'], member: 'encrypt' },
      { globals: ['crypto'], member: 'subtle.encrypt' },
      // AWS KMS: client.send(new EncryptCommand({ KeyId, Plaintext }))
      { modules: ['@aws-sdk/client-kms'], member: 'EncryptCommand' },
      // libsodium: crypto_secretbox_easy(message, nonce, key), crypto_box_seal(message, publicKey)
      {
        modules: ['libsodium-wrappers', 'libsodium-wrappers-sumo'],
        member: 'crypto_secretbox_easy',
      },
      { modules: ['libsodium-wrappers', 'libsodium-wrappers-sumo'], member: 'crypto_box_seal' },
      { modules: ['libsodium-wrappers', 'libsodium-wrappers-sumo'], member: 'crypto_box_easy' },
      // iron-session and iron-webcrypto seal: sealData(data, { password })
      { modules: ['iron-session'], member: 'sealData' },
      { modules: ['iron-webcrypto'], member: 'seal' },
      // jose: new EncryptJWT(payload)…encrypt(key), new CompactEncrypt(plaintext)
      { modules: ['jose'], member: 'EncryptJWT' },
      { modules: ['jose'], member: 'CompactEncrypt' },
    ],
    effect: 'encrypted',
    input: 0,
  },
  {
    // React Email renders a component to HTML: what goes in comes out.
    id: 'react-email-render',
    patterns: [
      { modules: ['@react-email/render', '@react-email/components'], member: 'render' },
      { modules: ['@react-email/render', '@react-email/components'], member: 'renderAsync' },
    ],
    effect: 'keep',
    input: 0,
  },
  {
    id: 'predicates',
    patterns: [
      { locals: ['is*', 'has*', 'validate*', 'count*', 'check*', 'can*', 'should*'], member: '' },
      { modules: ['*'], locals: ['*'], globals: ['*'], member: 'is*' },
      { modules: ['*'], locals: ['*'], globals: ['*'], member: 'has*' },
      { modules: ['*'], locals: ['*'], globals: ['*'], member: 'validate*' },
      { modules: ['*'], locals: ['*'], globals: ['*'], member: 'test' },
      { modules: ['*'], locals: ['*'], globals: ['*'], member: 'includes' },
      { modules: ['*'], locals: ['*'], globals: ['*'], member: 'startsWith' },
      { modules: ['*'], locals: ['*'], globals: ['*'], member: 'endsWith' },
      { modules: ['*'], locals: ['*'], globals: ['*'], member: 'indexOf' },
      { modules: ['*'], locals: ['*'], globals: ['*'], member: 'localeCompare' },
      { modules: ['*'], locals: ['*'], globals: ['*'], member: 'match' },
      { modules: ['*'], locals: ['*'], globals: ['*'], member: 'search' },
    ],
    effect: 'clean',
    input: 'receiver',
  },
  {
    // `repo.create({ number })` then `repo.save(entity)`: the entity is what went in.
    id: 'entity-factories',
    patterns: [
      {
        modules: ['typeorm'],
        locals: ['*Repository', '*Repo', 'repository', 'repo', 'manager'],
        member: 'create',
      },
      { modules: ['typeorm'], member: 'getRepository.().create' },
      { modules: ['class-transformer'], member: 'plainToInstance' },
      { modules: ['class-transformer'], member: 'plainToClass' },
    ],
    effect: 'keep',
    input: 'last',
  },
];

/** Calls that pass their input through unchanged (for data-flow purposes). */
export const PASS_THROUGH_METHODS: ReadonlySet<string> = new Set([
  'trim',
  'trimStart',
  'trimEnd',
  'toLowerCase',
  'toUpperCase',
  'toLocaleLowerCase',
  'toLocaleUpperCase',
  'normalize',
  'toString',
  'valueOf',
  'concat',
  'padStart',
  'padEnd',
  'replace',
  'replaceAll',
  'split',
  'join',
  'slice',
  'substring',
  'substr',
  'at',
  'map',
  'filter',
  'flat',
  'flatMap',
  'find',
  'then',
  'toJSON',
  'repeat',
  // `createHash('sha256').update(x).digest('hex')`: the hash sanitiser matched `update`.
  'digest',
]);

/** Global functions that pass their argument through (encoding is not anonymising). */
export const PASS_THROUGH_FUNCTIONS: ReadonlySet<string> = new Set([
  'String',
  'encodeURIComponent',
  'encodeURI',
  'escape',
  'btoa',
  'JSON.stringify',
  'Buffer.from',
  'structuredClone',
  'Object.assign',
  'Object.entries',
  'Object.values',
  'Object.fromEntries',
  'Array.from',
  'Array.of',
  'URLSearchParams',
  'Promise.resolve',
  'Promise.all',
]);
