// Prints the size of the task pane's production bundle, minified and gzip (run by `npm run build`).
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const dist = path.resolve(__dirname, "..", "dist");
const bundles = fs.readdirSync(dist).filter((name) => /^taskpane\..*\.js$/.test(name));
if (bundles.length === 0) {
  console.error("No taskpane bundle in dist/: run the production build first.");
  process.exit(1);
}
for (const name of bundles) {
  const bytes = fs.readFileSync(path.join(dist, name));
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `Task pane bundle ${name}: ${kib(bytes.length)} minified, ${kib(zlib.gzipSync(bytes, { level: 9 }).length)} gzip`,
  );
}
