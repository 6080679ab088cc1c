#!/usr/bin/env -S node --max-semi-space-size=1 --no-opt
'use strict';
// The node flags on the first line are client/src/serverExecArgv.ts's (less memory, same speed).
// The language server for any LSP editor. Speaks stdio unless told otherwise
// (--node-ipc, --socket=<port>, --pipe=<name>), so `ram-policy-language-server` alone just works.
const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.slice(2).some((arg) => transports.some((t) => arg === t || arg.startsWith(`${t}=`)))) {
  process.argv.push('--stdio');
}
require('../dist/server.js');
