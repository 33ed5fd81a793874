/**
 * The committed SDL in schema/ is what the server's code emits: partners and the web app's
 * generated types read that file, so a change to the code must change it too.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { expect, it } from 'vitest';

import { REPO_ROOT } from '../support/server.js';

const run = promisify(execFile);

it('schema/schema.graphql matches the schema the code builds', async () => {
  const script = path.join(REPO_ROOT, 'server', 'dist', 'graphql', 'emit-schema.js');

  const result = await run(process.execPath, [script, '--check'], { cwd: REPO_ROOT }).then(
    ({ stderr }) => ({ code: 0, stderr }),
    (error: { code?: number; stderr?: string }) => ({ code: error.code, stderr: error.stderr }),
  );

  expect(result, result.stderr).toEqual({ code: 0, stderr: '' });
});
