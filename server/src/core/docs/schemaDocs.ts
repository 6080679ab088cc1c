/**
 * Element descriptions from the policy JSON schemas (schemas/*.schema.json), read
 * at build time (JSON imports are compiled and bundled in), one set per policy kind.
 */
import identitySchema from '../../../../schemas/identity-policy.schema.json';
import trustSchema from '../../../../schemas/trust-policy.schema.json';
import bucketSchema from '../../../../schemas/bucket-policy.schema.json';
import type { PolicyKind } from '../kinds';

interface SchemaNode {
  description?: string;
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  definitions?: Record<string, SchemaNode>;
}

export interface ElementDescriptions {
  top: Record<string, string>;
  statement: Record<string, string>;
  principal: Record<string, string>;
}

function resolve(schema: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node?.$ref) return node;
  const name = node.$ref.replace('#/definitions/', '');
  return schema.definitions?.[name];
}

function describe(schema: SchemaNode, properties: Record<string, SchemaNode> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, node] of Object.entries(properties ?? {})) {
    const description = node.description ?? resolve(schema, node)?.description;
    if (description) result[key] = description;
  }
  return result;
}

function fromSchema(schema: SchemaNode): ElementDescriptions {
  const statement = schema.definitions?.statement;
  const principal = schema.definitions?.principal;
  return {
    top: describe(schema, schema.properties),
    statement: describe(schema, statement?.properties),
    principal: describe(schema, principal?.properties),
  };
}

const BY_SCHEMA = {
  identity: fromSchema(identitySchema as SchemaNode),
  trust: fromSchema(trustSchema as SchemaNode),
  bucket: fromSchema(bucketSchema as SchemaNode),
};

/** Resource policies other than bucket policies are checked leniently: the bucket schema is the closest. */
export function elementDescriptions(kind: PolicyKind): ElementDescriptions {
  switch (kind) {
    case 'identity':
    case 'session':
      return BY_SCHEMA.identity;
    case 'trust':
      return BY_SCHEMA.trust;
    case 'bucket':
    case 'resource':
      return BY_SCHEMA.bucket;
  }
}
