/**
 * Reads `*.ramtest.json`: a bare array of cases (the format of
 * /work/shared/spec/eval-cases.json, loaded as is) or `{ "cases": [...] }`.
 * Each case: name, policies (inline objects or paths) or role (a *.role.json),
 * optional sessionPolicy, optional resourcePolicy (+ principal), request, expected.
 */
import type { Node } from 'jsonc-parser';
import { loadRoleFile } from '../assumeRole/roleFile';
import { resolveReference, type FileDiagnostic, type FileReader, type ReferenceOptions } from '../assumeRole/files';
import { child, loadPolicyAt, nodeRange, readJsonFile, valueOf, type JsonFile, type PolicyLoadContext } from '../assumeRole/jsonFile';
import type { CompiledPolicy } from '../eval/compile';
import type { Decision, EvalPrincipal } from '../eval/types';
import type { PolicyKind } from '../kinds';
import type { LoadedCase } from './types';

const DECISIONS: Decision[] = ['Allow', 'ExplicitDeny', 'ImplicitDeny'];
const RESOURCE_KINDS: PolicyKind[] = ['trust', 'bucket', 'resource'];

export interface LoadTestOptions extends ReferenceOptions {
  reader: FileReader;
}

export type TestFileLoad = { cases: LoadedCase[]; diagnostics: FileDiagnostic[] } | { error: string };

export function loadTestFile(filePath: string, options: LoadTestOptions): TestFileLoad {
  const read = readJsonFile(options.reader, filePath);
  if (!read.ok) return { error: read.message };
  const file = read.file;
  const list = file.root?.type === 'array' ? file.root : child(file, file.root, 'cases');
  if (list?.type !== 'array') return { error: `${filePath}: a test file is an array of cases or an object with a "cases" array` };
  const diagnostics: FileDiagnostic[] = [];
  const cases: LoadedCase[] = [];
  (list.children ?? []).forEach((node, index) => {
    const loaded = loadCase(file, node, index, options, diagnostics);
    if (loaded) cases.push(loaded);
  });
  return { cases, diagnostics };
}

function loadCase(file: JsonFile, node: Node, index: number, options: LoadTestOptions, diagnostics: FileDiagnostic[]): LoadedCase | undefined {
  const range = nodeRange(file, node);
  const nameValue = valueOf(child(file, node, 'name'));
  const name = typeof nameValue === 'string' ? nameValue : `case ${index + 1}`;
  const fail = (message: string, at: Node | undefined = node) => {
    diagnostics.push({ uri: file.path, range: nodeRange(file, at), code: 'test-case-invalid', severity: 'error', message: `${name}: ${message}` });
    return undefined;
  };
  if (node.type !== 'object') return fail('a case is an object');
  const before = diagnostics.length;
  const ctx: PolicyLoadContext = { reader: options.reader, options, diagnostics };

  const request = valueOf(child(file, node, 'request')) as Record<string, unknown> | undefined;
  if (!request || typeof request.action !== 'string' || typeof request.resource !== 'string') {
    return fail('request needs "action" and "resource" strings', child(file, node, 'request') ?? node);
  }
  const expectedNode = child(file, node, 'expected');
  const expected = valueOf(expectedNode) as Decision;
  if (!DECISIONS.includes(expected)) return fail(`expected must be one of ${DECISIONS.join(', ')}`, expectedNode ?? node);

  let identity: CompiledPolicy[] | undefined;
  let session: CompiledPolicy | undefined;
  const policiesNode = child(file, node, 'policies');
  if (policiesNode) {
    const items = policiesNode.type === 'array' ? policiesNode.children ?? [] : [policiesNode];
    identity = items.map((n, i) => loadPolicyAt(file, n, 'identity', `${name} › policies[${i}]`, ctx)?.policy).filter((p): p is CompiledPolicy => !!p);
  }
  const roleNode = child(file, node, 'role');
  if (roleNode) {
    if (roleNode.type !== 'string') return fail('role must be a path to a *.role.json file', roleNode);
    const resolved = resolveReference(file.path, String(roleNode.value), options);
    if (!resolved.ok) return fail(resolved.message, roleNode);
    const role = loadRoleFile(resolved.path, options);
    if ('error' in role) return fail(role.error, roleNode);
    for (const d of role.diagnostics) diagnostics.push(d);
    identity = [...(identity ?? []), ...role.role.permissionPolicies.map((p) => p.policy)];
    session = role.role.session?.sessionPolicy?.policy;
  }
  const sessionNode = child(file, node, 'sessionPolicy');
  // null = explicitly no session policy (overrides a role file's default session).
  if (sessionNode?.type === 'null') session = undefined;
  else if (sessionNode) session = loadPolicyAt(file, sessionNode, 'session', `${name} › sessionPolicy`, ctx)?.policy;
  let resource: CompiledPolicy | undefined;
  const resourceNode = child(file, node, 'resourcePolicy');
  if (resourceNode) {
    const kindValue = valueOf(child(file, node, 'resourcePolicyKind'));
    const kind = RESOURCE_KINDS.includes(kindValue as PolicyKind) ? (kindValue as PolicyKind) : 'bucket';
    resource = loadPolicyAt(file, resourceNode, kind, `${name} › resourcePolicy`, ctx)?.policy;
  }
  if (diagnostics.length > before) return undefined;
  if (!identity && !resource) return fail('give "policies", "role" or "resourcePolicy"');

  const context: Record<string, string | string[]> = {};
  const rawContext = request.context;
  if (rawContext && typeof rawContext === 'object' && !Array.isArray(rawContext)) {
    for (const [key, value] of Object.entries(rawContext as Record<string, unknown>)) {
      context[key] = Array.isArray(value) ? value.map(String) : String(value);
    }
  }
  const principal = valueOf(child(file, node, 'principal')) as EvalPrincipal | undefined;
  const why = valueOf(child(file, node, 'why'));
  return {
    name,
    uri: file.path,
    range,
    identity,
    session,
    resource,
    request: { action: request.action, resource: request.resource, context, principal: principal && typeof principal === 'object' ? principal : undefined },
    expected,
    inferred: valueOf(child(file, node, 'inferred')) === true,
    why: typeof why === 'string' ? why : undefined,
  };
}
