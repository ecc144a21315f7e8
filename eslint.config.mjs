// Lint rules, including the layer boundaries of ARCHITECTURE.md:
// core/ imports no Node built-ins, no vscode and nothing from the adapters.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const projects = ['core', 'host', 'cli', 'server', 'client', 'test', 'test/vscode'].map((name) => `./${name}/tsconfig.json`);

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', '.cache/**', 'test-results/**', '.stryker-tmp/**', 'reports/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { project: projects, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'url', 'os', 'child_process', 'crypto', 'util'], message: 'core/ is pure: no Node built-ins (use host/).' },
            { group: ['vscode', 'vscode-*'], message: 'core/ knows nothing of VS Code or LSP transport.' },
            { group: ['**/host/**', '**/cli/**', '**/server/**', '**/client/**'], message: 'core/ must not import from the layers built on it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'host/**/*.ts'],
    rules: {
      // stdout is the protocol channel of a stdio language server.
      'no-console': 'error',
      'no-restricted-imports': ['error', { patterns: [{ group: ['vscode'], message: 'The server knows LSP, not VS Code.' }, { group: ['**/client/**', '**/cli/**'], message: 'The server does not depend on the client or the CLI.' }] }],
    },
  },
  {
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['vscode', 'vscode-*'], message: 'The CLI runs without an editor.' }, { group: ['**/server/**', '**/client/**'], message: 'The CLI is built on core/ and host/ only.' }] }],
    },
  },
  {
    files: ['**/*.mjs', 'bin/*'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly' } },
  },
);
