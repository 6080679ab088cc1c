/**
 * AssumeRole simulation entry point (spec §5.3–5.4, §6).
 *
 *   const loaded = loadRoleFile('/ws/iot-reader.role.json', { reader, workspaceRoot: '/ws' });
 *   // loaded.role: RoleModel (trust/permission policies compiled, every setting with uri + range)
 *   const session = mergeSessions(loaded.role.session, loadSessionFile(path, opts).session);
 *   simulateAssumeRole({ role, session, caller?, durationSeconds?, roleSessionName?, now, catalog?, request?, diagnostics })
 *     → { ok, roleArn, assumedRoleArn, expiration, checks[], analysis: { statements[], effective }, request?, diagnostics }
 *
 * checks[]: id, status pass|fail|warn|skip, rule, message, uri/range of the setting.
 * analysis.statements[]: one per statement of the session and role policies, with its
 * range and a one-line `label` (CodeLens text) + `details`. analysis.effective: grants,
 * notNarrowed (services the session policy does not narrow), widened (what it asks for
 * beyond the role). Files are read through FileReader (readFile(path) → string | undefined)
 * so the server can pass open editor buffers; bad references become diagnostics.
 */
export * from './files';
export * from './roleFile';
export * from './checks';
export * from './analysis';
export * from './caller';
export { simulateAssumeRole, type SimulationInput, type SimulationResult } from './simulate';
export { loadPolicyAt, readJsonFile, type JsonFile, type LoadedPolicy, type PolicyLoadContext } from './jsonFile';
