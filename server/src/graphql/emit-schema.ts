/**
 * Writes the schema's SDL to `schema/schema.graphql`, sorted, or with `--check` fails when the
 * committed file and the code disagree.
 */
import 'reflect-metadata';

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { lexicographicSortSchema, printSchema } from 'graphql';

import { SERVER_ROOT } from '../paths.js';
import { buildApiSchema } from './schema.js';

const SCHEMA_FILE = path.join(SERVER_ROOT, '..', 'schema', 'schema.graphql');
const HEADER =
  '# Generated from the server code by `pnpm --filter @3kl/server schema`. Do not edit.\n\n';

const sdl = HEADER + printSchema(lexicographicSortSchema(await buildApiSchema())) + '\n';

if (process.argv.includes('--check')) {
  const committed = readFileSync(SCHEMA_FILE, 'utf8');
  if (committed !== sdl) {
    process.stderr.write(
      `${SCHEMA_FILE} is out of date: run \`pnpm --filter @3kl/server schema\`\n`,
    );
    process.exit(1);
  }
} else {
  writeFileSync(SCHEMA_FILE, sdl);
}
