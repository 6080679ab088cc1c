import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { nodeFileReader } from '../../server/src/core/assumeRole/files';
import { runTestFile } from '../../server/src/core/scenarios/index';

// Read in place from the shared spec (never copied): out/test/unit → repo root → ../shared.
const CASES = path.resolve(__dirname, '../../../../shared/spec/eval-cases.json');
/** A clone without the team's shared folder beside it skips (and says so) instead of failing. */
const EVAL_CASES_MISSING = fs.existsSync(CASES) ? false : `no ${CASES}: the shared spec is not beside this clone`;

test('every case of the shared eval-cases.json passes through the `ram-policy test` code path', { skip: EVAL_CASES_MISSING }, () => {
  const file = runTestFile(CASES, { reader: nodeFileReader() });
  assert.equal(file.error, undefined);
  assert.deepEqual(file.diagnostics, []);
  assert.equal(file.results.length, 58);
  const failures = file.results.filter((r) => !r.pass).map((r) => `${r.name}: expected ${r.expected}, got ${r.decision} — ${r.trace.summary}`);
  assert.deepEqual(failures, []);
  assert.equal(file.results.filter((r) => r.inferred).length, 8);
  assert.deepEqual(
    Object.fromEntries(['Allow', 'ImplicitDeny', 'ExplicitDeny'].map((d) => [d, file.results.filter((r) => r.decision === d).length])),
    { Allow: 32, ImplicitDeny: 19, ExplicitDeny: 7 },
  );
});
