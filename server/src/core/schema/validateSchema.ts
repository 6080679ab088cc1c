/**
 * Validates a policy against its kind's JSON schema with ajv and maps each failure to the
 * smallest node that shows it. Semantic rules explain mistakes better, so the caller drops a
 * schema finding wherever a rule already reported on the same text.
 */
import type { ErrorObject } from 'ajv';
import * as validators from './validators.generated';
import { findNodeAtLocation, getNodeValue, type Node, type Segment } from 'jsonc-parser';
import type { PolicyDocument } from '../document';
import type { RuleMeta } from '../rules/types';
import { schemaNameFor, type SchemaName } from './schemas';

export const SCHEMA_RULE_META: RuleMeta = {
  code: 'schema',
  defaultSeverity: 'error',
  description: 'The document does not fit the JSON schema of its policy kind (a value of the wrong type, a missing or unexpected element) where no more specific rule applies.',
};

export interface SchemaFinding {
  offset: number;
  length: number;
  message: string;
}

/** ajv's standalone validator for one schema: errors land on the function after a failed call. */
type CompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * The validators are ajv's code for the schemas, generated at build time by
 * scripts/compile-schemas.ts: compiling at run time would load ajv's compiler
 * into the language server (about 20 MB of resident memory).
 */
function validatorFor(name: SchemaName): CompiledValidator {
  return (validators as Record<SchemaName, CompiledValidator>)[name];
}

function pathOf(instancePath: string): Segment[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** A single statement object is validated as a one-element array (statement-not-array flags it); map paths back. */
function locate(root: Node, path: Segment[], statementWrapped: boolean): Node | undefined {
  if (statementWrapped && path[0] === 'Statement' && path[1] === 0) path = ['Statement', ...path.slice(2)];
  return path.length === 0 ? root : findNodeAtLocation(root, path);
}

function keyNodeOf(object: Node, key: string): Node | undefined {
  for (let i = (object.children?.length ?? 0) - 1; i >= 0; i--) {
    const keyNode = object.children![i].children?.[0];
    if (keyNode?.value === key) return keyNode;
  }
  return undefined;
}

function typeName(type: unknown): string {
  const names: Record<string, string> = { string: 'a string', array: 'an array', object: 'an object', number: 'a number', boolean: 'a boolean' };
  const list = Array.isArray(type) ? type : [type];
  return list.map((t) => names[String(t)] ?? String(t)).join(' or ');
}

/** Names the element a path points at: `Action`, `an item of Action`, `the policy`. */
function subjectOf(path: Segment[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'The policy';
  if (typeof last === 'number') {
    const owner = path[path.length - 2];
    return owner === undefined ? `Item ${last + 1}` : `Each item of ${String(owner)}`;
  }
  return String(last);
}

function messageOf(error: ErrorObject, path: Segment[]): string {
  const params = error.params as Record<string, unknown>;
  const subject = subjectOf(path);
  switch (error.keyword) {
    case 'type':
      return `${subject} must be ${typeName(params.type)}.`;
    case 'anyOf':
      return `${subject} must be a string or an array of strings.`;
    case 'const':
      return `${subject} must be "${String(params.allowedValue)}".`;
    case 'enum':
      return `${subject} must be one of ${(params.allowedValues as unknown[]).map((v) => `"${String(v)}"`).join(', ')}.`;
    case 'required':
      return `Missing required element "${String(params.missingProperty)}".`;
    case 'additionalProperties':
      return `"${String(params.additionalProperty)}" is not allowed in ${subject === 'The policy' ? 'the policy' : subject}.`;
    case 'minItems':
      return `${subject} needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}.`;
    case 'minProperties':
      return `${subject} needs at least one entry.`;
    case 'oneOf':
      return 'Use exactly one of "Action" or "NotAction".';
    default:
      return `${subject}: ${error.message ?? 'does not match the policy schema'}.`;
  }
}

/** Schema findings for the document; none for documents with JSON syntax errors or without a schema. */
export function validateSchema(doc: PolicyDocument): SchemaFinding[] {
  const name = schemaNameFor(doc.kind.kind);
  const root = doc.root;
  if (!name || !root || doc.syntaxProblems.some((p) => p.code === 'json-syntax')) return [];
  const value = getNodeValue(root) as unknown;
  const statementWrapped =
    typeof value === 'object' && value !== null && !Array.isArray(value) && isPlainObject((value as Record<string, unknown>).Statement);
  const input = statementWrapped ? { ...(value as Record<string, unknown>), Statement: [(value as Record<string, unknown>).Statement] } : value;
  const validator = validatorFor(name);
  if (validator(input)) return [];

  const errors = validator.errors ?? [];
  // anyOf failures also list each branch's failure at the same path: keep only the anyOf summary.
  // When an array item is what fails, the item's own error is the useful one and the summary goes.
  // A branch's "wrong type" errors only say the value took the other branch; what is left explains the failure
  // (an empty array, a bad item), so the anyOf summary is kept only when nothing else is.
  const isBranchTypeError = (e: ErrorObject) => e.keyword === 'type' && /\/anyOf\/\d+\/type$/.test(e.schemaPath);
  const explained = (path: string) =>
    errors.some((e) => e.keyword !== 'anyOf' && !isBranchTypeError(e) && (e.instancePath === path || e.instancePath.startsWith(`${path}/`)));
  const findings = new Map<string, SchemaFinding>();
  for (const error of errors) {
    if (isBranchTypeError(error)) continue;
    if (error.keyword === 'anyOf' && explained(error.instancePath)) continue;
    if (error.keyword === 'if') continue;
    const path = pathOf(error.instancePath);
    const node = locate(root, path, statementWrapped);
    if (!node) continue;
    let target: { offset: number; length: number } = node;
    if (error.keyword === 'additionalProperties') {
      const keyNode = node.type === 'object' ? keyNodeOf(node, String((error.params as Record<string, unknown>).additionalProperty)) : undefined;
      if (keyNode) target = keyNode;
    } else if (error.keyword === 'required' || error.keyword === 'oneOf' || error.keyword === 'minProperties') {
      if (node.type !== 'object') continue; // the type error on the same value says it all
      target = { offset: node.offset, length: 1 };
    }
    const key = `${target.offset}:${target.length}:${error.keyword}`;
    if (!findings.has(key)) findings.set(key, { offset: target.offset, length: target.length, message: messageOf(error, path) });
  }
  return [...findings.values()];
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
