/**
 * Properties of the edit helpers over generated layouts: whatever the
 * whitespace and comments, removing repeats keeps the first occurrences in
 * order and leaves valid JSON; wrapping then unwrapping gives back the text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'jsonc-parser';
import { codeActions } from '../../server/src/core/actions/index';
import { createPolicyDocument } from '../../server/src/core/document';
import { fillSnippetDefaults, snippetBody, SNIPPETS } from '../../server/src/core/snippets/index';
import { actionsAt, applyAction, diagnosticOn, EMPTY_CATALOG } from './quickfix-support';

const ACTIONS = ['ecs:StartInstance', 'ecs:StopInstance', 'ECS:startinstance', 'oss:GetObject', 'oss:PutObject'];
const separator = fc.constantFrom(' ', '', '\n    ', '\n\t\t', ' /* c */ ', '  // note\n    ');

/** A statement whose Action array is laid out with the generated separators around every item and comma. */
const policy = fc
  .record({
    items: fc.array(fc.constantFrom(...ACTIONS), { minLength: 1, maxLength: 7 }),
    before: fc.array(separator, { minLength: 8, maxLength: 8 }),
    after: fc.array(separator, { minLength: 8, maxLength: 8 }),
  })
  .map(({ items, before, after }) => {
    const body = items.map((item, i) => `${before[i]}${JSON.stringify(item)}${after[i]}`).join(',');
    return { items, before, text: `{"Version": "1", "Statement": [{"Effect": "Allow", "Action": [${body}\n], "Resource": "*"}]}` };
  });

function firstOccurrences(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

test('removing every repeated action keeps the first occurrences, in order, as valid JSON with comments', () => {
  fc.assert(
    fc.property(policy, ({ items, before, text }) => {
      const repeats = items.length - firstOccurrences(items).length;
      fc.pre(repeats > 0);
      // Flag the first repeat, as the rule would.
      const lower = items.map((i) => i.toLowerCase());
      const repeatIndex = lower.findIndex((item, i) => lower.indexOf(item) < i);
      const occurrence = items.slice(0, repeatIndex + 1).filter((i) => i === items[repeatIndex]).length;
      const diagnostic = diagnosticOn(text, JSON.stringify(items[repeatIndex]), 'action-duplicate', undefined, occurrence);
      const actions = actionsAt(text, diagnostic.offset, [diagnostic]);
      const all = actions.find((a) => a.title === 'Remove all repeated actions') ?? actions.find((a) => a.title.startsWith('Remove the repeated'));
      assert.ok(all);
      const after = applyAction(text, all);
      const errors: unknown[] = [];
      const value = parse(after, errors as never, { allowTrailingComma: false, disallowComments: false });
      assert.deepEqual(errors, [], after);
      assert.deepEqual(value.Statement[0].Action, firstOccurrences(items), after);
      // Only the comments between a removed item and the comma before it go with it; every other comment stays.
      const comments = (t: string) => (t.match(/\/\* c \*\/|\/\/ note/g) ?? []).length;
      const removed = lower.map((item, i) => lower.indexOf(item) < i).map((r, i) => (r ? comments(before[i]) : 0));
      assert.equal(comments(after), comments(text) - removed.reduce((a, b) => a + b, 0), after);
    }),
    { numRuns: 300 },
  );
});

test('wrapping a single value in an array and unwrapping it again restores the text exactly', () => {
  fc.assert(
    fc.property(fc.constantFrom(...ACTIONS), separator, separator, (action, s1, s2) => {
      const text = `{"Version": "1", "Statement": [{"Effect": "Allow",${s1}"Action":${s2}${JSON.stringify(action)}, "Resource": "*"}]}`;
      const at = text.indexOf(JSON.stringify(action)) + 1;
      const wrap = actionsAt(text, at).find((a) => a.title === 'Wrap the value in an array')!;
      const wrapped = applyAction(text, wrap);
      const unwrap = actionsAt(wrapped, wrapped.indexOf(JSON.stringify(action)) + 1).find((a) => a.title === 'Replace the one-item array with its value')!;
      assert.equal(applyAction(wrapped, unwrap), text);
    }),
    { numRuns: 100 },
  );
});


test('code actions never throw on half-typed text and every edit stays inside the document', () => {
  const sources = SNIPPETS.map((s) => fillSnippetDefaults(snippetBody(s, 'document')));
  const codes = ['action-unknown', 'action-duplicate', 'version-invalid', 'effect-invalid', 'oss-listobjects-object-arn', 'oss-prefix-without-delimiter', 'role-arn-wrong-action', 'statement-not-array', 'unknown-element'];
  fc.assert(
    fc.property(
      fc.constantFrom(...sources),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom(...codes),
      (source, cut, at, code) => {
        const text = source.slice(0, Math.floor(cut * source.length));
        const doc = createPolicyDocument(text);
        const offset = Math.floor(at * text.length);
        const diagnostic = { code, severity: 'warning' as const, message: code, offset, length: 1, range: doc.lines.rangeOf(offset, 1), data: { replacement: 'x', bucketArn: 'acs:oss:*:*:b' } };
        for (const action of codeActions(doc, offset, offset, [diagnostic], EMPTY_CATALOG)) {
          for (const edit of action.edits) {
            assert.ok(doc.lines.offsetAt(edit.range.start) <= doc.lines.offsetAt(edit.range.end));
            assert.ok(doc.lines.offsetAt(edit.range.end) <= text.length);
          }
          applyAction(text, action);
        }
      },
    ),
    { numRuns: 1000 },
  );
});
