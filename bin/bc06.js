#!/usr/bin/env node
// The `bc06` command: compiled by `npm run build:node` (run by npm ci / npm install as "prepare").
const { main } = require("../build/src/cli/main.js");

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
