import type { EntityDecorators, SchemaDefinition, StorageSink } from './types.js';

// Where data comes to rest. Each entry names the import it is reached through; `locals` are
// the fallback for code that gets the client as an untyped parameter (`(db) => db.insert()`).

const ORM_LOCALS = ['prisma', 'db', 'database', 'tx', 'trx', 'client'] as const;
/** Mongoose's write methods, on a model (`User.create(doc)`, `User.updateOne(filter, update)`). */
const MONGOOSE_WRITES = [
  'create',
  'insertMany',
  'updateOne',
  'updateMany',
  'findOneAndUpdate',
  'findByIdAndUpdate',
  'replaceOne',
] as const;
/** Sequelize's static write methods on a model class or a `define()`d model. */
const SEQUELIZE_WRITES = ['create', 'bulkCreate', 'update', 'upsert'] as const;
/** MikroORM's packages: the core and the driver packages that re-export `EntityManager`. */
const MIKRO_ORM_MODULES = [
  '@mikro-orm/core',
  '@mikro-orm/postgresql',
  '@mikro-orm/mysql',
  '@mikro-orm/mariadb',
  '@mikro-orm/sqlite',
  '@mikro-orm/libsql',
  '@mikro-orm/mongodb',
  '@mikro-orm/mssql',
] as const;

/** Logging libraries whose `info()`, `warn()`, ... write a line. */
const LOGGER_MODULES = [
  'pino',
  'winston',
  'bunyan',
  'loglevel',
  'log4js',
  'consola',
  '@nestjs/common',
  'signale',
  'roarr',
  'tslog',
  'electron-log',
  '@logtape/logtape',
  'npmlog',
] as const;

