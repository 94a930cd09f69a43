// Typed GraphQL documents for the portal: every graphql(`...`) call under src/ is checked
// against pppdesk's schema, so a schema change that breaks the portal fails `npm run build`.
// documentMode 'string' makes each document a TypedDocumentString: no graphql runtime ships.
// A municipality that copies this portal elsewhere points `schema` at its server's
// /schema.graphqls (or a copy of it).
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
