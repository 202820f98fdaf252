// `npm run build [-- --env host=https://…]`: the production build with the options given (passed to webpack),
// then the bundle's size and the no-eval check.
const { spawnSync } = require("child_process");
const path = require("path");

const webpack = require.resolve("webpack-cli/bin/cli.js");
const build = spawnSync(process.execPath, [webpack, "--mode", "production", ...process.argv.slice(2)], {
  stdio: "inherit",
});
if (build.status !== 0) process.exit(build.status ?? 1);
require(path.join(__dirname, "check-bundle.js"));
