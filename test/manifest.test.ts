import fs from "fs";
import os from "os";
import path from "path";
/* eslint-disable @typescript-eslint/no-require-imports -- the build's own CommonJS scripts */
const { validateManifest } = require("../scripts/validate-manifest.js");
const { manifestForHost } = require("../scripts/manifest-host.js") as {
  manifestForHost: (xml: string, host: string) => string;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const root = path.resolve(__dirname, "..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

async function problemsOf(edit: (xml: string) => string): Promise<string[]> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bc06-manifest-")), "manifest.xml");
  fs.writeFileSync(file, edit(manifest));
  return validateManifest(file);
}

describe("manifest.xml", () => {
  it("is valid offline: XSD, resources, URLs, lengths and icons", async () => {
    expect(await problemsOf((xml) => xml)).toEqual([]);
  });

  it("declares what the add-in needs", () => {
    expect(manifest).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
    expect(manifest).toContain('DefaultValue="BC06 – Báo cáo Đề án 06"');
    expect(manifest).toContain('<Override Locale="en-US"');
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\/>/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">[\s\S]*xsi:type="ShowTaskpane"/);
  });

  it("reports a schema violation", async () => {
    const problems = await problemsOf((xml) =>
      xml.replace("<Permissions>ReadWriteDocument", "<Permissions>Everything"),
    );
    expect(problems.join("\n")).toMatch(/schema: .*'Everything' is not an element of the set/);
  });

  it("reports a resid that resolves to nothing", async () => {
    const problems = await problemsOf((xml) => xml.replace('resid="Group.Label"', 'resid="Missing.Label"'));
    expect(problems).toContain('Label: resid "Missing.Label" does not resolve to a resource');
  });

  it("reports plain http and foreign hosts", async () => {
    const problems = await problemsOf((xml) =>
      xml
        .replace(
          '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>',
          '<SupportUrl DefaultValue="http://localhost:3000/help"/>',
        )
        .replace(
          "<AppDomain>https://localhost:3000</AppDomain>",
          "<AppDomain>https://example.org</AppDomain>",
        ),
    );
    expect(problems).toContain("SupportUrl: http://localhost:3000/help is not https");
    expect(problems).toContain(
      "AppDomain: https://example.org is not on https://localhost:3000, where the task pane is",
    );
  });

  it("reports strings over Office's length limits", async () => {
    const long = "Đ".repeat(126);
    const problems = await problemsOf((xml) =>
      xml.replace('DefaultValue="Báo cáo BC06"', `DefaultValue="${long}"`),
    );
    expect(problems).toContain('ShortStrings "OpenPane.Label" (default): 126 characters, limit 125');
  });

  it("reports icons that are missing or of the wrong size", async () => {
    const problems = await problemsOf((xml) =>
      xml
        .replace("assets/icon-64.png", "assets/icon-80.png")
        .replace("assets/icon-16.png", "assets/icon-17.png"),
    );
    expect(problems).toContain("HighResolutionIconUrl: assets/icon-80.png is 80×80 px, declared 64×64");
    expect(problems).toContain('Image "Icon.16x16": icon file assets/icon-17.png does not exist');
  });

  it("reports malformed XML without crashing", async () => {
    const problems = await problemsOf((xml) => xml.replace("</OfficeApp>", ""));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^xml: /);
  });
});

describe("the manifest for an office's own server (npm run build -- --env host=https://…)", () => {
  it.each([
    "https://bc06.tinh.gov.vn",
    "https://intranet.congan.gov.vn/bc06/",
    "https://10.0.0.5:8443/addin",
  ])("moves every URL to %s and stays valid", async (host) => {
    const deployed = manifestForHost(manifest, host);
    const base = host.replace(/\/$/, "");
    expect(deployed).not.toContain("localhost");
    expect(deployed).toContain(`<AppDomain>${new URL(host).origin}</AppDomain>`);
    expect(deployed).toContain(`<SourceLocation DefaultValue="${base}/taskpane.html"/>`);
    expect(await problemsOf(() => deployed)).toEqual([]);
  });

  it("refuses a host Office would not load from, in a sentence", () => {
    expect(() => manifestForHost(manifest, "http://bc06.tinh.gov.vn")).toThrow(
      "host=http://bc06.tinh.gov.vn: Office loads add-ins only over https",
    );
    expect(() => manifestForHost(manifest, "bc06.tinh.gov.vn")).toThrow(/not a web address/);
  });

  it("a deployed manifest with one URL left elsewhere is reported", async () => {
    const deployed = manifestForHost(manifest, "https://bc06.tinh.gov.vn").replace(
      '<SupportUrl DefaultValue="https://bc06.tinh.gov.vn/taskpane.html"/>',
      '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>',
    );
    expect(await problemsOf(() => deployed)).toEqual([
      "SupportUrl: https://localhost:3000/taskpane.html is not on https://bc06.tinh.gov.vn, where the task pane is",
    ]);
  });
});
