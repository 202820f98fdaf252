// `npm test`: all jest projects, then the closing line CI reads: "N passed, N failed".
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const resultsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bc06-jest-")), "results.json");
const jest = require.resolve("jest/bin/jest");
const run = spawnSync(
  process.execPath,
  [jest, "--json", `--outputFile=${resultsFile}`, ...process.argv.slice(2)],
  { stdio: "inherit" },
);

let passed = 0;
let failed = 0;
if (fs.existsSync(resultsFile)) {
  const results = JSON.parse(fs.readFileSync(resultsFile, "utf8"));
  passed = results.numPassedTests;
  // A suite that cannot even load (syntax error, failing beforeAll) fails without failing a test: count it.
  failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
} else {
  failed = 1; // jest died before writing results
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
