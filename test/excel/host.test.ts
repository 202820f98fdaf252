import { detectHost, type OfficeLike } from "../../src/excel/host";

function office(onReady: OfficeLike["onReady"], displayLanguage?: string): OfficeLike {
  return { onReady, HostType: { Excel: "Excel" }, context: { displayLanguage } };
}

describe("detectHost", () => {
  it("is standalone when office.js did not load", async () => {
    expect(await detectHost(undefined)).toEqual({ kind: "standalone", reason: "office-js-missing" });
  });

  it("is standalone in a plain browser, where onReady resolves with no host", async () => {
    const plain = office(async () => ({ host: null, platform: null }));
    expect(await detectHost(plain)).toEqual({ kind: "standalone", reason: "no-host" });
  });

  it("is Excel when onReady reports Excel, with Office's display language", async () => {
    const excel = office(async () => ({ host: "Excel", platform: "PC" }), "vi-VN");
    expect(await detectHost(excel)).toEqual({ kind: "excel", displayLanguage: "vi-VN", dark: false });
  });

  it("follows Office's dark theme", async () => {
    const dark = {
      ...office(async () => ({ host: "Excel", platform: "PC" })),
      context: { officeTheme: { isDarkTheme: true } },
    };
    expect(await detectHost(dark)).toMatchObject({ kind: "excel", dark: true });
  });

  it("refuses other Office hosts", async () => {
    const word = office(async () => ({ host: "Word", platform: "PC" }));
    expect(await detectHost(word)).toEqual({ kind: "standalone", reason: "other-host" });
  });

  it("gives up when onReady never resolves (office.js host files blocked)", async () => {
    const blocked = office(() => new Promise(() => undefined));
    expect(await detectHost(blocked, 20)).toEqual({ kind: "standalone", reason: "timeout" });
  });

  it("treats a rejected onReady as no host", async () => {
    const broken = office(async () => {
      throw new Error("host channel closed");
    });
    expect(await detectHost(broken)).toEqual({ kind: "standalone", reason: "no-host" });
  });
});
