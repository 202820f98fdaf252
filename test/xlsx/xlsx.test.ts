import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { checkWorkbook } from "../../src/domain/rules";
import {
  computeTable,
  planTable,
  templateById,
  TEMPLATES,
  type TableValues,
  type Template,
} from "../../src/domain/templates";
import { main } from "../../src/cli/main";
import { UnreadableFileError } from "../../src/xlsx/identify";
import { readXlsx } from "../../src/xlsx/read";
import { declaredUnzippedSize } from "../../src/xlsx/zip";
import { writeAnnotated, writeTables, writeTemplate } from "../../src/xlsx/write";
import { SAMPLE_TABLES } from "../../src/domain/sample";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { metadataXml } from "../../src/domain/metadata";
import { S001_DVC } from "../support/seeds";
import { ACKNOWLEDGEMENT_XML, withChartPart, withCustomXml } from "../support/xlsx";

/** The fill of a cell at fault, by its severity (as the pane's highlights). */
const FILL_ARGB: Record<string, string> = { error: "FFFDE7E9", warning: "FFFFF4CE", info: "FFDEECF9" };

async function loadExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

function withoutFill(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  const rest = { ...style };
  delete rest.fill;
  return rest;
}

const header = {
  unit: "Xã Long Hiệp",
  level: "xa" as const,
  from: "2022-03-30",
  to: "2022-12-30",
  cutoff: "2022-12-30",
};
const dvc = templateById("dvc25")!;

describe("hostile files", () => {
  /** A zip whose directory declares `size` bytes for its first entry (as a zip bomb's does). */
  async function withDeclaredSize(size: number): Promise<Uint8Array> {
    const bytes = new Uint8Array(await writeTemplate(dvc, header, "vi"));
    const view = new DataView(bytes.buffer);
    for (let at = bytes.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) !== 0x06054b50) continue;
      view.setUint32(view.getUint32(at + 16, true) + 24, size, true);
      return bytes;
    }
    throw new Error("no central directory");
  }

  it("reads the sizes a zip declares before unzipping anything", async () => {
    const normal = await writeTemplate(dvc, header, "vi");
    expect(declaredUnzippedSize(normal)).toBeGreaterThan(normal.length);
    expect(declaredUnzippedSize(new TextEncoder().encode("not a zip"))).toBeNull();
    expect(declaredUnzippedSize(await withDeclaredSize(0xffffffff))).toBe(Infinity);
  });

  it("refuses a zip bomb before inflating it", async () => {
    const started = Date.now();
    await expect(readXlsx(await withDeclaredSize(2_000_000_000))).rejects.toThrow(
      /giải nén quá lớn \(trên 300 MB\)/,
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("does not resolve external entities in the XML", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await writeTemplate(dvc, header, "vi"));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const secret = path.join(os.tmpdir(), "bc06-secret.txt");
    fs.writeFileSync(secret, "BÍ MẬT");
    const hostile = sheet
      .replace("<worksheet", `<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file://${secret}">]><worksheet`)
      .replace(/<c r="C3"[^>]*>.*?<\/c>/, '<c r="C3" t="inlineStr"><is><t>&xxe;</t></is></c>');
    expect(hostile).toContain("&xxe;");
    zip.file("xl/worksheets/sheet1.xml", hostile);
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const read = await readXlsx(bytes).then(
      (r) => JSON.stringify([...r.snapshot.sheets[0].cells.values()]),
      (e: Error) => e.message,
    );
    expect(read).not.toContain("BÍ MẬT");
  });
});

