/** @jest-environment jsdom */
import {
  detectHost,
  loadOfficeJs,
  openedByOffice,
  scriptLoaded,
  type OfficeLike,
} from "../../src/excel/host";

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

describe("inside Excel, the pane waits for Office", () => {
  it("knows it was opened by Office from the address Office gives the pane", () => {
    expect(openedByOffice("?_host_Info=Excel$Win32$16.01$vi-VN$$$$0")).toBe(true);
    expect(openedByOffice("?et=&_host_Info=Excel$Web$16.00$vi-VN$$$$0")).toBe(true);
    expect(openedByOffice("")).toBe(false);
    expect(openedByOffice("?lang=vi")).toBe(false);
  });

  it("takes a late answer from Office when told to wait without a limit", async () => {
    const late = office(
      () => new Promise((resolve) => setTimeout(() => resolve({ host: "Excel", platform: "PC" }), 50)),
    );
    expect(await detectHost(late, Infinity)).toMatchObject({ kind: "excel" });
  });

  it("loads office.js itself (the page is never held by it), and says whether it loaded", async () => {
    expect(await loadOfficeJs(20)).toBe(false); // no address for it in the page
    const meta = Object.assign(document.createElement("meta"), { name: "office-js", content: "office.js" });
    document.head.append(meta);
    const loading = loadOfficeJs(1000);
    const script = document.head.querySelector<HTMLScriptElement>('script[src="office.js"]')!;
    expect(script).toBeTruthy();
    (globalThis as { Office?: unknown }).Office = {};
    script.dispatchEvent(new Event("load"));
    expect(await loading).toBe(true);
    delete (globalThis as { Office?: unknown }).Office;
    const failing = document.createElement("script");
    const failed = scriptLoaded(failing, 1000);
    failing.dispatchEvent(new Event("error"));
    expect(await failed).toBe(false);
    expect(await scriptLoaded(document.createElement("script"), 20)).toBe(false); // never answers: the time limit
  });
});
