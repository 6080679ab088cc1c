import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileWildcard, wildcardMatch } from '../../server/src/core/wildcard';

/** Reference: dynamic programming over pattern × text (slow, obviously right). */
function reference(pattern: string, text: string): boolean {
  const m = pattern.length;
  const n = text.length;
  let previous = new Array<boolean>(n + 1).fill(false);
  previous[0] = true;
  for (let i = 1; i <= m; i++) {
    const current = new Array<boolean>(n + 1).fill(false);
    const p = pattern[i - 1];
    current[0] = p === '*' && previous[0];
    for (let j = 1; j <= n; j++) {
      if (p === '*') current[j] = previous[j] || current[j - 1];
      else current[j] = previous[j - 1] && (p === '?' || p === text[j - 1]);
    }
    previous = current;
  }
  return previous[n];
}

test('star, question mark and exact patterns', () => {
  assert.equal(wildcardMatch('ecs:Describe*', 'ecs:DescribeInstances'), true);
  assert.equal(wildcardMatch('ecs:Describe*', 'ecs:StartInstance'), false);
  assert.equal(wildcardMatch('oss:Get?bject', 'oss:GetObject'), true);
  assert.equal(wildcardMatch('oss:Get?bject', 'oss:GetObjectAcl'), false);
  assert.equal(wildcardMatch('*', ''), true);
  assert.equal(wildcardMatch('acs:oss:*:*:bucket/dir/*', 'acs:oss:cn-hangzhou:123:bucket/dir/a/b.txt'), true);
  assert.equal(wildcardMatch('acs:oss:*:*:bucket/dir/*', 'acs:oss:cn-hangzhou:123:bucket/other/a'), false);
  assert.equal(wildcardMatch('a*a', 'a'), false);
  assert.equal(wildcardMatch('a*a', 'aa'), true);
});

test('actions compare case-insensitively when asked, resources do not', () => {
  assert.equal(compileWildcard('ECS:describe*', { caseInsensitive: true }).matches('ecs:DescribeInstances'), true);
  assert.equal(compileWildcard('acs:oss:*:*:Bucket/*').matches('acs:oss:*:*:bucket/x'), false);
});

test('agrees with a reference matcher on random patterns', () => {
  const alphabet = ['a', 'b', '*', '?'];
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let round = 0; round < 5000; round++) {
    const pattern = Array.from({ length: random(8) }, () => alphabet[random(4)]).join('');
    const text = Array.from({ length: random(10) }, () => alphabet[random(2)]).join('');
    assert.equal(wildcardMatch(pattern, text), reference(pattern, text), `${pattern} vs ${text}`);
  }
});

test('long segments with ? beyond one machine word', () => {
  const segment = 'x'.repeat(40) + '?' + 'y'.repeat(30);
  const text = 'zz' + 'x'.repeat(40) + 'Q' + 'y'.repeat(30) + 'zz';
  assert.equal(wildcardMatch(`*${segment}*`, text), true);
  assert.equal(wildcardMatch(`*${segment}*`, text.replace('Q', '')), false);
});
