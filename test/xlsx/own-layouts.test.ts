// The corpus of officials' own layouts, through the .xlsx reader, recognition and the engine: each workbook's
// tables and findings, exactly.
import { checkWorkbook } from "../../src/domain/rules";
import { readXlsx } from "../../src/xlsx/read";
import { OWN_LAYOUTS } from "../fixtures/own-layouts";
import { toXlsx } from "../fixtures/own-layouts/dsl";

describe("officials' own layouts", () => {
  it.each(OWN_LAYOUTS.map((layout) => [layout.id, layout] as const))("%s", async (_, layout) => {
    const { snapshot } = await readXlsx(await toXlsx(layout));
    const tables = (snapshot.recognition?.tables ?? []).map(
      (t) => `${t.templateId ?? "-"}@${t.sheet}!${t.range}`,
    );
    expect(tables).toEqual(layout.tables);
    const result = checkWorkbook(snapshot);
    if (layout.coverage)
      expect(result.coverage.map((c) => `${c.sheet}!${c.range} ${c.checked}/${c.figures}`)).toEqual(
        layout.coverage,
      );
    const findings = result.issues.map(
      (issue) => `${issue.ruleId}@${issue.cells[0]?.sheet}!${issue.cells[0]?.address}`,
    );
    expect(findings.sort()).toEqual([...layout.findings].sort());
  });
});
