import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEvaluator, policyText, type ContextValue, type EvalResult } from '../../server/src/core/eval/index';

const RESOURCE = 'acs:ecs:cn-hangzhou:1234567890123456:instance/i-1';

/** One Allow statement on ecs:DescribeInstances with the given Condition block. */
function withCondition(condition: Record<string, Record<string, unknown>>, effect: 'Allow' | 'Deny' = 'Allow') {
  const statements: object[] = [{ Effect: effect, Action: 'ecs:DescribeInstances', Resource: '*', Condition: condition }];
  if (effect === 'Deny') statements.unshift({ Effect: 'Allow', Action: 'ecs:*', Resource: '*' });
  return createEvaluator({ identity: [{ text: policyText({ Version: '1', Statement: statements }), name: 'p.json' }] });
}

function run(condition: Record<string, Record<string, unknown>>, context: Record<string, ContextValue>, effect: 'Allow' | 'Deny' = 'Allow'): EvalResult {
  return withCondition(condition, effect).evaluate({ action: 'ecs:DescribeInstances', resource: RESOURCE, context });
}

const decide = (condition: Record<string, Record<string, unknown>>, context: Record<string, ContextValue>) => run(condition, context).decision;

test('StringEquals is case-sensitive; StringEqualsIgnoreCase is not', () => {
  assert.equal(decide({ StringEquals: { 'acs:ResourceTag/team': 'dev' } }, { 'acs:ResourceTag/team': 'dev' }), 'Allow');
  assert.equal(decide({ StringEquals: { 'acs:ResourceTag/team': 'dev' } }, { 'acs:ResourceTag/team': 'Dev' }), 'ImplicitDeny');
  assert.equal(decide({ StringEqualsIgnoreCase: { 'acs:ResourceTag/team': 'dev' } }, { 'acs:ResourceTag/team': 'DEV' }), 'Allow');
  assert.equal(decide({ StringNotEqualsIgnoreCase: { 'acs:ResourceTag/team': ['dev', 'qa'] } }, { 'acs:ResourceTag/team': 'QA' }), 'ImplicitDeny');
  assert.equal(decide({ StringNotEqualsIgnoreCase: { 'acs:ResourceTag/team': ['dev', 'qa'] } }, { 'acs:ResourceTag/team': 'ops' }), 'Allow');
});

test('StringLike uses * and ? case-sensitively; StringNotLike with several values matches none (NOR)', () => {
  assert.equal(decide({ StringLike: { 'oss:Prefix': 'dir/*' } }, { 'oss:Prefix': 'dir/a/b' }), 'Allow');
  assert.equal(decide({ StringLike: { 'oss:Prefix': 'dir/?' } }, { 'oss:Prefix': 'dir/ab' }), 'ImplicitDeny');
  assert.equal(decide({ StringLike: { 'oss:Prefix': 'dir/*' } }, { 'oss:Prefix': 'DIR/a' }), 'ImplicitDeny');
  const nor = { StringNotLike: { 'acs:AccessId': ['TMP.*', 'STS.*'] } };
  assert.equal(run(nor, { 'acs:AccessId': 'STS.abc' }, 'Deny').decision, 'Allow');
  const denied = run(nor, { 'acs:AccessId': 'LTAI5t' }, 'Deny');
  assert.equal(denied.decision, 'ExplicitDeny');
  assert.deepEqual(denied.trace.inferredRules.map((r) => r.id), ['negated-multi-value']);
});

test('one key with several values is OR; several keys and operators are AND', () => {
  const cond = { StringEquals: { 'acs:ResourceTag/team': ['dev', 'qa'], 'acs:ResourceTag/env': 'test' }, Bool: { 'acs:SecureTransport': 'true' } };
  assert.equal(decide(cond, { 'acs:ResourceTag/team': 'qa', 'acs:ResourceTag/env': 'test', 'acs:SecureTransport': 'true' }), 'Allow');
  const oneFalse = run(cond, { 'acs:ResourceTag/team': 'qa', 'acs:ResourceTag/env': 'prod', 'acs:SecureTransport': 'true' });
  assert.equal(oneFalse.decision, 'ImplicitDeny');
  const failed = oneFalse.trace.layers[0].statements[0].conditions.filter((c) => !c.passed);
  assert.deepEqual(failed.map((c) => c.reason), ['StringEquals: acs:ResourceTag/env = "prod" does not match "test"']);
});

