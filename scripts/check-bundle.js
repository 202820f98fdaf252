// After the production build: the task pane's bundle size (minified and gzip) within its budget (what loads before the
// pane paints; the other tabs, the charts and the calendar load on first use), and no code generation anywhere in
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
const BUDGET_GZIP_BYTES = 250_000; // 250 KB
for (const name of bundles) {
  const bytes = fs.readFileSync(path.join(dist, name));
  const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `Task pane bundle ${name}: ${kib(bytes.length)} minified, ${kib(gzip)} gzip ` +
      `(${(gzip / 1000).toFixed(1)} KB of a ${BUDGET_GZIP_BYTES / 1000} KB budget)`,
  );
  if (gzip > BUDGET_GZIP_BYTES) {
    console.error(`The task pane bundle is over its budget: load what the first paint does not need lazily.`);
    process.exit(1);
  }
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
