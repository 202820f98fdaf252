// Live checking against the test double: the user types, Excel tells BC06 which sheet changed, and BC06 reads that
// sheet again in one sync, checks, and redraws its marks there in one more.
import { checkWorkbook, type Issue } from "../../src/domain/rules";
import type { WorkbookRead } from "../../src/domain/session";
import { memorySession } from "../support/excel/memory/api";
import { sampleExcel } from "../support/excel/memory/sample";
import { syncsOf } from "../support/excel/syncs";

const BIRTHS = "DVC thiết yếu";
const check = (read: WorkbookRead) => checkWorkbook(read.snapshot);
const birthMistake = (issues: Issue[]) =>
  issues.find((i) => i.sheet === BIRTHS && /Đăng ký khai sinh: Tổng số hồ sơ tiếp nhận = 58/.test(i.message));

async function watched() {
  const excel = await sampleExcel();
  const session = memorySession(excel);
  const read = await session.read();
  const result = check(read);
  await session.highlight(result.issues);
  const heard: string[][] = [];
  const stop = await session.watch!((sheets) => heard.push(sheets));
  return { excel, session, read, result, heard, stop };
}

describe("live checking", () => {
  it("hears of an edit, re-reads only that sheet in one sync and redraws its marks in one more", async () => {
    const { excel, session, read, result, heard } = await watched();
    const mistake = birthMistake(result.issues)!;
    expect(mistake).toBeDefined();
    const others = excel.state.sheets.filter((s) => s.name !== BIRTHS).map((s) => [...s.conditionalFormats]);
    // The total typed right: 55 + 35 = 90.
    await excel.type(BIRTHS, mistake.cells[0].address, 90);
    expect(heard).toEqual([[excel.sheet(BIRTHS).id]]);
    const { result: rechecked, syncs } = await syncsOf(excel, () =>
      session.recheck!(read, heard[0], check, true),
    );
    expect(syncs).toBe(2);
    expect(birthMistake(rechecked.result.issues)).toBeUndefined();
    expect(rechecked.result.issues.length).toBe(result.issues.length - 1);
    // The mark on the corrected total is gone; the sheet's other marks and the other sheets' stay.
    const marked = excel.sheet(BIRTHS).conditionalFormats.map((cf) => cf.address);
    expect(marked).not.toContain(mistake.cells[0].address);
    expect(marked.length).toBeGreaterThan(0);
    expect(excel.state.sheets.filter((s) => s.name !== BIRTHS).map((s) => s.conditionalFormats)).toEqual(
      others,
    );
  });

  it("keeps the user's own conditional formats on the edited sheet", async () => {
    const { excel, session, read, result, heard } = await watched();
    const own = { id: "user", address: "A1", formula: "=A1>0", fill: "#00FF00" };
    excel.sheet(BIRTHS).conditionalFormats.unshift(own);
    await excel.type(BIRTHS, birthMistake(result.issues)!.cells[0].address, 90);
    await session.recheck!(read, heard[0], check, true);
    expect(excel.sheet(BIRTHS).conditionalFormats[0]).toEqual(own);
  });

  it("on a protected sheet, checks again but leaves the marks as they are, and says which sheet", async () => {
    const { excel, session, read, result, heard } = await watched();
    excel.sheet(BIRTHS).protected = true;
    const before = [...excel.sheet(BIRTHS).conditionalFormats];
    await excel.type(BIRTHS, birthMistake(result.issues)!.cells[0].address, 90);
    const rechecked = await session.recheck!(read, heard[0], check, true);
    expect(rechecked.unmarked).toEqual([BIRTHS]);
    expect(birthMistake(rechecked.result.issues)).toBeUndefined();
    expect(excel.sheet(BIRTHS).conditionalFormats).toEqual(before);
  });

  it("without marks, one sync; and once stopped, no edit is heard", async () => {
    const { excel, session, read, result, heard, stop } = await watched();
    const address = birthMistake(result.issues)!.cells[0].address;
    await excel.type(BIRTHS, address, 90);
    const { syncs } = await syncsOf(excel, () => session.recheck!(read, heard[0], check, false));
    expect(syncs).toBe(1);
    await stop();
    await excel.type(BIRTHS, address, 91);
    expect(heard).toHaveLength(1);
    expect(excel.state.changeHandlers.size).toBe(0);
  });
});
