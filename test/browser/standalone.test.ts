import fs from "fs";
import path from "path";
import type { BrowserContext, Page } from "playwright-core";
import JSZip from "jszip";
import { metadataXml } from "../../src/domain/metadata";
import type { TableCorrection } from "../../src/domain/metadata";
import { OWN_LAYOUTS } from "../fixtures/own-layouts";
import { toXlsx } from "../fixtures/own-layouts/dsl";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/domain/rules";
import { readXlsx } from "../../src/xlsx/read";
import { provinceWorkbook } from "../../bench/province";
import {
  ACKNOWLEDGEMENT_XML,
  citizenList,
  snapshotToXlsx,
  withChartPart,
  withCustomXml,
} from "../support/xlsx";
import { buildPane, isLocal, launchBrowser, recordRequests, screenshotDir, serve } from "./support";

/** The cells ("Sheet!A1") whose fill differs between two workbooks, in the sheets of the first. */
async function changedFills(first: Uint8Array, second: Uint8Array): Promise<string[]> {
  const [a, b] = await Promise.all(
    [first, second].map(async (bytes) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      return workbook;
    }),
  );
  const changed: string[] = [];
  for (const sheet of a.worksheets) {
    const other = b.getWorksheet(sheet.name)!;
    for (let row = 1; row <= sheet.rowCount; row++)
      for (let column = 1; column <= sheet.columnCount; column++) {
        const [mine, theirs] = [sheet.getCell(row, column), other.getCell(row, column)];
        if (JSON.stringify(mine.style.fill) !== JSON.stringify(theirs.style.fill))
          changed.push(`${sheet.name}!${mine.address}`);
      }
  }
  return changed.sort();
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

jest.setTimeout(180_000);

let server: Awaited<ReturnType<typeof serve>>;
let browser: BrowserContext;

/** A script of the page's own origin that tries to generate code, as a dependency might. */
const EVAL_PROBE = `try { window.probe = new Function("return 'ran'")(); } catch (error) { window.probe = error.name; }`;

beforeAll(async () => {
  const folder = await buildPane();
  fs.writeFileSync(path.join(folder, "eval-probe.js"), EVAL_PROBE);
  server = await serve(folder);
  browser = await launchBrowser();
  fs.mkdirSync(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Violations = { cspViolations: string[] };

/** What the CSP refused to run as script (eval, new Function, inline or foreign scripts), in the page's frame. */
async function scriptViolations(page: Page): Promise<string[]> {
  const all = await page.evaluate(() => (window as unknown as Violations).cspViolations);
  return all.filter((violation) => violation.startsWith("script-src"));
}

async function openPane(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage();
  // Every test starts with the default settings and records what the CSP refuses. The script runs in every frame,
  // and office.js's sandboxed frames may not touch storage.
  await page.addInitScript(() => {
    const violations: string[] = ((window as unknown as Violations).cspViolations = []);
    document.addEventListener("securitypolicyviolation", (e) =>
      violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
    try {
      localStorage.clear();
    } catch {
      // a frame without storage access
    }
  });
  const requests = recordRequests(page);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return { page, requests, errors };
}

test("the pane starts standalone in a plain browser, in Vietnamese, and requests nothing outside localhost", async () => {
  const { page, requests, errors } = await openPane();
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Trợ lý báo cáo Đề án 06");
  expect(await page.getByRole("img", { name: "Chế độ độc lập — chưa kết nối Excel" }).count()).toBe(1);
  expect(await page.getAttribute("html", "data-host")).toBe("standalone");
  expect(requests.some((url) => url.endsWith("/office-js/office.js"))).toBe(true);
  expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  expect(errors).toEqual([]);
  await page.screenshot({ path: path.join(screenshotDir, "standalone.png"), fullPage: true });

  // The Content-Security-Policy lets the page talk to its own origin only: a request elsewhere never leaves.
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective));
    const fetched = await fetch("https://example.org/leak?data=1").then(
      () => "sent",
      () => "refused",
    );
    await new Promise((resolve) => setTimeout(resolve, 200)); // the violation report comes after the refusal
    return { fetched, violations };
  });
  expect(outcome).toEqual({ fetched: "refused", violations: ["connect-src"] });
  expect(requests.filter((url) => !isLocal(url))).toEqual([]);

  // Nor may anything generate code: the bundle has none (scripts/check-bundle.js), and the CSP refuses it.
  expect(await scriptViolations(page)).toEqual([]);
  await page.addScriptTag({ url: "eval-probe.js" });
  const generated = await page.evaluate(() => (window as unknown as { probe: string }).probe);
  expect(generated).toBe("EvalError");
  await page.waitForFunction(() => (window as unknown as Violations).cspViolations.length > 1);
  expect(await scriptViolations(page)).toEqual(["script-src eval"]);
});

