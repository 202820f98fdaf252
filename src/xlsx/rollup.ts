// Unit workbooks added up into one summary workbook (`bc06 consolidate`, and the standalone page's folder): one
// summed table per template found, and the trail of every figure to the unit, file and cell behind it.
import { consolidate, describeProblem, type UnitTable } from "../domain/consolidate";
import type { Language } from "../domain/i18n";
import { normaliseText } from "../domain/text";
import { TableHeaderSchema, TEMPLATES } from "../domain/templates";
import { LEVEL_ABOVE, type WorkbookSnapshot } from "../domain/workbook";
import { writeSummary } from "./write";

export interface RollUpOptions {
  /** The summary's unit and level; the level defaults to the one above the units'. */
  unit?: string;
  level?: string;
  /** The units the summary must add (a missing one is reported). */
  expectedUnits?: string[];
}

export interface RollUp {
  bytes: Uint8Array;
  tables: number;
  files: number;
  /** Unreadable files, missing units and what consolidation found, in the user's words. */
  problems: string[];
}

export async function rollUp(
  workbooks: { file: string; snapshot?: WorkbookSnapshot; error?: string }[],
  options: RollUpOptions,
  language: Language,
): Promise<RollUp> {
  const units: (UnitTable & { templateId: string })[] = [];
  const problems: string[] = [];
  for (const { file, snapshot, error } of workbooks) {
    if (!snapshot) {
      problems.push(`${file}: ${error}`);
      continue;
    }
    // A table of units is added unit by unit; its own total line would count them twice.
    for (const table of snapshot.tables.filter((t) => t.group?.role !== "summary"))
      units.push({
        source: file,
        table,
        sheet: snapshot.sheets.find((s) => s.name === table.sheet)!,
        templateId: table.templateId,
      });
  }
  const present = new Set(units.map((u) => normaliseText(u.table.header.unit ?? "").toLowerCase()));
  const missing = (options.expectedUnits ?? []).filter(
    (name) => !present.has(normaliseText(name).toLowerCase()),
  );
  if (missing.length)
    problems.push(
      language === "vi"
        ? `Thiếu ${missing.length} đơn vị: ${missing.join(", ")}.`
        : `${missing.length} units missing: ${missing.join(", ")}.`,
    );
  const tables = [];
  const contributions = [];
  for (const template of TEMPLATES) {
    const ofTemplate = units.filter((u) => u.templateId === template.id);
    if (ofTemplate.length === 0) continue;
    const first = ofTemplate[0].table.header;
    const header = TableHeaderSchema.parse({
      unit: options.unit,
      level: options.level ?? (first.level ? LEVEL_ABOVE[first.level] : undefined),
      from: first.from,
      to: first.to,
      cutoff: first.cutoff,
    });
    const result = consolidate(template, ofTemplate, header);
    tables.push({ template, header, values: result.values });
    contributions.push(...result.contributions.map((c) => ({ ...c, templateId: template.id })));
    problems.push(
      ...result.problems.map((p) => `${template.shortTitle[language]}: ${describeProblem(p, language)}`),
    );
  }
  const bytes = await writeSummary(tables, contributions, problems, language);
  return { bytes, tables: tables.length, files: new Set(units.map((u) => u.source)).size, problems };
}
