import path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../webpack.config.js");

interface Plugin {
  userOptions?: { templateParameters?: { officeJsUrl: string; csp: string } };
  patterns?: { from: string; info?: { minimized?: boolean } }[];
}

function configFor(env: Record<string, string>, mode: string) {
  const config = webpackConfig(env, { mode });
  const plugins = config.plugins as Plugin[];
  const html = plugins.find((p) => p.userOptions?.templateParameters)!.userOptions!.templateParameters!;
  const officeCopy = plugins
    .flatMap((p) => p.patterns ?? [])
    .find((p) => p.from.includes("@microsoft/office-js"));
  return { config, html, officeCopy };
}

describe("webpack.config.js: where office.js comes from", () => {
  it("production references Microsoft's CDN and copies nothing", () => {
    const { html, officeCopy } = configFor({}, "production");
    expect(html.officeJsUrl).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(html.csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(officeCopy).toBeUndefined();
  });

  it("development, and production for isolated networks, serve the local copy without re-minifying it", () => {
    for (const { env, mode } of [
      { env: {}, mode: "development" },
      { env: { officeJs: "local" }, mode: "production" },
    ]) {
      const { html, officeCopy } = configFor(env, mode);
      expect(html.officeJsUrl).toBe("office-js/office.js");
      expect(html.csp).toContain("script-src 'self';");
      expect(html.csp).not.toContain("microsoft.com");
      expect(officeCopy?.info?.minimized).toBe(true);
    }
  });

  it("builds into dist/ unless told otherwise", () => {
    expect(configFor({}, "production").config.output.path).toBe(path.resolve(__dirname, "..", "dist"));
  });
});