test("office.js slow: the pane paints at once and goes standalone; inside Excel without office.js, never the sample", async () => {
  const page = await browser.newPage();
  // office.js answers after 20 seconds, as a hanging CDN would.
  await page.route("**/office-js/office.js", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 20_000));
    await route.continue().catch(() => undefined);
  });
  const start = Date.now();
  await page.goto(`${server.url}/taskpane.html`, { waitUntil: "commit" });
  await page.getByText("Đang khởi động…").waitFor();
  const firstPaintMs = Date.now() - start;
  console.log(`task pane: first paint ${firstPaintMs} ms while office.js hangs`);
  // The pane painted while office.js was still on its way (its 20 seconds are not over): it never waits for it.
  expect(firstPaintMs).toBeLessThan(20_000);
  await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 15_000 });
  expect(await page.getAttribute("html", "data-host")).toBe("standalone");
  await page.close();

  // Opened by Excel (the address Office gives its panes) while office.js cannot load: a sentence, never the sample.
  const inExcel = await browser.newPage();
  await inExcel.route("**/office-js/office.js", (route) => route.abort());
  await inExcel.goto(`${server.url}/taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN$$$$0`);
  await inExcel.getByText(/Không tải được thư viện Office \(office\.js\)/).waitFor();
  expect(await inExcel.getByText("Xã Long Hiệp").count()).toBe(0);
  expect(await inExcel.getAttribute("html", "data-host")).toBe("standalone");
  await inExcel.close();
});

