// Addresses from an earlier read go stale when the user inserts rows: selecting or highlighting an issue finds its
// cells again, in the same Excel.run, by their table's row and column ids, and never lands on someone else's figures.
import { checkWorkbook, type Issue } from "../../src/domain/rules";
import { a1, parseA1 } from "../../src/domain/workbook";
import { memorySession } from "../support/excel/memory/api";
import { sampleExcel } from "../support/excel/memory/sample";
import { syncsOf } from "../support/excel/syncs";

const DVC = "DVC thiết yếu";
const down = (address: string, rows: number) => {
  const at = parseA1(address)!;
  return a1(at.row + rows, at.column);
};

async function checkedThenRowsInserted() {
  const excel = await sampleExcel();
  excel.state.calculationMode = "Manual"; // the double does not rewrite formulas when rows move
  const session = memorySession(excel);
  const read = await session.read();
  const issue = checkWorkbook(read.snapshot).issues.find(
    (i: Issue) => i.sheet === DVC && /Thông báo lưu trú/.test(i.message) && i.ruleId === "ty_le_truc_tuyen",
  )!;
  const table = read.snapshot.tables.find((t) => t.sheet === DVC)!;
  // Two rows inserted inside the table, above the issue's row.
  excel.insertRows(DVC, Math.min(...Object.values(table.rows)) + 1, 2);
  return { excel, session, read, issue };
}

describe("cells of an issue after the user inserted rows", () => {
  it("are selected where they are now", async () => {
    const { excel, session, read, issue } = await checkedThenRowsInserted();
    const { syncs } = await syncsOf(excel, () => session.select(issue.cells, read));
    const expected = [...new Set(issue.cells.map((c) => down(c.address, 2)))].join(",");
    expect(excel.state.selection).toEqual({ sheet: DVC, address: expected });
    expect(syncs).toBe(2);
  });

  it("are marked where they are now, never on the figures that moved into their old place", async () => {
    const { excel, session, read, issue } = await checkedThenRowsInserted();
    await session.highlight([issue], read);
    const marked = excel.sheet(DVC).conditionalFormats.map((cf) => cf.address);
    expect(marked.sort()).toEqual([...new Set(issue.cells.map((c) => down(c.address, 2)))].sort());
  });

  it("without the earlier read (a fresh check), are taken as they are, in one sync", async () => {
    const { excel, session, issue } = await checkedThenRowsInserted();
    const { syncs } = await syncsOf(excel, () => session.select(issue.cells));
    expect(excel.state.selection?.address).toBe([...new Set(issue.cells.map((c) => c.address))].join(","));
    expect(syncs).toBe(1);
  });
});
