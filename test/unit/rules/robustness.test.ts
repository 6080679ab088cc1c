/** Whatever the text, validation returns findings inside the text and never throws. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { POLICY_KINDS } from '../../../server/src/core/kinds';
import { lint } from './harness';

const element = fc.constantFrom('Version', 'Statement', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'Condition', 'Sid', 'RAM', 'Service');
const word = fc.oneof(
  element,
  fc.constantFrom('1', 'Allow', 'Deny', '*', 'oss:*', 'ecs: Get', 'acs:oss:*:*:b/*', 'acs:ram::1:role/x', 'StringLike', 'IpAddress', 'Bool', 'acs:SourceIp', 'oss:Prefix', '10.0.0.1/8', 'true'),
  fc.string({ maxLength: 12 }),
);
/** JSON values biased towards policy shapes, so the rules' deeper paths run. */
const policyish: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, word, fc.integer(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(element, word), tie('value'), { maxKeys: 5 }),
})).value;

function checkFindings(text: string): void {
  for (const kind of [undefined, ...POLICY_KINDS]) {
    for (const d of lint(text, kind)) {
      assert.ok(d.offset >= 0 && d.offset + d.length <= text.length, `${d.code} outside the text`);
      assert.ok(d.message.length > 0);
    }
  }
}

test('robustness: policy-shaped JSON of any structure', () => {
  fc.assert(
    fc.property(policyish, (value) => checkFindings(JSON.stringify({ Version: '1', Statement: value }, null, 1))),
    { numRuns: 300 },
  );
});

test('robustness: truncated and garbled text', () => {
  const base = JSON.stringify({ Version: '1', Statement: [{ Effect: 'Allow', Action: ['oss:Get*'], Resource: 'acs:oss:*:*:b/*', Condition: { IpAddress: { 'acs:SourceIp': '1.2.3.4' } } }] });
  fc.assert(
    fc.property(fc.nat(base.length), fc.string({ maxLength: 3 }), (cut, junk) => checkFindings(base.slice(0, cut) + junk + base.slice(cut + 1))),
    { numRuns: 300 },
  );
  for (const text of ['', ' ', '[]', 'null', '{}', '"x"', '{"Statement": "x"}', '{"Statement": [1, null, []]}', '['.repeat(5000)]) checkFindings(text);
});
