// Shared by the browser tests: build the pane, serve it on 127.0.0.1 and drive Debian's Chromium.
import fs from "fs";
import http from "http";
import type { AddressInfo } from "net";
import os from "os";
import path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import webpack from "webpack";

const root = path.resolve(__dirname, "..", "..");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
};

/** A development build (office.js from node_modules) into a fresh temporary folder. */
export async function buildPane(): Promise<string> {
  const outputPath = fs.mkdtempSync(path.join(os.tmpdir(), "bc06-pane-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(root, "webpack.config.js"))({ outputPath }, { mode: "development" });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack({ ...config, context: root }, (error, result) =>
      error || !result ? reject(error) : resolve(result),
    ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  return outputPath;
}

/** A static file server for folder on an ephemeral port of 127.0.0.1. */
export async function serve(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(folder, path.normalize(pathname).replace(/^([/\\])+/, ""));
    if (!file.startsWith(folder) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
    });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Headless Chromium with a fresh profile and the flags this closed network needs. */
export async function launchBrowser(options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "bc06-chromium-"));
  return chromium.launchPersistentContext(profile, {
    ...options,
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 350, height: 640 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Every URL the page requests, to prove that nothing leaves this machine. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:") return true;
  return ["127.0.0.1", "localhost", "[::1]"].includes(hostname);
}

export const screenshotDir = path.join(root, "test-results");
