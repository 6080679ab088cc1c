#!/usr/bin/env node
'use strict';
// The `ram-policy` CLI: runs the bundled program (npm run build writes dist/cli.js).
const { main } = require('../dist/cli.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`ram-policy: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
