import type { CallPattern, CatalogExtension, StorageSink } from '@pledge/core/rules';

// Browser and device storage the engine's built-in catalog lacks, as `browser-storage` sinks.
// The built-in ones (`localStorage`/`sessionStorage.setItem`, localForage, idb, idb-keyval,
// Dexie, raw IndexedDB, AsyncStorage, MMKV, Capacitor Preferences) are the engine's own.
// Encrypting stores (secure-ls, react-native-encrypted-storage) are deliberately absent: what
// they keep is not in clear.

/**
 * React hooks that keep a state in `localStorage` or `sessionStorage`:
 * `const [email, setEmail] = useLocalStorage('email', '')`. The names are the libraries'
 * (usehooks-ts, @uidotdev/usehooks, react-use, @mantine/hooks, ahooks, @react-hookz/web) and
 * the projects' own hooks of the same name.
 */
export const STORAGE_HOOKS = [
  'useLocalStorage',
  'useSessionStorage',
  'useLocalStorageState',
  'useSessionStorageState',
  'useLocalStorageValue',
  'useSessionStorageValue',
] as const;

/** Hooks taking one options object, `{ key, defaultValue }` (Mantine's). */
const OBJECT_HOOK_MODULES = ['@mantine/hooks'] as const;

/** A hook's call and its setter (the second element of the returned pair), wherever it is defined. */
function hookPatterns(suffix: string): CallPattern[] {
  return STORAGE_HOOKS.flatMap((hook) => [
    // Imported from a package (`usehooks-ts`, `@acme/ui`): root module, member the hook.
    { modules: ['*'], member: `${hook}${suffix}` },
    // A project hook imported by relative path or defined in the file: the root is the hook.
    { locals: [hook], member: suffix.replace(/^\./, '') },
  ]);
}

const HOOKS: StorageSink[] = [
  {
    // Mantine: useLocalStorage({ key: 'user', defaultValue: user }) — before the generic hooks.
    id: 'storage-hook-options',
    label: 'a storage hook',
    kind: 'browser-storage',
    patterns: STORAGE_HOOKS.flatMap((hook) => [{ modules: OBJECT_HOOK_MODULES, member: hook }]),
    data: [{ arg: 0, prop: 'defaultValue' }],
  },
  {
    // const [user, setUser] = useLocalStorage('user', initialUser)
    id: 'storage-hook',
    label: 'a storage hook',
    kind: 'browser-storage',
    patterns: hookPatterns(''),
    data: [{ arg: 1 }],
  },
  {
    // setUser(user): the setter the hook returned writes its argument to storage.
    id: 'storage-hook-setter',
    label: 'a storage hook',
    kind: 'browser-storage',
    patterns: hookPatterns('.().1'),
    data: [{ arg: 0 }],
  },
];

export const CLIENT_STORAGE_SINKS: StorageSink[] = [
  ...HOOKS,
  {
    // store2: store('user', user), store.set(k, v), store.session(k, v), store.local.set(k, v)
    id: 'store2',
    label: 'store2',
    kind: 'browser-storage',
    patterns: [
      '',
      'set',
      'session',
      'local',
      'session.set',
      'local.set',
      'add',
      'session.add',
      'local.add',
    ].map((member) => ({ modules: ['store2'], member })),
    data: [{ arg: 1 }],
  },
  {
    // store.js: store.set('user', user)
    id: 'storejs',
    label: 'store.js',
    kind: 'browser-storage',
    patterns: ['set', 'assign'].map((member) => ({
      modules: ['store', 'store/dist/store.modern', 'store/dist/store.legacy'],
      member,
    })),
    data: [{ arg: 1 }],
  },
  {
    // Ionic Storage and Capacitor's former Storage plugin
    id: 'ionic-storage',
    label: 'Ionic Storage',
    kind: 'browser-storage',
    patterns: [
      { modules: ['@ionic/storage', '@ionic/storage-angular'], member: 'Storage.().set' },
      { modules: ['@ionic/storage', '@ionic/storage-angular'], member: 'create.().set' },
    ],
    data: [{ arg: 1 }],
  },
  {
    id: 'capacitor-storage',
    label: 'Capacitor Storage',
    kind: 'browser-storage',
    patterns: [{ modules: ['@capacitor/storage'], member: 'Storage.set' }],
    data: [{ arg: 0, prop: 'value', orWhole: true }],
  },
  {
    // AsyncStorage.multiSet([['user', JSON.stringify(user)]])
    id: 'async-storage-multi',
    label: 'device storage',
    kind: 'browser-storage',
    patterns: [
      { modules: ['@react-native-async-storage/async-storage'], member: 'multiSet' },
      { modules: ['@react-native-async-storage/async-storage'], member: 'multiMerge' },
    ],
    data: [{ arg: 0 }],
  },
  {
    // idb: db.transaction('users', 'readwrite').objectStore('users').put(user), tx.store.put(user)
    // Raw IndexedDB: a database from `indexedDB.open()`'s request, held in a `db` variable.
    id: 'indexeddb-transactions',
    label: 'IndexedDB',
    kind: 'browser-storage',
    patterns: [
      ...['put', 'add'].flatMap((method) => [
        { modules: ['idb'], member: `objectStore.().${method}` },
        { modules: ['idb'], member: `store.${method}` },
        {
          globals: ['indexedDB', 'IDBDatabase', 'IDBTransaction'],
          locals: ['db', 'database', 'idb', '*Db', '*DB', 'this.db', 'tx', 'transaction'],
          member: `objectStore.().${method}`,
        },
        // A typed object store: (store: IDBObjectStore) => store.put(user)
        { globals: ['IDBObjectStore'], member: method },
      ]),
    ],
    data: [{ arg: 0 }],
  },
  {
    // Dexie: db.users.bulkPut(users), db.users.update(id, { email })
    id: 'dexie-writes',
    label: 'IndexedDB',
    kind: 'browser-storage',
    patterns: [
      { modules: ['dexie'], locals: ['db'], member: '*.bulkPut' },
      { modules: ['dexie'], locals: ['db'], member: '*.bulkAdd' },
    ],
    data: [{ arg: 0 }],
  },
  {
    id: 'dexie-update',
    label: 'IndexedDB',
    kind: 'browser-storage',
    patterns: [{ modules: ['dexie'], member: '*.update' }],
    data: [{ arg: 1 }],
  },
];

/** The catalog entries `no-pii-in-client-storage` adds to the engine (every rule of a run that loads the pack sees them). */
export const catalog: CatalogExtension = { storage: CLIENT_STORAGE_SINKS };
