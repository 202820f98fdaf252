// A protected sheet takes no conditional format in Excel (AccessDenied). BC06 finds out before drawing or removing a
// mark, so that a refusal never leaves half the marks drawn, or half removed.
import { checkWorkbook } from "../../src/domain/rules";
import { clearHighlights, highlightIssues } from "../../src/excel/marks";
import { readWorkbook } from "../../src/excel/read";
import { sampleExcel } from "../support/excel/memory/sample";

async function checked() {
  const excel = await sampleExcel();
  const { snapshot } = await excel.run((context) => readWorkbook(context));
  const issues = checkWorkbook(snapshot).issues;
  const sheets = [...new Set(issues.map((i) => i.sheet))];
  expect(sheets.length).toBeGreaterThan(1);
  return { excel, issues, sheets };
}

const marks = (excel: Awaited<ReturnType<typeof sampleExcel>>) =>
  excel.state.sheets.map((sheet) => sheet.conditionalFormats.length);

describe("highlights and protected sheets", () => {
  it("refuses to highlight when a sheet with issues is protected, drawing nothing at all", async () => {
    const { excel, issues, sheets } = await checked();
    excel.sheet(sheets.at(-1)!).protected = true;
    const before = marks(excel);
    await expect(excel.run((context) => highlightIssues(context, issues))).rejects.toMatchObject({
      code: "AccessDenied",
      message: expect.stringContaining(sheets.at(-1)!),
    });
    expect(marks(excel)).toEqual(before);
  });

  it("refuses to remove marks when a sheet holding some is protected, removing none", async () => {
    const { excel, issues, sheets } = await checked();
    await excel.run((context) => highlightIssues(context, issues));
    const drawn = marks(excel);
    excel.sheet(sheets.at(-1)!).protected = true;
    await expect(excel.run((context) => clearHighlights(context))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    expect(marks(excel)).toEqual(drawn);
    excel.sheet(sheets.at(-1)!).protected = false;
    await excel.run((context) => clearHighlights(context));
    expect(marks(excel).every((n) => n === 0)).toBe(true);
  });

  it("a protected sheet without issues or marks is no obstacle", async () => {
    const { excel, issues } = await checked();
    const bystander = excel.state.sheets.find((s) => !issues.some((i) => i.sheet === s.name));
    if (bystander) bystander.protected = true;
    else
      excel.state.sheets.push({
        ...excel.state.sheets[0],
        name: "Bảo vệ",
        conditionalFormats: [],
        protected: true,
      });
    expect(await excel.run((context) => highlightIssues(context, issues))).toBeGreaterThan(0);
    expect(await excel.run((context) => clearHighlights(context))).toBeGreaterThan(0);
  });
});
