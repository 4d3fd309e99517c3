import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Packages the pure core and the rule data may never import (DESIGN.md, boundaries). */
const BROWSER_ONLY = [
  'wxt',
  'wxt/*',
  '#imports',
  'webextension-polyfill',
  'idb',
  'idb/*',
  'preact',
  'preact/*',
  '@wxt-dev/*',
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'demo-output/**',
      'test-results/**',
      'playwright-report/**',
      'tests/e2e/pages/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message:
            'Never write innerHTML: page text is untrusted and host fields are written only through input events.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render page text as HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: "Import { browser } from 'wxt/browser' instead." },
      ],
    },
  },
  {
    // The pure engine runs in the content script, the CLI and tests alike: no DOM, no browser APIs.
    files: ['src/core/**/*.ts', 'src/rules/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: BROWSER_ONLY,
              message: 'src/core and src/rules are pure: no DOM, wxt, idb or preact.',
            },
            {
              group: [
                '**/adapters/*',
                '**/overlay/*',
                '**/audit/*',
                '**/messaging/*',
                '**/background/*',
              ],
              message: 'src/core and src/rules may not depend on page or extension code.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'chrome',
        'browser',
        'localStorage',
        'indexedDB',
      ],
    },
  },
);
