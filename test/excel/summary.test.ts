import type { UnitTable } from "../../src/domain/consolidate";
import { checkWorkbook } from "../../src/domain/rules";
import { templateById } from "../../src/domain/templates";
import { MemoryExcel, memorySession } from "../support/excel/memory/api";

const dvc = templateById("dvc25")!;
const period = { from: "2025-01-01", to: "2025-06-30", cutoff: "2025-06-30" };

async function communes() {
  const excel = new MemoryExcel();
  const session = memorySession(excel);
  for (const [unit, total, direct, online] of [
    ["Xã A", 10, 6, 4],
    ["Xã B", 30, 4, 26],
  ] as const) {
    const inserted = await session.insert(dvc, { unit, level: "xa", ...period }, "vi");
    const sheet = excel.sheet(inserted.sheet);
    sheet.cells.set("D13", { value: total });
    sheet.cells.set("E13", { value: direct });
    sheet.cells.set("F13", { value: online });
  }
  return { excel, session };
}

function units(
  read: Awaited<ReturnType<ReturnType<typeof memorySession>["read"]>>,
  level = "xa",
): UnitTable[] {
  return read.snapshot.tables
    .filter((t) => t.header.level === level)
    .map((table) => ({
      source: table.sheet,
      table,
      sheet: read.snapshot.sheets.find((s) => s.name === table.sheet)!,
    }));
}

describe("summaries inside the workbook", () => {
  it("a new summary adds the units' cells with live formulas, by id, and recomputes the rate from the sums", async () => {
    const { excel, session } = await communes();
    // Unit B's rows move down two rows (the user inserted rows): its cells are found by id.
    const b = excel.sheet("DVC thiết yếu (2)");
    b.cells = new Map(
      [...b.cells].map(([address, cell]) => {
        const [, col, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
        return [Number(row) >= 11 ? `${col}${Number(row) + 2}` : address, cell];
      }),
    );
    excel.state.tables[1].address = "A10:L38";
    const read = await session.read();
    const inserted = await session.insertSummary(
      dvc,
      { unit: "Huyện Cẩm Xuyên", level: "huyen", ...period },
      units(read),
      "vi",
    );
    const summary = excel.sheet(inserted.sheet);
    expect(summary.cells.get("D13")).toMatchObject({
      formula: "=SUM('DVC thiết yếu'!D13,'DVC thiết yếu (2)'!D15)",
      value: 40,
    });
    expect(summary.cells.get("G13")!.value).toBeCloseTo(30 / 40, 12); // Σonline/Σtotal, not the mean of the rates
    const after = await session.read();
    const result = checkWorkbook(after.snapshot);
    expect(result.issues.filter((i) => i.ruleId.startsWith("tong_hop."))).toEqual([]);
    expect(result.byRule["tong_hop.bang_tong_don_vi"].passed).toBeGreaterThan(0);
  });

  it("rows the user inserts after the pane read the workbook do not misplace the summary's formulas", async () => {
    const { excel, session } = await communes();
    const read = await session.read(); // the pane's view of the workbook, before the user's edit
    // Then the user inserts two rows at the top of unit B's table, and of the summary's once it exists.
    const shiftDown = (name: string) => {
      const sheet = excel.sheet(name);
      sheet.cells = new Map(
        [...sheet.cells].map(([address, cell]) => {
          const [, col, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
          return [Number(row) >= 11 ? `${col}${Number(row) + 2}` : address, cell];
        }),
      );
      const table = excel.state.tables.find((t) => t.sheet === sheet)!;
      table.address = table.address.replace(/(\d+)$/, (n) => String(Number(n) + 2)); // the rows went into the table
    };
    shiftDown("DVC thiết yếu (2)");
    const inserted = await session.insertSummary(
      dvc,
      { unit: "Huyện", level: "huyen", ...period },
      units(read),
      "vi",
    );
    expect(excel.cell(inserted.sheet, "D13")!.formula).toBe(
      "=SUM('DVC thiết yếu'!D13,'DVC thiết yếu (2)'!D15)",
    );
    const summaryRead = await session.read();
    const summary = summaryRead.snapshot.tables.find((t) => t.sheet === inserted.sheet)!;
    shiftDown(inserted.sheet);
    const moved = structuredClone(excel.cell(inserted.sheet, "D13"));
    await session.refreshSummary(dvc, summary, units(summaryRead));
    // Written where the summary's row is now (15), not where it was read (13), which holds another row now.
    expect(excel.cell(inserted.sheet, "D15")!.formula).toBe(
      "=SUM('DVC thiết yếu'!D13,'DVC thiết yếu (2)'!D15)",
    );
    expect(excel.cell(inserted.sheet, "D13")).toEqual(moved);
  });

  it("a unit added later is taken in when the summary's formulas are brought up to date", async () => {
    const { excel, session } = await communes();
    const inserted = await session.insertSummary(
      dvc,
      { unit: "Huyện", level: "huyen", ...period },
      units(await session.read()),
      "vi",
    );
    const c = await session.insert(dvc, { unit: "Xã C", level: "xa", ...period }, "vi");
    excel.sheet(c.sheet).cells.set("D13", { value: 5 });
    const read = await session.read();
    expect(
      checkWorkbook(read.snapshot).issues.find((i) => i.ruleId === "tong_hop.bang_tong_don_vi")!.message,
    ).toMatch(/Có thể thiếu số của Xã C \(5\)/);
    const summary = read.snapshot.tables.find((t) => t.sheet === inserted.sheet)!;
    const cells = await session.refreshSummary(dvc, summary, units(read));
    expect(cells).toBeGreaterThan(100);
    expect(excel.cell(inserted.sheet, "D13")!.value).toBe(45);
    expect(
      checkWorkbook((await session.read()).snapshot).issues.filter(
        (i) => i.ruleId === "tong_hop.bang_tong_don_vi",
      ),
    ).toEqual([]);
  });
});
