// After the production build: the task pane's bundle size (minified and gzip), and no code generation anywhere in
// what the page loads: no eval, no Function constructor, not even aliased (const F = Function). The page's CSP
// would refuse them at run time; this keeps them out of the files too.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const dist = path.resolve(__dirname, "..", "dist");
const scripts = fs.readdirSync(dist).filter((name) => name.endsWith(".js"));
const bundles = scripts.filter((name) => /^taskpane\..*\.js$/.test(name));
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

const CODE_GENERATION = /\beval\s*\(|\bFunction\s*\(|[=,:(]\s*Function\b(?!\s*\.)/g;
const found = scripts.flatMap((name) => {
  const text = fs.readFileSync(path.join(dist, name), "utf8");
  return [...text.matchAll(CODE_GENERATION)].map(
    (m) => `${name}: …${text.slice(m.index - 60, m.index + 60)}…`,
  );
});
if (found.length) {
  console.error(`Code generation (eval / Function) in the bundle:\n${found.join("\n")}`);
  process.exit(1);
}
console.log(`No eval or Function constructor in ${scripts.length} scripts.`);
