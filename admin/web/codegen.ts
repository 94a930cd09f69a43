// Typed GraphQL documents for the admin: every graphql(`...`) call under src/ is checked
// against the server's schema, so a schema change that breaks the admin fails `npm run build`.
// documentMode 'string' makes each document a TypedDocumentString: no graphql runtime ships.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: ['../../schema.graphqls', '../../schema/*.graphqls'],
  documents: ['src/**/*.ts', 'src/**/*.tsx', '!src/gql/**'],
  ignoreNoDocuments: false,
  errorsOnly: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string', Upload: 'File' },
        strictScalars: true,
        avoidOptionals: false,
      },
    },
  },
  hooks: {},
};

export default config;
