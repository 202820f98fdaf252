import fs from "fs";
import os from "os";
import path from "path";
import { main, type Io } from "../../src/cli/main";
import { SAMPLE_HEADER, SAMPLE_TABLES } from "../../src/domain/sample";
import { templateById } from "../../src/domain/templates";
import { readXlsx } from "../../src/xlsx/read";
import { writeTables, writeTemplate } from "../../src/xlsx/write";
import { FORM_CASES } from "../fixtures/forms";
import { OWN_LAYOUTS } from "../fixtures/own-layouts";
import { toXlsx } from "../fixtures/own-layouts/dsl";
import { S001_DVC } from "../support/seeds";
import { withChartPart } from "../support/xlsx";

function capture(interactive = false): Io & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    interactive,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bc06-cli-"));
  const dvc = templateById("dvc25")!;
  fs.writeFileSync(file("clean.xlsx"), await writeTemplate(dvc, SAMPLE_HEADER, "vi", S001_DVC));
  const sample = SAMPLE_TABLES.map(({ templateId, values }) => ({
    template: templateById(templateId)!,
    header: SAMPLE_HEADER,
    values,
  }));
  fs.writeFileSync(file("sample.xlsx"), await writeTables(sample, "vi"));
  fs.writeFileSync(file("renamed.xlsx"), "Đơn vị;Tổng\nXã A;12\n");
});