test("a full session on the sample workbook: check, select, highlight, export, insert, text, English", async () => {
  const { page, requests, errors } = await openPane();
  await page.getByRole("button", { name: "Kiểm tra toàn bộ sổ tính" }).click();
  await page.getByRole("button", { name: "Kiểm tra lại", exact: true }).waitFor();
  expect(await page.getByRole("status", { name: /vấn đề cần xử lý/ }).textContent()).toMatch(
    /^[1-9]\d* lỗi\d+ cảnh báo\d+ thông tin$/,
  );

  const issue = page.getByRole("button", { name: /ghi 93,65%, nhưng 59\/62 = 95,16%/ });
  await expect(issue.textContent()).resolves.toContain("Đề xuất: G16 = 95,16%");
  await page.screenshot({ path: path.join(screenshotDir, "check.png"), fullPage: true });
  // The workbook beside the pane: the cells at fault outlined, the issue's cells selected and in view.
  const grid = page.getByRole("grid", { name: "Trang tính DVC thiết yếu" });
  await grid.waitFor();
  await issue.click();
  await page.getByText("Đã chọn DVC thiết yếu!G16, DVC thiết yếu!F16, DVC thiết yếu!D16").waitFor();
  const selected = grid.locator('[data-cell="G16"][aria-selected="true"]');
  await selected.waitFor();
  expect(await selected.isVisible()).toBe(true);
  expect(await selected.textContent()).toBe("93,65%");
  expect(await selected.getAttribute("data-severity")).toBe("error");
  // The template's id column is hidden in the file, and in the view.
  expect(await grid.locator('[data-cell="L16"]').count()).toBe(0);
  expect(await grid.locator('[data-cell="K16"]').count()).toBe(1);
  await page.waitForTimeout(300); // the view's scroll to the cell settles
  await page.screenshot({ path: path.join(screenshotDir, "workbook-narrow.png") });
  await page.setViewportSize({ width: 1280, height: 800 });
  await issue.click(); // scrolls the wider view to the cell again
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(screenshotDir, "workbook-wide.png") });
  // The template's headings are frozen: they stay in view when the sheet scrolls down, as in Excel (on a
  // window where they leave room to scroll).
  const frozen = page.locator("[data-frozen-rows]");
  expect(Number(await frozen.getAttribute("data-frozen-rows"))).toBeGreaterThan(0);
  const frozenTop = (await frozen.boundingBox())!.y;
  await frozen.evaluate((band) => (band.closest("section")!.firstElementChild!.scrollTop = 600));
  await page.waitForTimeout(200);
  expect((await frozen.boundingBox())!.y).toBeCloseTo(frozenTop, 0);

  await page.setViewportSize({ width: 350, height: 640 });

  // The highlight switch fills the cells at fault in the view (the page's workbook), and clearing empties them.
  const filled = () =>
    grid.locator('[data-cell="G16"]').evaluate((cell) => getComputedStyle(cell).backgroundColor);
  await issue.click(); // scrolls the view back to the cell
  await grid.locator('[data-cell="G16"]').waitFor();
  const unfilled = await filled();
  await page.getByRole("switch", { name: "Tô màu các ô có vấn đề" }).click();
  await page.getByText(/Đã tô màu \d+ ô/).waitFor();
  await issue.click();
  expect(await filled()).not.toBe(unfilled);
  await page.getByRole("switch", { name: "Tô màu các ô có vấn đề" }).click();
  await page.getByText(/Đã xóa \d+ ô đánh dấu của BC06/).waitFor();
  expect(await filled()).toBe(unfilled);
  // The report sheet is written into the page's workbook: a new tab of the view.
  await page.getByRole("button", { name: "Xuất báo cáo ra trang tính" }).click();
  await page.getByText('Đã ghi kết quả vào trang tính "Kết quả kiểm tra".').waitFor();
  await page
    .getByRole("navigation", { name: "Các trang tính" })
    .getByRole("button", { name: "Kết quả kiểm tra" })
    .waitFor();

  await page.getByRole("tab", { name: "Mẫu biểu" }).click();
  await page.getByRole("textbox", { name: "Đơn vị báo cáo" }).fill("Xã Cẩm Bình");
  await page.getByRole("button", { name: "Chèn mẫu vào trang tính mới" }).click();
  await page.getByText("Đã chèn mẫu").waitFor();
  expect(await page.getByText(/Trang tính mới: DVC thiết yếu \(2\)/).count()).toBe(1);
  await page.screenshot({ path: path.join(screenshotDir, "templates.png"), fullPage: true });
  // Downloaded, the page's workbook holds the inserted template and the report sheet, with the report's record.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải xuống sổ tính" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("xa-long-hiep.xlsx");
  const saved = path.join(screenshotDir, "session-download.xlsx");
  await download.saveAs(saved);
  const reopened = await readXlsx(new Uint8Array(fs.readFileSync(saved)));
  expect(reopened.snapshot.sheets.map((s) => s.name)).toEqual(
    expect.arrayContaining(["DVC thiết yếu", "Kết quả kiểm tra", "DVC thiết yếu (2)"]),
  );
  expect(reopened.snapshot.tables.find((t) => t.sheet === "DVC thiết yếu (2)")?.header.unit).toBe(
    "Xã Cẩm Bình",
  );
  expect(reopened.records).toEqual([{ kind: "report", sheet: "Kết quả kiểm tra" }]);

  await page.getByRole("tab", { name: "Văn bản" }).click();
  await page
    .getByRole("textbox", { name: "Dán nội dung báo cáo (văn bản Word) vào đây" })
    .fill(
      "Thủ tục thông báo lưu trú: 62 hồ sơ (03 hồ sơ tiếp nhận trực tiếp; 59 hồ sơ trực tuyến), đạt 93.65%.",
    );
  await page.getByRole("button", { name: "Kiểm tra số liệu trong văn bản" }).click();
  // The split and the rate, and the three figures as in the sample's DVC table.
  await page.getByText("4 đúng · 1 sai · 0 không đọc được").waitFor();
  await page
    .getByText("59/62 = 95,16%, văn bản ghi 93,65% (khớp với 59/63: có thể tính nhầm trên 63)")
    .waitFor();
  // A signed report as a PDF: its text layer read by pdf.js in the page, checked, and compared with the tables.
  await page
    .getByLabel("Mở tệp báo cáo (.pdf, .docx, .txt)")
    .setInputFiles(path.join(__dirname, "..", "fixtures", "reports", "report.pdf"));
  await page.getByText("28/54 = 51,85%, văn bản ghi 15,85% (có thể gõ nhầm một chữ số)").waitFor();
  expect(await page.getByRole("tabpanel", { name: "Văn bản" }).getByRole("status").textContent()).toMatch(
    / · 1 sai · 0 không đọc được$/,
  );
  await page.getByText(/Đã đối chiếu số liệu nêu trong văn bản với \d+ bảng/).waitFor();
  await page.getByText(/Đăng ký thường trú — Tổng số hồ sơ tiếp nhận: 78, khớp với bảng/).waitFor();
  await page.getByRole("button", { name: "Tạo văn bản từ các bảng" }).click();
  await page.getByRole("textbox", { name: /Văn bản tạo từ các bảng/ }).waitFor();
  await page.screenshot({ path: path.join(screenshotDir, "text.png"), fullPage: true });

  await page.getByRole("button", { name: "Cài đặt" }).click();
  await page.getByRole("radio", { name: "English" }).check();
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Đề án 06 report assistant");
  await page.getByRole("tab", { name: "Check" }).click();
  await page.getByRole("button", { name: "Check the whole workbook" }).click();
  await page.getByRole("button", { name: /Notification of stay: Online rate \(%\) states 93,65%/ }).waitFor();

  expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  expect(errors).toEqual([]);
  expect(await scriptViolations(page)).toEqual([]);
});

