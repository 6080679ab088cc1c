/**
 * Quick fixes over the 795 real policies (../shared/corpus, never copied into
 * the repository): every fix offered for a real diagnostic applies cleanly,
 * removes that diagnostic, adds no JSON problem and no error; EnablePath on
 * every statement that qualifies adds a listing statement that lints clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { loadCatalog } from '../../server/src/core/catalog/node';
import type { PolicyKind } from '../../server/src/core/kinds';
import { directoryListingTitle } from '../../server/src/core/actions/addParentPrefixListing';
import { applyEdits } from './quickfix-support';

interface IndexEntry {
  file: string;
  kind: 'identity' | 'session' | 'trust' | 'bucket' | 'unknown';
}

const corpusDir = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
const available = fs.existsSync(path.join(corpusDir, 'index.json'));
const KIND: Record<IndexEntry['kind'], PolicyKind> = { identity: 'identity', session: 'session', trust: 'trust', bucket: 'bucket', unknown: 'resource' };
const ENABLE_PATH_SUFFIX = directoryListingTitle([]).slice('Allow listing down to '.length);

test('every quick fix offered on the corpus applies cleanly and removes its diagnostic', { skip: !available && 'corpus not found' }, () => {
  const service = createLanguageService(loadCatalog());
  const index = JSON.parse(fs.readFileSync(path.join(corpusDir, 'index.json'), 'utf8')) as IndexEntry[];
  const failures: string[] = [];
  const fixesByCode = new Map<string, number>();
  let enablePath = 0;
  for (const entry of index) {
    const text = fs.readFileSync(path.join(corpusDir, entry.file), 'utf8');
    const options = { uri: `file:///corpus/${entry.file}`, kind: KIND[entry.kind] };
    const doc = service.parse(text, options);
    const diagnostics = service.validate(doc);
    const count = (list: typeof diagnostics, code: string) => list.filter((d) => d.code === code).length;
    const syntax = (t: string) => service.parse(t, options).syntaxProblems.filter((p) => p.code === 'json-syntax').length;
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    for (const diagnostic of diagnostics) {
      const fixes = service.codeActions(doc, diagnostic.offset, diagnostic.offset + diagnostic.length, diagnostics).filter((a) => a.diagnosticCodes.includes(diagnostic.code));
      for (const fix of fixes) {
        fixesByCode.set(diagnostic.code, (fixesByCode.get(diagnostic.code) ?? 0) + 1);
        const where = `${entry.file} ${diagnostic.code} "${fix.title}"`;
        const after = applyEdits(doc, fix.edits);
        const afterDiagnostics = service.validate(service.parse(after, options));
        if (syntax(after) > syntax(text)) failures.push(`${where}: breaks the JSON`);
        if (count(afterDiagnostics, diagnostic.code) >= count(diagnostics, diagnostic.code)) failures.push(`${where}: diagnostic still there`);
        if (afterDiagnostics.filter((d) => d.severity === 'error').length > errors) failures.push(`${where}: adds an error`);
      }
    }
    for (const statement of doc.model.statements) {
      const at = statement.node.offset + 1;
      for (const action of service.codeActions(doc, at, at, []).filter((a) => a.title.endsWith(ENABLE_PATH_SUFFIX))) {
        enablePath++;
        const after = applyEdits(doc, action.edits);
        const before = new Set(diagnostics.map((d) => d.code));
        // A placeholder bucket name in the original is copied into the new statement: not a new problem.
        const added = service.validate(service.parse(after, options)).filter((d) => !before.has(d.code));
        if (syntax(after) > syntax(text)) failures.push(`${entry.file} EnablePath: breaks the JSON`);
        if (added.length) failures.push(`${entry.file} EnablePath: adds ${added.map((d) => d.code).join(', ')}`);
      }
    }
  }
  const total = [...fixesByCode.values()].reduce((a, b) => a + b, 0);
  console.log(`[quick fixes on the corpus] ${total} fixes applied (${[...fixesByCode].map(([c, n]) => `${c} ${n}`).join(', ')}); EnablePath ${enablePath}; failures ${failures.length}`);
  assert.deepEqual(failures, []);
  assert.ok(total >= 200, `the corpus exercises the fixes (${total})`);
  assert.ok(enablePath >= 40, `EnablePath is offered on the corpus's OSS folder statements (${enablePath})`);
});
