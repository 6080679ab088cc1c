/** `ram-policy lint` as CI runs it: main() from the CLI entry, real catalog, files in a temporary folder. */
import { test, before, after } from 'node:test';
import { runCli } from './scenarios-cli-harness';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

let root: string;
const originalCwd = process.cwd();

const CLEAN = '{\n  "Version": "1",\n  "Statement": [{"Effect": "Allow", "Action": "ecs:DescribeInstances", "Resource": "*"}]\n}\n';
const BROKEN = '{\n  "Version": 1,\n  "Statement": [{"Effect": "allow", "Action": "ecs: CreateInstance", "Resource": "*"}]\n}\n';
const TRUST = '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": ["ecs.aliyuncs.com"]}}]}\n';

function write(relative: string, text: string): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

before(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ram-lint-'));
  write('clean.json', CLEAN);
  write('bom.json', '\uFEFF' + CLEAN);
  write('broken.json', BROKEN);
  write('role.trust.json', TRUST);
  write('tree/nested/policy.jsonc', '// a comment\n' + CLEAN);
  write('tree/package.json', '{"name": "x", "version": "1.0.0"}');
  write('tree/admin.role.json', '{"roleArn": "acs:ram::1:role/a"}');
  write('tree/cases.ramtest.json', '{"cases": []}');
  write('tree/node_modules/dep/policy.json', BROKEN);
  write('tree/.hidden/policy.json', BROKEN);
  write('tree/notes.txt', 'not json');
  process.chdir(root);
});

after(() => {
  process.chdir(originalCwd);
  fs.rmSync(root, { recursive: true, force: true });
});

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(['lint', ...args]);
}

test('lint: a clean policy exits 0 with a summary line', async () => {
  const { code, stdout } = await run('clean.json');
  assert.equal(code, 0);
  assert.equal(stdout, '0 errors, 0 warnings, 0 information, 0 hints in 1 file\n');
});

test('lint: a UTF-8 byte order mark is ignored, as editors do', async () => {
  const { code, stdout } = await run('bom.json');
  assert.equal(code, 0);
  assert.equal(stdout, '0 errors, 0 warnings, 0 information, 0 hints in 1 file\n');
});

test('lint: errors exit 1, one line per finding as file:line:col severity code message', async () => {
  const { code, stdout } = await run('broken.json');
  assert.equal(code, 1);
  assert.equal(
    stdout,
    [
      'broken.json:2:14 error version-invalid Version must be the string "1", not the number 1: write "Version": "1".',
      'broken.json:3:28 error effect-invalid Effect "allow" is not valid: values are case-sensitive, write "Allow".',
      'broken.json:3:47 error action-malformed "ecs: CreateInstance" contains whitespace, so it never matches: write "ecs:CreateInstance".',
      '3 errors, 0 warnings, 0 information, 0 hints in 1 file',
      '',
    ].join('\n'),
  );
});

test('lint --format json: exactly file + diagnostics with 0-based ranges', async () => {
  const { code, stdout } = await run('--format', 'json', 'broken.json', 'clean.json');
  assert.equal(code, 1);
  const parsed = JSON.parse(stdout);
  assert.deepEqual(parsed[1], { file: 'clean.json', diagnostics: [] });
  assert.equal(parsed[0].file, 'broken.json');
  assert.deepEqual(parsed[0].diagnostics[0], {
    code: 'version-invalid',
    severity: 'error',
    message: 'Version must be the string "1", not the number 1: write "Version": "1".',
    range: { start: { line: 1, character: 13 }, end: { line: 1, character: 14 } },
  });
  for (const d of parsed[0].diagnostics) assert.deepEqual(Object.keys(d), ['code', 'severity', 'message', 'range']);
});