describe("writing and reading .xlsx", () => {
  it("a template written by BC06 reads back with its table located, its header and its figures", async () => {
    const file = await writeTemplate(dvc, header, "vi", S001_DVC);
    const { snapshot } = await readXlsx(file);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["DVC thiết yếu"]);
    const [table] = snapshot.tables;
    expect(table).toMatchObject({
      templateId: "dvc25",
      header,
      rows: { dang_ky_thuong_tru: 13, tong_cong: 36 },
    });
    const sheet = snapshot.sheets[0];
    expect(sheet.cells.get("D36")).toMatchObject({
      value: 382,
      formula: '=SUMIFS(D11:D35,C11:C35,"<>Không thuộc thẩm quyền")',
      numberFormat: "#,##0",
    });
    expect(sheet.cells.get("G13")!.value).toBeCloseTo(15 / 78, 12);
    expect(checkWorkbook(snapshot).issues).toEqual([]);
  });

  it("an annotated copy carries notes, fills and the report sheet, and changes no value or formula", async () => {
    const original = await writeTemplate(dvc, header, "vi", {
      ...S001_DVC,
      dang_ky_thuong_tru: { tong_ho_so: 87, truc_tiep: 63, truc_tuyen: 15 },
    });
    const before = await readXlsx(original);
    const result = checkWorkbook(before.snapshot);
    expect(result.issues.length).toBeGreaterThan(0);
    const { bytes: annotated, lost } = await writeAnnotated(original, result, "vi");
    expect(lost).toEqual({});
    const after = await readXlsx(annotated);
    expect(after.snapshot.sheets.map((s) => s.name)).toEqual(["DVC thiết yếu", "Kết quả kiểm tra"]);
    expect([...after.snapshot.sheets[0].cells]).toEqual([...before.snapshot.sheets[0].cells]);
    const report = after.snapshot.sheets[1];
    expect(report.cells.get("E4")!.value).toBe(result.issues[0].message);
    expect(report.cells.get("D4")!.value).toBe(
      result.issues[0].cells.map((c) => `DVC thiết yếu!${c.address}`).join(", "),
    );
  });

  it("an annotated copy fills only the cells at fault, in their severity's colour; every other cell keeps its style", async () => {
    // The sample's input cells share one style in the file: a fill set on one must not land on them all.
    const original = await writeTables(
      SAMPLE_TABLES.map(({ templateId, values }) => ({
        template: templateById(templateId)!,
        header,
        values,
      })),
      "vi",
    );
    const result = checkWorkbook((await readXlsx(original)).snapshot);
    const severities = new Map<string, string>();
    const rank = { error: 3, warning: 2, info: 1 };
    for (const issue of result.issues)
      for (const cell of issue.cells) {
        const key = `${cell.sheet}!${cell.address}`;
        const known = severities.get(key) as keyof typeof rank | undefined;
        if (!known || rank[issue.severity] > rank[known]) severities.set(key, issue.severity);
      }
    expect(new Set(severities.values()).size).toBeGreaterThan(1);
    const { bytes } = await writeAnnotated(original, result, "vi");
    const [before, after] = await Promise.all([original, bytes].map(loadExcelJs));
    let compared = 0;
    for (const sheet of before.worksheets) {
      const copy = after.getWorksheet(sheet.name)!;
      for (let row = 1; row <= sheet.rowCount; row++)
        for (let column = 1; column <= sheet.columnCount; column++) {
          const [a, b] = [sheet.getCell(row, column), copy.getCell(row, column)];
          expect(b.value).toEqual(a.value);
          const severity = severities.get(`${sheet.name}!${a.address}`);
          const { fill, ...rest } = b.style;
          if (severity) {
            expect(rest).toEqual(withoutFill(a.style));
            expect(fill).toEqual({
              type: "pattern",
              pattern: "solid",
              fgColor: { argb: FILL_ARGB[severity] },
            });
          } else expect(b.style).toEqual(a.style);
          compared++;
        }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it("an annotated copy keeps BC06's records (and survives a second round), and names what it could not keep", async () => {
    const records = [
      metadataXml({ kind: "table", name: "BC06_dvc25", templateId: "dvc25", version: 1 }),
      ACKNOWLEDGEMENT_XML,
    ];
    const original = withCustomXml(await writeTemplate(dvc, header, "vi", S001_DVC), records);
    const read = await readXlsx(original);
    expect(read.records).toHaveLength(2);
    const result = checkWorkbook(read.snapshot);
    const once = await writeAnnotated(original, result, "vi");
    expect(once.lost).toEqual({});
    // The report sheet is recorded too: a second round replaces it instead of adding another.
    const withReport = [...read.records, { kind: "report", sheet: "Kết quả kiểm tra" }];
    expect((await readXlsx(once.bytes)).records).toEqual(withReport);
    const twice = await writeAnnotated(once.bytes, result, "vi");
    expect((await readXlsx(twice.bytes)).records).toEqual(withReport);
    expect((await loadExcelJs(twice.bytes)).worksheets.map((w) => w.name)).toEqual([
      "DVC thiết yếu",
      "Kết quả kiểm tra",
    ]);
    // As Excel needs them: a relationship from the workbook, the properties and their content type.
    const files = unzipSync(twice.bytes);
    expect(strFromU8(files["xl/_rels/workbook.xml.rels"]).match(/relationships\/customXml"/g)).toHaveLength(
      3,
    );
    for (const n of [1, 2, 3]) {
      expect(strFromU8(files["[Content_Types].xml"])).toContain(`PartName="/customXml/itemProps${n}.xml"`);
      expect(strFromU8(files[`customXml/itemProps${n}.xml`])).toMatch(/ds:itemID="\{[0-9A-F-]{36}\}"/);
      expect(strFromU8(files[`customXml/_rels/item${n}.xml.rels`])).toContain(`Target="itemProps${n}.xml"`);
    }

    expect((await writeAnnotated(withChartPart(original), result, "vi")).lost).toEqual({ charts: 1 });
    // A user's notes are rewritten by ExcelJS under its own part names: kept, not reported lost.
    const noted = await loadExcelJs(original);
    noted.worksheets[0].getCell("B2").note = "Ghi chú của cán bộ";
    const withNote = new Uint8Array(await noted.xlsx.writeBuffer());
    expect((await writeAnnotated(withNote, result, "vi")).lost).toEqual({});
  });

  it("reads which rows and columns the file hides (a template's id column; rows an official hid)", async () => {
    const workbook = await loadExcelJs(await writeTemplate(dvc, header, "vi"));
    workbook.worksheets[0].getRow(12).hidden = true;
    const { snapshot } = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const [sheet] = snapshot.sheets;
    expect(sheet.hiddenRows).toEqual([12]);
    expect(sheet.hiddenColumns).toEqual([12]);
    // Hidden, still read: the row ids the table is located by.
    expect(
      [...sheet.cells].some(
        ([address, cell]) => address.startsWith("L") && cell.value === "dang_ky_thuong_tru",
      ),
    ).toBe(true);
  });

  it("names each kind of unreadable file in one sentence", async () => {
    const good = await writeTemplate(dvc, header, "vi");
    const cases: [Uint8Array, RegExp][] = [
      [good.subarray(0, good.length / 2), /bị cắt cụt/],
      [new TextEncoder().encode("Đơn vị;Tổng\nXã A;12\n"), /Tệp văn bản \(CSV\)/],
      [
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]),
        /Excel 97–2003 \(\.xls\)/,
      ],
      [
        new Uint8Array([
          0xd0,
          0xcf,
          0x11,
          0xe0,
          ...[..."EncryptionInfo"].flatMap((c) => [c.charCodeAt(0), 0]),
        ]),
        /đặt mật khẩu/,
      ],
      [
        new TextEncoder().encode(
          "PK\u0003\u0004\u0000\u0000mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
        ),
        /OpenDocument \(\.ods, LibreOffice\)/,
      ],
      [new Uint8Array(0), /Tệp rỗng/],
    ];
    for (const [bytes, message] of cases) {
      const error = await readXlsx(bytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnreadableFileError);
      expect((error as Error).message).toMatch(message);
    }
    await expect(readXlsx(new Uint8Array(0), "en")).rejects.toThrow("The file is empty.");
  });
});

/** Sample figures for every input cell of a template: small, varied, and with a zero denominator or two. */
function sampleInputs(template: Template): TableValues {
  const inputs: TableValues = {};
  template.rows.forEach((row, r) =>
    template.columns.forEach((column, c) => {
      if (row.total || row.formula || column.formula || column.kind === "text") return;
      if (row.columns && !row.columns.includes(column.id)) return;
      (inputs[row.id] ??= {})[column.id] = (r * 7 + c * 3) % 11 === 0 ? 0 : 5 + ((r * 31 + c * 17) % 97);
    }),
  );
  return inputs;
}

describe("the formulas are real: LibreOffice recalculates them to the engine's values", () => {
  const soffice = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find((p) => fs.existsSync(p));

  it("for every template", async () => {
    expect(soffice).toBeDefined(); // scripts/setup.sh installs libreoffice-calc-nogui
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bc06-lo-"));
    const out = path.join(dir, "out");
    for (const template of TEMPLATES) {
      fs.writeFileSync(
        path.join(dir, `${template.id}.xlsx`),
        await writeTemplate(template, header, "vi", sampleInputs(template), { cacheResults: false }),
      );
    }
    const files = TEMPLATES.map((t) => path.join(dir, `${t.id}.xlsx`));
    execFileSync(
      soffice!,
      [
        "--headless",
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--convert-to",
        "xlsx",
        "--outdir",
        out,
        ...files,
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    let compared = 0;
    for (const template of TEMPLATES) {
      const { snapshot } = await readXlsx(fs.readFileSync(path.join(out, `${template.id}.xlsx`)));
      const [table] = snapshot.tables;
      expect(table?.templateId).toBe(template.id);
      const expected = computeTable(template, sampleInputs(template));
      const sheet = snapshot.sheets[0];
      for (const row of template.rows) {
        for (const column of template.columns) {
          const cell = sheet.cells.get(
            `${String.fromCharCode(64 + table.columns[column.id])}${table.rows[row.id]}`,
          );
          if (!cell?.formula) continue;
          const want = expected[row.id][column.id];
          if (want === "") expect(cell.value === "" || cell.value === null).toBe(true);
          else expect(cell.value as number).toBeCloseTo(want as number, 9);
          compared++;
        }
      }
    }
    // bc06 check reads every file LibreOffice wrote (exit 1 rather than 2: the samples break a few rules).
    const io = { stdout: (t: string) => void (printed += t), stderr: () => undefined, interactive: false };
    let printed = "";
    expect(await main(["check", out, "--json"], io)).toBe(1);
    expect((JSON.parse(printed) as { files: { status: string }[] }).files.map((f) => f.status)).toEqual(
      TEMPLATES.map(() => "checked"),
    );
    // Every formula cell of every template was recalculated and compared.
    const formulaCells = TEMPLATES.reduce(
      (n, t) => n + [...planTable(t, "x", header).cells.values()].filter((c) => c.formula).length,
      0,
    );
    expect(compared).toBe(formulaCells);
  }, 180_000);
});
