import fs from "fs";
import path from "path";
import { htmlReport, type ReportUnit } from "../../src/cli/html-report";
import { main, type Io } from "../../src/cli/main";
import { reviewerFolder } from "../support/folders";
import { S001_HEADER } from "../support/seeds";

const quiet: Io = { stdout: () => undefined, stderr: () => undefined, interactive: false };

describe("bc06 check --html", () => {
  let dir: string;
  let html: string;
  let status: number;
  beforeAll(async () => {
    dir = await reviewerFolder();
    const out = path.join(dir, "bao-cao.html");
    status = await main(["check", dir, "--html", out], quiet);
    html = fs.readFileSync(out, "utf8");
  });
  // The page is long: a failure names the text sought, not the whole page.
  const has = (text: string) => html.includes(text) || text;

  it("keeps the exit status of the check, and writes one page that fetches nothing", () => {
    expect(status).toBe(2); // a file could not be read
    expect(html.startsWith('<!DOCTYPE html><html lang="vi">')).toBe(true);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/
      .exec(html)![1]
      .replace(/&#x27;/g, "'");
    expect(csp).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:",
    );
    expect(/\b(src|href)=|https?:|@import|url\(/.exec(html)).toBeNull();
  });

  it("lists every unit, the one not checked first, then the one with errors, with its rates from its tables", () => {
    const units = [
      ...html.matchAll(
        /<tbody[^>]*><tr><td>([^<]*)<\/td><td><code>([^<]*)<\/code><\/td><td class="s-(\w+)">/g,
      ),
    ];
    expect(units.map((m) => [path.basename(m[2]), m[3]])).toEqual([
      ["hong.xlsx", "unchecked"],
      ["mau.xlsx", "errors"],
      ["s001.xlsx", "clean"],
    ]);
    expect(units[2][1]).toBe(S001_HEADER.unit);
    // S001: 103 of its 382 dossiers online (15 + 28 + 59 + 1), the rate of its table's total row.
    expect(has('title="103/382">26,96%</td>')).toBe(true);
    expect(has("Tệp văn bản (CSV) không phải sổ tính Excel")).toBe(true);
  });

  it("lists each unit's issues with their cells, and draws charts across units as inline SVG", () => {
    expect(has("<details><summary>5 vấn đề</summary>")).toBe(true);
    // What could not be checked is said in the open, not only inside the list.
    expect(has('<p class="s-behind">3 phép kiểm tra không thực hiện được (thiếu số liệu)</p><details>')).toBe(
      true,
    );
    expect(has("<code>DVC thiết yếu!G16, DVC thiết yếu!F16, DVC thiết yếu!D16</code>")).toBe(true);
    expect(has("59/62 = 95,16%")).toBe(true);
    expect(has('role="img" aria-label="Tỷ lệ trực tuyến theo đơn vị"')).toBe(true);
    expect(has('role="img" aria-label="Lỗi và cảnh báo theo đơn vị"')).toBe(true);
    expect(has(`<title>${S001_HEADER.unit}: 26,96% (103/382)</title>`)).toBe(true);
  });

  it("speaks English with --lang en", async () => {
    const out = path.join(dir, "report.html");
    await main(["check", dir, "--html", out, "--lang", "en"], quiet);
    const english = fs.readFileSync(out, "utf8");
    for (const text of ["Đề án 06 reports: check results", "Online share by unit", ">Not checked<"])
      expect(english.includes(text) || text).toBe(true);
  });
});

describe("the reviewer's page, unit by unit", () => {
  const unit = (name: string, rate: number, errors = 0): ReportUnit => ({
    name,
    report: {
      file: `${name}.xlsx`,
      status: "checked",
      cannotCheck: 0,
      issues: Array.from({ length: errors }, () => ({
        ruleId: "r",
        severity: "error" as const,
        cells: ["CCCD!C9"],
        message: "m",
      })),
    },
    rates: [{ id: "cccd", label: "CCCD", part: rate * 100, whole: 100, rate, target: true, cells: [] }],
  });

  it("puts units with errors, then units behind a target, before the others, and dates it dd/mm/yyyy", () => {
    const html = htmlReport(
      [unit("Xã C", 1.1), unit("Xã B", 0.8), unit("Xã A", 1.2, 2)],
      "vi",
      new Date(2025, 6, 1, 8, 5),
    );
    const rows = [
      ...html.matchAll(/<tr><td>(Xã .)<\/td><td><code>[^<]*<\/code><\/td><td class="s-(\w+)">([^<]*)</g),
    ];
    expect(rows.map((m) => [m[1], m[3]])).toEqual([
      ["Xã A", "Có lỗi"],
      ["Xã B", "Chưa đạt chỉ tiêu"],
      ["Xã C", "Không có sai sót"],
    ]);
    expect(html).toContain("Lập bởi BC06 lúc 08:05 01/07/2025.");
  });
});
