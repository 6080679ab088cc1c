/**
 * Reads `*.role.json` (schemas/role.schema.json) and session files into a
 * model that keeps a range for every setting, so checks can point at it.
 */
import type { Node } from 'jsonc-parser';
import type { Range } from '../text/position';
import type { FileDiagnostic, FileReader, ReferenceOptions } from './files';
import { resolveReference } from './files';
import { child, loadPolicyAt, propertyRange, readJsonFile, valueOf, type JsonFile, type LoadedPolicy, type PolicyLoadContext } from './jsonFile';

export type CallerType = 'ram-user' | 'ram-role' | 'root' | 'service';

export interface CallerSpec {
  type: CallerType;
  arn?: string;
  name?: string;
  account?: string;
  /** For type service: e.g. ecs.aliyuncs.com (also accepted in `name`). */
  service?: string;
}

/** Where a setting came from: checks put their findings there. */
export interface Located<T> {
  value: T;
  uri?: string;
  range?: Range;
}

export interface SessionSpec {
  uri?: string;
  sessionPolicy?: LoadedPolicy & { uri: string };
  durationSeconds?: Located<unknown>;
  roleSessionName?: Located<unknown>;
  caller?: Located<CallerSpec>;
  callerPolicies?: LoadedPolicy[];
}

export interface RoleModel {
  uri: string;
  roleName?: Located<string>;
  roleArn?: Located<string>;
  accountId?: Located<string>;
  maxSessionDuration?: Located<unknown>;
  trustPolicy?: LoadedPolicy;
  trustRange?: Range;
  permissionPolicies: LoadedPolicy[];
  permissionRange?: Range;
  /** Defaults for a simulation, from the role file's optional `session` block. */
  session?: SessionSpec;
}

export interface LoadOptions extends ReferenceOptions {
  reader: FileReader;
}

function located<T>(file: JsonFile, node: Node | undefined, value: T): Located<T> {
  return { value, uri: file.path, range: propertyRange(file, node) };
}

function stringAt(file: JsonFile, node: Node | undefined, label: string, diagnostics: FileDiagnostic[]): Located<string> | undefined {
  if (!node) return undefined;
  if (node.type !== 'string') {
    diagnostics.push({ uri: file.path, range: propertyRange(file, node), code: 'role-file-invalid', severity: 'error', message: `${label} must be a string.` });
    return undefined;
  }
  return located(file, node, String(node.value));
}

const CALLER_TYPES: CallerType[] = ['ram-user', 'ram-role', 'root', 'service'];

function readCaller(file: JsonFile, node: Node | undefined, diagnostics: FileDiagnostic[]): Located<CallerSpec> | undefined {
  if (!node) return undefined;
  const value = valueOf(node) as Record<string, unknown> | undefined;
  if (!value || typeof value !== 'object' || Array.isArray(value) || !CALLER_TYPES.includes(value.type as CallerType)) {
    diagnostics.push({
      uri: file.path,
      range: propertyRange(file, node),
      code: 'role-file-invalid',
      severity: 'error',
      message: `caller must be an object with type ${CALLER_TYPES.map((t) => `"${t}"`).join(', ')} and an arn or name (+ account).`,
    });
    return undefined;
  }
  const str = (k: string) => (typeof value[k] === 'string' ? (value[k] as string) : undefined);
  return located(file, node, { type: value.type as CallerType, arn: str('arn'), name: str('name'), account: str('account'), service: str('service') });
}

/** Reads a session block (from a role file's `session` or a separate session file). */
export function readSession(file: JsonFile, node: Node | undefined, ctx: PolicyLoadContext): SessionSpec {
  const session: SessionSpec = { uri: file.path };
  if (!node) return session;
  const policyNode = child(file, node, 'sessionPolicy');
  const loaded = loadPolicyAt(file, policyNode, 'session', 'sessionPolicy', ctx);
  if (loaded) session.sessionPolicy = { ...loaded, uri: file.path };
  const duration = child(file, node, 'durationSeconds');
  if (duration) session.durationSeconds = located(file, duration, valueOf(duration));
  const name = child(file, node, 'roleSessionName');
  if (name) session.roleSessionName = located(file, name, valueOf(name));
  session.caller = readCaller(file, child(file, node, 'caller'), ctx.diagnostics);
  const callerPolicies = child(file, node, 'callerPolicies');
  if (callerPolicies) {
    const items = callerPolicies.type === 'array' ? callerPolicies.children ?? [] : [callerPolicies];
    session.callerPolicies = items
      .map((n, i) => loadPolicyAt(file, n, 'identity', `callerPolicies[${i}]`, ctx))
      .filter((p): p is LoadedPolicy => !!p);
  }
  return session;
}

