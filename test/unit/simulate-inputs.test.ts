/** What the simulate pickers accept: the request context list, caller ARNs, durations. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCaller, formatContextList, parseContextList, parseDuration } from '../../client/src/simulate/inputs';

test('context: key=value pairs split on ";" or ",", repeated keys become lists', () => {
  assert.deepEqual(parseContextList('acs:SourceIp=10.0.0.1; acs:SecureTransport=true, oss:Prefix=logs/'), {
    context: { 'acs:SourceIp': '10.0.0.1', 'acs:SecureTransport': 'true', 'oss:Prefix': 'logs/' },
  });
  assert.deepEqual(parseContextList('acs:SourceIp=10.0.0.1;acs:SourceIp=192.168.0.1'), { context: { 'acs:SourceIp': ['10.0.0.1', '192.168.0.1'] } });
  assert.deepEqual(parseContextList('  '), { context: {} });
});

test('context: a comma inside a value stays when no key= follows it', () => {
  assert.deepEqual(parseContextList('oss:Delimiter=,;acs:CurrentTime=2026-01-01T00:00:00Z'), {
    context: { 'oss:Delimiter': ',', 'acs:CurrentTime': '2026-01-01T00:00:00Z' },
  });
  assert.deepEqual(parseContextList('ram:Tags=a,b'), { context: { 'ram:Tags': 'a,b' } });
});

test('context: a part without key= is reported', () => {
  assert.deepEqual(parseContextList('acs:SourceIp'), { error: '"acs:SourceIp" is not key=value' });
  assert.deepEqual(parseContextList('=1'), { error: '"=1" is not key=value' });
});

test('context: formatting gives back what parses to the same context', () => {
  const context = { 'acs:SourceIp': ['10.0.0.1', '10.0.0.2'], 'acs:MFAPresent': 'true' };
  const text = formatContextList(context);
  assert.equal(text, 'acs:SourceIp=10.0.0.1; acs:SourceIp=10.0.0.2; acs:MFAPresent=true');
  assert.deepEqual(parseContextList(text), { context });
});

test('callers: each kind has its ARN shape', () => {
  assert.equal(checkCaller('ram-user', 'acs:ram::1234567890123456:user/alice'), undefined);
  assert.equal(checkCaller('ram-user', 'acs:ram::1234567890123456:role/alice'), 'RAM user callers look like acs:ram::<account-id>:user/<user-name>');
  assert.equal(checkCaller('ram-role', 'acs:ram::1234567890123456:role/dev/session-1'), undefined);
  assert.equal(checkCaller('root', 'acs:ram::1234567890123456:root'), undefined);
  assert.equal(checkCaller('service', 'ecs.aliyuncs.com'), undefined);
  assert.equal(checkCaller('service', 'ecs'), 'Alibaba Cloud service callers look like <service>.aliyuncs.com');
});

test('duration: empty means the role file value, else whole seconds', () => {
  assert.deepEqual(parseDuration(''), { seconds: undefined });
  assert.deepEqual(parseDuration(' 1800 '), { seconds: 1800 });
  assert.ok('error' in parseDuration('1.5h'));
});
