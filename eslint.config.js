import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'dev-dist/**', 'data/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
      // TypeScript already checks undefined names, with the right globals per environment.
      'no-undef': 'off',
      // Solid assigns element refs through ref={el}, which this rule cannot see.
      'no-unassigned-vars': 'off',
    },
  },
  {
    // The domain is pure: no DOM, storage or network libraries.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['dexie', 'yjs', 'y-*', 'solid-js*', '@solidjs/*', 'workbox-*', '../storage/*', '../sync/*', '../ui/*'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'indexedDB', 'fetch', 'navigator', 'localStorage'],
    },
  },
  {
    // Screens go through primitives and storage helpers, never straight to Dexie or Yjs.
    files: ['src/routes/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['dexie', 'yjs', 'y-indexeddb'] }],
    },
  },
);
