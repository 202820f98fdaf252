// The corpus of officials' own layouts read through Office.js as the add-in reads them (values first, then the
// formulas and formats of the rows where tables are): the same tables and findings as the .xlsx reader, which reads
// every cell whole.
import { checkWorkbook } from "../../src/domain/rules";
import { readWorkbook } from "../../src/excel/read";
import { OWN_LAYOUTS } from "../fixtures/own-layouts";
import { ownLayoutExcel } from "../support/excel/own-layout";

describe("officials' own layouts, read from Excel", () => {
  it.each(OWN_LAYOUTS.map((layout) => [layout.id, layout] as const))("%s", async (_, layout) => {
    const excel = ownLayoutExcel(layout.id);
    const { snapshot } = await excel.run((context) => readWorkbook(context, () => true));
    const tables = (snapshot.recognition?.tables ?? []).map(
      (t) => `${t.templateId ?? "-"}@${t.sheet}!${t.range}`,
    );
    expect(tables).toEqual(layout.tables);
    const findings = checkWorkbook(snapshot).issues.map(
      (issue) => `${issue.ruleId}@${issue.cells[0]?.sheet}!${issue.cells[0]?.address}`,
    );
    expect(findings.sort()).toEqual([...layout.findings].sort());
  });
});
