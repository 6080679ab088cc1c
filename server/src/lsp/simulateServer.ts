/**
 * Registers the simulation features on the connection: the three custom requests, the trust
 * and clear notifications, and textDocument/codeLens. server.ts calls registerSimulation once
 * and announces SIMULATION_CAPABILITIES.
 */
import { ResponseError, ErrorCodes, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Catalog } from '../core/catalog/types';
import { provideCodeLenses, SimulationState } from './codeLens';
import { RamtestLensState } from './ramtestRun';
import { runTests } from './ramtestRun';
import { describeError } from './safe';
import { runSimulateAssumeRole, type SimulationEnvironment } from './simulateAssumeRole';
import {
  CLEAR_SIMULATION_NOTIFICATION,
  RUN_TESTS_REQUEST,
  SIMULATE_ASSUME_ROLE_REQUEST,
  SIMULATE_REQUEST_REQUEST,
  WORKSPACE_TRUST_NOTIFICATION,
  type RunTestsParams,
  type SimulateAssumeRoleParams,
  type SimulateRequestParams,
  type WorkspaceTrustParams,
} from './simulateProtocol';
import { runSimulateRequest } from './simulateRequest';

export const SIMULATION_CAPABILITIES = { codeLensProvider: { resolveProvider: false } } as const;

const LENS_REFRESH_DELAY_MS = 300;

export const UNTRUSTED_MESSAGE =
  'The workspace is not trusted: simulation and policy tests read other files and wait for trust. Validation and completion keep working.';

export interface SimulationHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folderUris: () => string[];
  catalog: () => Catalog | undefined;
}

export function registerSimulation(host: SimulationHost): void {
  const { connection, documents } = host;
  const simulation = new SimulationState();
  const tests = new RamtestLensState();
  // Editors without a notion of trust never send the notification: they are trusted.
  let trusted = true;
  const env = (): SimulationEnvironment => ({ documents, folderUris: host.folderUris(), catalog: host.catalog() });
  const refreshLenses = () => void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  const requireTrust = () => {
    if (!trusted) throw new ResponseError(ErrorCodes.InvalidRequest, UNTRUSTED_MESSAGE);
  };
  const failing = (name: string, error: unknown): never => {
    if (error instanceof ResponseError) throw error;
    connection.console.error(`${name} failed: ${describeError(error)}`);
    throw new ResponseError(ErrorCodes.InternalError, `${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  };

  connection.onRequest(SIMULATE_ASSUME_ROLE_REQUEST, (params: SimulateAssumeRoleParams) => {
    try {
      requireTrust();
      const run = runSimulateAssumeRole(params, env());
      simulation.set(params, run);
      refreshLenses();
      return run.result;
    } catch (error) {
      return failing(SIMULATE_ASSUME_ROLE_REQUEST, error);
    }
  });
  connection.onRequest(SIMULATE_REQUEST_REQUEST, (params: SimulateRequestParams) => {
    try {
      requireTrust();
      return runSimulateRequest(params, env());
    } catch (error) {
      return failing(SIMULATE_REQUEST_REQUEST, error);
    }
  });
  connection.onRequest(RUN_TESTS_REQUEST, (params: RunTestsParams) => {
    try {
      requireTrust();
      const result = runTests(params, env());
      if (!result.outsideWorkspace.length || params.allowOutsideWorkspace) tests.markRun(params.uri, params.caseIndex, params.allowOutsideWorkspace === true);
      refreshLenses();
      return result;
    } catch (error) {
      return failing(RUN_TESTS_REQUEST, error);
    }
  });
  connection.onNotification(WORKSPACE_TRUST_NOTIFICATION, (params: WorkspaceTrustParams) => {
    trusted = params?.trusted !== false;
    refreshLenses();
  });
  connection.onNotification(CLEAR_SIMULATION_NOTIFICATION, () => {
    simulation.clear();
    refreshLenses();
  });
  connection.onCodeLens((params) => {
    try {
      return provideCodeLenses(params.textDocument.uri, env(), simulation, tests, trusted);
    } catch (error) {
      connection.console.error(`codeLens failed: ${describeError(error)}`);
      return [];
    }
  });
  // Another file's edit can change this one's lenses (a session policy vs the role's policy, a policy a
  // test references): after a pause in typing, ask for fresh ones.
  let timer: NodeJS.Timeout | undefined;
  documents.onDidChangeContent(() => {
    if (!simulation.active && !tests.active) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(refreshLenses, LENS_REFRESH_DELAY_MS);
  });
}
