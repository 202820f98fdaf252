// `npm run dev-server [-- --http]`: serves a development build on port 3000. HTTPS uses a CA and localhost
// certificate that the project makes itself in .certs/ (office-addin-dev-certs' installer needs sudo, so
// trusting the CA is left to the user); --http serves plain http when no certificate can be made.
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const { generateCertificates } = require("office-addin-dev-certs");

const ROOT = path.resolve(__dirname, "..");
const CERT_DIR = path.join(ROOT, ".certs");
const files = {
  ca: path.join(CERT_DIR, "ca.crt"),
  cert: path.join(CERT_DIR, "localhost.crt"),
  key: path.join(CERT_DIR, "localhost.key"),
};

async function httpsOptions() {
  if (!Object.values(files).every((file) => fs.existsSync(file))) {
    fs.mkdirSync(CERT_DIR, { recursive: true });
    await generateCertificates(files.ca, files.cert, files.key, 365, ["localhost", "127.0.0.1"]);
  }
  return Object.fromEntries(Object.entries(files).map(([name, file]) => [name, fs.readFileSync(file)]));
}

/** Starts the server; resolves to its origin, the protocol used and the CA file (https only). */
async function startDevServer({ http = false } = {}) {
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  let server = { type: "http" };
  if (!http) {
    try {
      server = { type: "https", options: await httpsOptions() };
    } catch (error) {
      console.warn(`Không tạo được chứng chỉ HTTPS (${error.message}); chuyển sang http.`);
    }
  }
  const compiler = webpack({
    ...config,
    context: ROOT,
    infrastructureLogging: { level: "warn" },
    stats: "errors-warnings",
  });
  const devServer = new WebpackDevServer({ ...config.devServer, server }, compiler);
  await devServer.start();
  const origin = `${server.type}://localhost:${config.devServer.port}`;
  return { origin, https: server.type === "https", caFile: files.ca, stop: () => devServer.stop() };
}

if (require.main === module) {
  startDevServer({ http: process.argv.includes("--http") })
    .then(({ origin }) => console.log(`BC06 dev server: ${origin}/taskpane.html`))
    .catch((error) => {
      console.error(`Dev server failed: ${error.message}`);
      process.exit(1);
    });
}

module.exports = { startDevServer };