describe("bc06 check", () => {
  it("exit 0 when no errors, with a Vietnamese report", async () => {
    const io = capture();
    expect(await main(["check", file("clean.xlsx")], io)).toBe(0);
    expect(io.out).toContain("clean.xlsx — không có sai sót");
    expect(io.out).toContain("Tổng cộng 1 tệp: 0 lỗi, 0 cảnh báo, 0 thông tin.");
  });

  it("exit 1 when errors are found; English with --lang en", async () => {
    const io = capture();
    expect(await main(["check", file("sample.xlsx"), "--lang", "en"], io)).toBe(1);
    expect(io.out).toMatch(/sample\.xlsx — 3 errors, 2 warnings, 0 notes/);
    expect(io.out).toContain(
      "DVC thiết yếu!G16  Notification of stay: Online rate (%) states 93,65%, but 59/62 = 95,16%.",
    );
    expect(io.out).toContain("(suggested: G16 = 95,16%)");
  });

  it("a refusal is one sentence; the technical cause only with --verbose", async () => {
    const cut = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bc06-cut-")), "cut.xlsx");
    fs.writeFileSync(cut, fs.readFileSync(file("sample.xlsx")).subarray(0, 4000));
    const plain = capture();
    expect(await main(["check", cut], plain)).toBe(2);
    expect(plain.out).toContain(
      "cut.xlsx — không đọc được: Tệp .xlsx bị cắt cụt (có thể tải về hoặc sao chép chưa xong): tải lại tệp gốc.\n",
    );
    const verbose = capture();
    expect(await main(["check", cut, "--verbose"], verbose)).toBe(2);
    expect(verbose.out).toMatch(
      /cut\.xlsx — không đọc được: Tệp \.xlsx bị cắt cụt .*tải lại tệp gốc\. \(.+\)\n/,
    );
  });

  it("exit 2 when a file cannot be read, and the others are still checked", async () => {
    const io = capture();
    expect(await main(["check", file("renamed.xlsx"), file("sample.xlsx"), file("nowhere.xlsx")], io)).toBe(
      2,
    );
    expect(io.out).toContain("renamed.xlsx — không đọc được: Tệp văn bản (CSV) không phải sổ tính Excel");
    expect(io.out).toContain("sample.xlsx — 3 lỗi, 2 cảnh báo, 0 thông tin");
    expect(io.out).toContain("nowhere.xlsx — không đọc được: Không tìm thấy tệp hoặc thư mục.");
    expect(io.out).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
  });

  it("--json prints the documented contract", async () => {
    const io = capture();
    expect(await main(["check", dir, "--json"], io)).toBe(2);
    const report = JSON.parse(io.out);
    expect(Object.keys(report)).toEqual(["files", "summary"]);
    expect(
      report.files.map((f: { file: string; status: string }) => [path.basename(f.file), f.status]),
    ).toEqual([
      ["clean.xlsx", "checked"],
      ["renamed.xlsx", "unreadable"],
      ["sample.xlsx", "checked"],
    ]);
    const sample = report.files[2];
    expect(Object.keys(sample)).toEqual([
      "file",
      "status",
      "issues",
      "cannotCheck",
      "tables",
      "coverage",
      "unrecognised",
    ]);
    expect(
      sample.tables.map((t: { templateId: string; origin: string }) => [t.templateId, t.origin]),
    ).toEqual([
      ["dvc25", "bc06"],
      ["cccd", "bc06"],
      ["lam_sach", "bc06"],
    ]);
    expect(sample.tables[0]).toMatchObject({
      sheet: "DVC thiết yếu",
      columns: { C: "tham_quyen", D: "tong_ho_so", G: "ty_le_truc_tuyen" },
      unmapped: { columns: [], rows: [] },
    });
    const rate = sample.issues.find((i: { ruleId: string }) => i.ruleId === "ty_le_truc_tuyen");
    expect(rate).toEqual({
      ruleId: "ty_le_truc_tuyen",
      severity: "error",
      cells: ["DVC thiết yếu!G16", "DVC thiết yếu!F16", "DVC thiết yếu!D16"],
      message: expect.stringContaining("93,65%"),
      left: 93.65,
      right: expect.closeTo(95.16129, 4),
      suggested: { cell: "DVC thiết yếu!G16", value: expect.closeTo(0.9516, 10) },
    });
    expect(report.files[1]).toEqual({
      file: file("renamed.xlsx"),
      status: "unreadable",
      error:
        "Tệp văn bản (CSV) không phải sổ tính Excel: mở bằng Excel rồi lưu lại dưới dạng Sổ làm việc Excel (.xlsx).",
      issues: [],
      cannotCheck: 0,
    });
    expect(report.summary).toEqual({ errors: 3, warnings: 2, infos: 0, noTables: 0 });
  });

  it("--csv prints one line per issue, with a BOM for Excel", async () => {
    const io = capture();
    await main(["check", file("sample.xlsx"), "--csv"], io);
    const lines = io.out
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "file,status,severity,ruleId,cells,message,left,right,suggestedCell,suggestedValue,error",
    );
    expect(lines).toHaveLength(6);
    expect(io.out.startsWith("\uFEFF")).toBe(true);
  });

  it("--annotate writes annotated copies without changing the figures", async () => {
    const out = file("annotated");
    await main(["check", file("sample.xlsx"), "--annotate", out], capture());
    const before = await readXlsx(fs.readFileSync(file("sample.xlsx")));
    const after = await readXlsx(fs.readFileSync(path.join(out, "sample.xlsx")));
    expect(after.snapshot.sheets.map((s) => s.name)).toEqual([
      ...before.snapshot.sheets.map((s) => s.name),
      "Kết quả kiểm tra",
    ]);
    for (const sheet of before.snapshot.sheets)
      expect([...after.snapshot.sheets.find((s) => s.name === sheet.name)!.cells]).toEqual([...sheet.cells]);
  });

  it("--annotate says what a copy could not keep (a chart), and the original stays as it was", async () => {
    const withChart = withChartPart(new Uint8Array(fs.readFileSync(file("sample.xlsx"))));
    fs.writeFileSync(file("bieu-do.xlsx"), withChart);
    const io = capture();
    await main(["check", file("bieu-do.xlsx"), "--annotate", file("annotated-2")], io);
    expect(io.err).toContain(
      `${file("bieu-do.xlsx")}: bản có chú thích không giữ được biểu đồ (tệp gốc không đổi).`,
    );
    expect(new Uint8Array(fs.readFileSync(file("bieu-do.xlsx")))).toEqual(withChart);
  });

  it("draws progress only on a terminal", async () => {
    const terminal = capture(true);
    await main(["check", file("clean.xlsx"), file("sample.xlsx")], terminal);
    expect(terminal.err).toMatch(/\[#*\.*\] 1\/2 sample\.xlsx/);
    const piped = capture(false);
    await main(["check", file("clean.xlsx"), file("sample.xlsx")], piped);
    expect(piped.err).toBe("");
  });
});

describe("bc06 template and templates", () => {
  it("writes a ready-to-fill template with the header given", async () => {
    const output = file("mau.xlsx");
    const io = capture();
    expect(
      await main(
        [
          "template",
          "cccd",
          "-o",
          output,
          "--unit",
          "Xã A",
          "--level",
          "huyen",
          "--period",
          "2025-01-01..2025-06-30",
          "--cutoff",
          "2025-06-30",
        ],
        io,
      ),
    ).toBe(0);
    const { snapshot } = await readXlsx(fs.readFileSync(output));
    expect(snapshot.tables[0]).toMatchObject({
      templateId: "cccd",
      header: { unit: "Xã A", level: "huyen", from: "2025-01-01", to: "2025-06-30", cutoff: "2025-06-30" },
    });
  });

  it("refuses an unknown template or a bad header, listing what is possible", async () => {
    const unknown = capture();
    expect(await main(["template", "khong_co"], unknown)).toBe(64);
    expect(unknown.err).toContain('Không có mẫu "khong_co"');
    expect(unknown.err).toContain("  dvc25\n");
    const bad = capture();
    expect(await main(["template", "dvc25", "--level", "thon", "-o", file("x.xlsx")], bad)).toBe(64);
    expect(bad.err).toMatch(/^Phần đầu biểu không hợp lệ: level:/);
  });

  it("lists the templates, and helps", async () => {
    const io = capture();
    expect(await main(["templates"], io)).toBe(0);
    expect(io.out.split("\n")[0]).toMatch(/^dvc25 +Kết quả tiếp nhận/);
    const help = capture();
    expect(await main(["--help"], help)).toBe(0);
    expect(help.out).toContain("bc06 check <tệp|thư mục>");
    expect(await main(["frobnicate"], capture())).toBe(64);
  });
});

describe("bc06 consolidate", () => {
  it("adds commune workbooks into a summary workbook with the trail of every figure", async () => {
    const folder = file("xa");
    fs.mkdirSync(folder, { recursive: true });
    const dvc = templateById("dvc25")!;
    const header = (unit: string) => ({
      unit,
      level: "xa" as const,
      from: "2025-01-01",
      to: "2025-06-30",
      cutoff: "2025-06-30",
    });
    fs.writeFileSync(
      path.join(folder, "xa-a.xlsx"),
      await writeTemplate(dvc, header("Xã A"), "vi", {
        dang_ky_thuong_tru: { tong_ho_so: 10, truc_tiep: 6, truc_tuyen: 4 },
      }),
    );
    fs.writeFileSync(
      path.join(folder, "xa-b.xlsx"),
      await writeTemplate(dvc, header("Xã B"), "vi", {
        dang_ky_thuong_tru: { tong_ho_so: 30, truc_tiep: 4, truc_tuyen: 26 },
      }),
    );
    fs.writeFileSync(
      path.join(folder, "xa-b-gui-lai.xlsx"),
      await writeTemplate(dvc, header("Xã B"), "vi", {
        dang_ky_tam_tru: { tong_ho_so: 1, truc_tiep: 1, truc_tuyen: 0 },
      }),
    );
    const output = file("tong-hop.xlsx");
    const io = capture();
    expect(await main(["consolidate", folder, "-o", output, "--unit", "Huyện Cẩm Xuyên"], io)).toBe(0);
    expect(io.out).toContain("tong-hop.xlsx: 1 bảng tổng hợp từ 3 tệp.");
    expect(io.out).toContain('DVC thiết yếu: Đơn vị "Xã B" có mặt 2 lần');

    const { snapshot } = await readXlsx(fs.readFileSync(output));
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["DVC thiết yếu", "Đóng góp"]);
    const [table] = snapshot.tables;
    expect(table.header).toMatchObject({ unit: "Huyện Cẩm Xuyên", level: "huyen" });
    const summary = snapshot.sheets[0];
    expect(summary.cells.get("D13")!.value).toBe(40);
    expect(summary.cells.get("G13")!.value).toBeCloseTo(0.75, 12); // Σ online / Σ total, by the template's formula
    const trail = [...snapshot.sheets[1].cells.values()].map((c) => c.value);
    expect(trail).toEqual(expect.arrayContaining([path.join(folder, "xa-a.xlsx"), "DVC thiết yếu!D13", 10]));
  });
});

