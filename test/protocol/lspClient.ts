/**
 * Test-side LSP client: spawns the built language server over stdio and talks JSON-RPC to it
 * with vscode-languageserver-protocol, answering workspace/configuration like an editor would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { DOCUMENT_KIND_NOTIFICATION, type DocumentKindParams } from '../../server/src/lsp/protocol';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * The bundle `npm run build` writes (what users run), unless a later `tsc` made it stale: then
 * the compiled out/ tree, so a test never exercises old code.
 */
export function serverModulePath(): string {
  const bundled = path.join(REPO_ROOT, 'dist', 'server.js');
  const compiled = path.join(REPO_ROOT, 'out', 'server', 'src', 'server.js');
  if (!existsSync(bundled)) return compiled;
  if (existsSync(compiled) && statSync(compiled).mtimeMs > statSync(bundled).mtimeMs + 60_000) return compiled;
  return bundled;
}

export const REQUEST_TIMEOUT_MS = 5000;

type Waiter<T> = { accept: (value: T) => boolean; resolve: (value: T) => void };

export class LspTestClient {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcess;
  /** What the client answers to workspace/configuration for section `ramPolicy`. */
  settings: Record<string, unknown> = {};
  readonly configurationRequests: unknown[] = [];
  /** client/registerCapability registrations the server asked for. */
  readonly registrations: Array<{ method: string; registerOptions?: unknown }> = [];
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every published version per uri, in arrival order (to prove no older result follows a newer one). */
  readonly publishedVersions = new Map<string, Array<number | undefined>>();
  readonly kinds = new Map<string, DocumentKindParams>();
  readonly logs: string[] = [];
  stderr = '';
  exitCode: number | null | undefined;
  private readonly diagnosticWaiters: Array<Waiter<PublishDiagnosticsParams>> = [];
  private readonly kindWaiters: Array<Waiter<DocumentKindParams>> = [];
  private readonly versions = new Map<string, number>();

  private constructor() {
    this.child = spawn(process.execPath, [serverModulePath(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.child.on('exit', (code, signal) => (this.exitCode = code ?? (signal ? -1 : null)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(params);
      return params.items.map((item) => (item.section === 'ramPolicy' ? this.settings : null));
    });
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => this.logs.push(params.message));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      const versions = this.publishedVersions.get(params.uri) ?? [];
      versions.push(params.version);
      this.publishedVersions.set(params.uri, versions);
      settle(this.diagnosticWaiters, params);
    });
    this.connection.onNotification(DOCUMENT_KIND_NOTIFICATION, (params: DocumentKindParams) => {
      this.kinds.set(params.uri, params);
      settle(this.kindWaiters, params);
    });
    this.connection.listen();
  }

  static async start(
    workspaceFolder = REPO_ROOT,
    textDocumentCapabilities: Record<string, unknown> = {},
    workspaceCapabilities: Record<string, unknown> = {},
  ): Promise<{ client: LspTestClient; initialize: InitializeResult }> {
    const client = new LspTestClient();
    const folderUri = `file://${workspaceFolder}`;
    const initialize = await client.request(InitializeRequest.type.method, {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'workspace' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, ...workspaceCapabilities },
        textDocument: { publishDiagnostics: { versionSupport: true }, ...textDocumentCapabilities },
      },
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return { client, initialize: initialize as InitializeResult };
  }

  get alive(): boolean {
    return this.exitCode === undefined;
  }

  /** Rejects on an error response, on a server exit and when no answer comes within the timeout. */
  request<R = unknown>(method: string, params: unknown, timeoutMs = REQUEST_TIMEOUT_MS): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer within ${timeoutMs} ms`)), timeoutMs);
      this.connection.sendRequest(method, params).then(
        (result) => {
          clearTimeout(timer);
          resolve(result as R);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(`${method}: ${JSON.stringify(error)}`));
        },
      );
    });
  }

  async open(uri: string, text: string, languageId = 'ram-policy'): Promise<void> {
    this.versions.set(uri, 1);
    this.diagnostics.delete(uri);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends one didChange; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { ramPolicy: settings } });
  }

  /** The next publishDiagnostics for `uri` that satisfies `accept` (or the current one if it already does). */
  waitForDiagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = REQUEST_TIMEOUT_MS,
  ): Promise<PublishDiagnosticsParams> {
    const current = this.diagnostics.get(uri);
    if (current && accept(current)) return Promise.resolve(current);
    return waitFor(this.diagnosticWaiters, (p) => p.uri === uri && accept(p), timeoutMs, `diagnostics for ${uri}`);
  }

  /** The next publishDiagnostics for `uri`, ignoring what was published before. */
  nextDiagnostics(uri: string, timeoutMs = REQUEST_TIMEOUT_MS): Promise<PublishDiagnosticsParams> {
    return waitFor(this.diagnosticWaiters, (p) => p.uri === uri, timeoutMs, `new diagnostics for ${uri}`);
  }

  waitForKind(uri: string, accept: (params: DocumentKindParams) => boolean = () => true, timeoutMs = REQUEST_TIMEOUT_MS): Promise<DocumentKindParams> {
    const current = this.kinds.get(uri);
    if (current && accept(current)) return Promise.resolve(current);
    return waitFor(this.kindWaiters, (p) => p.uri === uri && accept(p), timeoutMs, `documentKind for ${uri}`);
  }

  async stop(): Promise<void> {
    if (this.alive) {
      try {
        await this.request(ShutdownRequest.type.method, undefined, 2000);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        // The test reports the real failure; just make sure the child goes away.
      }
    }
    await new Promise<void>((resolve) => {
      if (!this.alive) return resolve();
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve();
      }, 2000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

function settle<T>(waiters: Array<Waiter<T>>, value: T): void {
  for (const waiter of [...waiters]) {
    if (waiter.accept(value)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(value);
    }
  }
}

function waitFor<T>(waiters: Array<Waiter<T>>, accept: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const waiter: Waiter<T> = {
      accept,
      resolve: (value) => {
        clearTimeout(timer);
        resolve(value);
      },
    };
    const timer = setTimeout(() => {
      waiters.splice(waiters.indexOf(waiter), 1);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    waiters.push(waiter);
  });
}

/** A file URI under the workspace folder (the file need not exist: the server works on the sent text). */
export function fileUri(relativePath: string): string {
  return `file://${path.join(REPO_ROOT, relativePath)}`;
}
