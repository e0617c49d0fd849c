// Lint rules that keep the layers honest: no import cycles anywhere, and a pure
// core that never reaches for I/O, the store or the server.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

/** Packages that do I/O or know about the outside world; the core may import none of them. */
const IO_PACKAGES = [
  'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'process', 'stream',
  'better-sqlite3', 'pg', 'kysely', 'fastify', 'fastify-*', '@fastify/*', 'pino', 'pino-*', 'prom-client',
  'commander', 'cli-progress', 'yaml', 'highs', 'undici', 'ws',
];

/** SQL in a string: only the store speaks SQL. */
const SQL = '/^\\s*(SELECT\\s|INSERT\\s+INTO\\s|UPDATE\\s+\\w+\\s+SET\\s|DELETE\\s+FROM\\s|CREATE\\s+(TABLE|INDEX)\\s|ALTER\\s+TABLE\\s|DROP\\s+TABLE\\s)/';
const SQL_MESSAGE = 'Only src/store speaks SQL: add a repository method and call it.';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'web/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-throw-literal': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*'], message: 'src/core is pure: no node:* imports (pass I/O in through interfaces).' },
          { group: ['**/store', '**/store/**'], message: 'src/core must not import the store.' },
          { group: ['**/server', '**/server/**'], message: 'src/core must not import the server.' },
          { group: ['**/cli/**', '**/agent/**', '**/federation/**', '**/formats/**', '**/trace/**', '**/optimize/**', '**/sim/**'], message: 'src/core imports nothing outside src/core.' },
          { group: IO_PACKAGES, message: 'src/core must not import I/O packages.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'src/core is pure: no process access.' },
        { name: 'fetch', message: 'src/core is pure: no network access.' },
      ],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'Time enters the core through Clock.' },
        { object: 'Math', property: 'random', message: 'Randomness enters the core through Rng.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/store/**', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: `Literal[value=${SQL}]`, message: SQL_MESSAGE },
        { selector: `TemplateLiteral > TemplateElement:first-child[value.raw=${SQL}]`, message: SQL_MESSAGE },
      ],
    },
  },
);
