import type { Node } from 'jsonc-parser';
import type { Rule } from './types';

/** Walks every object of the tree (iteratively: deep documents must not overflow the stack). */
function* objects(root: Node | undefined): Generator<Node> {
  const stack: Node[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'object') yield node;
    for (const child of node.children ?? []) stack.push(child);
  }
}

export const duplicateKey: Rule = {
  meta: {
    code: 'duplicate-key',
    defaultSeverity: 'error',
    description: 'A JSON key appears twice in one object; parsers keep only the last one, which silently changes the policy.',
  },
  check(context) {
    for (const object of objects(context.doc.root)) {
      const seen = new Set<string>();
      for (const property of object.children ?? []) {
        const keyNode = property.children?.[0];
        if (keyNode?.type !== 'string') continue;
        const key = String(keyNode.value);
        if (seen.has(key)) {
          context.report(keyNode, `Duplicate key "${key}": only the last one counts. Merge the two "${key}" entries into one.`);
        }
        seen.add(key);
      }
    }
  },
};