test('numeric operators compare numbers, not strings, and reject non-numbers', () => {
  assert.equal(decide({ NumericLessThanEquals: { 'test:Count': '10' } }, { 'test:Count': '9.5' }), 'Allow');
  assert.equal(decide({ NumericLessThan: { 'test:Count': '10' } }, { 'test:Count': '10' }), 'ImplicitDeny');
  assert.equal(decide({ NumericGreaterThan: { 'test:Count': '9' } }, { 'test:Count': '10' }), 'Allow');
  assert.equal(decide({ NumericGreaterThanEquals: { 'test:Count': '-1' } }, { 'test:Count': '-1' }), 'Allow');
  assert.equal(decide({ NumericEquals: { 'test:Count': 5 } }, { 'test:Count': '5.0' }), 'Allow');
  assert.equal(decide({ NumericNotEquals: { 'test:Count': ['1', '2'] } }, { 'test:Count': '2' }), 'ImplicitDeny');
  const bad = run({ NumericEquals: { 'test:Count': '5' } }, { 'test:Count': 'five' });
  assert.equal(bad.decision, 'ImplicitDeny');
  assert.match(bad.trace.layers[0].statements[0].conditions[0].reason, /"five" is not a number/);
});

test('dates compare instants after normalising offsets; malformed dates never match', () => {
  const window = { DateGreaterThan: { 'acs:CurrentTime': '2019-08-12T09:00:00+08:00' }, DateLessThan: { 'acs:CurrentTime': '2019-08-12T17:00:00+08:00' } };
  assert.equal(decide(window, { 'acs:CurrentTime': '2019-08-12T08:30:00Z' }), 'Allow'); // 16:30 +08:00
  assert.equal(decide(window, { 'acs:CurrentTime': '2019-08-12T09:30:00Z' }), 'ImplicitDeny'); // 17:30 +08:00
  assert.equal(decide({ DateEquals: { 'acs:CurrentTime': '2019-08-12T17:00:00+08:00' } }, { 'acs:CurrentTime': '2019-08-12T09:00:00Z' }), 'Allow');
  assert.equal(decide({ DateLessThanEquals: { 'acs:CurrentTime': '2019-08-12T17:00:00+08:00' } }, { 'acs:CurrentTime': '2019-08-12T09:00:00.000Z' }), 'Allow');
  assert.equal(decide({ DateGreaterThanEquals: { 'acs:CurrentTime': '2019-08-12T17:00:00-02:30' } }, { 'acs:CurrentTime': '2019-08-12T19:30:00Z' }), 'Allow');
  assert.equal(decide({ DateNotEquals: { 'acs:CurrentTime': '2019-08-12T17:00:00Z' } }, { 'acs:CurrentTime': '2019-08-12T17:00:01Z' }), 'Allow');
  const bad = run({ DateLessThan: { 'acs:CurrentTime': '2019-02-30T00:00:00Z' } }, { 'acs:CurrentTime': '2019-01-01T00:00:00Z' });
  assert.equal(bad.decision, 'ImplicitDeny');
  assert.match(bad.trace.layers[0].statements[0].conditions[0].reason, /ignored policy value\(s\): "2019-02-30T00:00:00Z" is not an ISO 8601/);
  assert.equal(decide({ DateLessThan: { 'acs:CurrentTime': '2030-01-01T00:00:00Z' } }, { 'acs:CurrentTime': '2019-08-12 17:00:00' }), 'ImplicitDeny');
});

test('Bool accepts lower-case "true"/"false" (and JSON booleans); "True" never matches', () => {
  assert.equal(decide({ Bool: { 'acs:MFAPresent': 'true' } }, { 'acs:MFAPresent': 'true' }), 'Allow');
  assert.equal(decide({ Bool: { 'acs:MFAPresent': true } }, { 'acs:MFAPresent': 'true' }), 'Allow');
  assert.equal(decide({ Bool: { 'acs:MFAPresent': 'true' } }, { 'acs:MFAPresent': 'false' }), 'ImplicitDeny');
  const upper = run({ Bool: { 'acs:MFAPresent': 'true' } }, { 'acs:MFAPresent': 'True' });
  assert.equal(upper.decision, 'ImplicitDeny');
  assert.match(upper.trace.layers[0].statements[0].conditions[0].reason, /"True" is not "true" or "false" \(lower case\)/);
});

