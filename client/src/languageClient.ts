import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from './serverExecArgv';

/**
 * Who validates what (so no document gets two sets of problems for one mistake):
 * - `ram-policy` documents (*.ram.json, *.policy.json, and JSON files switched by detection or
 *   `ramPolicy.files`) are validated by our server only. VS Code's JSON extension serves only the
 *   `json`/`jsonc` languages, so jsonValidation never reaches them.
 * - jsonValidation (package.json) maps schemas to names that stay `json` unless they are switched:
 *   *.trust.json / *.bucket.json / *.session.json / *.identity.json get the policy schemas for users
 *   who turned detection off; once switched to `ram-policy`, the JSON extension lets go of them.
 * - *.role.json and *.ramtest.json stay `json`: the JSON extension checks their shape against
 *   schemas/role.schema.json and ramtest.schema.json; our server gets them only to resolve the
 *   policies they reference and reports nothing about their shape.
 *
 * Documents the server sees: `ram-policy` documents, plus role files and policy tests in JSON
 * (the AssumeRole simulator resolves their references; their shape is checked by jsonValidation).
 */
export const DOCUMENT_SELECTOR = [
  { language: 'ram-policy' },
  ...['json', 'jsonc'].flatMap((language) => [
    { language, pattern: '**/*.role.json' },
    { language, pattern: '**/*.ramtest.json' },
  ]),
];

/** Id `ramPolicy` makes vscode-languageclient read the `ramPolicy.trace.server` setting. */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannelName: 'RAM Policy',
  };
  return new LanguageClient('ramPolicy', 'RAM Policy Language Server', serverOptions, clientOptions);
}
