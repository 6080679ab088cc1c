// E2E_FORCE_FAIL=1 adds a failing test, to prove that a failure reaches the exit code and the
// closing `e2e: N passed, N failed` line.
import * as assert from 'assert';

describe('runner self-check', () => {
  if (process.env.E2E_FORCE_FAIL === '1') {
    it('fails on purpose (E2E_FORCE_FAIL=1)', () => {
      assert.fail('forced failure');
    });
  }
});
