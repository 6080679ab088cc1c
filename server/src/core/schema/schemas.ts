/** The three policy JSON schemas, bundled as modules (no file system access in the core). */
import identityPolicySchema from '../../../../schemas/identity-policy.schema.json';
import trustPolicySchema from '../../../../schemas/trust-policy.schema.json';
import bucketPolicySchema from '../../../../schemas/bucket-policy.schema.json';
import type { PolicyKind } from '../kinds';

export type SchemaName = 'identity' | 'trust' | 'bucket';

const SCHEMAS: Record<SchemaName, object> = {
  identity: identityPolicySchema,
  trust: trustPolicySchema,
  bucket: bucketPolicySchema,
};

/** Session policies use the identity grammar; other resource policies vary too much for a schema. */
export function schemaNameFor(kind: PolicyKind): SchemaName | undefined {
  switch (kind) {
    case 'identity':
    case 'session':
      return 'identity';
    case 'trust':
      return 'trust';
    case 'bucket':
      return 'bucket';
    case 'resource':
      return undefined;
  }
}

export function policySchema(name: SchemaName): object {
  return SCHEMAS[name];
}
