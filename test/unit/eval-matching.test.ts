import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileWildcard } from '../../server/src/core/wildcard';
import { compilePolicySource, filterRejects, listMatches, type CompiledList } from '../../server/src/core/eval/compile';

/** The evaluator's list matcher (literal prefilter, decisive for star-only globs) must agree with compileWildcard. */
function list(pattern: string): CompiledList {
  return { patterns: [pattern], matchers: [compileWildcard(pattern)], filters: [filterOf(pattern)] };
}

const filters = new Map<string, ReturnType<typeof buildFilter>>();
const filterOf = (pattern: string) => filters.get(pattern) ?? filters.set(pattern, buildFilter(pattern)).get(pattern)!;

/** The filter the evaluator builds for a Resource pattern. */
function buildFilter(pattern: string) {
  const policy = compilePolicySource({ text: JSON.stringify({ Version: '1', Statement: [{ Effect: 'Allow', Action: '*', Resource: pattern }] }) });
  return policy.statements[0].resource!.filters[0];
}

const alphabet = fc.constantFrom('a', 'a', 'a', 'b', '*', '?', ':');
const textAlphabet = fc.constantFrom('a', 'a', 'a', 'b', ':', '*', '?');

test('listMatches agrees with compileWildcard on random globs and texts', () => {
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 16 }).map((a) => a.join('')), fc.array(textAlphabet, { maxLength: 24 }).map((a) => a.join('')), (pattern, text) => {
      assert.equal(listMatches(list(pattern), text), compileWildcard(pattern).matches(text), `pattern ${JSON.stringify(pattern)} text ${JSON.stringify(text)}`);
    }),
    { numRuns: 5000 },
  );
});

test('the literal prefilter never rejects a text the glob matches', () => {
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 16 }).map((a) => a.join('')), fc.array(textAlphabet, { maxLength: 24 }).map((a) => a.join('')), (pattern, text) => {
      if (compileWildcard(pattern).matches(text)) assert.equal(filterRejects(filterOf(pattern), text), false);
    }),
    { numRuns: 3000 },
  );
});

test('examples: prefix, suffix, in-order middles, and ? confirmed by the glob', () => {
  assert.equal(listMatches(list('acs:oss:*:*:bucket/dir/*'), 'acs:oss:*:1:bucket/dir/a/b'), true);
  assert.equal(listMatches(list('acs:oss:*:*:bucket/dir/*'), 'acs:oss:*:1:bucket/other/a'), false);
  assert.equal(listMatches(list('*a*b*'), 'xbxa'), false);
  assert.equal(listMatches(list('*ab?'), 'xaby'), true);
  assert.equal(listMatches(list('*ab?'), 'xab'), false);
  // Long middle segments are found by their tail, leftmost first.
  assert.equal(listMatches(list('x*aaaaab*aab'), 'xaaaab aaaaab aab'), true);
  assert.equal(listMatches(list('x*aaaaab*aab'), 'xaaaab aaaab aab'), false);
});
