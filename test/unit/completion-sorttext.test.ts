/**
 * The server leaves out sort keys that only repeat the label, and only when the order an
 * editor shows stays exactly the same.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver/node';
import { redundantSortPrefix } from '../../server/src/lsp/completion';

/** What the server sends: sort keys of the redundant group left out. */
function dropRedundantSortText(items: CompletionItem[]): void {
  const prefix = redundantSortPrefix(items);
  if (prefix === undefined) return;
  for (const item of items) if (item.sortText === prefix + item.label) delete item.sortText;
}

const item = (label: string, sortText?: string): CompletionItem => ({ label, ...(sortText !== undefined ? { sortText } : {}) });
const shownOrder = (items: CompletionItem[]) =>
  [...items].sort((a, b) => {
    const ka = (a.sortText ?? a.label).toLowerCase();
    const kb = (b.sortText ?? b.label).toLowerCase();
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  }).map((i) => i.label);

test('wildcards first, actions after: the actions lose their sort key, the order stays', () => {
  const items = [item('ecs:*', '0ecs:*'), item('ecs:Describe*', '0ecs:Describe*'), item('ecs:AddTags', '1ecs:AddTags'), item('ecs:DescribeInstances', '1ecs:DescribeInstances')];
  const before = shownOrder(items);
  dropRedundantSortText(items);
  assert.deepEqual(items.map((i) => i.sortText), ['0ecs:*', '0ecs:Describe*', undefined, undefined]);
  assert.deepEqual(shownOrder(items), before);
});

test('a group whose labels would jump ahead keeps its keys; another group that can drop them does', () => {
  const items = [item('zeta', '0zeta'), item('yak', '0yak'), item('alpha', '1alpha')];
  const before = shownOrder(items);
  dropRedundantSortText(items);
  assert.deepEqual(shownOrder(items), before);
  assert.deepEqual(items.map((i) => i.sortText), ['0zeta', '0yak', undefined]);
});

test('kept when a label starts below the digits (`*` sorts before `0`)', () => {
  const items = [item('*', '1*'), item('cn-hangzhou', '2cn-hangzhou'), item('cn-beijing', '2cn-beijing'), item('any', '0any')];
  const before = shownOrder(items);
  dropRedundantSortText(items);
  assert.deepEqual(shownOrder(items), before);
});

test('kept when some item has no sort key or keys are not <prefix><label>', () => {
  const mixed = [item('a', '1a'), item('b')];
  dropRedundantSortText(mixed);
  assert.equal(mixed[0].sortText, '1a');
  const ranked = [item('Version', '00'), item('Statement', '01')];
  dropRedundantSortText(ranked);
  assert.deepEqual(ranked.map((i) => i.sortText), ['00', '01']);
});
