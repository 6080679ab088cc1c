/**
 * The RAM policy language server. Wires the LSP connection to the policy core through one adapter
 * per feature (lsp/*.ts); holds no policy logic itself. Transport: `--node-ipc` (VS Code) or
 * `--stdio` (other editors); vscode-languageserver picks it from the command line.
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  DocumentFormattingRequest,
  DocumentRangeFormattingRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from './core/languageService';
import { loadCatalog } from './core/catalog/node';
import { CODE_ACTION_KINDS, provideCodeActions } from './lsp/codeActions';
import { CompletionAdapter, completionSupport, COMPLETION_TRIGGER_CHARACTERS, EMPTY_COMPLETION } from './lsp/completion';
import { SettingsProvider } from './lsp/configuration';
import { PolicyDocumentCache } from './lsp/documentCache';
import { foldingRanges } from './lsp/folding';
import { formatDocument } from './lsp/formatting';
import { provideHover } from './lsp/hover';
import { documentSymbols } from './lsp/symbols';
import { CONFIGURATION_SECTION } from './lsp/protocol';
import { describeError, guarded } from './lsp/safe';
import { ValidationScheduler } from './lsp/validation';
import { PolicyWorkspace } from './lsp/workspace';
import { registerSimulation, SIMULATION_CAPABILITIES } from './lsp/simulateServer';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let canPullConfiguration = false;
let canRegisterConfigurationChange = false;
/**
 * VS Code gets formatting, folding and the outline registered for the `ram-policy` language only:
 * role and test files stay with the JSON extension's (two formatters for one file make VS Code ask
 * the user to pick one). Clients without dynamic registration get them statically.
 */
let registerLayoutDynamically = false;
const settings = new SettingsProvider(connection, () => canPullConfiguration);
let workspace: PolicyWorkspace | undefined;
let validation: ValidationScheduler | undefined;
let completion: CompletionAdapter | undefined;

// A bug must cost one answer, never the server: log what escaped every handler and keep running.
process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${describeError(error)}`));
process.on('unhandledRejection', (error) => connection.console.error(`unhandled rejection: ${describeError(error)}`));

connection.onInitialize((params): InitializeResult => {
  const capabilities = params.capabilities;
  canPullConfiguration = capabilities.workspace?.configuration === true;
  canRegisterConfigurationChange = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  const textDocument = capabilities.textDocument;
  registerLayoutDynamically = [
    textDocument?.formatting,
    textDocument?.rangeFormatting,
    textDocument?.foldingRange,
    textDocument?.documentSymbol,
  ].every(
    (feature) => feature?.dynamicRegistration === true,
  );
  // Loaded once (dist/catalog next to the bundle, or server/data/catalog); services load lazily on first use.
  const service = createLanguageService(loadCatalog());
  workspace = new PolicyWorkspace(service, documents, new PolicyDocumentCache(service), settings);
  workspace.workspaceFolderUris = (params.workspaceFolders ?? []).map((f) => f.uri);
  if (workspace.workspaceFolderUris.length === 0 && params.rootUri) workspace.workspaceFolderUris = [params.rootUri];
  validation = new ValidationScheduler(connection, workspace);
  const support = completionSupport(capabilities);
  completion = new CompletionAdapter(workspace, support);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: support.resolveDocumentation },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
      ...(registerLayoutDynamically
        ? {}
        : { documentFormattingProvider: true, documentRangeFormattingProvider: true, foldingRangeProvider: true, documentSymbolProvider: true }),
      ...SIMULATION_CAPABILITIES,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'ram-policy-language-server', version: SERVER_VERSION },
  };
});

connection.onInitialized(() => {
  if (canRegisterConfigurationChange) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: CONFIGURATION_SECTION });
  }
  if (registerLayoutDynamically) {
    const documentSelector = [{ language: 'ram-policy' }];
    void connection.client.register(DocumentFormattingRequest.type, { documentSelector });
    void connection.client.register(DocumentRangeFormattingRequest.type, { documentSelector });
    void connection.client.register(FoldingRangeRequest.type, { documentSelector });
    void connection.client.register(DocumentSymbolRequest.type, { documentSelector });
  }
  if (workspace && connection.workspace) {
    try {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        if (!workspace) return;
        const removed = new Set(event.removed.map((f) => f.uri));
        workspace.workspaceFolderUris = [...workspace.workspaceFolderUris.filter((u) => !removed.has(u)), ...event.added.map((f) => f.uri)];
        revalidateAll();
      });
    } catch {
      // The client did not announce workspace folder support: folders stay as given at initialize.
    }
  }
});

function revalidateAll(): void {
  workspace?.cache.clear();
  for (const document of documents.all()) void validation?.validateNow(document.uri);
}

connection.onDidChangeConfiguration((change) => {
  const section = (change.settings as Record<string, unknown> | undefined)?.[CONFIGURATION_SECTION];
  settings.reset(section);
  revalidateAll();
});

// TextDocuments fires a content change right after each open: that one is covered by the open handler.
const justOpened = new Set<string>();
documents.onDidOpen((event) => {
  justOpened.add(event.document.uri);
  void validation?.validateNow(event.document.uri);
});
documents.onDidChangeContent((event) => {
  if (justOpened.delete(event.document.uri)) return;
  validation?.schedule(event.document.uri);
});
documents.onDidClose((event) => {
  justOpened.delete(event.document.uri);
  settings.forget(event.document.uri);
  workspace?.cache.delete(event.document.uri);
  validation?.close(event.document.uri);
});

connection.onCompletion(
  guarded(connection.console, 'completion', EMPTY_COMPLETION, (params, token) =>
    completion ? completion.provide(params, token) : EMPTY_COMPLETION,
  ),
);
connection.onCompletionResolve(
  // On failure the item goes back as it came: the list stays usable without its documentation.
  (item) => {
    try {
      return completion ? completion.resolve(item) : item;
    } catch (error) {
      connection.console.error(`completionItem/resolve failed: ${describeError(error)}`);
      return item;
    }
  },
);
connection.onHover(
  guarded(connection.console, 'hover', null, (params, token) => (workspace ? provideHover(workspace, params, token) : null)),
);
connection.onDocumentFormatting(
  guarded(connection.console, 'formatting', [], (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? formatDocument(document, params) : [];
  }),
);
connection.onDocumentRangeFormatting(
  guarded(connection.console, 'rangeFormatting', [], (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? formatDocument(document, params) : [];
  }),
);
connection.onFoldingRanges(
  guarded(connection.console, 'foldingRange', [], (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? foldingRanges(document) : [];
  }),
);
connection.onDocumentSymbol(
  guarded(connection.console, 'documentSymbol', [], async (params) => {
    const resolved = await workspace?.resolve(params.textDocument.uri);
    return resolved ? documentSymbols(resolved.textDocument, resolved.policy.root) : [];
  }),
);
connection.onCodeAction(
  guarded(connection.console, 'codeAction', [], (params, token) => (workspace ? provideCodeActions(workspace, params, token) : [])),
);

declare const SERVER_VERSION_DEFINE: string | undefined;
/** Set by the bundler; the compiled out/ build reports "dev". */
const SERVER_VERSION = typeof SERVER_VERSION_DEFINE === 'string' ? SERVER_VERSION_DEFINE : 'dev';

// AssumeRole/request simulation, policy tests and their CodeLenses (lsp/simulateServer.ts).
registerSimulation({ connection, documents, folderUris: () => workspace?.workspaceFolderUris ?? [], catalog: () => workspace?.service.catalog });

documents.listen(connection);
connection.listen();