test("the page opens an .xlsx, checks it and hands back an annotated copy, all in the browser", async () => {
  const { page, requests, errors } = await openPane();
  // The sample as a user's file: with BC06's records kept in Excel, and a chart the copy cannot keep.
  const example = fs.readFileSync(path.join(__dirname, "..", "..", "examples", "xa-long-hiep.xlsx"));
  const original = withChartPart(withCustomXml(new Uint8Array(example), [ACKNOWLEDGEMENT_XML]));
  await page
    .getByLabel("Mở tệp .xlsx")
    .setInputFiles({ name: "xa-long-hiep.xlsx", mimeType: XLSX, buffer: Buffer.from(original) });
  await page.getByText("Đang làm việc trên: xa-long-hiep.xlsx").waitFor();
  await page.getByRole("button", { name: "Kiểm tra toàn bộ sổ tính" }).click();
  await page.getByRole("button", { name: "Kiểm tra lại", exact: true }).waitFor();
  expect(await page.getByRole("status", { name: /vấn đề cần xử lý/ }).textContent()).toBe(
    "3 lỗi2 cảnh báo0 thông tin",
  );
  // Before the download, the user reads what the copy will not keep.
  await page.getByRole("button", { name: "Tải bản có chú thích (.xlsx)" }).click();
  await page.getByText(/không giữ được: biểu đồ\. Tệp gốc của bạn không thay đổi\./).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Vẫn tải xuống" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("xa-long-hiep (BC06).xlsx");
  const saved = path.join(screenshotDir, download.suggestedFilename());
  await download.saveAs(saved);
  const copy = new Uint8Array(fs.readFileSync(saved));
  // Re-opened: BC06's records are there (and the report sheet's), and only the cells at fault have a new fill.
  const [before, after] = await Promise.all([readXlsx(original), readXlsx(copy)]);
  expect(after.records).toEqual([...before.records, { kind: "report", sheet: "Kết quả kiểm tra" }]);
  const atFault = new Set(
    checkWorkbook(before.snapshot).issues.flatMap((i) => i.cells.map((c) => `${c.sheet}!${c.address}`)),
  );
  expect(await changedFills(original, copy)).toEqual([...atFault].sort());
  await page.screenshot({ path: path.join(screenshotDir, "file.png"), fullPage: true });

  await page
    .getByLabel("Mở tệp .xlsx")
    .setInputFiles({ name: "bao-cao.xlsx", mimeType: "text/csv", buffer: Buffer.from("Đơn vị;Tổng\n") });
  await page.getByText("Không phải tệp Excel (.xlsx).").waitFor();
  expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  expect(errors).toEqual([]);
  expect(await scriptViolations(page)).toEqual([]);
});

