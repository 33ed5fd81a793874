import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for every `.graphql` file beside the pages and components. The output in
 * src/gql/ is committed, so building the app never needs to run this.
 */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  // Formatted like the rest of the code, so that `pnpm format` leaves the output alone.
  hooks: { afterAllFileWrite: ['prettier --write'] },
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Decimal: 'string', DateTime: 'string' },
        strictScalars: true,
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        skipTypename: false,
      },
    },
  },
};

export default config;
