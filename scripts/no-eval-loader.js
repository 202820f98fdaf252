// Webpack loader: removes the code-generation fallbacks (eval, new Function) that dependencies carry for old or
// unusual environments, so that the task pane's bundle holds none (scripts/check-bundle.js fails on any). Every
// rewrite must apply: a dependency update that changes this code fails the build instead of slipping one back in.
const REWRITES = [
  {
    file: "zod/v4/core/util.js", // the probe for zod's JIT, which the pane turns off (z.config jitless)
    from: /const F = Function;\s*new F\(""\);\s*return true;/,
    to: "return false;",
  },
  {
    file: "zod/v4/core/doc.js", // the JIT's compiler itself
    from: /compile\(\) \{\s*const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);/,
    to: 'compile() {\n        throw new EvalError("BC06 runs zod without generated code");',
  },
  {
    file: "exceljs/dist/exceljs.min.js", // lodash and core-js finding the global object when `self` is missing
    from: /Function\("return this"\)\(\)/g,
    to: "globalThis",
  },
  {
    file: "exceljs/dist/exceljs.min.js", // regenerator-runtime in a sloppy-mode engine without globalThis
    from: /Function\("r","regeneratorRuntime = r"\)\(n\)/,
    to: "void 0",
  },
  {
    file: "exceljs/dist/exceljs.min.js", // setImmediate called with a string of code
    from: /e=new Function\(""\+e\)/,
    to: 'e=function(){throw new TypeError("setImmediate needs a function")}',
  },
  ...["pdf.mjs", "pdf.worker.mjs"].flatMap((name) => [
    {
      file: `pdfjs-dist/legacy/build/${name}`, // core-js finding the global object
      from: /Function\('return this'\)\(\)/,
      to: "globalThis",
    },
    {
      file: `pdfjs-dist/legacy/build/${name}`, // core-js loading a Node module where getBuiltinModule is missing
      from: /return Function\('return require\("' \+ name \+ '"\)'\)\(\);/,
      to: "return undefined;",
    },
    {
      file: `pdfjs-dist/legacy/build/${name}`, // the probe for compiling PDF functions, which BC06 turns off
      from: /function isEvalSupported\(\) \{\s*try \{\s*new Function\(""\);\s*return true;/,
      to: "function isEvalSupported() {\n  try {\n    return false;",
    },
  ]),
  {
    file: "pdfjs-dist/legacy/build/pdf.worker.mjs", // the PostScript function compiler: pdf.js interprets instead
    from: /return new Function\("src", "srcOffset", "dest", "destOffset", compiled\);/,
    to: "void compiled;",
  },
];

const rewritesFor = (path) =>
  REWRITES.filter((r) => path.replace(/\\/g, "/").endsWith(`node_modules/${r.file}`));

module.exports = function noEvalLoader(source) {
  let result = source;
  for (const { file, from, to } of rewritesFor(this.resourcePath)) {
    if (!from.test(result)) throw new Error(`no-eval-loader: ${file} no longer contains ${from}`);
    from.lastIndex = 0;
    result = result.replace(from, to);
  }
  return result;
};
/** Whether the loader rewrites a file, for webpack's rule. */
module.exports.appliesTo = (path) => rewritesFor(path).length > 0;
