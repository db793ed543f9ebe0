import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The boundaries of ../architecture.md, enforced: the renderer never reaches into main/, the core never
// imports electron or a face, shared/ stays pure.
const NODE_BUILTIN_PATHS = ['fs', 'path', 'os', 'http', 'https', 'net', 'dns', 'child_process', 'crypto', 'url', 'util', 'electron'];

const RENDERER_OUTSIDE = { group: ['**/main/**', 'node:*'], message: 'The renderer knows only shared/ and window.assistant.' };
const ONLY_DATA_LAYER = 'Only the data layer (renderer/data/) calls the core: use its query, mutation or operation hooks.';
const ONE_DOMAIN_RULE = 'Domains go through shared/dns/domain.ts (or shared/dns/host-name.ts for a host as it is): one rule for every face.';
const IDN_CONVERSION = [
  { selector: "Identifier[name='domainToASCII']", message: ONE_DOMAIN_RULE },
  { selector: "MemberExpression[property.name='toASCII']", message: ONE_DOMAIN_RULE },
];
const MAILJET_DNS_VALUES_DECLARATION = {
  selector: "CallExpression[callee.object.name='z'][callee.property.name='object'] > ObjectExpression > Property[key.name=/^(ownershipName|ownershipValue|dkimName|dkimValue|spfValue)$/]",
  message: "Mailjet's DNS values have one schema: mailjetDnsValuesSchema in shared/dns/mailjet-values.ts.",
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: NODE_BUILTIN_PATHS, patterns: [RENDERER_OUTSIDE] }],
    },
  },
  {
    // One data layer: only renderer/data/ talks to the core; every other renderer file uses its hooks.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/data/**', 'renderer/bridge.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: NODE_BUILTIN_PATHS, patterns: [RENDERER_OUTSIDE, { group: ['**/bridge'], message: ONLY_DATA_LAYER }] }],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[property.name='assistant'][object.name='window']", message: ONLY_DATA_LAYER }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: NODE_BUILTIN_PATHS, patterns: [{ group: ['**/main/**', '**/renderer/**', 'node:*'], message: 'shared/ is pure: no Node built-ins, no main/ or renderer/.' }] }],
    },
  },
  {
    files: ['main/core/**/*.ts', 'main/sandbox/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'electron-store', '**/app/**', '**/web/**', '**/cli/**', '**/preload/**'], message: 'The core runs under plain Node and never imports a face.' }] }],
    },
  },
  {
    // The work receives the host as interfaces: types only, never a host implementation.
    files: ['main/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['**/host/**'], allowTypeImports: true, message: 'The work receives the host from main/compose.ts; import its types only.' }] }],
    },
  },
  {
    files: ['main/host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron-store', '**/app/**', '**/web/**', '**/cli/**', '**/preload/**', '**/sandbox/**', '**/compose', '**/core/**', '!**/core/redaction'],
              message: 'The host runs under plain Node and knows no face, no stand-in and, of the work, only the redaction of secrets.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/web/**/*.ts', 'main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'electron-store', '**/app/**', '**/preload/**'], message: 'A face never imports another face or electron.' }] }],
    },
  },
  // One home per concept (docs/architecture.md): a domain becomes ASCII only in shared/dns/host-name.ts, and
  // Mailjet's DNS values are declared only in shared/dns/mailjet-values.ts.
  {
    files: ['main/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['shared/dns/host-name.ts', 'shared/dns/mailjet-values.ts'],
    rules: { 'no-restricted-syntax': ['error', ...IDN_CONVERSION, MAILJET_DNS_VALUES_DECLARATION] },
  },
  { files: ['shared/dns/host-name.ts'], rules: { 'no-restricted-syntax': ['error', MAILJET_DNS_VALUES_DECLARATION] } },
  { files: ['shared/dns/mailjet-values.ts'], rules: { 'no-restricted-syntax': ['error', ...IDN_CONVERSION] } },
  {
    // The browser face's own page script (its window.assistant) runs in the browser, beside the renderer.
    files: ['main/web/page/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { paths: NODE_BUILTIN_PATHS, patterns: [{ regex: '^node:|^\\.\\./(?!\\.\\./\\.\\./shared/)', message: 'The page script knows only shared/ and its own folder.' }] }],
    },
  },
  {
    // The command line reaches the core only through dispatch, in main/cli/call-channel.ts (test/unit/main/cli/door.test.ts).
    files: ['main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron-store', '**/app/**', '**/preload/**'], message: 'A face never imports another face or electron.' },
            {
              group: ['**/core/*/**', '**/core/context', '**/core/app-handlers', '**/core/demo-handlers', '**/core/operations'],
              message: 'The command line reaches the core only through its channels: callChannel in main/cli/call-channel.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
