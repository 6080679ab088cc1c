/** How simulation reads files: open buffers first, disk otherwise, URIs both ways, workspace roots. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isInside, uriToPath, WorkspaceFiles } from '../../server/src/lsp/simulateFiles';

const dir = mkdtempSync(path.join(tmpdir(), 'ram-files-'));
const onDisk = path.join(dir, 'a b.json');
writeFileSync(onDisk, 'disk text');
const openUri = 'file://' + dir.split(path.sep).map(encodeURIComponent).join('/') + '/a%20b.json';

function files(version = 3) {
  return new WorkspaceFiles({ all: () => [{ uri: openUri, version, getText: () => 'buffer text' }] }, [pathToFileURL(dir).href]);
}

test('an open document is read from its buffer (unsaved edits count) and keeps the client URI', () => {
  const f = files();
  assert.equal(f.readFile(onDisk), 'buffer text');
  assert.equal(f.uriOf(onDisk), openUri);
});

test('other files come from disk; a missing one is undefined; URIs are file:// URLs', () => {
  const f = new WorkspaceFiles({ all: () => [] }, []);
  assert.equal(f.readFile(onDisk), 'disk text');
  assert.equal(f.readFile(path.join(dir, 'missing.json')), undefined);
  assert.equal(f.uriOf(onDisk), pathToFileURL(onDisk).href);
  assert.equal(uriToPath(pathToFileURL(onDisk).href), onDisk);
  assert.equal(uriToPath('untitled:Untitled-1'), undefined);
});

test('the fingerprint changes with the buffer version of a file read', () => {
  const first = files(3);
  first.readFile(onDisk);
  assert.notEqual(first.fingerprint(), files(4).fingerprint(first.touched));
  assert.equal(first.fingerprint(), files(3).fingerprint(first.touched));
});

test('workspace roots: the containing folder, and what leaves it', () => {
  const f = files();
  assert.equal(f.workspaceRootOf(onDisk), dir);
  assert.equal(isInside(dir, path.join(dir, 'x', 'y.json')), true);
  assert.equal(isInside(dir, path.join(dir, '..', 'y.json')), false);
  assert.equal(isInside(dir, path.join(`${dir}-sibling`, 'y.json')), false);
});

test('file problems without a range land on the first line of their file', () => {
  const d = files().toDiagnostic({ uri: onDisk, code: 'reference-missing', severity: 'error', message: 'gone' });
  assert.deepEqual(d, { uri: openUri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 'error', code: 'reference-missing', message: 'gone' });
});
