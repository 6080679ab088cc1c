/** The token under the cursor for hover: a string key or value, with its JSON path. */
import { findNodeAtOffset, type Node } from 'jsonc-parser';
import type { PolicyDocument } from '../document';

export interface HoverTarget {
  node: Node;
  /** Path of the value (or, for a key, of the property's value) from the root: `["Statement", 0, "Action", 1]`. */
  path: Array<string | number>;
  isKey: boolean;
}

function pathOf(node: Node): Array<string | number> {
  const path: Array<string | number> = [];
  let current: Node = node;
  while (current.parent) {
    const parent: Node = current.parent;
    if (parent.type === 'property') {
      path.unshift(String(parent.children?.[0]?.value));
      current = parent.parent ?? parent;
      if (current === parent) break;
      continue;
    }
    if (parent.type === 'array') path.unshift(parent.children?.indexOf(current) ?? 0);
    current = parent;
  }
  return path;
}

export function hoverTarget(doc: PolicyDocument, offset: number): HoverTarget | undefined {
  if (!doc.root) return undefined;
  const node = findNodeAtOffset(doc.root, offset, false);
  if (!node || (node.type !== 'string' && node.type !== 'number' && node.type !== 'boolean')) return undefined;
  const parent = node.parent;
  const isKey = parent?.type === 'property' && parent.children?.[0] === node;
  return { node, path: pathOf(node), isKey };
}
