// Lint rules that keep the architecture honest: the domain imports neither the ORM nor GraphQL,
// the server logs through its logger, and no promise is left floating.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'web/src/gql/**', 'data/**', '.tools/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['server/src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['server/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@mikro-orm/*', 'graphql', 'type-graphql', '@apollo/*', 'express', 'pg'],
              message: 'the domain is plain functions: no ORM, GraphQL or HTTP',
            },
            { group: ['../*'], message: 'the domain imports only itself' },
          ],
        },
      ],
    },
  },
);
