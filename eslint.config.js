import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importProblem } from './.ci/layers.js';

// The boundaries of docs/architecture.md, from their one table (.ci/layers.js): the renderer never reaches into
// main/, the core never imports electron or a face, the host knows only the redaction of the work, shared/ stays
// pure, the CLI reaches the core only through its door, and no import climbs more than two folders.
const here = path.dirname(fileURLToPath(import.meta.url));
const layersPlugin = {
  rules: {
    imports: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const file = path.relative(here, context.filename).split(path.sep).join('/');
        const check = (node, typeOnly) => {
          const source = node.source;
          if (source && source.type === 'Literal' && typeof source.value === 'string') {
            const problem = importProblem(file, source.value, typeOnly);
            if (problem) context.report({ node: source, message: problem });
          }
        };
        const typeOnlyImport = (node) =>
          node.importKind === 'type' ||
          (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
        return {
          ImportDeclaration: (node) => check(node, typeOnlyImport(node)),
          ExportNamedDeclaration: (node) => check(node, node.exportKind === 'type'),
          ExportAllDeclaration: (node) => check(node, node.exportKind === 'type'),
          ImportExpression: (node) => check(node, false),
        };
      },
    },
  },
};

// Syntax that has one home (docs/architecture.md, "One home per concept"), and the renderer's one door.
const ONE_DOMAIN_RULE =
  'Domains go through shared/dns/domain.ts (or shared/dns/host-name.ts for a host as it is): one rule for every face.';
const IDN_CONVERSION = [
  { selector: "Identifier[name='domainToASCII']", message: ONE_DOMAIN_RULE },
  { selector: "MemberExpression[property.name='toASCII']", message: ONE_DOMAIN_RULE },
];
const MAILJET_DNS_VALUES_DECLARATION = {
  selector:
    "CallExpression[callee.object.name='z'][callee.property.name='object'] > ObjectExpression > Property[key.name=/^(ownershipName|ownershipValue|dkimName|dkimValue|spfValue)$/]",
  message: "Mailjet's DNS values have one schema: mailjetDnsValuesSchema in shared/dns/mailjet-values.ts.",
};
const WINDOW_ASSISTANT = {
  selector: "MemberExpression[property.name='assistant'][object.name='window']",
  message: 'Only the data layer (renderer/data/) calls the core: use its query, mutation or operation hooks.',
};
const ONE_HOME_FILES = ['main/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'];
const RENDERER_OUTSIDE_DATA = {
  files: ['renderer/**/*.{ts,tsx}'],
  ignores: ['renderer/data/**', 'renderer/bridge.ts'],
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
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports': 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The browser face's own page script (its window.assistant) runs in the browser, beside the renderer.
    files: ['main/web/page/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // One `no-restricted-syntax` per file set (a later block would replace an earlier one's list, not add to it).
  {
    files: ONE_HOME_FILES,
    ignores: ['shared/dns/host-name.ts', 'shared/dns/mailjet-values.ts', ...RENDERER_OUTSIDE_DATA.files],
    rules: { 'no-restricted-syntax': ['error', ...IDN_CONVERSION, MAILJET_DNS_VALUES_DECLARATION] },
  },
  {
    files: RENDERER_OUTSIDE_DATA.files,
    ignores: RENDERER_OUTSIDE_DATA.ignores,
    rules: { 'no-restricted-syntax': ['error', ...IDN_CONVERSION, MAILJET_DNS_VALUES_DECLARATION, WINDOW_ASSISTANT] },
  },
  { files: ['shared/dns/host-name.ts'], rules: { 'no-restricted-syntax': ['error', MAILJET_DNS_VALUES_DECLARATION] } },
  { files: ['shared/dns/mailjet-values.ts'], rules: { 'no-restricted-syntax': ['error', ...IDN_CONVERSION] } },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
