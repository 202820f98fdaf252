import { checkWorkbook } from "../../src/domain/rules";
import { templateById, TEMPLATES } from "../../src/domain/templates";
import { METADATA_NAMESPACE, metadataXml } from "../../src/domain/metadata";
import { MemoryExcel, memorySession } from "../support/excel/memory/api";
import { newSheet } from "../support/excel/memory/state";
import { a1, parseA1 } from "../../src/domain/workbook";
import { insertTemplate } from "../../src/excel/insert";
import { clearHighlights, highlightIssues, selectCells } from "../../src/excel/marks";
import { readWorkbook } from "../../src/excel/read";
import { acknowledge, readRecords } from "../../src/excel/records";
import { writeReport } from "../../src/excel/report";
import { syncsOf } from "../support/excel/syncs";

const dvc = templateById("dvc25")!;
const all = () => true;
const upTo17 = (version: string) => Number(version.split(".")[1]) <= 7;
const header = { unit: "Xã Long Hiệp", level: "xa" as const, from: "2025-01-01", to: "2025-01-31" };

async function withTemplate() {
  const excel = new MemoryExcel();
  const inserted = await excel.run((context) => insertTemplate(context, dvc, header, "vi", all));
  return { excel, inserted };
}

describe("the in-memory Excel behaves like Office", () => {
  it("throws when a property is read before load and sync", async () => {
    const excel = new MemoryExcel();
    await expect(
      excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        return sheets.items; // no sync yet
      }),
    ).rejects.toThrow(/is not available.*call the load method/);
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add("A");
        await context.sync();
        return sheet.name; // synced, never loaded
      }),
    ).rejects.toThrow(/'name' is not available/);
  });
});

describe("the in-memory Excel's recalculation", () => {
  it("sums a whole column, and shows a circular reference as 0, as Excel does", async () => {
    const excel = new MemoryExcel();
    const sheet = newSheet(excel.state, "Tổng");
    sheet.cells.set("A3", { value: 5 });
    sheet.cells.set("A1048576", { value: 7 });
    sheet.cells.set("B1", { value: "", formula: "=SUM(A1:A1048576)" });
    sheet.cells.set("B2", { value: "", formula: "=SUM(A1:A1048576)+B1" });
    sheet.cells.set("A2", { value: "", formula: "=SUM(A1:A1048576)" }); // reads itself
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Tổng").getRange("C1").values = [[1]];
      await context.sync();
    });
    expect(["B1", "B2", "A2"].map((address) => sheet.cells.get(address)!.value)).toEqual([12, 24, 0]);
  });
});

