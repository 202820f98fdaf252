// Folders of workbooks as a reviewer receives them.
import fs from "fs";
import os from "os";
import path from "path";
import { SAMPLE_HEADER, SAMPLE_TABLES } from "../../src/domain/sample";
import { templateById } from "../../src/domain/templates";
import { writeTables, writeTemplate } from "../../src/xlsx/write";
import { S001_DVC, S001_HEADER } from "./seeds";

/** A reviewer's folder: a clean commune (seed S001), one with mistakes, one file that is not a workbook. */
export async function reviewerFolder(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bc06-html-"));
  const dvc = templateById("dvc25")!;
  fs.writeFileSync(path.join(dir, "s001.xlsx"), await writeTemplate(dvc, S001_HEADER, "vi", S001_DVC));
  const sample = SAMPLE_TABLES.map(({ templateId, values }) => ({
    template: templateById(templateId)!,
    header: SAMPLE_HEADER,
    values,
  }));
  fs.writeFileSync(path.join(dir, "mau.xlsx"), await writeTables(sample, "vi"));
  fs.writeFileSync(path.join(dir, "hong.xlsx"), "Đơn vị;Tổng\nXã A;12\n");
  return dir;
}
