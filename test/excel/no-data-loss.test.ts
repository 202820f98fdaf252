import fc from "fast-check";
import { checkWorkbook } from "../../src/domain/rules";
import { templateById, TEMPLATES } from "../../src/domain/templates";
import { MemoryExcel, memorySession } from "../support/excel/memory/api";
import { type MemoryCell, type MemorySheet, newSheet } from "../support/excel/memory/state";

/** The user's own content: values, formulas, formats, rules, validations, widths, hidden columns. */
const userCell: fc.Arbitrary<MemoryCell> = fc.record(
  {
    value: fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string({ maxLength: 12 }),
      fc.boolean(),
    ),
    numberFormat: fc.constantFrom("General", "#,##0", "0.00%", "dd/mm/yyyy", "@"),
    format: fc.record(
      { bold: fc.boolean(), fill: fc.constantFrom("#FFFF00", "#C6EFCE") },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["value"] },
);

const userSheet = fc.record({
  name: fc.stringMatching(/^[A-Za-zÀ-ỹ0-9 ]{1,12}$/).map((s) => s.trim() || "Sheet"),
  cells: fc.dictionary(fc.stringMatching(/^[A-H][1-9]\d?$/), userCell, { maxKeys: 30 }),
  rules: fc.array(
    fc.record({
      address: fc.constantFrom("A1:C9", "B2", "D1:D40"),
      fill: fc.constantFrom("#FF0000", "#00FF00"),
    }),
    { maxLength: 3 },
  ),
});

/** Everything a sheet holds that the user could have made, in a comparable form. */
function contents(sheet: MemorySheet) {
  return JSON.parse(
    JSON.stringify({
      cells: [...sheet.cells].sort(([a], [b]) => a.localeCompare(b)),
      rules: sheet.conditionalFormats,
      validations: sheet.validations,
      widths: [...sheet.columnWidths],
      hidden: [...sheet.hiddenColumns],
      frozen: sheet.frozenRows,
    }),
  );
}

describe("no data loss", () => {
  it("inserting templates, highlighting, clearing, acknowledging and writing the report leave the user's sheets as they were", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(userSheet, { minLength: 1, maxLength: 3, selector: (s) => s.name.toLowerCase() }),
        fc.constantFrom(...TEMPLATES.map((t) => t.id)),
        async (sheets, templateId) => {
          const excel = new MemoryExcel();
          for (const source of sheets) {
            const sheet = newSheet(excel.state, source.name);
            for (const [address, cell] of Object.entries(source.cells)) sheet.cells.set(address, copy(cell));
            source.rules.forEach((rule, i) =>
              sheet.conditionalFormats.push({
                id: `user-${i}`,
                address: rule.address,
                formula: "=TRUE",
                fill: rule.fill,
              }),
            );
            sheet.validations.push({ address: "A1:A5", rule: { list: { source: "a,b" } } });
            sheet.columnWidths.set(2, 80);
          }
          // Sheets named as BC06 would name its own: they must not be taken over.
          for (const name of [templateById(templateId)!.shortTitle.vi, "Kết quả kiểm tra"]) {
            if (!excel.state.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
              newSheet(excel.state, name).cells.set("A1", { value: "của người dùng" });
          }
          const before = excel.state.sheets.map((s) => ({ name: s.name, contents: contents(s) }));
          const session = memorySession(excel);

          const inserted = await session.insert(
            templateById(templateId)!,
            { unit: "Xã A", level: "xa" },
            "vi",
          );
          // The user types a few figures into the new table, some of them wrong.
          const table = excel.sheet(inserted.sheet);
          table.cells.set("D13", { value: 87 });
          table.cells.set("E13", { value: 1.174 });
          const { snapshot } = await session.read();
          const result = checkWorkbook(snapshot);
          await session.highlight(result.issues);
          const warning = result.issues.find((i) => i.severity !== "error");
          if (warning) await session.acknowledge(warning, "Đã kiểm tra");
          await session.writeReport(result, "vi");
          await session.clearHighlights();

          for (const { name, contents: was } of before) expect(contents(excel.sheet(name))).toEqual(was);
          // Clearing removed every mark BC06 drew, on its own table too.
          expect(table.conditionalFormats).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** A copy of a generated cell, so that the snapshot taken before cannot share objects with the workbook. */
function copy(cell: MemoryCell): MemoryCell {
  return { ...cell, ...(cell.format ? { format: { ...cell.format } } : {}) };
}