describe("insertTemplate", () => {
  it("adds a new sheet with an Excel table, live formulas, formats and validation, in two syncs", async () => {
    const excel = new MemoryExcel();
    const { result, syncs } = await syncsOf(excel, () =>
      excel.run((context) => insertTemplate(context, dvc, header, "vi", all)),
    );
    expect(syncs).toBe(2);
    expect(result).toEqual({
      sheet: "DVC thiết yếu",
      table: "BC06_dvc25_1",
      address: "'DVC thiết yếu'!A10:L36",
      validated: true,
    });
    const sheet = excel.sheet("DVC thiết yếu");
    expect(excel.state.tables.map((t) => [t.name, t.address])).toEqual([["BC06_dvc25_1", "A10:L36"]]);
    expect(excel.cell("DVC thiết yếu", "G13")).toMatchObject({
      formula: '=IF(N(D13)=0,"",F13/D13)',
      numberFormat: "0.00%",
      value: "",
    });
    expect(excel.cell("DVC thiết yếu", "F13")!.numberFormat).toBe("#,##0");
    expect(excel.cell("DVC thiết yếu", "D36")).toMatchObject({
      formula: '=SUMIFS(D11:D35,C11:C35,"<>Không thuộc thẩm quyền")',
      value: 0,
    });
    expect(excel.cell("DVC thiết yếu", "C3")!.value).toBe("Xã Long Hiệp");
    expect(excel.cell("DVC thiết yếu", "L13")!.value).toBe("dang_ky_thuong_tru");
    expect(sheet.hiddenColumns.has(12)).toBe(true);
    expect(sheet.frozenRows).toBe(0); // the table's headings show in the column bar as the user scrolls
    expect(sheet.validations.find((v) => v.address === "D11:D36")).toBeUndefined(); // the total row is a formula
    expect(sheet.validations.find((v) => v.address === "D11:D35")).toMatchObject({
      rule: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      errorAlert: { title: "Số liệu không hợp lệ", style: "Stop", showAlert: true },
    });
    expect(excel.contexts.at(-1)!.calculationSuspensions).toBe(1);
    expect(excel.state.xmlParts).toHaveLength(1);
  });

  it("never overwrites: a second insert, or a user's sheet of that name, gets a free name", async () => {
    const excel = new MemoryExcel();
    newSheet(excel.state, "DVC thiết yếu").cells.set("A1", { value: "dữ liệu của người dùng" });
    const first = await excel.run((context) => insertTemplate(context, dvc, header, "vi", all));
    const second = await excel.run((context) => insertTemplate(context, dvc, header, "vi", all));
    expect([first.sheet, second.sheet]).toEqual(["DVC thiết yếu (2)", "DVC thiết yếu (3)"]);
    expect([first.table, second.table]).toEqual(["BC06_dvc25_1", "BC06_dvc25_2"]);
    expect(excel.cell("DVC thiết yếu", "A1")!.value).toBe("dữ liệu của người dùng");
  });

  it("skips what ExcelApi 1.7 lacks (validation 1.8, indents 1.9), and says so", async () => {
    const excel = new MemoryExcel();
    const cleaning = templateById("lam_sach")!;
    const result = await excel.run((context) => insertTemplate(context, cleaning, header, "vi", upTo17));
    expect(result.validated).toBe(false);
    expect(excel.sheet(result.sheet).validations).toEqual([]);
    expect([...excel.sheet(result.sheet).cells.values()].some((c) => c.format?.indentLevel)).toBe(false);
    const full = await excel.run((context) => insertTemplate(context, cleaning, header, "vi", all));
    expect(excel.cell(full.sheet, "B13")!.format?.indentLevel).toBe(1);
  });
});

