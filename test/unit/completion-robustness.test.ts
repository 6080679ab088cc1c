/**
 * Completion and hover at every offset of real and broken policies: they never
 * throw, every edit replaces a span that contains the cursor, and every hover
 * range contains the hovered offset.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { loadCatalog } from '../../server/src/core/catalog/node';
import { createLanguageService } from '../../server/src/core/languageService';
import type { PolicyDocument } from '../../server/src/core/document';

const service = createLanguageService(loadCatalog());

function checkEveryOffset(text: string): void {
  const doc: PolicyDocument = service.parse(text);
  for (let offset = 0; offset <= text.length; offset++) {
    const result = service.complete(doc, offset);
    for (const item of result.items) {
      const start = doc.lines.offsetAt(item.textEdit.range.start);
      const end = doc.lines.offsetAt(item.textEdit.range.end);
      assert.ok(start <= offset && offset <= end, `item ${item.label} at ${offset} edits ${start}-${end} in ${JSON.stringify(text)}`);
    }
    const hover = service.hover(doc, offset);
    if (hover) {
      const start = doc.lines.offsetAt(hover.range.start);
      const end = doc.lines.offsetAt(hover.range.end);
      assert.ok(start <= offset && offset <= end, `hover at ${offset} covers ${start}-${end}`);
      assert.ok(hover.contents.length > 0);
    }
  }
}

const BROKEN = [
  '',
  '{',
  '{"Statement": [{"Action": ["oss:Ge',
  '{"Statement": {"Effect": "Allow", "Action": "ecs:*", "Resource": "acs:ecs:',
  '[1, "a", {"x": }]',
  '{"Version": "1", "Statement": [{"Condition": {"StringLike": {"oss:Prefix": [, "a/"]}}}]}',
  '// comment\n{"Version": "1" /* x */, "Statement": []}',
  '{"Statement": [{"Principal": {"Service": "ecs.aliyuncs.com"}, "Action": "sts:AssumeRole"}]}',
  '{"Statement": [{"Resource": "acs:::::", "Action": ":"}]}',
  '"just a string"',
];

test('completion and hover hold their ranges at every offset of broken documents', () => {
  for (const text of BROKEN) checkEveryOffset(text);
});

test('completion and hover hold their ranges at every offset of corpus policies', (t) => {
  const dir = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'policies');
  if (!fs.existsSync(dir)) {
    t.skip(`corpus not found at ${dir}`);
    return;
  }
  // Every 40th file keeps the test quick while covering every kind the corpus has.
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().filter((_, i) => i % 40 === 0);
  assert.ok(files.length > 5);
  for (const file of files) checkEveryOffset(fs.readFileSync(path.join(dir, file), 'utf8'));
});

test('completion and hover hold their ranges on random policy-like text', () => {
  const token = fc.constantFrom('{', '}', '[', ']', ',', ':', '"', ' ', '\n', '"Statement"', '"Action"', '"Resource"', '"Condition"', '"Principal"', '"acs:oss:*:*:b/*"', '"oss:Get*"', '"StringLike"', '"acs:SourceIp"', 'x', '*');
  fc.assert(
    fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
      checkEveryOffset(tokens.join(''));
    }),
    { numRuns: 150 },
  );
});
