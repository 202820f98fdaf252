import {
  locateTable,
  planTable,
  planToSheet,
  templateById,
  type TablePlan,
} from "../../src/domain/templates";
import { a1, type SheetSnapshot } from "../../src/domain/workbook";
import { S001_DVC } from "../support/seeds";

const dvc = templateById("dvc25")!;

function areaOf(plan: TablePlan, shift = 0) {
  return {
    headingRow: 10 + shift,
    firstColumn: 1,
    lastColumn: plan.lastColumn,
    lastRow: plan.lastRow + shift,
  };
}

/** The sheet with `count` blank rows inserted above sheet row `at`, as Excel does it. */
function insertRows(sheet: SheetSnapshot, at: number, count: number): SheetSnapshot {
  const cells = new Map();
  for (const [address, cell] of sheet.cells) {
    const match = /^([A-Z]+)(\d+)$/.exec(address)!;
    const row = Number(match[2]);
    cells.set(`${match[1]}${row >= at ? row + count : row}`, cell);
  }
  return { ...sheet, cells };
}

describe("locateTable", () => {
  const header = { unit: "Xã Long Hiệp", level: "xa" as const, from: "2022-03-30", to: "2022-12-30" };
  const plan = planTable(dvc, "DVC", header, S001_DVC);

  it("finds every row and column of a table BC06 inserted, and its header block", () => {
    const found = locateTable(dvc, planToSheet(plan), areaOf(plan))!;
    expect(found.rows).toEqual(plan.location.rows);
    expect(found.columns).toEqual(plan.location.columns);
    expect(found.header).toEqual(header);
  });

  it("still finds the rows after the user inserted rows inside the table and above it", () => {
    let sheet = insertRows(planToSheet(plan), plan.location.rows.dang_ky_tam_tru, 2); // inside the table
    sheet = insertRows(sheet, 1, 3); // above everything
    const found = locateTable(dvc, sheet, { ...areaOf(plan, 3), lastRow: plan.lastRow + 5 })!;
    expect(found.rows.dang_ky_thuong_tru).toBe(plan.location.rows.dang_ky_thuong_tru + 3);
    expect(found.rows.dang_ky_tam_tru).toBe(plan.location.rows.dang_ky_tam_tru + 5);
    expect(found.header.unit).toBe("Xã Long Hiệp");
    const tong = sheet.cells.get(a1(found.rows.dang_ky_tam_tru, found.columns.tong_ho_so))!;
    expect(tong.value).toBe(54);
  });

  it("finds rows by their labels when the id column was deleted, and nothing in a foreign table", () => {
    const sheet = planToSheet(plan);
    for (let r = 10; r <= plan.lastRow; r++) sheet.cells.delete(a1(r, plan.lastColumn));
    const found = locateTable(dvc, sheet, { ...areaOf(plan), lastColumn: plan.lastColumn - 1 })!;
    expect(found.rows).toEqual(plan.location.rows);
    const foreign: SheetSnapshot = {
      name: "X",
      cells: new Map([
        ["A1", { value: "Họ tên" }],
        ["B1", { value: "Tuổi" }],
      ]),
    };
    expect(
      locateTable(dvc, foreign, { headingRow: 1, firstColumn: 1, lastColumn: 2, lastRow: 5 }),
    ).toBeNull();
  });

  it("reads English headings as well", () => {
    const english = planTable(dvc, "DVC", header, S001_DVC, "en");
    const found = locateTable(dvc, planToSheet(english), areaOf(english))!;
    expect(found.columns).toEqual(english.location.columns);
    expect(found.header).toEqual(header);
  });
});
