// The pane as an official uses it all day, in Chromium at the widths of Excel's task pane (320 and 350 px):
// one header line, help on first use, a long list walked from the keyboard, dd/mm/yyyy dates, and axe-core on every
// state of the pane. Screenshots go to test-results/ to be looked at.
import fs from "fs";
import path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { buildPane, launchBrowser, screenshotDir, serve } from "./support";

jest.setTimeout(180_000);

let server: Awaited<ReturnType<typeof serve>>;
let browser: BrowserContext;
/** axe-core is injected as a script of its own: the CSP (script-src 'self') is bypassed in these pages only. */
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

beforeAll(async () => {
  server = await serve(await buildPane());
  browser = await launchBrowser({ bypassCSP: true });
  fs.mkdirSync(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPane(width: number, height = 800): Promise<Page> {
  const page = await browser.newPage();
  // Default settings at the start of each test; kept across a reload within it.
  await page.addInitScript(() => {
    try {
      if (sessionStorage.getItem("bc06.test")) return;
      sessionStorage.setItem("bc06.test", "started");
      localStorage.clear();
    } catch {
      // a frame without storage access
    }
  });
  await page.setViewportSize({ width, height });
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return page;
}

async function check(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Kiểm tra toàn bộ sổ tính" }).click();
  await page.getByRole("button", { name: "Kiểm tra lại", exact: true }).waitFor();
}

/** Waits (up to 5 s) until read() gives the expected value, then checks it. */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
  const deadline = Date.now() + 5000;
  let value = await read();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  expect(value).toBe(expected);
}

type AxeResult = {
  violations: {
    id: string;
    impact: string;
    nodes: { target: string[]; html: string; failureSummary: string }[];
  }[];
};

/** axe-core's violations on the page as it is, one line each: rule, impact, the elements. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  // Colours are measured as they end, not halfway through a panel's fade.
  // A tab loading on its first visit shows a spinner (an endless animation) until it is there.
  await page.locator("[data-loading]").waitFor({ state: "detached" });
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
  );
  // Fluent's focus manager (tabster) puts hidden <i tabindex="0" aria-hidden="true" data-tabster-dummy> around
  // focus traps and lists: they pass the focus on at once and are never read, yet axe's aria-hidden-focus flags them.
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: unknown) => Promise<unknown> } }).axe.run({
      exclude: [["[data-tabster-dummy]"]],
    }),
  )) as AxeResult;
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(" ")} ${process.env.AXE_DEBUG ? n.html.slice(0, 200) + n.failureSummary : ""}`).join(", ")}`,
  );
}

it.each([320, 350])(
  "at %i px: one header line, the tabs on one line, help on first use (screenshots)",
  async (width) => {
    const page = await openPane(width);
    const header = (await page.locator("header").boundingBox())!;
    const tabs = await Promise.all(
      (await page.getByRole("tab").all()).map(async (tab) => (await tab.boundingBox())!),
    );
    console.log(
      `${width} px: header ${Math.round(header.height)} px high; tabs at y = ${[...new Set(tabs.map((t) => Math.round(t.y)))].join(", ")}`,
    );
    expect(header.height).toBeLessThanOrEqual(48);
    expect(new Set(tabs.map((t) => Math.round(t.y))).size).toBe(1); // one line: Settings is the gear
    const last = tabs[tabs.length - 1];
    expect(last.x + last.width).toBeLessThanOrEqual(width); // and every tab within the pane, none cut off
    const help = page.getByRole("region", { name: "BC06 làm gì, bắt đầu từ đâu" });
    expect(await help.getByRole("listitem").count()).toBe(3);
    await page.screenshot({ path: path.join(screenshotDir, `pane-${width}-help.png`) });
    await help.getByRole("button", { name: "Đã hiểu" }).click();
    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await help.count()).toBe(0); // shown once
    await page.getByRole("button", { name: /^Đang làm việc trên/ }).click(); // the file box folds away
    await check(page);
    const pane = page.locator("[data-pane]");
    const paneTop = (await pane.boundingBox())!.y;
    const firstIssue = (await page.locator("button[data-issue]").first().boundingBox())!;
    console.log(
      `${width} px: the first issue starts ${Math.round(firstIssue.y - paneTop)} px below the pane's top`,
    );
    // The pane scrolls in its own box below the sheet view: scrolled to the list, as the user would.
    await page.locator("button[data-issue]").nth(2).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, `pane-${width}-check.png`) });
    await page.close();
  },
);

it("walks the issues from the keyboard; search, focus and state kept across tabs", async () => {
  const page = await openPane(1280);
  await page.getByRole("button", { name: "Đã hiểu" }).click();
  await check(page);
  const focusedIssue = () => page.evaluate(() => document.activeElement?.getAttribute("data-issue"));
  const order = await page
    .locator("button[data-issue]")
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-issue")));
  await page.getByRole("button", { name: "Vấn đề tiếp theo" }).click();
  await eventually(focusedIssue, order[0]);
  await page.keyboard.press("Alt+ArrowDown");
  await eventually(focusedIssue, order[1]);
  await page.keyboard.press("Alt+ArrowUp");
  await eventually(focusedIssue, order[0]);
  expect(await page.getByText(`Vấn đề 1/${order.length}`).count()).toBe(1);
  // Each issue gone to is selected in the workbook, as a click on it does.
  expect(await page.getByText(/^Đã chọn /).count()).toBe(1);
  const search = page.getByRole("searchbox", { name: "Tìm trong các vấn đề" });
  await search.fill("thong bao luu tru");
  const found = await page.locator("button[data-issue]").count();
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(order.length);
  expect(await page.getByText(`Hiển thị ${found}/${order.length} vấn đề`).count()).toBe(1);
  // The reason box takes the focus; the issue takes it back once the reason is saved.
  const acknowledge = page.getByRole("button", { name: /^Ghi nhận cảnh báo ở / }).first();
  const key = await page
    .locator("li", { has: acknowledge })
    .locator("button[data-issue]")
    .getAttribute("data-issue");
  const item = page.locator("li", { has: page.locator(`button[data-issue="${key}"]`) });
  await acknowledge.click();
  await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA");
  await page.keyboard.type("Đã đối chiếu phần mềm");
  await item.getByRole("button", { name: "Lưu ghi nhận" }).click();
  await item.getByText("Đã ghi nhận: Đã đối chiếu phần mềm").waitFor();
  await eventually(
    () => page.evaluate(() => document.activeElement?.hasAttribute("data-issue") ?? false),
    true,
  );
  // Another tab and back: the search, the list and the acknowledgement are as they were.
  await page.getByRole("tab", { name: "Mẫu biểu" }).click();
  await page.getByRole("tab", { name: "Kiểm tra" }).click();
  expect(await search.inputValue()).toBe("thong bao luu tru");
  expect(await page.locator("button[data-issue]").count()).toBe(found);
  expect(await page.getByText("Đã ghi nhận: Đã đối chiếu phần mềm").count()).toBe(1);
  await page.close();
});

it("dates are typed and picked as dd/mm/yyyy and reach the new sheet as those days", async () => {
  const page = await openPane(1280);
  await page.getByRole("button", { name: "Đã hiểu" }).click();
  await page.getByRole("tab", { name: "Mẫu biểu" }).click();
  const from = page.getByRole("combobox", { name: "Từ ngày" });
  await from.fill("1/7/2025");
  await from.press("Tab");
  expect(await from.inputValue()).toBe("01/07/2025");
  // Picked from the calendar: Vietnamese month names, the week from Monday.
  const to = page.getByRole("combobox", { name: "Đến ngày", exact: true });
  await to.fill("30/07/2025");
  await to.press("Tab");
  await to.click();
  const calendar = page.getByRole("dialog");
  await calendar.waitFor();
  expect(await calendar.getByText("Tháng 7 2025").count()).toBeGreaterThan(0);
  expect(await calendar.locator("th").first().textContent()).toBe("T2");
  await page.screenshot({ path: path.join(screenshotDir, "date-picker.png") });
  await calendar.getByRole("gridcell", { name: /31/ }).first().click();
  expect(await to.inputValue()).toBe("31/07/2025");
  await page.getByRole("button", { name: "Chèn mẫu vào trang tính mới" }).click();
  await page.getByText("Đã chèn mẫu").waitFor();
  await page
    .getByRole("navigation", { name: "Các trang tính" })
    .getByRole("button", { name: "DVC thiết yếu (2)" })
    .click();
  const workbook = page.getByRole("region", { name: "Sổ tính đang mở" });
  await workbook.getByText("01/07/2025", { exact: true }).waitFor();
  expect(await workbook.getByText("31/07/2025", { exact: true }).count()).toBeGreaterThan(0);
  await page.close();
});

it.each(["light", "dark"] as const)(
  "the overview (%s): charts of the check at 350 px, a bar selects its cells from the keyboard",
  async (scheme) => {
    const page = await openPane(350, 900);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await page.reload(); // the page takes its theme as it starts
    await page.getByRole("button", { name: "Đã hiểu" }).click();
    await page.getByRole("button", { name: /^Đang làm việc trên/ }).click(); // the file box folds away
    await page.getByRole("tab", { name: "Tổng quan" }).click();
    const bar = page.getByRole("button", { name: "Thông báo lưu trú: 95,16% (59/62)" });
    await bar.waitFor();
    const chart = (await page.locator("figure svg").first().boundingBox())!;
    expect(chart.width).toBeLessThanOrEqual(350);
    expect(chart.width).toBeGreaterThan(250);
    await bar.focus();
    await page.keyboard.press("Enter");
    await page.getByText("Đã chọn DVC thiết yếu!F16, DVC thiết yếu!D16").waitFor();
    await page
      .locator("[data-pane]")
      .screenshot({ path: path.join(screenshotDir, `overview-350-${scheme}.png`) });
    await page.close();
  },
);

it("axe-core finds no violation in any state of the pane", async () => {
  const page = await openPane(350, 900);
  await page.emulateMedia({ reducedMotion: "reduce" });
  const found: Record<string, string[]> = {};
  const audit = async (state: string) => {
    found[state] = await axeViolations(page);
  };
  await audit("first use, with help");
  await page.getByRole("button", { name: "Đã hiểu" }).click();
  await check(page);
  await audit("check results");
  for (const folded of await page.locator(".fui-AccordionHeader__button[aria-expanded=false]").all())
    await folded.click();
  await page
    .getByRole("button", { name: /^Ghi nhận cảnh báo ở / })
    .first()
    .click();
  await audit("acknowledging, every severity open");
  await page.getByRole("switch", { name: "Tô màu các ô có vấn đề" }).click();
  await page.getByText(/Đã tô màu \d+ ô/).waitFor();
  await audit("highlighted");
  await page.getByRole("tab", { name: "Mẫu biểu" }).click();
  await page.getByRole("combobox", { name: "Từ ngày" }).click();
  await page.getByRole("dialog").waitFor();
  await audit("templates, calendar open");
  await page.keyboard.press("Escape");
  await page.getByRole("tab", { name: "Tổng quan" }).click();
  await page.getByRole("button", { name: /^Thông báo lưu trú: / }).waitFor();
  await audit("overview");
  await page.getByRole("tab", { name: "Tổng hợp" }).click();
  await audit("roll-up");
  await page.getByRole("tab", { name: "Văn bản" }).click();
  await audit("text");
  await page.getByRole("button", { name: "Cài đặt" }).click();
  await audit("settings");
  await page.getByRole("radio", { name: "English" }).click();
  await page.getByRole("tab", { name: "Check" }).click();
  await page.getByRole("button", { name: "Check the whole workbook" }).click();
  await page.getByRole("button", { name: "Check again", exact: true }).waitFor();
  await audit("English check results");
  for (const [state, violations] of Object.entries(found))
    console.log(`axe, ${state}: ${violations.length} violations`);
  expect(found).toEqual(Object.fromEntries(Object.keys(found).map((state) => [state, []])));
  await page.close();
});
