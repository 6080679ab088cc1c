/** `ram-policy expand` and `ram-policy catalog info` as a user runs them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const cli = path.resolve(__dirname, '..', '..', 'server', 'src', 'cli', 'main.js');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('expand --format json lists the matches per pattern', () => {
  const { code, stdout } = run('expand', 'oss:Get*Acl', 'OSS:PutObject', '--format', 'json');
  assert.equal(code, 0);
  assert.deepEqual(JSON.parse(stdout), [
    { pattern: 'oss:Get*Acl', matches: ['oss:GetBucketAcl', 'oss:GetObjectAcl', 'oss:GetObjectVersionAcl'] },
    { pattern: 'OSS:PutObject', matches: ['oss:PutObject'] },
  ]);
});

test('expand text output shows counts; a pattern without matches exits 1', () => {
  const { code, stdout } = run('expand', 'oss:GetObject?cl', 'nope:*');
  assert.equal(code, 1);
  assert.equal(stdout, 'oss:GetObject?cl: 1 action\n  oss:GetObjectAcl\n\nnope:*: 0 actions\n  (unknown service "nope")\n');
});

test('expand explains an empty result with a did-you-mean', () => {
  const { code, stdout } = run('expand', 'osss:GetObject', 'oss:HeadObject', 'oss:Zzz*');
  assert.equal(code, 1);
  assert.equal(
    stdout,
    'osss:GetObject: 0 actions\n  (unknown service "osss"; did you mean oss?)\n\n' +
      'oss:HeadObject: 0 actions\n  (did you mean oss:GetObject?)\n\n' +
      'oss:Zzz*: 0 actions\n',
  );
  const json = JSON.parse(run('expand', 'osss:GetObject', '--format', 'json').stdout);
  assert.deepEqual(json, [{ pattern: 'osss:GetObject', matches: [] }]);
});

test('expand rejects an unknown format with exit 2', () => {
  const { code, stderr } = run('expand', 'oss:*', '--format', 'xml');
  assert.equal(code, 2);
  assert.match(stderr, /--format must be text or json, not "xml"/);
});

test('catalog info prints the date, sources and counts per confidence', () => {
  const { code, stdout } = run('catalog', 'info');
  assert.equal(code, 0);
  assert.match(stdout, /^RAM action catalog, inputs as of 2026-10-26\n/);
  assert.match(stdout, /services: +\d{3} \(complete tables: dds, ecs, oss\)/);
  assert.match(stdout, /actions: +\d+ \(verified \d+, derived from API names \d+\)/);
  assert.match(stdout, /aliyun-openapi-meta/);
  assert.match(stdout, /RAM code from: docs \d+, product-code \d+, product-default \d+, ram-table \d+, services-page \d+, spec \d+\n/);
  const json = JSON.parse(run('catalog', 'info', '--format', 'json').stdout) as Record<string, number>;
  assert.equal(json.actions, json.verifiedActions + json.derivedActions);
  assert.ok(json.services > 150);
  const bySource = (json as unknown as { servicesBySource: Record<string, number> }).servicesBySource;
  assert.equal(Object.values(bySource).reduce((a, b) => a + b, 0), json.services);
});
