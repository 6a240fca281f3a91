import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

// Imports flow one way: app/ and electron/ may use src/, never the reverse.
// Inside src/, the document (graph, layers, project) stays free of tfjs.
const noUpwardImports = {
  patterns: [
    { group: ['**/app/**', '../app', '../../app'], message: 'src/ must not import app/.' },
    { group: ['**/electron/**', 'electron'], message: 'src/ must not import electron/.' },
  ],
};
const noTfjs = {
  patterns: [
    ...noUpwardImports.patterns,
    {
      group: ['@tensorflow/*'],
      message: 'The document, model import, datasets and protocol stay free of tfjs.',
    },
    {
      group: ['**/compiler/**', '**/train/**'],
      message: 'The document must not reach tfjs through the compiler or trainer.',
    },
    { group: ['react', 'react-dom', '@xyflow/*', 'zustand'], message: 'src/ is framework-free.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'out', 'coverage', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    ignores: ['app/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/host/**', '**/src/cli/**', '**/src/train/**', 'node:*'],
              message:
                'The renderer talks to the host over the protocol; it never loads Node-only code.',
            },
            { group: ['**/electron/**'], message: 'The renderer must not import electron/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noUpwardImports,
          patterns: [
            ...noUpwardImports.patterns,
            {
              group: ['react', 'react-dom', '@xyflow/*', 'zustand'],
              message: 'src/ is framework-free.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/graph/**/*.ts',
      'src/layers/**/*.ts',
      'src/project/**/*.ts',
      'src/export/import/**/*.ts',
    ],
    ignores: ['**/*.test.ts', '**/testing/**', '**/fixtures/**'],
    rules: { 'no-restricted-imports': ['error', noTfjs] },
  },
);
