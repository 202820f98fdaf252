/* eslint-env node */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const noEvalLoader = require("./scripts/no-eval-loader");
const { manifestForHost } = require("./scripts/manifest-host");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";

/**
 * Where the task pane loads office.js from. Microsoft requires the CDN copy in production; development,
 * tests and isolated networks (`--env officeJs=local`) use the copy from @microsoft/office-js, served with
 * the add-in's own files.
 */
function officeJsSource(env, mode) {
  if (env.officeJs === "local" || env.officeJs === "cdn") return env.officeJs;
  return mode === "production" ? "cdn" : "local";
}

/** The page may only talk to its own origin (plus the office.js CDN when the build uses it). */
function contentSecurityPolicy(source) {
  const cdn = source === "cdn" ? " https://appsforoffice.microsoft.com" : "";
  return [
    "default-src 'self'",
    `script-src 'self'${cdn}`,
    // Fluent UI (Griffel) inserts its CSS rules at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${cdn}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "development";
  const source = officeJsSource(env, mode);
  const outputPath = env.outputPath ? path.resolve(env.outputPath) : path.resolve(__dirname, "dist");

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    // With --env host=https://…, the manifest of that server; without, the development one (localhost).
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => (env.host ? manifestForHost(content.toString(), env.host) : content),
    },
    { from: "examples/*.xlsx", to: "examples/[name][ext]" },
  ];
  if (source === "local") {
    copyPatterns.push({
      from: "node_modules/@microsoft/office-js/dist",
      to: "office-js",
      globOptions: { ignore: ["**/*.debug.js", "**/*-vsdoc.js", "**/*.d.ts"] },
      // Already minified by Microsoft: without this flag Terser re-minifies ~370 files for minutes.
      info: { minimized: true },
    });
  }

  return {
    mode,
    devtool: mode === "production" ? false : "source-map",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: outputPath,
      filename: mode === "production" ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
      // Office hosts' browsers all have globalThis: webpack need not find it with `new Function("return this")`.
      environment: { globalThis: true },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          test: noEvalLoader.appliesTo,
          loader: path.resolve(__dirname, "scripts/no-eval-loader.js"),
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: {
          officeJsUrl: source === "cdn" ? OFFICE_JS_CDN : OFFICE_JS_LOCAL,
          csp: contentSecurityPolicy(source),
        },
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: false,
      hot: false,
      client: false,
      webSocketServer: false,
      headers: { "Cache-Control": "no-store" },
    },
  };
};
