// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Import rules for the renderer's layers, shared by the blocks below (a later block replaces an
// earlier one's `no-restricted-imports` for the files both match, so each block lists all of its own).
const DATABASE_INTERNALS = {
  group: ['**/db/database', '**/db/schema'],
  message: 'Use a repository or a hook.',
};
const REPOSITORY_INTERNALS = {
  group: ['**/db/repositories/common'],
  message: 'Ids, timestamps and the database belong to the repositories.',
};
const UP_INTO_FEATURES = {
  group: ['**/app', '**/app/**', '**/features/**'],
  message: 'Layers run downward.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'dist-web/',
      'dist-room/',
      'release/',
      'test-results/',
      '.scratch/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/unit/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // shared/ runs in both processes: it must never pull in a host-specific library.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'],
          patterns: ['electron/*', 'react/*', '**/renderer/**', '**/electron/**'],
        },
      ],
    },
  },
  {
    // The domain is the bottom layer: charts and documents draw it, never the other way round.
    files: ['shared/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'],
          patterns: [
            { group: ['electron/*', 'react/*', '**/renderer/**', '**/electron/**'] },
            {
              group: ['**/charts', '**/charts/**', '**/documents', '**/documents/**'],
              message: 'shared/domain never imports the charts or documents layers.',
            },
          ],
        },
      ],
    },
  },
  {
    // Layers run one way: app → features → state, components, lib → db → shared. Persistence
    // (Dexie, localStorage, IndexedDB) lives in db/ only.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({
          name,
          message: 'Persistence lives in renderer/src/db.',
        })),
      ],
    },
  },
  {
    // Components reach data through repositories and hooks, never the Dexie instance; features
    // never reach back up into the app shell.
    files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['dexie'], patterns: [DATABASE_INTERNALS, REPOSITORY_INTERNALS] },
      ],
    },
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['dexie'],
          patterns: [
            DATABASE_INTERNALS,
            REPOSITORY_INTERNALS,
            {
              group: ['**/app', '**/app/**'],
              message: 'Features sit below the app shell; shared UI state lives in state/.',
            },
          ],
        },
      ],
    },
  },
  {
    // lib/, components/ and state/ serve every feature: no persistence, no features, no shell.
    files: [
      'renderer/src/lib/**/*.{ts,tsx}',
      'renderer/src/components/**/*.{ts,tsx}',
      'renderer/src/state/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['dexie', 'dexie-react-hooks'], patterns: [UP_INTO_FEATURES] },
      ],
    },
  },
  {
    // lib/ and components/ know nothing of the database at all.
    files: ['renderer/src/lib/**/*.{ts,tsx}', 'renderer/src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['dexie', 'dexie-react-hooks'],
          patterns: [
            UP_INTO_FEATURES,
            { group: ['**/db', '**/db/**'], message: 'Persistence lives in renderer/src/db.' },
          ],
        },
      ],
    },
  },
  {
    // Hooks read through the repositories; only a repository queries the database.
    files: ['renderer/src/db/hooks.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['./database', './schema', './repositories/common'],
              message: 'Add a read to a repository and call it.',
            },
          ],
        },
      ],
    },
  },
  {
    // React Query mutations live in per-feature hooks (`useSaveTeam`), never inline in a component.
    files: ['renderer/src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='useMutation']",
          message: 'Call a feature mutation hook (e.g. useSaveTeam) instead of useMutation.',
        },
        {
          selector: "CallExpression[callee.property.name='safeParse']",
          message: 'Validate with a form schema through useRecordForm, not by hand.',
        },
      ],
    },
  },
);