describe("bc06 consolidate of communes' own layouts", () => {
  it("rolls each commune's hand-made table up by row and column id; a district's table of communes unit by unit", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "bc06-own-xa-"));
    const district = OWN_LAYOUTS.find((l) => l.id === "district-summary-of-commune-sheets")!;
    for (const commune of district.sheets.slice(0, 2))
      fs.writeFileSync(
        path.join(folder, `${commune.name}.xlsx`),
        await toXlsx({ ...district, sheets: [commune] }),
      );
    const output = path.join(folder, "tong-hop.xlsx");
    const io = capture();
    expect(await main(["consolidate", folder, "-o", output, "--unit", "Huyện Cẩm Xuyên"], io)).toBe(0);
    expect(io.out).toContain("tong-hop.xlsx: 1 bảng tổng hợp từ 2 tệp.");
    const { snapshot } = await readXlsx(fs.readFileSync(output));
    const [table] = snapshot.tables;
    const value = (row: string, column: string) =>
      snapshot.sheets[0].cells.get(`${String.fromCharCode(64 + table.columns[column])}${table.rows[row]}`)
        ?.value;
    expect([value("dang_ky_thuong_tru", "tong_ho_so"), value("dang_ky_khai_sinh", "tong_ho_so")]).toEqual([
      50, 20,
    ]);
    expect(value("dang_ky_tam_tru", "truc_tuyen")).toBe(9);

    const units = fs.mkdtempSync(path.join(os.tmpdir(), "bc06-own-huyen-"));
    fs.writeFileSync(
      path.join(units, "huyen.xlsx"),
      await toXlsx(OWN_LAYOUTS.find((l) => l.id === "district-lists-communes")!),
    );
    const perCommune = path.join(units, "tinh.xlsx");
    await main(["consolidate", path.join(units, "huyen.xlsx"), "-o", perCommune], capture());
    const summed = await readXlsx(fs.readFileSync(perCommune));
    const total = summed.snapshot.tables[0];
    const cell = `${String.fromCharCode(64 + total.columns.tong_ho_so)}${total.rows.tong_cong}`;
    // The four communes' 485 dossiers, not twice that with the district's own total line.
    expect(summed.snapshot.sheets[0].cells.get(cell)?.value).toBe(485);
  });
});