describe("readWorkbook", () => {
  it("reads every sheet and locates BC06 tables in four syncs, and the engine checks what the user typed", async () => {
    const { excel, inserted } = await withTemplate();
    newSheet(excel.state, "Ghi chú").cells.set("A1", { value: "Không phải bảng BC06" });
    const sheet = excel.sheet(inserted.sheet);
    sheet.cells.set("D13", { value: 78 });
    sheet.cells.set("E13", { value: 63 });
    sheet.cells.set("F13", { value: 14 }); // 63 + 14 ≠ 78
    const { result, syncs } = await syncsOf(excel, () => excel.run((context) => readWorkbook(context)));
    expect(syncs).toBe(4); // sheets and parts, their sizes, the values, the tables' formulas and formats
    expect(result.snapshot.sheets.map((s) => s.name)).toEqual([inserted.sheet, "Ghi chú"]);
    const [table] = result.snapshot.tables;
    expect(table).toMatchObject({
      templateId: "dvc25",
      sheet: inserted.sheet,
      header: { unit: "Xã Long Hiệp", level: "xa" },
    });
    const issues = checkWorkbook(result.snapshot).issues;
    expect(issues.map((i) => [i.ruleId, i.cells[0].address])).toEqual([
      ["tong_bang_truc_tiep_cong_truc_tuyen", "D13"],
    ]);
  });

  it("finds the table again after the sheet is renamed and rows are inserted", async () => {
    const { excel, inserted } = await withTemplate();
    const sheet = excel.sheet(inserted.sheet);
    sheet.name = "Biểu 1";
    // Insert two rows above row 13, as Excel does: everything from row 13 moves down, the table grows.
    const moved = new Map(
      [...sheet.cells].map(([address, cell]) => {
        const [, col, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
        return [`${col}${Number(row) >= 13 ? Number(row) + 2 : row}`, cell];
      }),
    );
    sheet.cells = moved;
    excel.state.tables[0].address = "A10:L38";
    const { snapshot } = await excel.run((context) => readWorkbook(context));
    expect(snapshot.tables[0]).toMatchObject({ sheet: "Biểu 1" });
    expect(snapshot.tables[0].rows.dang_ky_thuong_tru).toBe(15);
    expect(snapshot.tables[0].rows.xac_nhan_cmnd).toBe(11);
  });

  it("reads large sheets in blocks (more syncs by size, not by sheet count) and caps huge ones", async () => {
    const excel = new MemoryExcel();
    for (let s = 0; s < 30; s++) newSheet(excel.state, `Nhỏ ${s}`).cells.set("A1", { value: s });
    const { syncs: small } = await syncsOf(excel, () => excel.run((context) => readWorkbook(context)));
    expect(small).toBe(3);
    const big = newSheet(excel.state, "Lớn");
    for (let r = 1; r <= 12_000; r++) {
      big.cells.set(`A${r}`, { value: r });
      big.cells.set(`J${r}`, { value: r });
    }
    const { result, syncs } = await syncsOf(excel, () => excel.run((context) => readWorkbook(context)));
    expect(syncs).toBe(5); // A1:J12000 is 120,000 cells: three blocks of at most 50,000
    expect(result.snapshot.sheets.find((s) => s.name === "Lớn")!.cells.size).toBe(24_000);
    expect(result.truncated).toEqual([]);
  });

  it("caps a used range of 1,048,576 rows and says so, yet reads each BC06 table on that sheet whole", async () => {
    const { excel, inserted } = await withTemplate();
    const sheet = excel.sheet(inserted.sheet);
    sheet.cells.set("D13", { value: 78 });
    // 100 rows inserted above everything: the table now lies below the rows a capped read covers.
    sheet.cells = new Map(
      [...sheet.cells].map(([address, cell]) => {
        const { row, column } = parseA1(address)!;
        return [a1(row + 100, column), cell];
      }),
    );
    const [, first, firstRow, last, lastRow] = /^(\w+?)(\d+):(\w+?)(\d+)$/.exec(
      excel.state.tables[0].address,
    )!;
    excel.state.tables[0].address = `${first}${+firstRow + 100}:${last}${+lastRow + 100}`;
    sheet.cells.set("XFD1", { value: "ô lạc" }); // the used range is now 16,384 columns wide…
    sheet.cells.set("A1048576", { value: "cuối" }); // …and 1,048,576 rows tall
    const { result, syncs } = await syncsOf(excel, () => excel.run((context) => readWorkbook(context)));
    expect(result.truncated).toEqual([{ sheet: inserted.sheet, rows: 61 }]); // 1,000,000 cells / 16,384 columns
    // 61 rows × 16,384 columns in blocks of 50,000 cells, then the table; then the formats of the table's rows alone
    expect(syncs).toBe(2 + 21 + 1);
    expect(result.snapshot.tables[0]).toMatchObject({ templateId: "dvc25", sheet: inserted.sheet });
    expect(checkWorkbook(result.snapshot).cellsRead).toBeGreaterThan(0);
    expect(result.snapshot.sheets[0].cells.get("D113")).toEqual({ value: 78 });
  });

  it("reads only the values of a sheet whose whole column is formatted (1,048,576 rows)", async () => {
    const excel = new MemoryExcel();
    newSheet(excel.state, "Định dạng").cells.set("B2", { value: 5 });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Định dạng").getRange("C:C").format.fill.color = "#FFFF00";
      await context.sync();
    });
    const { result, syncs } = await syncsOf(excel, () => excel.run((context) => readWorkbook(context)));
    expect(syncs).toBe(3);
    expect(result.truncated).toEqual([]);
    expect([...result.snapshot.sheets[0].cells.keys()]).toEqual(["B2"]);
  });

  it("reads five thousand sheets in three syncs", async () => {
    const excel = new MemoryExcel();
    for (let s = 0; s < 5_000; s++) newSheet(excel.state, `Xã ${s}`).cells.set("A1", { value: s });
    const { result, syncs } = await syncsOf(excel, () => excel.run((context) => readWorkbook(context)));
    expect(syncs).toBe(3);
    expect(result.snapshot.sheets).toHaveLength(5_000);
  });

  it("falls back to the table name when BC06's metadata was deleted", async () => {
    const { excel } = await withTemplate();
    excel.state.xmlParts = [];
    const { snapshot } = await excel.run((context) => readWorkbook(context));
    expect(snapshot.tables[0]).toMatchObject({ templateId: "dvc25" });
  });
});