test('IpAddress matches addresses and CIDR blocks; OSS * octets; IPv6 is parsed and flagged', () => {
  const ip = { IpAddress: { 'acs:SourceIp': ['192.168.0.0/16', '172.16.215.218', '101.*.*.100'] } };
  assert.equal(decide(ip, { 'acs:SourceIp': '192.168.3.4' }), 'Allow');
  assert.equal(decide(ip, { 'acs:SourceIp': '172.16.215.218' }), 'Allow');
  assert.equal(decide(ip, { 'acs:SourceIp': '101.7.8.100' }), 'Allow');
  assert.equal(decide(ip, { 'acs:SourceIp': '101.7.8.101' }), 'ImplicitDeny');
  assert.equal(decide(ip, { 'acs:SourceIp': '10.0.0.1' }), 'ImplicitDeny');
  assert.equal(decide(ip, { 'acs:SourceIp': 'not-an-ip' }), 'ImplicitDeny');
  const v6 = run({ IpAddress: { 'acs:SourceIp': '2001:db8::/32' } }, { 'acs:SourceIp': '2001:db8::1' });
  assert.equal(v6.decision, 'Allow');
  assert.deepEqual(v6.trace.inferredRules.map((r) => r.id), ['ipv6']);
  const mappedRequest = run({ IpAddress: { 'acs:SourceIp': '10.0.0.0/8' } }, { 'acs:SourceIp': '::ffff:10.1.2.3' });
  assert.equal(mappedRequest.decision, 'Allow');
  assert.deepEqual(mappedRequest.trace.inferredRules.map((r) => r.id), ['ipv6']);
  const border = run({ IpAddressIncludeBorder: { 'acs:SourceIp': '10.0.0.0/8' } }, { 'acs:SourceIp': '10.255.255.255' });
  assert.equal(border.decision, 'Allow');
  assert.deepEqual(border.trace.inferredRules.map((r) => r.id), ['ip-address-include-border']);
});

test('NotIpAddress with several values: the request must be outside all of them', () => {
  const notIp = { NotIpAddress: { 'acs:SourceIp': ['10.0.0.0/8', '192.168.1.1'] } };
  assert.equal(run(notIp, { 'acs:SourceIp': '192.168.1.1' }, 'Deny').decision, 'Allow');
  assert.equal(run(notIp, { 'acs:SourceIp': '10.1.2.3' }, 'Deny').decision, 'Allow');
  assert.equal(run(notIp, { 'acs:SourceIp': '8.8.8.8' }, 'Deny').decision, 'ExplicitDeny');
});

test('a missing key makes positive operators false and negated ones true, and the trace says so', () => {
  const positive = run({ IpAddress: { 'acs:SourceIp': '10.0.0.0/8' } }, {});
  assert.equal(positive.decision, 'ImplicitDeny');
  const condition = positive.trace.layers[0].statements[0].conditions[0];
  assert.equal(condition.requestValues, null);
  assert.equal(condition.reason, 'acs:SourceIp is missing from the request, so IpAddress is false (missing-key rule, inferred)');
  const negated = run({ NotIpAddress: { 'acs:SourceIp': ['10.0.0.0/8', '192.168.0.0/16'] } }, {}, 'Deny');
  assert.equal(negated.decision, 'ExplicitDeny');
  assert.ok(negated.trace.inferredRules.some((r) => r.id === 'missing-key'));
});

test('context keys: exact first, then ignoring case (flagged); multi-valued request keys mean "any value"', () => {
  const byCase = run({ StringEquals: { 'acs:ResourceTag/team': 'dev' } }, { 'ACS:resourcetag/team': 'dev' });
  assert.equal(byCase.decision, 'Allow');
  assert.ok(byCase.trace.inferredRules.some((r) => r.id === 'condition-key-case-insensitive'));
  const multi = run({ StringEquals: { 'acs:ResourceTag/team': 'dev' } }, { 'acs:ResourceTag/team': ['ops', 'dev'] });
  assert.equal(multi.decision, 'Allow');
  assert.ok(multi.trace.inferredRules.some((r) => r.id === 'multi-valued-context-key'));
});

test('an unknown (wrong-case) operator never holds', () => {
  const result = run({ stringequals: { 'acs:ResourceTag/team': 'dev' } }, { 'acs:ResourceTag/team': 'dev' });
  assert.equal(result.decision, 'ImplicitDeny');
  assert.match(result.trace.layers[0].statements[0].reason, /"stringequals" is not a RAM condition operator/);
});
