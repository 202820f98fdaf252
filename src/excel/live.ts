// Live checking: after the user edits cells, the edited sheets are read again in one sync, the workbook checked again,
// and BC06's marks on those sheets redrawn in one more sync. Whatever else the workbook holds is not read again.
import { cellsAtFault, type CheckResult } from "../domain/rules";
import { MAX_HIGHLIGHTS } from "../domain/report";
import type { Rechecked, WorkbookRead } from "../domain/session";
import { drawMark, isMark } from "./marks";
import { loadSheets, snapshotsOf, workbookNow } from "./read";

/**
 * The workbook after edits to these sheets (by id or name, as Excel's events give them), checked with `check`;
 * with `marks`, BC06's marks on them follow the new issues. Two syncs: one read, one write.
 */
export async function recheckEdited(
  context: Excel.RequestContext,
  previous: WorkbookRead,
  edited: string[],
  check: (read: WorkbookRead) => CheckResult,
  marks: boolean,
): Promise<Rechecked> {
  const sheets = loadSheets(context, edited, marks);
  await context.sync();
  const snapshots = snapshotsOf(sheets);
  const read = await workbookNow(previous, snapshots);
  const result = check(read);
  if (!marks) return { read, result, unmarked: [] };

  const names = new Set(snapshots.map((s) => s.name));
  const faults = [...cellsAtFault(result.issues).values()].slice(0, MAX_HIGHLIGHTS);
  const unmarked: string[] = [];
  for (const { worksheet, formats, protection } of sheets) {
    if (protection!.protected) {
      unmarked.push(worksheet.name);
      continue;
    }
    // BC06's marks deleted from the last, so that a deletion never moves one still to be deleted.
    const items = formats!.items;
    for (let i = items.length - 1; i >= 0; i--)
      if (!items[i].customOrNullObject.isNullObject && isMark(items[i].customOrNullObject.rule.formula))
        formats!.getItem(items[i].id).delete();
  }
  for (const { cell, severity } of faults)
    if (names.has(cell.sheet) && !unmarked.includes(cell.sheet)) drawMark(context, cell, severity);
  await context.sync();
  return { read, result, unmarked };
}
