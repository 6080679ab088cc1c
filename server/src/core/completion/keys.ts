/** Property-name completion: top level, statement elements, Principal types. */
import type { PolicyDocument } from '../document';
import type { CompletionItem } from '../features';
import type { PolicyKind } from '../kinds';
import { propertiesOf } from '../model/build';
import { ELEMENT_DOCS, PRINCIPAL_TYPE_DOCS } from '../docs/elements';
import type { CursorContext } from './context';
import { propertyItem } from './items';

interface KeySpec {
  key: string;
  /** Snippet inserted after `"Key": `. */
  value: string;
  /** Ask for completion again after inserting (the value has its own completion). */
  retrigger?: boolean;
}

const TOP_KEYS: KeySpec[] = [
  { key: 'Version', value: '"1"' },
  { key: 'Statement', value: '[\n\t{\n\t\t$1\n\t}\n]', retrigger: true },
];

const EFFECT: KeySpec = { key: 'Effect', value: '"${1|Allow,Deny|}"' };
const ACTION: KeySpec = { key: 'Action', value: '["$1"]', retrigger: true };
const NOT_ACTION: KeySpec = { key: 'NotAction', value: '["$1"]', retrigger: true };
const RESOURCE: KeySpec = { key: 'Resource', value: '["$1"]', retrigger: true };
const CONDITION: KeySpec = { key: 'Condition', value: '{\n\t$1\n}', retrigger: true };
const PRINCIPAL_MAP: KeySpec = { key: 'Principal', value: '{\n\t"${1|RAM,Service,Federated|}": ["$2"]\n}' };
const PRINCIPAL_LIST: KeySpec = { key: 'Principal', value: '["$1"]', retrigger: true };

/** The elements each kind of policy documents for a statement (spec §1.2, §1.4). */
export function statementKeysFor(kind: PolicyKind): KeySpec[] {
  switch (kind) {
    case 'identity':
    case 'session':
      return [EFFECT, ACTION, NOT_ACTION, RESOURCE, CONDITION];
    case 'trust':
      return [EFFECT, ACTION, NOT_ACTION, PRINCIPAL_MAP, CONDITION];
    case 'bucket':
      return [EFFECT, ACTION, NOT_ACTION, PRINCIPAL_LIST, RESOURCE, CONDITION];
    case 'resource':
      return [EFFECT, ACTION, NOT_ACTION, PRINCIPAL_MAP, RESOURCE, CONDITION];
  }
}

/** Keys already written in the object the cursor is in, except the one being typed. */
function presentKeys(doc: PolicyDocument, ctx: CursorContext): Set<string> {
  const present = new Set<string>();
  const objectPath = ctx.path.slice(0, -1);
  const node = nodeAtPath(doc, objectPath);
  for (const property of propertiesOf(node)) {
    const isEdited = property.keyNode.offset === ctx.span.offset && ctx.span.quoted;
    if (!isEdited) present.add(property.key);
  }
  return present;
}

function nodeAtPath(doc: PolicyDocument, path: Array<string | number>) {
  let node = doc.root;
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') {
      node = node.type === 'array' ? node.children?.[segment] : undefined;
    } else {
      if (node.type !== 'object') return undefined;
      const property = propertiesOf(node).filter((p) => p.key === segment).pop();
      node = property?.valueNode;
    }
  }
  return node;
}

function keyItems(doc: PolicyDocument, ctx: CursorContext, specs: KeySpec[], docs: Record<string, string>): CompletionItem[] {
  const present = presentKeys(doc, ctx);
  // Action and NotAction exclude each other, as do Resource and NotResource.
  const excludes: Record<string, string> = { Action: 'NotAction', NotAction: 'Action', Resource: 'NotResource', NotResource: 'Resource' };
  return specs
    .filter((spec) => !present.has(spec.key) && !(excludes[spec.key] && present.has(excludes[spec.key])))
    .map((spec, i) =>
      propertyItem(
        doc,
        ctx,
        { label: spec.key, kind: 'property', documentation: docs[spec.key], sortText: String(i).padStart(2, '0'), retrigger: spec.retrigger },
        spec.key,
        spec.value,
      ),
    );
}

export function topLevelKeys(doc: PolicyDocument, ctx: CursorContext): CompletionItem[] {
  return keyItems(doc, ctx, TOP_KEYS, ELEMENT_DOCS);
}

export function statementKeys(doc: PolicyDocument, ctx: CursorContext): CompletionItem[] {
  return keyItems(doc, ctx, statementKeysFor(doc.kind.kind), ELEMENT_DOCS);
}

/** Trust (and other resource) policies name principals by type; a bucket policy's Principal is a flat list. */
export function principalKeys(doc: PolicyDocument, ctx: CursorContext): CompletionItem[] {
  if (doc.kind.kind === 'bucket') return [];
  const specs: KeySpec[] = ['RAM', 'Service', 'Federated'].map((key) => ({ key, value: '["$1"]', retrigger: true }));
  return keyItems(doc, ctx, specs, PRINCIPAL_TYPE_DOCS);
}
