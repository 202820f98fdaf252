// The standalone page's workbook: the built-in sample, or an .xlsx the user opens. ExcelJS loads only then, so
// that the pane inside Excel never downloads it.
import { useState } from "react";
import type { Language } from "../domain/i18n";
import type { CheckResult } from "../domain/rules";
import { memorySession, type WorkbookSession } from "../excel";
import type { PackageContent } from "../xlsx/names";

/** An annotated copy made and ready to save, with what it could not keep of the original file. */
export interface PreparedCopy {
  name: string;
  lost: Partial<Record<PackageContent, number>>;
  save: () => void;
}

export interface StandaloneWorkbook {
  session: WorkbookSession;
  fileName?: string;
  open: (name: string, bytes: Uint8Array) => Promise<void>;
  /** Builds the annotated copy of the opened file; the pane saves it once the user knows what it does not keep. */
  download?: (result: CheckResult) => Promise<PreparedCopy>;
}

export function useStandaloneWorkbook(sample: WorkbookSession, language: Language): StandaloneWorkbook {
  const [current, setCurrent] = useState<{ session: WorkbookSession; fileName?: string; bytes?: Uint8Array }>(
    { session: sample },
  );

  async function open(name: string, bytes: Uint8Array) {
    const [{ readXlsx }, { excelFromSnapshot }] = await Promise.all([
      import("../xlsx/read"),
      import("../excel/memory/from-snapshot"),
    ]);
    const { snapshot, records } = await readXlsx(bytes, language);
    setCurrent({ session: memorySession(excelFromSnapshot(snapshot, records)), fileName: name, bytes });
  }

  async function download(result: CheckResult): Promise<PreparedCopy> {
    const { writeAnnotated } = await import("../xlsx/write");
    const { bytes, lost } = await writeAnnotated(current.bytes!, result, language);
    const name = `${current.fileName!.replace(/\.xlsx$/i, "")} (BC06).xlsx`;
    return { name, lost, save: () => saveFile(name, bytes) };
  }

  return {
    session: current.session,
    fileName: current.fileName,
    open,
    download: current.bytes ? download : undefined,
  };
}

/** Hands the bytes to the browser as a download. */
function saveFile(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(
    new Blob([bytes as BlobPart], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }),
  );
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
