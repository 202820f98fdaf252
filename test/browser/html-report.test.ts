// The reviewer's HTML report opened from disk in Chromium: nothing but the file itself is requested, the charts show
// without a network, and the units' table sorts by a click. Screenshots go to test-results/.
import fs from "fs";
import path from "path";
import type { BrowserContext } from "playwright-core";
import { main } from "../../src/cli/main";
import { reviewerFolder } from "../support/folders";
import { launchBrowser, recordRequests, screenshotDir } from "./support";

jest.setTimeout(120_000);

let browser: BrowserContext;
let report: string;

beforeAll(async () => {
  const dir = await reviewerFolder();
  report = path.join(dir, "bao-cao.html");
  const quiet = { stdout: () => undefined, stderr: () => undefined, interactive: false };
  await main(["check", dir, "--html", report], quiet);
  browser = await launchBrowser();
  fs.mkdirSync(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

test("the report opens offline from disk, shows its charts and sorts its units", async () => {
  const page = await browser.newPage();
  const requests = recordRequests(page);
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") blocked.push(message.text());
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`file://${report}`);
  expect(requests).toEqual([`file://${report}`]);
  expect(blocked).toEqual([]); // the CSP refused nothing: the page asked for nothing
  const charts = page.locator("figure svg[role=img]");
  expect(await charts.count()).toBe(3); // online share and CCCD by unit, errors by unit
  const box = await charts.first().boundingBox();
  expect(box!.width).toBeGreaterThan(300);
  await page.screenshot({ path: path.join(screenshotDir, "html-report.png"), fullPage: true });

  const units = () => page.locator("tbody > tr:first-child > td:nth-child(2)").allTextContents();
  expect((await units()).map((f) => path.basename(f))).toEqual(["hong.xlsx", "mau.xlsx", "s001.xlsx"]);
  await page.getByRole("button", { name: "Tỷ lệ trực tuyến" }).click();
  // Ascending: 26,96% before 44,66%; the unit without figures last.
  expect((await units()).map((f) => path.basename(f))).toEqual(["s001.xlsx", "mau.xlsx", "hong.xlsx"]);
  expect(await page.locator("th[aria-sort=ascending]").textContent()).toBe("Tỷ lệ trực tuyến");
  await page.getByRole("button", { name: "Tỷ lệ trực tuyến" }).click();
  expect(await page.locator("th[aria-sort=descending]").textContent()).toBe("Tỷ lệ trực tuyến");

  await page.getByText("5 vấn đề").click();
  await page.getByText("59/62 = 95,16%").waitFor();
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: path.join(screenshotDir, "html-report-dark.png"), fullPage: true });
});