describe("bc06 check against the previous report, and the known units", () => {
  it("--previous matches each file to its unit's previous report: lũy kế must carry over", async () => {
    const cccd = templateById("cccd")!;
    const folder = file("ky-truoc");
    fs.mkdirSync(folder, { recursive: true });
    const january = (unit: string) => ({
      unit,
      level: "xa" as const,
      from: "2025-01-01",
      to: "2025-01-31",
      cutoff: "2025-01-31",
    });
    const february = (unit: string) => ({
      unit,
      level: "xa" as const,
      from: "2025-02-01",
      to: "2025-02-28",
      cutoff: "2025-02-28",
    });
    fs.writeFileSync(
      path.join(folder, "a-t1.xlsx"),
      await writeTemplate(cccd, january("Xã A"), "vi", { thu_nhan: { trong_ky: 40, luy_ke: 400 } }),
    );
    fs.writeFileSync(
      path.join(folder, "b-t1.xlsx"),
      await writeTemplate(cccd, january("Xã B"), "vi", { thu_nhan: { trong_ky: 10, luy_ke: 100 } }),
    );
    fs.writeFileSync(
      file("b-t2.xlsx"),
      await writeTemplate(cccd, february("Xã B"), "vi", { thu_nhan: { trong_ky: 20, luy_ke: 130 } }),
    );
    const io = capture();
    expect(await main(["check", file("b-t2.xlsx"), "--previous", folder, "--json"], io)).toBe(1);
    const issue = JSON.parse(io.out).files[0].issues.find(
      (i: { ruleId: string }) => i.ruleId === "luy_ke.cong_don",
    );
    expect(issue).toMatchObject({ left: 130, right: 120, suggested: { value: 120 } });
  });

  it("--units lists the units a summary must add", async () => {
    const units = file("don-vi.txt");
    fs.writeFileSync(units, "# Huyện Cẩm Xuyên\nXã A\nXã B\n\nXã C\n");
    const io = capture();
    await main(["consolidate", file("xa"), "-o", file("tong-hop-2.xlsx"), "--units", units], io);
    expect(io.out).toContain("Thiếu 1 đơn vị: Xã C.");
  });
});

