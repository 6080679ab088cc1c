/**
 * Node flags the language server runs with, in VS Code (client/src/languageClient.ts), from the
 * `ram-policy-language-server` bin (its shebang) and in `npm run bench`. They trade peak speed the
 * server does not need for memory: a 1 MB young generation and no optimising compiler keep it at
 * about 56 MB resident after heavy completion use instead of about 73 MB, with completion round
 * trips as fast (see the bench). No vscode import here: the bench and tests read it too.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=1', '--no-opt'];