test("a list of 300,000 citizens opens without freezing the page, read in part and said so", async () => {
  const { page, errors } = await openPane();
  await page
    .getByLabel("Mở tệp .xlsx")
    .setInputFiles({ name: "danh-sach.xlsx", mimeType: XLSX, buffer: Buffer.from(citizenList(300_000)) });
  // The file is read in a Web Worker: the pane answers a click while it reads.
  const start = Date.now();
  await page.getByRole("button", { name: "Cài đặt" }).click();
  await page.getByRole("radio", { name: "English" }).waitFor();
  const answeredMs = Date.now() - start;
  // Answered before the file was open: the reading did not hold the page.
  expect(await page.getByText("Đang làm việc trên: danh-sach.xlsx").count()).toBe(0);
  await page.getByText("Đang làm việc trên: danh-sach.xlsx").waitFor({ timeout: 20_000 });
  await page.getByRole("tab", { name: "Kiểm tra" }).click();
  await page.getByRole("button", { name: "Kiểm tra toàn bộ sổ tính" }).click();
  await page.getByText('Trang tính "Danh sách" quá lớn: chỉ đọc và kiểm tra 125.000 dòng đầu.').waitFor();
  console.log(
    `standalone page: the pane answered a click ${answeredMs} ms after a 300,000-row file was dropped`,
  );
  expect(errors).toEqual([]);
});

test("a file dropped anywhere on the page opens there (on the sheet view too), with an overlay while dragging", async () => {
  const { page, errors } = await openPane();
  const example = fs.readFileSync(path.join(__dirname, "..", "..", "examples", "xa-long-hiep.xlsx"));
  const dataTransfer = await page.evaluateHandle(
    ({ bytes, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], "xa-keo-tha.xlsx", { type }));
      return transfer;
    },
    { bytes: [...example], type: XLSX },
  );
  const grid = page.getByRole("grid", { name: "Trang tính DVC thiết yếu" });
  await grid.waitFor();
  await grid.dispatchEvent("dragover", { dataTransfer });
  await page.getByText("Thả tệp .xlsx để mở").waitFor();
  await grid.dispatchEvent("drop", { dataTransfer });
  await page.getByText("Đang làm việc trên: xa-keo-tha.xlsx").waitFor();
  expect(await page.getByText("Thả tệp .xlsx để mở").count()).toBe(0);
  expect(page.url()).toMatch(/\/taskpane\.html$/);
  expect(errors).toEqual([]);
});

