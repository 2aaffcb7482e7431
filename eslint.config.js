// Lint config: typescript-eslint, plus the layer boundaries as import restrictions.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const layer = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'out/',
      'release/',
      'test-results/',
      '.tmp/',
      'bench/corpus/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  layer(
    ['src/shared/**'],
    [
      'node:*',
      'fs',
      'path',
      'electron',
      'react',
      '**/main/**',
      '**/renderer/**',
      '**/preload/**',
      '**/cli/**',
    ],
    'src/shared is pure: no Node, DOM, Electron, or other layers.',
  ),
  layer(
    ['src/main/**'],
    ['**/renderer/**', '**/preload/**', '**/cli/**', 'react'],
    'main meets the other layers only through src/shared.',
  ),
  {
    // Only the Electron glue may load Electron; every service behind it runs in plain Node.
    files: ['src/main/**'],
    ignores: ['src/main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'only src/main/electron/ may import electron.' },
            {
              group: ['**/renderer/**', '**/preload/**', '**/cli/**', 'react'],
              message: 'main meets the other layers only through src/shared.',
            },
          ],
        },
      ],
    },
  },
  layer(
    ['src/renderer/**'],
    ['node:*', 'fs', 'path', 'electron', '**/main/**', '**/preload/**', '**/cli/**'],
    'the renderer reaches the system only through the preload API.',
  ),
  layer(
    ['src/preload/**'],
    ['**/main/**', '**/renderer/**', '**/cli/**'],
    'the preload meets the other layers only through src/shared.',
  ),
  layer(
    ['src/cli/**'],
    ['electron', '**/main/electron/**', '**/renderer/**', '**/preload/**', 'react'],
    'the CLI uses the main-process services, never Electron or the UI.',
  ),
);
