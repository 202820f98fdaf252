import fs from "fs";
import os from "os";
import path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require("../scripts/validate-manifest.js");

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
      "AppDomain: https://example.org is not on https://localhost:3000 (development manifest)",
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