describe("highlights", () => {
  async function withIssue() {
    const { excel, inserted } = await withTemplate();
    const sheet = excel.sheet(inserted.sheet);
    sheet.cells.set("D13", { value: 78 });
    sheet.cells.set("E13", { value: 63 });
    sheet.cells.set("F13", { value: 14 });
    sheet.conditionalFormats.push({
      id: "user-rule",
      address: "D11:D35",
      formula: "=D11>100",
      fill: "#00FF00",
    });
    const { snapshot } = await excel.run((context) => readWorkbook(context));
    return { excel, sheet, issues: checkWorkbook(snapshot).issues };
  }

  it("marks each cell once with its worst severity, in two syncs, each mark known by its rule", async () => {
    const { excel, sheet, issues } = await withIssue();
    const { result, syncs } = await syncsOf(excel, () =>
      excel.run((context) => highlightIssues(context, issues)),
    );
    expect(syncs).toBe(2); // the sheets' protection, then the marks
    expect(result).toBe(3);
    expect(sheet.conditionalFormats.map((cf) => [cf.address, cf.fill, cf.formula])).toEqual([
      ["D11:D35", "#00FF00", "=D11>100"],
      ["D13", "#FDE7E9", '=N("BC06")=0'],
      ["E13", "#FDE7E9", '=N("BC06")=0'],
      ["F13", "#FDE7E9", '=N("BC06")=0'],
    ]);
  });

  it("clearing removes exactly BC06's marks and leaves the user's rules, before and after them, as they were", async () => {
    const { excel, sheet, issues } = await withIssue();
    await excel.run((context) => highlightIssues(context, issues));
    // A rule the user added after BC06's marks: its position (Excel's id for it) follows theirs.
    sheet.conditionalFormats.push({
      id: "user-rule-2",
      address: "E11:E35",
      formula: "=E11<0",
      fill: "#FF0000",
    });
    const users = sheet.conditionalFormats.filter((cf) => cf.id.startsWith("user"));
    const { result, syncs } = await syncsOf(excel, () => excel.run((context) => clearHighlights(context)));
    expect(syncs).toBe(4);
    expect(result).toBe(3);
    expect(sheet.conditionalFormats).toEqual(users);
    expect(
      (await excel.run((context) => readRecords(context))).filter((r) => r.record.kind === "highlights"),
    ).toEqual([]);
  });

  it("clearing after the user deleted one of the marks still works", async () => {
    const { excel, sheet, issues } = await withIssue();
    await excel.run((context) => highlightIssues(context, issues));
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.address !== "E13");
    expect(await excel.run((context) => clearHighlights(context))).toBe(2);
    expect(sheet.conditionalFormats.map((cf) => cf.id)).toEqual(["user-rule"]);
  });

  it("marks of an earlier version (rule =TRUE, listed in a record) go; a user's =TRUE rule elsewhere stays", async () => {
    const { excel, sheet } = await withIssue();
    const other = newSheet(excel.state, "Của tôi");
    other.conditionalFormats.push({ id: "mine", address: "A1", formula: "=TRUE", fill: "#FFFF00" });
    sheet.conditionalFormats.push({ id: "old", address: "D13", formula: "=TRUE", fill: "#FDE7E9" });
    excel.state.xmlParts.push({
      id: "{OLD}",
      namespace: METADATA_NAMESPACE,
      xml: metadataXml({ kind: "highlights", marks: [{ sheet: sheet.name, address: "D13", id: "7" }] }),
    });
    expect(await excel.run((context) => clearHighlights(context))).toBe(1);
    expect(sheet.conditionalFormats.map((cf) => cf.id)).toEqual(["user-rule"]);
    expect(other.conditionalFormats.map((cf) => cf.id)).toEqual(["mine"]);
    expect(excel.state.xmlParts.some((part) => part.id === "{OLD}")).toBe(false);
  });
});

