import type { CheckResult } from "../domain/rules";
import type { WorkbookRead } from "../domain/session";

/** A check of the workbook and the read it was made from, shared by the tabs that show it. */
export interface Checked {
  read: WorkbookRead;
  result: CheckResult;
}
