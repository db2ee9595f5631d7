// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'dist-web/',
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
    // Components reach data through repositories and hooks, never the Dexie instance.
    files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/db/database', '**/db/schema'], message: 'Use a repository or a hook.' },
          ],
        },
      ],
    },
  },
);