describe("selection, acknowledgements and the report sheet", () => {
  it("selects all cells of an issue in one sync (one cell where multi-area selection is missing)", async () => {
    const { excel, inserted } = await withTemplate();
    const cells = ["D13", "E13", "F13"].map((address) => ({ sheet: inserted.sheet, address }));
    const { syncs } = await syncsOf(excel, () => excel.run((context) => selectCells(context, cells, all)));
    expect(syncs).toBe(1);
    expect(excel.state.selection).toEqual({ sheet: inserted.sheet, address: "D13,E13,F13" });
    await excel.run((context) => selectCells(context, cells, upTo17));
    expect(excel.state.selection).toEqual({ sheet: inserted.sheet, address: "D13" });
  });

  it("writes the report with links to the cells and the user's acknowledgements, replacing only its own sheet", async () => {
    const { excel, inserted } = await withTemplate();
    const sheet = excel.sheet(inserted.sheet);
    sheet.cells.set("D13", { value: 1.174 });
    const { snapshot } = await excel.run((context) => readWorkbook(context));
    const result = checkWorkbook(snapshot);
    const warning = result.issues.find((i) => i.severity === "warning")!;
    await excel.run((context) =>
      acknowledge(context, warning, "Số liệu đúng theo phần mềm", new Date("2025-02-01T08:00:00Z")),
    );
    newSheet(excel.state, "Kết quả kiểm tra").cells.set("A1", { value: "của người dùng" });

    const records = await excel.run((context) => readRecords(context));
    const at = new Date("2025-02-01T09:00:00Z");
    const { result: name, syncs } = await syncsOf(excel, () =>
      excel.run((context) => writeReport(context, result, "vi", records, at)),
    );
    expect(syncs).toBe(2);
    expect(name).toBe("Kết quả kiểm tra (2)");
    expect(excel.cell("Kết quả kiểm tra", "A1")!.value).toBe("của người dùng");
    expect(excel.cell(name, "A1")!.value).toBe("KẾT QUẢ KIỂM TRA SỐ LIỆU (BC06)");
    expect(excel.cell(name, "D4")!.hyperlink).toEqual({
      documentReference: `'${inserted.sheet}'!D13`,
      textToDisplay: `${inserted.sheet}!D13`,
    });
    expect(excel.cell(name, "G4")!.value).toBe("Số liệu đúng theo phần mềm");

    // A second report replaces BC06's own report sheet, not the user's.
    const again = await excel.run(async (context) =>
      writeReport(context, result, "vi", await readRecords(context), at),
    );
    expect(again).toBe("Kết quả kiểm tra (2)");
    expect(excel.state.sheets.map((s) => s.name)).toEqual([
      inserted.sheet,
      "Kết quả kiểm tra",
      "Kết quả kiểm tra (2)",
    ]);

    // The user renamed BC06's report and gave its old name to a sheet of theirs: that sheet is not BC06's to delete.
    excel.sheet("Kết quả kiểm tra (2)").name = "Báo cáo cũ";
    newSheet(excel.state, "Kết quả kiểm tra (2)").cells.set("A1", { value: "Số liệu của tôi" });
    await excel.run(async (context) => writeReport(context, result, "vi", await readRecords(context), at));
    expect(excel.cell("Kết quả kiểm tra (2)", "A1")!.value).toBe("Số liệu của tôi");
  });

  it("a report whose batch fails leaves the previous report, and no half-written sheet", async () => {
    const excel = new MemoryExcel();
    const session = memorySession(excel);
    await session.insert(templateById("dvc25")!, {}, "vi");
    const result = checkWorkbook((await session.read()).snapshot);
    const first = await session.writeReport(result, "vi");
    const sheets = excel.state.sheets.map((s) => s.name);
    excel.failAfterCalls = 3; // the new sheet added and partly written, then the batch fails
    await expect(session.writeReport(result, "vi")).rejects.toThrow();
    expect(excel.state.sheets.map((s) => s.name)).toEqual(sheets);
    expect(excel.cell(first, "A1")!.value).toBe("KẾT QUẢ KIỂM TRA SỐ LIỆU (BC06)");
  });

  it("a template whose batch fails leaves no half-built sheet", async () => {
    const excel = new MemoryExcel();
    const session = memorySession(excel);
    excel.failAfterCalls = 3;
    await expect(session.insert(templateById("dvc25")!, {}, "vi")).rejects.toThrow();
    expect(excel.state.sheets).toEqual([]);
    await session.insert(templateById("dvc25")!, {}, "vi"); // and the next try works
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["DVC thiết yếu"]);
  });
});