test('lint --format sarif: SARIF 2.1.0 with rules and 1-based regions on relative URIs', async () => {
  const { code, stdout } = await run('--format', 'sarif', 'tree');
  assert.equal(code, 0);
  const sarif = JSON.parse(stdout);
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  const [runEntry] = sarif.runs;
  const driver = runEntry.tool.driver;
  assert.equal(driver.name, 'ram-policy');
  assert.match(driver.version, /^\d+\.\d+\.\d+/);
  assert.match(driver.informationUri, /^https:\/\//);
  const comment = driver.rules.find((r: { id: string }) => r.id === 'json-comment');
  assert.deepEqual(Object.keys(comment).sort(), ['defaultConfiguration', 'helpUri', 'id', 'name', 'shortDescription']);
  assert.equal(comment.defaultConfiguration.level, 'warning');
  assert.match(comment.helpUri, /^https:\/\//);
  assert.ok(driver.rules.some((r: { id: string; defaultConfiguration: { level: string } }) => r.id === 'arn-service-mismatch' && r.defaultConfiguration.level === 'note'));
  assert.deepEqual(runEntry.results, [
    {
      ruleId: 'json-comment',
      ruleIndex: driver.rules.indexOf(comment),
      level: 'warning',
      message: { text: 'Comments are not JSON: Alibaba Cloud rejects a policy that contains them. Remove the comment before applying the policy.' },
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'tree/nested/policy.jsonc' }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 13 } } },
      ],
    },
  ]);
});

test('lint <folder>: recurses into *.json/*.jsonc, skips node_modules, dot-folders, role/test files and non-policies', async () => {
  const { code, stdout } = await run('tree');
  assert.equal(code, 0);
  assert.equal(
    stdout,
    [
      'tree/nested/policy.jsonc:1:1 warning json-comment Comments are not JSON: Alibaba Cloud rejects a policy that contains them. Remove the comment before applying the policy.',
      'tree/admin.role.json: skipped (role file for the AssumeRole simulator)',
      'tree/cases.ramtest.json: skipped (policy test file)',
      'tree/package.json: skipped (no Version or Statement: not a policy)',
      '0 errors, 1 warning, 0 information, 0 hints in 1 file (3 skipped)',
      '',
    ].join('\n'),
  );
});

test('lint: a missing file is reported, the others are still linted, and the exit code is 2', async () => {
  const clean = await run('missing.json', 'clean.json');
  assert.equal(clean.code, 2);
  assert.equal(clean.stdout, 'missing.json: cannot read (no such file or folder)\n0 errors, 0 warnings, 0 information, 0 hints in 1 file (1 unreadable)\n');
  const withErrors = await run('--format', 'json', 'broken.json', 'missing.json');
  assert.equal(withErrors.code, 2);
  assert.equal(JSON.parse(withErrors.stdout).length, 1);
  assert.equal(withErrors.stderr, 'ram-policy lint: cannot read missing.json (no such file or folder)\n');
});

test('lint: the kind comes from the file name, or from --kind', async () => {
  assert.equal((await run('role.trust.json')).code, 0);
  const forced = await run('--kind', 'identity', '--format', 'json', 'role.trust.json');
  assert.equal(forced.code, 1);
  assert.deepEqual(
    JSON.parse(forced.stdout)[0].diagnostics.map((d: { code: string }) => d.code),
    ['resource-missing', 'principal-not-allowed'],
  );
});

test('lint --rule: off removes findings, a level replaces the severity; bad flags are usage errors', async () => {
  const off = await run('--rule', 'version-invalid=off', '--rule', 'effect-invalid=warning', '--format', 'json', 'broken.json');
  assert.equal(off.code, 1);
  assert.deepEqual(
    JSON.parse(off.stdout)[0].diagnostics.map((d: { code: string; severity: string }) => `${d.code}:${d.severity}`),
    ['effect-invalid:warning', 'action-malformed:error'],
  );
  const bad = await run('--rule', 'no-such-rule=off', 'clean.json');
  assert.equal(bad.code, 2);
  assert.equal(bad.stderr, 'ram-policy lint: --rule: unknown rule code "no-such-rule"\n');
  assert.equal((await run('--rule', 'allow-all=loud', 'clean.json')).code, 2);
  assert.equal((await run('--format', 'xml', 'clean.json')).code, 2);
  assert.equal((await run('--kind', 'policy', 'clean.json')).code, 2);
});
