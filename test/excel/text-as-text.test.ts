// Excel enters text that starts with "=", "+" or "-" as a formula: BC06 writes its labels and messages as text.
import { insertTemplate } from "../../src/excel/insert";
import { readWorkbook } from "../../src/excel/read";
import { writeReport } from "../../src/excel/report";
import { SAMPLE_HEADER } from "../../src/domain/sample";
import { TEMPLATES } from "../../src/domain/templates";
import type { CheckResult } from "../../src/domain/rules";
import { MemoryExcel } from "../support/excel/memory/api";

describe("text that looks like a formula stays text", () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))("every label of the template %s", async (_, template) => {
    const excel = new MemoryExcel();
    const inserted = await excel.run((context) =>
      insertTemplate(context, template, SAMPLE_HEADER, "vi", () => true),
    );
    const sheet = excel.sheet(inserted.sheet);
    const labels = [...sheet.cells.values()].filter((cell) => cell.formula && !/^=[A-Z(]/.test(cell.formula));
    expect(labels.map((cell) => cell.formula)).toEqual([]);
    expect([...sheet.cells.values()].filter((cell) => cell.error)).toEqual([]);
    // The labels read back as written ("+ Rà soát…" in the cleaning template).
    const { snapshot } = await excel.run((context) => readWorkbook(context));
    const texts = [...snapshot.sheets[0].cells.values()].map((cell) => cell.value);
    for (const row of template.rows) expect(texts).toContain(row.label.vi);
  });

  it("the report sheet: a message or instruction that begins with a sign", async () => {
    const excel = new MemoryExcel();
    const result: CheckResult = {
      issues: [
        {
          ruleId: "r",
          severity: "warning",
          sheet: "A",
          cells: [{ sheet: "A", address: "B2" }],
          message: "- Số liệu lệch",
          instruction: "+ Nhập lại",
          values: {},
        },
      ],
      cannotCheck: [],
      totals: { errors: 0, warnings: 1, infos: 0 },
    } as unknown as CheckResult;
    const name = await excel.run((context) => writeReport(context, result, "vi", [], new Date()));
    const cells = [...excel.sheet(name).cells.values()];
    expect(cells.filter((cell) => cell.error || cell.formula)).toEqual([]);
    expect(cells.map((cell) => cell.value)).toEqual(expect.arrayContaining(["- Số liệu lệch", "+ Nhập lại"]));
  });
});
