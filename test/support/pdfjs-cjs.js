// Jest cannot load ES modules (it treats every .mjs as one), and pdfjs-dist ships only ES modules. They use ESM
// syntax only in their last line (the export list) and for import.meta.url, so before the tests this writes
// CommonJS copies that jest.config.js maps the imports to. Jest's process object lacks getBuiltinModule (Node
// 20.16+), so the copies use require, which gives the same modules. The code is otherwise pdfjs-dist's own.
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..", "..");
const OUT = path.join(ROOT, "node_modules", ".cache", "bc06-pdfjs");
const FILES = ["pdf", "pdf.worker"];

function toCommonJs(source) {
  // pdfjs names a local `require` where it uses these, so the module's own is kept as `__require`.
  const body = source
    .replace(/import\.meta\.url/g, '__require("url").pathToFileURL(__filename).href')
    .replace(/process\.getBuiltinModule\(/g, "__require(")
    .replace(/^export \{([^}]*)\};?\s*$/m, (_, names) => {
      const entries = names.split(",").map((name) => {
        const [local, exported] = name.trim().split(/\s+as\s+/);
        return exported ? `${exported}: ${local}` : local;
      });
      return `module.exports = { ${entries.join(", ")} };\n`;
    });
  return `const __require = require;\n${body}`;
}

module.exports = async function writePdfjsCommonJs() {
  fs.mkdirSync(OUT, { recursive: true });
  for (const name of FILES) {
    const source = fs.readFileSync(
      path.join(ROOT, "node_modules", "pdfjs-dist", "legacy", "build", `${name}.mjs`),
      "utf8",
    );
    fs.writeFileSync(path.join(OUT, `${name}.js`), toCommonJs(source));
  }
};
