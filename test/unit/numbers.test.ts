import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupThousands } from '../../server/src/core/text/numbers';

test('numbers are grouped by thousands the way the messages print limits', () => {
  assert.equal(groupThousands(6144), '6,144');
  assert.equal(groupThousands(999), '999');
  assert.equal(groupThousands(4294967296), '4,294,967,296');
  assert.equal(groupThousands(-12345.5), '-12,345.5');
});
