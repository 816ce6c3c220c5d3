import { RuleTester } from '@pledge/rule-tester';
import { fileURLToPath } from 'node:url';
import pack from '../../index.js';
import { noPiiInClientStorage } from './rule.js';

const policy = fileURLToPath(new URL('../../../test/policy.yaml', import.meta.url));

const lines = (...code: string[]) => code.join('\n');

new RuleTester({ policy, pack }).run('no-pii-in-client-storage', noPiiInClientStorage, {
  valid: [
    {
      name: 'a flag, under a harmless key',
      code: "sessionStorage.setItem('onboardingDone', 'true');",
    },
    {
      name: 'theme, locale and sidebar state',
      code: lines(
        "type Theme = 'light' | 'dark';",
        'export function savePreferences(theme: Theme, locale: string, collapsed: boolean) {',
        "  localStorage.setItem('theme', theme);",
        "  localStorage.setItem('locale', locale);",
        "  window.localStorage.setItem('sidebar-collapsed', collapsed ? 'true' : 'false');",
        '}',
      ),
    },
    {
      name: 'a user id kept to restore the session (pseudonymous, ignored by default)',
      code: lines(
        'declare const session: { user: { id: string } };',
        "localStorage.setItem('userId', session.user.id);",
      ),
    },
    {
      name: 'a hashed email address',
      code: lines(
        "import { createHash } from 'node:crypto';",
        'export function rememberVisitor(email: string) {',
        "  const digest = createHash('sha256').update(email).digest('hex');",
        "  localStorage.setItem('visitor', digest);",
        '}',
      ),
    },
    {
      name: 'an encrypted blob (crypto-js AES)',
      code: lines(
        "import CryptoJS from 'crypto-js';",
        'declare const profile: { email: string; phone: string };',
        'declare const secret: string;',
        'const sealed = CryptoJS.AES.encrypt(JSON.stringify({ email: profile.email }), secret).toString();',
        "localStorage.setItem('profile', sealed);",
      ),
    },
    {
      name: 'secure-ls encrypts what it keeps',
      code: lines(
        "import SecureLS from 'secure-ls';",
        'const ls = new SecureLS({ encodingType: "aes" });',
        'export function remember(email: string) {',
        "  ls.set('email', email);",
        '}',
      ),
    },
    {
      name: 'expo-secure-store keeps values in the Keychain',
      code: lines(
        "import * as SecureStore from 'expo-secure-store';",
        'export async function rememberLogin(email: string) {',
        "  await SecureStore.setItemAsync('email', email);",
        '}',
      ),
    },
    {
      name: 'removing and reading are not writes',
      code: lines(
        'export function signOut() {',
        "  localStorage.removeItem('email');",
        "  const last = localStorage.getItem('email');",
        '  return last;',
        '}',
      ),
    },
    {
      name: 'a cookie is another rule',
      code: lines(
        "import Cookies from 'js-cookie';",
        'declare const user: { email: string };',
        "Cookies.set('last_email', user.email);",
      ),
    },
    {
      name: 'an access token (a security question, not personal data; ignored by default)',
      code: lines(
        'export function onLogin(accessToken: string, refreshToken: string) {',
        "  localStorage.setItem('access_token', accessToken);",
        "  localStorage.setItem('refresh_token', refreshToken);",
        '}',
      ),
    },
    {
      name: 'a key that mentions email, with a timestamp',
      code: "localStorage.setItem('emailVerificationDialogLastShown', Date.now().toString());",
    },
    {
      name: 'a key that names personal data, with a constant',
      code: lines(
        "const LOGGED_IN_WITH = 'Email';",
        "localStorage.setItem('lastLoginEmail', LOGGED_IN_WITH);",
        "localStorage.setItem('email', '');",
      ),
    },
    {
      name: 'a key that says the value is hashed',
      code: lines(
        'declare function digestOf(value: string): Promise<string>;',
        'export async function remember(address: string) {',
        "  localStorage.setItem('emailHash', await digestOf(address));",
        '}',
      ),
    },
    {
      name: 'table layout under a workspace key',
      code: lines(
        'type ColumnOrder = string[];',
        'export function persistColumns(workspaceId: string, columnOrder: ColumnOrder) {',
        '  localStorage.setItem(`${workspaceId}-columnOrder`, JSON.stringify(columnOrder));',
        '}',
      ),
    },
    {
      name: 'a storage hook holding UI state',
      code: lines(
        "import { useLocalStorage } from 'usehooks-ts';",
        'export function useSidebar() {',
        "  const [open, setOpen] = useLocalStorage('sidebar-open', true);",
        '  return { open, toggle: () => setOpen((value) => !value) };',
        '}',
      ),
    },
    {
      name: 'a storage hook with an email key, cleared',
      code: lines(
        "import { useLocalStorage } from 'usehooks-ts';",
        'export function useRememberedEmail() {',
        "  const [email, setEmail] = useLocalStorage('email', '');",
        "  return { email, forget: () => setEmail('') };",
        '}',
      ),
    },
    {
      name: 'a user id, through the options still ignored; a name, ignored through the options',
      code: lines(
        'declare const user: { id: string; name: string };',
        "localStorage.setItem('displayName', user.name);",
      ),
      options: { ignoreCategories: ['user.unique_id', 'user.name*'] },
    },
    {
      name: 'recent searches (browsing and search history are ignored by default)',
      code: lines(
        "const RECENT_SEARCHES_KEY = 'recentSearches';",
        'type RecentSearch = { query: string; at: number };',
        'export const setRecentSearches = (recents: RecentSearch[]) => {',
        '  localStorage.setItem(RECENT_SEARCHES_KEY, JSON.stringify(recents));',
        '};',
      ),
    },
    {
      name: 'a zustand store persisting only UI state (partialize)',
      code: lines(
        "import { create } from 'zustand';",
        "import { persist } from 'zustand/middleware';",
        'interface AuthState {',
        '  email: string;',
        "  theme: 'light' | 'dark';",
        '  setEmail: (email: string) => void;',
        '}',
        'export const useAuthStore = create<AuthState>()(',
        '  persist(',
        "    (set) => ({ email: '', theme: 'light', setEmail: (email) => set({ email }) }),",
        "    { name: 'auth', partialize: (state) => ({ theme: state.theme }) },",
        '  ),',
        ');',
      ),
    },
    {
      name: 'keys not checked, through the options',
      code: lines(
        'declare const input: { value: string };',
        "localStorage.setItem('userEmail', input.value);",
      ),
      options: { checkKeys: false },
    },
    {
      name: 'a local object named localStorage is not the browser storage',
      code: lines(
        'const localStorage = new Map<string, string>();',
        'declare const user: { email: string };',
        "localStorage.set('email', user.email);",
      ),
    },
    {
      name: 'server-side storage is another rule',
      code: lines(
        "import Redis from 'ioredis';",
        'const redis = new Redis();',
        'declare const user: { email: string };',
        "await redis.set('user:email', user.email);",
      ),
    },
  ],
  invalid: [
    {
      name: 'an email address under its own key',
      code: lines(
        'declare const user: { email: string };',
        "localStorage.setItem('email', user.email);",
      ),
      errors: [{ messageId: 'personalData', line: 2 }],
    },
    {
      name: 'the key names the data whatever the value is called',
      code: lines(
        'declare const input: { value: string };',
        "localStorage.setItem('userEmail', input.value);",
      ),
      errors: [
        {
          messageId: 'personalDataByKey',
          line: 2,
          data: { key: 'userEmail', sink: 'browser storage' },
        },
      ],
    },
    {
      name: 'card data in the checkout session',
      code: lines(
        'export function saveCheckout(cardNumber: string, cvc: string) {',
        "  sessionStorage.setItem('checkout', JSON.stringify({ cardNumber, cvc }));",
        '}',
      ),
      errors: [{ messageId: 'personalData', line: 2 }],
    },
    {
      name: 'a profile in idb-keyval',
      code: lines(
        "import { set } from 'idb-keyval';",
        'declare const form: { phone: string };',
        "await set('profile', { phone: form.phone });",
      ),
      errors: [{ messageId: 'personalData', line: 3, data: { sink: 'IndexedDB' } }],
    },
    {
      name: 'Dexie table put',
      code: lines(
        "import Dexie, { type Table } from 'dexie';",
        'class AppDB extends Dexie { users!: Table<{ email: string }>; }',
        "export const db = new AppDB('app');",
        'export async function cache(email: string) {',
        '  await db.users.put({ email });',
        '}',
      ),
      errors: [{ messageId: 'personalData', line: 5 }],
    },
    {
      name: 'localForage',
      code: lines(
        "import localforage from 'localforage';",
        'export async function rememberMe(me: { fullName: string }) {',
        "  await localforage.setItem('me', { fullName: me.fullName });",
        '}',
      ),
      errors: [{ messageId: 'personalData', line: 3, data: { sink: 'localForage' } }],
    },
    {
      name: 'a property write',
      code: lines('declare const form: { email: string };', 'localStorage.email = form.email;'),
      errors: [{ messageId: 'personalData', line: 2 }],
    },
    {
      name: 'an element write with a key',
      code: lines(
        'declare const input: { value: string };',
        "window.localStorage['phoneNumber'] = input.value;",
      ),
      errors: [{ messageId: 'personalDataByKey', line: 2 }],
    },
    {
      name: 'a password IS reported',
      code: lines(
        'export function rememberCredentials(username: string, password: string) {',
        "  localStorage.setItem('login', JSON.stringify({ username, password }));",
        '}',
      ),
      errors: [{ messageId: 'personalData', line: 2 }],
    },
    {
      name: 'a storage hook setter',
      code: lines(
        "import { useLocalStorage } from 'usehooks-ts';",
        'declare const session: { user: { email: string } };',
        'export function useLastEmail() {',
        "  const [last, setLast] = useLocalStorage<string | null>('last-user', null);",
        '  return { last, remember: () => setLast(session.user.email) };',
        '}',
      ),
      errors: [{ messageId: 'personalData', line: 5, data: { sink: 'a storage hook' } }],
    },
    {
      name: 'a storage hook whose key names the data, set from an input',
      code: lines(
        "import { useLocalStorage } from '@uidotdev/usehooks';",
        'export function useRememberedEmail() {',
        "  const [email, setEmail] = useLocalStorage('rememberedEmail', '');",
        '  return { email, onChange: (event: { target: { value: string } }) => setEmail(event.target.value) };',
        '}',
      ),
      errors: [{ messageId: 'personalDataByKey', line: 4 }],
    },
    {
      name: 'a storage hook with an initial value',
      code: lines(
        "import { useSessionStorage } from 'react-use';",
        'declare const user: { email: string };',
        'export function useDraft() {',
        "  return useSessionStorage('draft-contact', { email: user.email });",
        '}',
      ),
      errors: [{ messageId: 'personalData', line: 4 }],
    },
    {
      name: 'Mantine hook options',
      code: lines(
        "import { useLocalStorage } from '@mantine/hooks';",
        'declare const account: { phoneNumber: string };',
        'export function usePhone() {',
        "  return useLocalStorage({ key: 'phone', defaultValue: account.phoneNumber });",
        '}',
      ),
      errors: [{ messageId: 'personalData', line: 4 }],
    },
    {
      name: 'a project hook of the same name',
      code: lines(
        "import { useLocalStorage } from '@acme/ui';",
        'export function useApplication(partner: { name: string; email: string }) {',
        "  const [, setSubmission] = useLocalStorage<object | null>('application-data', null);",
        '  return () => setSubmission({ name: partner.name, email: partner.email });',
        '}',
      ),
      errors: [{ messageId: 'personalData', line: 4 }],
    },
    {
      name: 'store2',
      code: lines(
        "import store from 'store2';",
        'declare const customer: { address: string };',
        "store.session('shipping', { address: customer.address });",
      ),
      errors: [{ messageId: 'personalData', line: 3, data: { sink: 'store2' } }],
    },
    {
      name: 'store.js',
      code: lines(
        "import store from 'store';",
        'declare const input: { value: string };',
        "store.set('userEmail', input.value);",
      ),
      errors: [{ messageId: 'personalDataByKey', line: 3 }],
    },
    {
      name: 'a helper in the same file',
      code: lines(
        'function saveUser(user: unknown) {',
        "  localStorage.setItem('user', JSON.stringify(user));",
        '}',
        'declare const form: { email: string; fullName: string };',
        'saveUser({ email: form.email, fullName: form.fullName });',
      ),
      // In the same file, the engine follows the argument into the helper: the write is reported.
      errors: [{ messageId: 'personalData', line: 2 }],
    },
    {
      name: 'a storage wrapper object',
      code: lines(
        'export const storage = {',
        '  set: (key: string, value: unknown) => localStorage.setItem(key, JSON.stringify(value)),',
        '  get: (key: string) => JSON.parse(localStorage.getItem(key) ?? "null"),',
        '};',
        'declare const form: { email: string };',
        "storage.set('profile', { email: form.email });",
      ),
      errors: [{ messageId: 'personalData', line: 6 }],
    },
    {
      name: 'AsyncStorage on a device',
      code: lines(
        "import AsyncStorage from '@react-native-async-storage/async-storage';",
        'export async function cacheProfile(profile: { email: string; phoneNumber: string }) {',
        "  await AsyncStorage.setItem('profile', JSON.stringify({ email: profile.email, phone: profile.phoneNumber }));",
        '}',
      ),
      errors: [{ messageId: 'personalData', line: 3, data: { sink: 'device storage' } }],
    },
    {
      name: 'a user id, reported through the options',
      code: lines(
        'declare const session: { user: { id: string } };',
        "localStorage.setItem('userId', session.user.id);",
      ),
      options: { ignoreCategories: [] },
      errors: [{ messageId: 'personalData', line: 2 }],
    },
    {
      name: 'a typed user object',
      code: lines(
        'interface User {',
        '  id: string;',
        '  email: string;',
        '  name: string;',
        '}',
        'export function persistUser(user: User) {',
        "  localStorage.setItem('user', JSON.stringify(user));",
        '}',
      ),
      // Only type information sees that a `User` holds an email address and a name.
      frontEnds: ['scanner'],
      errors: [{ messageId: 'personalData', line: 7 }],
    },
    {
      name: 'a zustand store persisted to localStorage with an email field',
      code: lines(
        "import { create } from 'zustand';",
        "import { persist } from 'zustand/middleware';",
        'interface ProfileState {',
        '  email: string;',
        '  phoneNumber: string;',
        "  theme: 'light' | 'dark';",
        '  update: (patch: Partial<ProfileState>) => void;',
        '}',
        'export const useProfileStore = create<ProfileState>()(',
        '  persist(',
        '    (set) => ({',
        "      email: '',",
        "      phoneNumber: '',",
        "      theme: 'light',",
        '      update: (patch) => set(patch),',
        '    }),',
        "    { name: 'profile' },",
        '  ),',
        ');',
      ),
      errors: [
        {
          messageId: 'personalDataInStore',
          line: 12,
          data: { field: 'email', sink: 'localStorage' },
        },
        { messageId: 'personalDataInStore', line: 13, data: { field: 'phoneNumber' } },
      ],
    },
    {
      name: 'raw IndexedDB',
      code: lines(
        'export function saveContact(db: IDBDatabase, contact: { email: string }) {',
        "  db.transaction('contacts', 'readwrite').objectStore('contacts').put({ email: contact.email });",
        '}',
      ),
      errors: [{ messageId: 'personalData', line: 2 }],
    },
  ],
});