export const STORAGE_SINKS: readonly StorageSink[] = [
  {
    id: 'prisma',
    label: 'Prisma',
    kind: 'database',
    patterns: [
      ...[
        'create',
        'createMany',
        'createManyAndReturn',
        'update',
        'updateMany',
        'updateManyAndReturn',
        'upsert',
      ].map((method) => ({
        modules: ['@prisma/client'],
        locals: ORM_LOCALS,
        member: `*.${method}`,
      })),
    ],
    // `where` is a lookup, not a write: only `data` (or upsert's `create`/`update`) is stored.
    data: [
      { arg: 0, prop: 'data', orWhole: true },
      { arg: 0, prop: 'create' },
      { arg: 0, prop: 'update' },
    ],
  },
  {
    id: 'typeorm',
    label: 'TypeORM',
    kind: 'database',
    patterns: [
      ...['save', 'insert', 'update', 'upsert'].map((method) => ({
        modules: ['typeorm'],
        locals: ['*Repository', '*Repo', 'repository', 'repo', 'manager', 'entityManager'],
        member: method,
      })),
      { modules: ['typeorm'], member: 'getRepository.().save' },
      { modules: ['typeorm'], member: 'getRepository.().insert' },
      // Query builder: dataSource.createQueryBuilder().insert().into(Payment).values({...})
      //                dataSource.createQueryBuilder().update(Payment).set({...})
      { modules: ['typeorm'], member: 'into.().values' },
      { modules: ['typeorm'], member: 'update.().set' },
    ],
    data: [{ arg: 0 }, { arg: 1 }],
  },
  {
    id: 'sequelize',
    label: 'Sequelize',
    kind: 'database',
    patterns: [
      { modules: ['sequelize', 'sequelize-typescript'], member: 'define.().create' },
      { modules: ['sequelize', 'sequelize-typescript'], member: 'define.().bulkCreate' },
      { modules: ['sequelize', 'sequelize-typescript'], member: 'define.().update' },
      { modules: ['sequelize', 'sequelize-typescript'], member: 'define.().upsert' },
      { modules: ['sequelize', 'sequelize-typescript'], member: 'models.*.create' },
      // class User extends Model {} … User.create({ email }): the class is qualified by its base.
      ...SEQUELIZE_WRITES.map((method) => ({
        modules: ['sequelize', 'sequelize-typescript'],
        member: `Model.${method}`,
      })),
      // NestJS: @InjectModel(User) private userModel: typeof User … this.userModel.create(dto);
      // `typeof User` names no package, so the field's name is the fallback.
      ...SEQUELIZE_WRITES.map((method) => ({
        modules: ['@nestjs/sequelize'],
        locals: ['*Model', 'this.*Model'],
        member: method,
      })),
    ],
    data: [{ arg: 0 }],
  },
  {
    id: 'mongoose',
    label: 'Mongoose',
    kind: 'database',
    patterns: [
      ...[
        'create',
        'insertMany',
        'updateOne',
        'updateMany',
        'findOneAndUpdate',
        'findByIdAndUpdate',
        'replaceOne',
      ].map((method) => ({ modules: ['mongoose'], member: `model.().${method}` })),
      // `const Card = model('Card', schema); new Card({ ... }).save()`: the document is built
      // by calling the model, whose qualified name is `model.()`.
      { modules: ['mongoose'], member: 'model.()' },
      // NestJS: @InjectModel(User.name) private userModel: Model<User> … this.userModel.create(dto)
      ...MONGOOSE_WRITES.map((method) => ({ modules: ['mongoose'], member: `Model.().${method}` })),
      { modules: ['mongoose'], member: 'Model.()' },
      // Typegoose: const UserModel = getModelForClass(User); UserModel.create({ email })
      ...MONGOOSE_WRITES.map((method) => ({
        modules: ['@typegoose/typegoose'],
        member: `getModelForClass.().${method}`,
      })),
    ],
    data: [{ arg: 0 }, { arg: 1 }],
  },
  {
    id: 'mongodb',
    label: 'MongoDB',
    kind: 'database',
    patterns: [
      'insertOne',
      'insertMany',
      'updateOne',
      'updateMany',
      'replaceOne',
      'findOneAndUpdate',
    ].map((method) => ({ modules: ['mongodb'], member: `collection.().${method}` })),
    data: [{ arg: 0 }, { arg: 1 }],
  },
  {
    id: 'drizzle',
    label: 'Drizzle',
    kind: 'database',
    patterns: [
      {
        modules: [
          'drizzle-orm',
          'drizzle-orm/node-postgres',
          'drizzle-orm/better-sqlite3',
          'drizzle-orm/postgres-js',
          'drizzle-orm/mysql2',
          'drizzle-orm/libsql',
          'drizzle-orm/neon-http',
        ],
        locals: ORM_LOCALS,
        member: 'insert.().values',
      },
      {
        modules: [
          'drizzle-orm',
          'drizzle-orm/node-postgres',
          'drizzle-orm/better-sqlite3',
          'drizzle-orm/postgres-js',
          'drizzle-orm/mysql2',
          'drizzle-orm/libsql',
          'drizzle-orm/neon-http',
        ],
        locals: ORM_LOCALS,
        member: 'update.().set',
      },
    ],
    data: [{ arg: 0 }],
  },
  {
    // new Kysely<DB>({ dialect }).insertInto('users').values({ email }).execute()
    id: 'kysely',
    label: 'Kysely',
    kind: 'database',
    patterns: [
      { modules: ['kysely'], locals: ORM_LOCALS, member: 'insertInto.().values' },
      { modules: ['kysely'], locals: ORM_LOCALS, member: 'replaceInto.().values' },
      { modules: ['kysely'], locals: ORM_LOCALS, member: 'updateTable.().set' },
      { modules: ['kysely'], locals: ORM_LOCALS, member: 'mergeInto.().*.().thenUpdateSet' },
    ],
    data: [{ arg: 0 }],
  },
  {
    // Supabase: createClient(url, key).from('users').insert({ email })
    id: 'supabase',
    label: 'Supabase',
    kind: 'database',
    patterns: ['insert', 'upsert', 'update'].map((method) => ({
      modules: ['@supabase/supabase-js', '@supabase/ssr', '@supabase/auth-helpers-nextjs'],
      locals: ['supabase', 'supabaseAdmin', 'client'],
      member: `from.().${method}`,
    })),
    data: [{ arg: 0 }],
  },
  {
    // Firestore: setDoc(doc(db, 'users', id), data), addDoc(collection(db, 'users'), data)
    id: 'firestore',
    label: 'Firestore',
    kind: 'database',
    patterns: ['setDoc', 'addDoc', 'updateDoc'].map((member) => ({
      modules: ['firebase/firestore', 'firebase/firestore/lite'],
      member,
    })),
    data: [{ arg: 1 }],
  },
  {
    // Admin SDK: getFirestore().collection('users').doc(id).set(data), collection(...).add(data)
    id: 'firestore-admin',
    label: 'Firestore',
    kind: 'database',
    patterns: [
      ...['set', 'update', 'create'].map((method) => ({
        modules: ['firebase-admin', '@google-cloud/firestore'],
        member: `collection.().doc.().${method}`,
      })),
      { modules: ['firebase-admin', '@google-cloud/firestore'], member: 'collection.().add' },
      ...['set', 'update', 'create'].map((method) => ({
        modules: ['firebase-admin', '@google-cloud/firestore'],
        member: `doc.().${method}`,
      })),
    ],
    data: [{ arg: 0 }],
  },
  {
    id: 'knex',
    label: 'Knex',
    kind: 'database',
    patterns: [
      { modules: ['knex'], locals: ['knex', 'db', 'trx'], member: '().insert' },
      { modules: ['knex'], locals: ['knex', 'db', 'trx'], member: '().update' },
      { modules: ['knex'], locals: ['knex', 'db', 'trx'], member: '().where.().update' },
      { modules: ['knex'], member: '().().insert' },
    ],
    data: [{ arg: 0 }],
  },
  {
    id: 'mikro-orm',
    label: 'MikroORM',
    kind: 'database',
    patterns: [
      ...[
        'persist',
        'persistAndFlush',
        'create',
        'insert',
        'insertMany',
        'nativeInsert',
        'nativeUpdate',
        'upsert',
        'upsertMany',
        'assign',
        'em.persist',
        'em.create',
      ].map((member) => ({
        modules: MIKRO_ORM_MODULES,
        locals: ['em', 'orm', 'this.em', 'entityManager'],
        member,
      })),
    ],
    data: [{ arg: 0 }, { arg: 1 }],
  },
  {
    id: 'sql',
    label: 'SQL',
    kind: 'database',
    patterns: [
      {
        modules: [
          'pg',
          'mysql',
          'mysql2',
          'mysql2/promise',
          'postgres',
          '@neondatabase/serverless',
        ],
        locals: ['db', 'pool', 'client', 'conn', 'connection', 'sql'],
        member: 'query',
      },
      {
        modules: ['pg', 'mysql2', 'mysql2/promise'],
        locals: ['db', 'pool', 'client', 'conn', 'connection'],
        member: 'execute',
      },
      {
        modules: ['better-sqlite3', 'sqlite', 'sqlite3'],
        locals: ['db', 'database', 'sqlite'],
        member: 'prepare.().run',
      },
      {
        modules: ['better-sqlite3', 'sqlite', 'sqlite3'],
        locals: ['db', 'database', 'sqlite'],
        member: 'run',
      },
      {
        modules: ['better-sqlite3', 'sqlite', 'sqlite3'],
        locals: ['db', 'database', 'sqlite'],
        member: 'exec',
      },
      { modules: ['node:sqlite'], member: 'prepare.().run' },
      // The raw-SQL escape hatches of ORMs and query builders.
      {
        modules: ['typeorm'],
        locals: ['dataSource', 'manager', 'entityManager', 'queryRunner'],
        member: 'query',
      },
      { modules: ['sequelize', 'sequelize-typescript'], locals: ['sequelize'], member: 'query' },
      { modules: ['knex'], locals: ['knex', 'trx'], member: 'raw' },
      { modules: ['@prisma/client'], locals: ['prisma', 'tx'], member: '$executeRawUnsafe' },
      { modules: ['@prisma/client'], locals: ['prisma', 'tx'], member: '$queryRawUnsafe' },
      // Tagged templates: prisma.$executeRaw`…`, postgres.js sql`…`, @vercel/postgres sql`…`
      { modules: ['@prisma/client'], locals: ['prisma', 'db', 'tx'], member: '$executeRaw' },
      { modules: ['@prisma/client'], locals: ['prisma', 'db', 'tx'], member: '$queryRaw' },
      { modules: ['postgres'], member: '()' },
      { modules: ['@vercel/postgres', 'slonik', '@neondatabase/serverless'], member: 'sql' },
      { modules: ['@neondatabase/serverless'], member: 'neon.()' },
      // Drizzle and Kysely tagged templates: db.execute(sql`INSERT …`), sql`UPDATE …`.execute(db)
      { modules: ['drizzle-orm', 'kysely'], member: 'sql' },
      { modules: ['drizzle-orm', 'kysely'], member: 'sql.raw' },
      // MikroORM: em.execute('insert into …', params), em.getConnection().execute(…)
      { modules: MIKRO_ORM_MODULES, locals: ['em', 'this.em', 'orm'], member: 'execute' },
      { modules: MIKRO_ORM_MODULES, member: 'getConnection.().execute' },
      // PlanetScale serverless: connect(config).execute(sql, params)
      {
        modules: ['@planetscale/database'],
        locals: ['conn', 'connection', 'db'],
        member: 'execute',
      },
      // pg-promise: pgp(cn).none(sql, values), db.one(…), db.any(…)
      ...['none', 'one', 'oneOrNone', 'many', 'manyOrNone', 'any', 'result', 'query'].map(
        (member) => ({ modules: ['pg-promise'], locals: ['db', 't', 'tx'], member }),
      ),
      // mssql: pool.request().input('email', v).query(sql), sql.query(…)
      { modules: ['mssql'], member: 'query' },
      { modules: ['mssql'], member: 'request.().query' },
      { modules: ['mssql'], member: 'request.().*.().query' },
      // oracledb: connection.execute(sql, binds)
      { modules: ['oracledb'], locals: ['connection', 'conn', 'db'], member: 'execute' },
      // PGlite: new PGlite().query(sql, params), exec(sql)
      { modules: ['@electric-sql/pglite'], locals: ['db', 'pg'], member: 'query' },
      { modules: ['@electric-sql/pglite'], locals: ['db', 'pg'], member: 'exec' },
    ],
    data: 'all',
    sql: { arg: 0 },
  },
  {
    // libSQL / Turso: client.execute({ sql, args }) or execute(sql)
    id: 'libsql',
    label: 'SQL',
    kind: 'database',
    patterns: [
      { modules: ['@libsql/client'], locals: ['client', 'db', 'turso'], member: 'execute' },
      { modules: ['@libsql/client'], locals: ['client', 'db', 'turso'], member: 'batch' },
    ],
    data: 'all',
    sql: { arg: 0, prop: 'sql', orWhole: true },
  },
  {
    id: 'redis',
    label: 'Redis',
    kind: 'cache',
    patterns: [
      ...[
        'set',
        'setEx',
        'setex',
        'hSet',
        'hset',
        'hmset',
        'lPush',
        'lpush',
        'rPush',
        'rpush',
        'sAdd',
        'sadd',
        'append',
        'xAdd',
        'xadd',
        'json.set',
      ].map((method) => ({
        modules: ['redis', 'ioredis', '@redis/client', '@upstash/redis', '@vercel/kv'],
        locals: ['redis', 'redisClient', 'cache', 'kv'],
        member: method,
      })),
    ],
    data: 'all',
  },
  {
    // unstorage, and Nitro's auto-imported useStorage(): useStorage('data').setItem(key, value)
    id: 'unstorage',
    label: 'unstorage',
    kind: 'cache',
    patterns: [
      { modules: ['unstorage'], member: 'createStorage.().setItem' },
      { modules: ['unstorage'], locals: ['storage'], member: 'setItem' },
      { globals: ['useStorage'], member: '().setItem' },
    ],
    data: [{ arg: 1 }],
  },
  {
    id: 'cache',
    label: 'cache',
    kind: 'cache',
    patterns: [
      {
        modules: ['lru-cache', 'node-cache', 'keyv', 'cache-manager', '@isaacs/ttlcache'],
        locals: ['cache', '*Cache'],
        member: 'set',
      },
    ],
    data: [{ arg: 1 }],
  },
  {
    id: 'fs',
    label: 'the file system',
    kind: 'file',
    patterns: [
      ...['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync'].map((method) => ({
        modules: ['fs', 'fs/promises'],
        member: method,
      })),
      { modules: ['fs', 'fs/promises'], member: 'promises.writeFile' },
      { modules: ['fs', 'fs/promises'], member: 'promises.appendFile' },
      { modules: ['fs'], member: 'createWriteStream.().write' },
      { modules: ['fs-extra'], member: 'outputFile' },
      { modules: ['fs-extra'], member: 'writeJson' },
      { modules: ['fs-extra'], member: 'outputJson' },
      { modules: ['fs-extra'], member: 'writeFile' },
    ],
    data: [{ arg: 1 }, { arg: 0 }],
  },
  {
    id: 'web-storage',
    label: 'browser storage',
    kind: 'browser-storage',
    patterns: [{ globals: ['localStorage', 'sessionStorage'], member: 'setItem' }],
    data: [{ arg: 1 }],
  },
  {
    // localForage: localforage.setItem(key, value)
    id: 'localforage',
    label: 'localForage',
    kind: 'browser-storage',
    patterns: [
      { modules: ['localforage'], member: 'setItem' },
      { modules: ['localforage'], member: 'createInstance.().setItem' },
    ],
    data: [{ arg: 1 }],
  },
  {
    // React Native and Capacitor device storage
    id: 'device-storage',
    label: 'device storage',
    kind: 'browser-storage',
    patterns: [
      // AsyncStorage.setItem(key, value), SecureStore.setItemAsync(key, value)
      { modules: ['@react-native-async-storage/async-storage'], member: 'setItem' },
      { modules: ['@react-native-async-storage/async-storage'], member: 'mergeItem' },
      { modules: ['expo-secure-store'], member: 'setItemAsync' },
      { modules: ['expo-secure-store'], member: 'setItem' },
      // new MMKV().set(key, value)
      { modules: ['react-native-mmkv'], member: 'MMKV.().set' },
      { modules: ['react-native-mmkv'], member: 'createMMKV.().set' },
    ],
    data: [{ arg: 1 }],
  },
  {
    // Capacitor: Preferences.set({ key, value })
    id: 'capacitor-preferences',
    label: 'Capacitor Preferences',
    kind: 'browser-storage',
    patterns: [{ modules: ['@capacitor/preferences'], member: 'Preferences.set' }],
    data: [{ arg: 0, prop: 'value', orWhole: true }],
  },
  {
    id: 'indexeddb',
    label: 'IndexedDB',
    kind: 'browser-storage',
    patterns: [
      { modules: ['idb', 'idb-keyval'], member: 'set' },
      { modules: ['idb'], member: 'openDB.().put' },
      { modules: ['idb'], member: 'openDB.().add' },
      { modules: ['dexie'], locals: ['db'], member: '*.add' },
      { modules: ['dexie'], locals: ['db'], member: '*.put' },
      { modules: ['dexie'], locals: ['db'], member: 'table.().add' },
      { modules: ['dexie'], locals: ['db'], member: 'table.().put' },
      { globals: ['indexedDB'], locals: ['store', 'objectStore'], member: 'put' },
      { globals: ['indexedDB'], locals: ['store', 'objectStore'], member: 'add' },
      { globals: ['indexedDB'], member: 'objectStore.().put' },
      { globals: ['indexedDB'], member: 'objectStore.().add' },
    ],
    data: [{ arg: 0 }, { arg: 1 }],
  },
  {
    id: 'console',
    label: 'console',
    kind: 'log',
    patterns: ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir'].map((method) => ({
      globals: ['console'],
      member: method,
    })),
    data: 'all',
  },
  {
    id: 'logger',
    label: 'the logger',
    kind: 'log',
    patterns: [
      ...[
        'info',
        'warn',
        'error',
        'debug',
        'trace',
        'fatal',
        'log',
        'verbose',
        'silly',
        'http',
      ].map((method) => ({
        modules: LOGGER_MODULES,
        locals: ['logger', 'log', '*Logger', 'this.logger'],
        member: method,
      })),
      // pino/bunyan/winston child loggers carry their bindings into every line:
      // logger.child({ email }).info('signed in')
      {
        modules: LOGGER_MODULES,
        locals: ['logger', 'log', '*Logger', 'this.logger'],
        member: 'child',
      },
    ],
    data: 'all',
  },
  {
    // debug: const log = debug('app:auth'); log('signed in %s', email)
    id: 'debug',
    label: 'debug()',
    kind: 'log',
    patterns: [{ modules: ['debug'], member: '()' }],
    data: 'all',
  },
];

