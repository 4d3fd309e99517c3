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
    // The view (the overlay's host, highlights and panel, and the frame that draws the panel)
    // shows what the page controller in src/content sends it and reports what the officer did.
    // Finding and reading fields, analysing, evaluating prompts and talking to storage stay in
    // the controller; the view may still name their result types.
    files: ['src/overlay/**/*.{ts,tsx}', 'src/panel-frame/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+content/',
              message: 'src/content drives the view; the view never imports the page controller.',
            },
            {
              regex: '^(\\.\\./)+core/(?!types$)',
              message: 'The engine runs in the page controller; the view only shows its result.',
            },
            {
              regex: '^(\\.\\./)+(rules|prompts|config)/',
              allowTypeImports: true,
              message:
                'Rule packs, prompt evaluation and settings belong to the page controller; the view takes their types only.',
            },
            {
              regex: '^(\\.\\./)+adapters/(?!text$)',
              allowTypeImports: true,
              message:
                "Finding, reading and watching fields is the page controller's job; the view maps text offsets to the DOM only (adapters/text).",
            },
            {
              regex: '^(\\.\\./)+(audit|background|dashboard|options|demo)/',
              message:
                'The view reaches no storage or extension page; the controller reports through its bridge.',
            },
            {
              regex: '^(\\.\\./)+messaging/(?!panel-(port|channel)$)',
              message:
                'The view talks only over the panel port; messages to the background go through the controller.',
            },
            {
              group: ['idb', 'idb/*'],
              message: 'The view opens no storage.',
            },
          ],
        },
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
