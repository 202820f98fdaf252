import fs from "fs";
import path from "path";
import type { BrowserContext } from "playwright-core";
import { buildPane, isLocal, launchBrowser, recordRequests, screenshotDir, serve } from "./support";

jest.setTimeout(180_000);

let server: Awaited<ReturnType<typeof serve>>;
let browser: BrowserContext;

beforeAll(async () => {
  server = await serve(await buildPane());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the pane starts standalone in a plain browser, in Vietnamese, and requests nothing outside localhost", async () => {
  const page = await browser.newPage();
  const requests = recordRequests(page);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));

  await page.goto(`${server.url}/taskpane.html`);
  const heading = page.getByRole("heading", { level: 1 });
  await heading.waitFor();

  expect(await heading.textContent()).toBe("Trợ lý báo cáo Đề án 06");
  expect(await page.getByRole("status").textContent()).toBe("Chế độ độc lập — chưa kết nối Excel");
  expect(await page.getAttribute("html", "data-host")).toBe("standalone");
  expect(requests.some((url) => url.endsWith("/office-js/office.js"))).toBe(true);
  expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  expect(errors).toEqual([]);

  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, "standalone.png"), fullPage: true });
});