describe("templates inserted in English", () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "%s is found again with all its columns",
    async (_, template) => {
      const excel = new MemoryExcel();
      const inserted = await excel.run((context) => insertTemplate(context, template, {}, "en", all));
      const { snapshot } = await excel.run((context) => readWorkbook(context));
      const table = snapshot.tables.find((t) => t.sheet === inserted.sheet)!;
      expect(Object.keys(table.columns).sort()).toEqual(template.columns.map((c) => c.id).sort());
    },
  );
});

it("a template's table shows no filter buttons: sorting its rows would break the formulas", async () => {
  const excel = new MemoryExcel();
  await excel.run((context) => insertTemplate(context, templateById("dvc25")!, {}, "vi", all));
  expect(excel.state.tables.map((t) => t.showFilterButton)).toEqual([false]);
});

it("a workbook in Manual calculation is recalculated before it is read (its results may be stale), and says so", async () => {
  const { excel, inserted } = await withTemplate();
  excel.state.calculationMode = "Manual";
  const sheet = excel.sheet(inserted.sheet);
  sheet.cells.set("D13", { value: 80 });
  sheet.cells.set("F13", { value: 20 });
  await excel.run(async (context) => context.sync()); // a write in Manual mode: the rate keeps its old result
  const { snapshot, recalculated } = await excel.run((context) => readWorkbook(context));
  expect(recalculated).toBe(true);
  expect(snapshot.sheets[0].cells.get("G13")?.value).toBe(0.25);
  excel.state.calculationMode = "Automatic";
  expect((await excel.run((context) => readWorkbook(context))).recalculated).toBeUndefined();
});

it("a protected workbook is said to be protected before anything is written (a template, a report)", async () => {
  const excel = new MemoryExcel();
  const session = memorySession(excel);
  await session.insert(templateById("dvc25")!, {}, "vi");
  const result = checkWorkbook((await session.read()).snapshot);
  excel.state.structureProtected = true;
  const before = structuredClone(excel.state.sheets.map((s) => [s.name, [...s.cells]]));
  await expect(session.insert(templateById("cccd")!, {}, "vi")).rejects.toMatchObject({
    code: "AccessDenied",
  });
  await expect(session.writeReport(result, "vi")).rejects.toMatchObject({ code: "AccessDenied" });
  expect(excel.state.sheets.map((s) => [s.name, [...s.cells]])).toEqual(before);
});