export type RoleLoad = { role: RoleModel; diagnostics: FileDiagnostic[] };

export function loadRoleFile(rolePath: string, options: LoadOptions): RoleLoad | { error: string; diagnostics: FileDiagnostic[] } {
  const diagnostics: FileDiagnostic[] = [];
  const read = readJsonFile(options.reader, rolePath);
  if (!read.ok) return { error: read.message, diagnostics };
  const file = read.file;
  const ctx: PolicyLoadContext = { reader: options.reader, options, diagnostics };
  const root = file.root;
  if (root?.type !== 'object') return { error: `${rolePath}: a role file is a JSON object`, diagnostics };
  const role: RoleModel = { uri: rolePath, permissionPolicies: [] };
  role.roleName = stringAt(file, child(file, root, 'roleName'), 'roleName', diagnostics);
  role.roleArn = stringAt(file, child(file, root, 'roleArn'), 'roleArn', diagnostics);
  role.accountId = stringAt(file, child(file, root, 'accountId'), 'accountId', diagnostics);
  const max = child(file, root, 'maxSessionDuration');
  if (max) role.maxSessionDuration = located(file, max, valueOf(max));
  const trustNode = child(file, root, 'trustPolicy');
  role.trustRange = propertyRange(file, trustNode);
  role.trustPolicy = loadPolicyAt(file, trustNode, 'trust', 'trustPolicy', ctx);
  const permissions = child(file, root, 'permissionPolicies');
  role.permissionRange = propertyRange(file, permissions);
  if (permissions) {
    const items = permissions.type === 'array' ? permissions.children ?? [] : [permissions];
    role.permissionPolicies = items
      .map((n, i) => loadPolicyAt(file, n, 'identity', `permissionPolicies[${i}]`, ctx))
      .filter((p): p is LoadedPolicy => !!p);
  }
  const sessionNode = child(file, root, 'session');
  if (sessionNode) role.session = readSession(file, sessionNode, ctx);
  return { role, diagnostics };
}

/**
 * A session file: an object with sessionPolicy/durationSeconds/roleSessionName/caller/callerPolicies,
 * or a bare policy document (then it is the session policy itself).
 */
export function loadSessionFile(sessionPath: string, options: LoadOptions): { session: SessionSpec; diagnostics: FileDiagnostic[] } | { error: string; diagnostics: FileDiagnostic[] } {
  const diagnostics: FileDiagnostic[] = [];
  const read = readJsonFile(options.reader, sessionPath);
  if (!read.ok) return { error: read.message, diagnostics };
  const file = read.file;
  if (file.root?.type !== 'object') return { error: `${sessionPath}: a session file is a JSON object`, diagnostics };
  const ctx: PolicyLoadContext = { reader: options.reader, options, diagnostics };
  if (child(file, file.root, 'Statement')) {
    const loaded = loadPolicyAt(file, file.root, 'session', 'session policy', ctx);
    return { session: { uri: sessionPath, sessionPolicy: loaded ? { ...loaded, uri: sessionPath } : undefined }, diagnostics };
  }
  return { session: readSession(file, file.root, ctx), diagnostics };
}

/** Merges a session file over the role file's defaults (each setting independently). */
export function mergeSessions(base: SessionSpec | undefined, override: SessionSpec | undefined): SessionSpec {
  const result: SessionSpec = { ...(base ?? {}) };
  if (!override) return result;
  for (const key of ['sessionPolicy', 'durationSeconds', 'roleSessionName', 'caller', 'callerPolicies'] as const) {
    if (override[key] !== undefined) (result as Record<string, unknown>)[key] = override[key];
  }
  result.uri = override.uri ?? result.uri;
  return result;
}

export { resolveReference };
