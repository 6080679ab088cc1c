import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { generateValidatorSource } from '../../scripts/compile-schemas';

test('the committed schema validators are compiled from the current schemas (run npm run schemas after editing one)', () => {
  const committed = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'server', 'src', 'core', 'schema', 'validators.generated.ts'), 'utf8');
  assert.equal(committed, generateValidatorSource());
});