describe("the command line's own input", () => {
  it("refuses an unknown option (a typing mistake is not silently ignored), exit 64", async () => {
    const io = capture();
    expect(await main(["check", file("clean.xlsx"), "--jsn"], io)).toBe(64);
    expect(io.err.startsWith("Tùy chọn không rõ: --jsn.\n")).toBe(true);
    expect(io.out).toBe("");
    const wrongCommand = capture();
    expect(await main(["tables", file("clean.xlsx"), "--annotate", "x"], wrongCommand)).toBe(64);
    expect(wrongCommand.err).toContain("Tùy chọn không rõ: --annotate.");
  });

  it("refuses an option without its value, or a flag with one", async () => {
    const io = capture();
    expect(await main(["consolidate", file("clean.xlsx"), "-o"], io)).toBe(64);
    expect(io.err).toContain("Tùy chọn --output cần một giá trị.");
    const english = capture();
    expect(await main(["check", file("clean.xlsx"), "--json=yes", "--lang", "en"], english)).toBe(64);
    expect(english.err).toContain("The option --json takes no value.");
  });
});

describe("bc06 check-text", () => {
  const seedText = fs.readFileSync(
    path.join(__dirname, "..", "fixtures", "seeds", "001_0b124ec2d0cdb01f.txt"),
    "utf8",
  );

  it("checks a report's text: exit 1 for the seed's 93.65%, and the documented JSON contract", async () => {
    fs.writeFileSync(file("bao-cao.txt"), seedText);
    const io = capture();
    expect(await main(["check-text", file("bao-cao.txt"), "--json"], io)).toBe(1);
    const report = JSON.parse(io.out);
    expect(Object.keys(report)).toEqual(["file", "claims", "summary"]);
    expect(report.summary).toEqual({ consistent: 11, inconsistent: 1, unreadable: 1 });
    const wrong = report.claims.find((c: { verdict: string }) => c.verdict === "inconsistent");
    expect(Object.keys(wrong)).toEqual([
      "kind",
      "text",
      "start",
      "end",
      "verdict",
      "stated",
      "computed",
      "message",
      "suggested",
    ]);
    expect(seedText.slice(wrong.start, wrong.end)).toBe(wrong.text);
    expect(wrong).toMatchObject({ kind: "part-rate", stated: 93.65, suggested: "95,16%" });
  });

  it("--csv gives one line per claim", async () => {
    fs.writeFileSync(file("bao-cao.txt"), seedText);
    const io = capture();
    await main(["check-text", file("bao-cao.txt"), "--csv"], io);
    const lines = io.out
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("file,kind,verdict,start,end,text,stated,computed,message,suggested");
    expect(lines).toHaveLength(14);
  });

  it("reads .docx files, and says so when a file cannot be read (exit 2)", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    zip.file(
      "[Content_Types].xml",
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file(
      "_rels/.rels",
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    zip.file(
      "word/document.xml",
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph("Thông báo lưu trú: 62 hồ sơ (03 hồ sơ trực tiếp; 59 hồ sơ trực tuyến), đạt 95,16%.")}${paragraph("Kích hoạt 3.100/3.000 tài khoản (đạt 103,33%).")}</w:body></w:document>`,
    );
    fs.writeFileSync(file("bao-cao.docx"), await zip.generateAsync({ type: "nodebuffer" }));
    const io = capture();
    expect(await main(["check-text", file("bao-cao.docx")], io)).toBe(0);
    expect(io.out).toContain("bao-cao.docx — 3 đúng, 0 sai, 0 không đọc được");

    fs.writeFileSync(file("hong.docx"), "không phải docx");
    const broken = capture();
    expect(await main(["check-text", file("hong.docx")], broken)).toBe(2);
    expect(broken.err).toBe(`${file("hong.docx")}: Tệp .docx bị hỏng hoặc không phải tệp Word.\n`);
  });
});

describe("bc06 check-text on signed PDFs and against the workbook", () => {
  const fixture = (name: string) => path.join(__dirname, "..", "fixtures", "reports", name);

  it("reads a PDF's text layer, and refuses a scanned PDF with a sentence (exit 2)", async () => {
    const io = capture();
    expect(await main(["check-text", fixture("report.pdf")], io)).toBe(1);
    expect(io.out).toContain(
      "[SAI] 54 hồ sơ (26 hồ sơ tiếp nhận trực tiếp; 28 hồ sơ tiếp nhận trực tuyến), đạt 15,85%",
    );
    const scanned = capture();
    expect(await main(["check-text", fixture("scanned.pdf")], scanned)).toBe(2);
    expect(scanned.err).toContain("Tệp PDF không có lớp chữ");
  });

  it("--workbook compares the text's figures with the tables, naming the cell", async () => {
    fs.writeFileSync(
      file("bao-cao-2.txt"),
      "+ Đăng ký thường trú: 80 hồ sơ (63 hồ sơ trực tiếp; 17 hồ sơ trực tuyến).",
    );
    const io = capture();
    expect(
      await main(["check-text", file("bao-cao-2.txt"), "--workbook", file("clean.xlsx"), "--json"], io),
    ).toBe(1);
    const tableClaims = JSON.parse(io.out).claims.filter((c: { kind: string }) => c.kind === "table");
    expect(tableClaims.map((c: { text: string; verdict: string }) => [c.text, c.verdict])).toEqual([
      ["80", "inconsistent"],
      ["63", "consistent"],
      ["17", "inconsistent"],
    ]);
    expect(tableClaims[0].cell).toEqual({
      sheet: expect.any(String),
      address: expect.stringMatching(/^[A-Z]+\d+$/),
    });
    const missing = capture();
    expect(
      await main(["check-text", file("bao-cao-2.txt"), "--workbook", file("khong-co.xlsx")], missing),
    ).toBe(2);
  });
});

describe("bc06 on officials' own tables", () => {
  const layout = (id: string) => OWN_LAYOUTS.find((l) => l.id === id)!;
  let own: string;

  beforeAll(async () => {
    own = fs.mkdtempSync(path.join(os.tmpdir(), "bc06-own-"));
    for (const id of ["dvc-merged-two-row-heading", "figures-under-unknown-headings", "text-only-report"])
      fs.writeFileSync(path.join(own, `${id}.xlsx`), await toXlsx(layout(id)));
    // A clean list of CCCD/ĐDĐT indicators, one of which no relation reaches.
    const list = FORM_CASES.find((form) => form.id === "indicators-vertical-list-cccd-dddt")!;
    fs.writeFileSync(path.join(own, "chi-tieu.xlsx"), await toXlsx({ ...list, findings: [], tables: [] }));
  });
  const ownFile = (id: string) => path.join(own, `${id}.xlsx`);

  it("a clean file checked in part says so in the text, the JSON and the HTML page, never plainly clean", async () => {
    const io = capture();
    const html = path.join(own, "bao-cao.html");
    expect(await main(["check", ownFile("chi-tieu"), "--html", html], io)).toBe(0);
    expect(io.out).toContain(
      "chi-tieu.xlsx — không phát hiện lỗi trong phần đã kiểm tra (1/1 cột, 87 % số liệu)\n",
    );
    expect(io.out).toContain(
      "CCCD!C8  Bảng số liệu (CCCD!B5:E13): chưa kiểm tra dòng 8 “Số thẻ CCCD đã trả cho công dân”",
    );
    expect(fs.readFileSync(html, "utf8")).toContain(
      '<td class="s-partial">Kiểm tra một phần</td><td class="n">0</td><td class="n">0</td>',
    );

    const json = capture();
    await main(["check", ownFile("chi-tieu"), "--json"], json);
    const [file] = JSON.parse(json.out).files;
    expect(file).toMatchObject({ status: "checked", coverage: { figures: 8, checked: 7 } });
    expect(file.tables.map((t: { range: string; coverage: object }) => [t.range, t.coverage])).toEqual([
      ["B5:E13", { figures: 8, checked: 7 }],
    ]);
  });

  it("checks a commune's hand-made table: 59/62 written as 93,65% is an error (exit 1)", async () => {
    const io = capture();
    expect(await main(["check", ownFile("dvc-merged-two-row-heading")], io)).toBe(1);
    expect(io.out).toContain(
      "Báo cáo!F9  Thông báo lưu trú: Tỷ lệ trực tuyến (%) ghi 93,65%, nhưng 59/62 = 95,16%.",
    );
    expect(io.out).toContain("1 lỗi, 0 cảnh báo, 0 thông tin");
  });

  it("never calls a file clean when no table was recognised: its own status, counted, exit 3", async () => {
    const io = capture();
    const files = [ownFile("figures-under-unknown-headings"), ownFile("text-only-report")];
    expect(await main(["check", ...files], io)).toBe(3);
    expect(io.out).toContain(
      "figures-under-unknown-headings.xlsx — Không nhận ra bảng báo cáo nào — chưa kiểm tra gì",
    );
    expect(io.out).toContain(
      "Thong ke!B2  Vùng Thong ke!B2:D5 (Năm | Số vụ việc | Số người liên quan) trông như một bảng số liệu",
    );
    expect(io.out).toContain("text-only-report.xlsx — Không nhận ra bảng báo cáo nào — chưa kiểm tra gì");
    expect(io.out).toContain("Tổng cộng 2 tệp, 2 tệp không nhận ra bảng báo cáo nào (chưa kiểm tra)");

    const json = capture();
    expect(await main(["check", ...files, "--json"], json)).toBe(3);
    const report = JSON.parse(json.out);
    expect(report.files.map((f: { status: string }) => f.status)).toEqual(["no-tables", "no-tables"]);
    expect(report.files[0].unrecognised).toEqual([{ sheet: "Thong ke", range: "B2:D5" }]);
    expect(report.summary.noTables).toBe(2);
  });

  it("a file with errors and a file with no table: exit 3, the errors still listed", async () => {
    const io = capture();
    const files = [ownFile("dvc-merged-two-row-heading"), ownFile("text-only-report")];
    expect(await main(["check", ...files], io)).toBe(3);
    expect(io.out).toContain("ghi 93,65%");
  });

  it("--json lists each recognised table with its mapping", async () => {
    const io = capture();
    await main(["check", ownFile("dvc-merged-two-row-heading"), "--json"], io);
    const [file] = JSON.parse(io.out).files;
    expect(file.tables).toEqual([
      {
        sheet: "Báo cáo",
        range: "A5:F16",
        templateId: "dvc25",
        origin: "detected",
        columns: { C: "tong_ho_so", D: "truc_tiep", E: "truc_tuyen", F: "ty_le_truc_tuyen" },
        rows: expect.objectContaining({ "7": "dang_ky_thuong_tru", "9": "thong_bao_luu_tru", "16": "total" }),
        unmapped: { columns: [], rows: [] },
        coverage: { figures: 40, checked: 40 },
      },
    ]);
  });

  it("bc06 tables and check --explain print how each table was read", async () => {
    const io = capture();
    expect(
      await main(["tables", ownFile("dvc-merged-two-row-heading"), ownFile("text-only-report")], io),
    ).toBe(3);
    expect(io.out).toContain(
      "Báo cáo!A5:F16 — Kết quả tiếp nhận, giải quyết hồ sơ 25 dịch vụ công thiết yếu (tự nhận ra)",
    );
    expect(io.out).toContain("    E → Tiếp nhận trực tuyến");
    expect(io.out).toContain("    9 → Thông báo lưu trú");
    expect(io.out).toContain("text-only-report.xlsx\n  Không nhận ra bảng báo cáo nào.");

    const explained = capture();
    await main(["check", ownFile("dvc-merged-two-row-heading"), "--explain", "--lang", "en"], explained);
    expect(explained.out).toContain(
      "  Báo cáo!A5:F16 — The 25 essential public services: dossiers (recognised) · 40 of 40 figures checked\n    C → Dossiers received",
    );
  });
});