test("a reviewer's folder: several files opened at once, each listed with its counts and opened on a click", async () => {
  const { page, requests, errors } = await openPane();
  const example = fs.readFileSync(path.join(__dirname, "..", "..", "examples", "xa-long-hiep.xlsx"));
  await page.getByLabel("Mở tệp .xlsx").setInputFiles([
    { name: "xa-a.xlsx", mimeType: XLSX, buffer: example },
    { name: "xa-b.xlsx", mimeType: XLSX, buffer: await ownLayoutFile() },
    { name: "hong.xlsx", mimeType: XLSX, buffer: Buffer.from("Đơn vị;Tổng\n") },
  ]);
  const list = page.getByRole("list", { name: "3 tệp đã mở" });
  await list.waitFor();
  expect(await list.getByRole("listitem").allTextContents()).toEqual([
    // The data-cleaning items stand alone: no relation checks them, and the file says so.
    "xa-a.xlsx3 lỗi, 2 cảnh báo · đã kiểm tra 10/10 cột, 91 % số liệu",
    expect.stringMatching(/^xa-b\.xlsx\d+ lỗi, \d+ cảnh báo$/),
    "hong.xlsxKhông phải tệp Excel (.xlsx).",
  ]);
  await page.getByText("Đang làm việc trên: xa-a.xlsx").waitFor();
  await list.getByRole("button", { name: "xa-b.xlsx" }).click();
  await page.getByText("Đang làm việc trên: xa-b.xlsx").waitFor();
  await page.getByRole("grid", { name: "Trang tính Báo cáo" }).waitFor();
  await page.screenshot({ path: path.join(screenshotDir, "folder.png") });
  // The folder added up in the Tổng hợp tab, as `bc06 consolidate` does, and downloaded.
  await page.getByRole("tab", { name: "Tổng hợp" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tổng hợp các tệp đã mở thành một tệp (.xlsx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("tong-hop.xlsx");
  await page.getByText(/Đã tạo "tong-hop\.xlsx": \d+ bảng tổng hợp từ 2 tệp/).waitFor();
  const saved = path.join(screenshotDir, "tong-hop.xlsx");
  await download.saveAs(saved);
  const summary = await readXlsx(new Uint8Array(fs.readFileSync(saved)));
  expect(summary.snapshot.sheets.map((s) => s.name)).toContain("Đóng góp");
  // The overview of the folder, unit by unit, as the reviewer's HTML report draws it.
  await page.getByRole("tab", { name: "Tổng quan" }).click();
  const units = page.getByRole("region", { name: "Các đơn vị trong 3 tệp đã mở" });
  await units.getByRole("img", { name: "Tỷ lệ trực tuyến theo đơn vị" }).waitFor();
  expect(await units.getByRole("img", { name: "Lỗi và cảnh báo theo đơn vị" }).count()).toBe(1);
  expect(await units.locator("svg title").allTextContents()).toContain("Xã Long Hiệp: 44,66% (138/309)");
  await units.screenshot({ path: path.join(screenshotDir, "folder-overview.png") });
  expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  expect(errors).toEqual([]);
});

/** An official's own workbook, with a correction the add-in kept in Excel (a custom XML part, as Excel saves it). */
async function ownLayoutFile(correction?: TableCorrection): Promise<Buffer> {
  const bytes = await toXlsx(OWN_LAYOUTS.find((layout) => layout.id === "dvc-merged-two-row-heading")!);
  if (!correction) return Buffer.from(bytes);
  const zip = await JSZip.loadAsync(bytes);
  zip.file("customXml/item1.xml", metadataXml({ kind: "mapping", ...correction }));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

test("an official's own table is recognised in the browser, and a correction saved in Excel is honoured", async () => {
  const { page, requests, errors } = await openPane();
  await page.setViewportSize({ width: 350, height: 900 });
  await page
    .getByLabel("Mở tệp .xlsx")
    .setInputFiles({ name: "xa-long-hiep-tu-lap.xlsx", mimeType: XLSX, buffer: await ownLayoutFile() });
  await page.getByText("Đang làm việc trên: xa-long-hiep-tu-lap.xlsx").waitFor();
  await page.getByRole("button", { name: "Kiểm tra toàn bộ sổ tính" }).click();
  await page.getByRole("button", { name: /ghi 93,65%, nhưng 59\/62 = 95,16%/ }).waitFor();
  await page.getByRole("button", { name: "Bảng được kiểm tra (1)" }).click();
  const online = page.getByRole("combobox", { name: "E · Trong đó › Trực tuyến" });
  await online.waitFor();
  expect(await online.evaluate((select: HTMLSelectElement) => select.selectedOptions[0].textContent)).toBe(
    "Tiếp nhận trực tuyến",
  );
  await page.waitForTimeout(300); // the panel's opening animation
  await page.screenshot({ path: path.join(screenshotDir, "own-table.png"), fullPage: true });

  const correction = { sheet: "Báo cáo", anchor: "A5", signature: "", lines: { "ty le %": "" } };
  await page
    .getByLabel("Mở tệp .xlsx")
    .setInputFiles({ name: "da-chinh.xlsx", mimeType: XLSX, buffer: await ownLayoutFile(correction) });
  await page.getByText("Đang làm việc trên: da-chinh.xlsx").waitFor();
  await page.getByRole("button", { name: "Kiểm tra toàn bộ sổ tính" }).click();
  // The rate column the official set aside is not checked, and the pane says so rather than "no mistakes".
  await page
    .getByText(
      "Không phát hiện lỗi trong phần đã kiểm tra (3/4 cột, 75 % số liệu); phần còn lại chưa kiểm tra được.",
    )
    .waitFor();
  await page.getByRole("button", { name: "Bảng được kiểm tra (1)" }).click();
  await page.getByText("đã chỉnh").waitFor();
  expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  expect(errors).toEqual([]);
  expect(await scriptViolations(page)).toEqual([]);
});

test("speed: a province workbook opened to the first sheet view, and a 5,000-row sheet scrolled (printed)", async () => {
  const { page, errors } = await openPane();
  await page.setViewportSize({ width: 1280, height: 800 });
  const provinceSnapshot = provinceWorkbook(170);
  const province = Buffer.from(await snapshotToXlsx(provinceSnapshot));
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = Date.now();
    await page
      .getByLabel("Mở tệp .xlsx")
      .setInputFiles({ name: `tinh-${run}.xlsx`, mimeType: XLSX, buffer: province });
    await page.getByText(`Đang làm việc trên: tinh-${run}.xlsx`).waitFor({ timeout: 30_000 });
    await page.locator('[role="grid"] [data-cell="A1"]').waitFor({ timeout: 30_000 });
    times.push(Date.now() - start);
  }
  const median = [...times].sort((a, b) => a - b)[1];

  const rows = new ExcelJS.Workbook();
  const sheet = rows.addWorksheet("Danh sách");
  for (let r = 1; r <= 5000; r++)
    sheet.addRow(Array.from({ length: 10 }, (_, c) => (c === 0 ? `Công dân ${r}` : r * c)));
  await page.getByLabel("Mở tệp .xlsx").setInputFiles({
    name: "danh-sach.xlsx",
    mimeType: XLSX,
    buffer: Buffer.from(await rows.xlsx.writeBuffer()),
  });
  await page.locator('[role="grid"] [data-cell="A1"]').waitFor({ timeout: 30_000 });
  // Scroll the view in 50 steps to the last row; each step waits for the next frame painted.
  const frames = await page.evaluate(async () => {
    const grid = document.querySelector('[role="grid"]')!;
    const scroller = grid.parentElement!.parentElement!.parentElement!;
    const frame = () =>
      new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const durations: number[] = [];
    for (let step = 1; step <= 50; step++) {
      const before = performance.now();
      scroller.scrollTop = (scroller.scrollHeight * step) / 50;
      durations.push((await frame()) - before);
    }
    return durations.sort((a, b) => a - b);
  });
  await page.locator('[role="grid"] [data-cell="A5000"]').waitFor();
  console.log(
    `standalone page: province workbook (${provinceSnapshot.sheets.length} sheets, ${(province.length / 1e6).toFixed(1)} MB) to the first sheet view ${median} ms median of ${times.join(", ")} ms ` +
      `(goal < 2,000 ms) ${median < 2000 ? "OK" : "SLOW"}; 5,000-row sheet scrolled in 50 steps: ` +
      `median frame ${frames[25].toFixed(0)} ms, slowest ${frames[49].toFixed(0)} ms`,
  );
  expect(errors).toEqual([]);
}, 120_000);