/** Raw-SQL statements that write a column: `INSERT INTO t (a, card_number)`, `UPDATE t SET card_number =`. */
export const SQL_WRITE_KEYWORDS = ['insert', 'update', 'replace', 'upsert', 'merge'] as const;

export const SCHEMA_DEFINITIONS: readonly SchemaDefinition[] = [
  {
    id: 'mongoose-schema',
    label: 'Mongoose schema',
    patterns: [{ modules: ['mongoose'], member: 'Schema' }],
    fields: { arg: 0 },
  },
  {
    id: 'sequelize-define',
    label: 'Sequelize model',
    patterns: [
      { modules: ['sequelize', 'sequelize-typescript'], locals: ['sequelize'], member: 'define' },
    ],
    fields: { arg: 1 },
  },
  {
    id: 'sequelize-init',
    label: 'Sequelize model',
    patterns: [{ modules: ['sequelize'], member: 'init' }],
    fields: { arg: 0 },
  },
  {
    id: 'drizzle-table',
    label: 'Drizzle table',
    patterns: ['pgTable', 'mysqlTable', 'sqliteTable'].map((member) => ({
      modules: ['drizzle-orm/pg-core', 'drizzle-orm/mysql-core', 'drizzle-orm/sqlite-core'],
      member,
    })),
    fields: { arg: 1 },
  },
  {
    id: 'knex-schema',
    label: 'Knex migration',
    patterns: [{ modules: ['knex'], locals: ['knex', 'table', 't'], member: 'string' }],
    fields: { arg: 0 },
  },
];

export const ENTITY_DECORATORS: readonly EntityDecorators[] = [
  {
    id: 'typeorm-entity',
    label: 'TypeORM entity',
    modules: ['typeorm'],
    classDecorators: ['Entity', 'ViewEntity'],
    fieldDecorators: ['Column', 'PrimaryColumn'],
  },
  {
    id: 'mikro-orm-entity',
    label: 'MikroORM entity',
    modules: ['@mikro-orm/core'],
    classDecorators: ['Entity'],
    fieldDecorators: ['Property'],
  },
  {
    id: 'sequelize-typescript-table',
    label: 'Sequelize model',
    modules: ['sequelize-typescript'],
    classDecorators: ['Table'],
    fieldDecorators: ['Column'],
  },
  {
    id: 'typegoose-model',
    label: 'Typegoose model',
    modules: ['@typegoose/typegoose'],
    classDecorators: ['modelOptions'],
    fieldDecorators: ['prop'],
  },
  {
    id: 'nestjs-mongoose-schema',
    label: 'Mongoose schema',
    modules: ['@nestjs/mongoose'],
    classDecorators: ['Schema'],
    fieldDecorators: ['Prop'],
  },
];
