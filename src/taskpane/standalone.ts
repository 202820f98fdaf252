// The standalone page's workbook: the built-in sample, or an .xlsx the user opens. ExcelJS loads only then, so
// that the pane inside Excel never downloads it.
import { useMemo, useState } from "react";
import type { Language } from "../domain/i18n";
import { type CellRef, type CheckResult, checkWorkbook, type Issue } from "../domain/rules";
import { tableCount, type WorkbookSnapshot } from "../domain/workbook";
import { memorySession, type WorkbookSession } from "../excel";
import type { PackageContent } from "../xlsx/names";

/** An annotated copy made and ready to save, with what it could not keep of the original file. */
export interface PreparedCopy {
  name: string;
  lost: Partial<Record<PackageContent, number>>;
  save: () => void;
}

/** What the page's sheet view shows beside the pane. */
export interface PageView {
  /** Changes whenever an action wrote to the workbook: the view reads it again. */
  version: number;
  /** The cells the pane last selected (an issue clicked). */
  selection?: CellRef[];
  /** The opened file as read, shown at once (before any action wrote to the workbook). */
  opened?: WorkbookSnapshot;
  /** The latest check's issues, outlined in the view. */
  issues: Issue[];
  setIssues: (issues: Issue[]) => void;
}

/** A file of a reviewer's folder: read and checked when opened with others, to list it with its counts. */
export interface FolderFile {
  name: string;
  bytes: Uint8Array;
  status: "checked" | "no-tables" | "unreadable";
  /** As read, for the roll-up; absent when unreadable. */
  snapshot?: WorkbookSnapshot;
  errors: number;
  warnings: number;
  /** Why it could not be read. */
  problem?: string;
}

export interface StandaloneWorkbook {
  session: WorkbookSession;
  view: PageView;
  fileName?: string;
  /** The files opened together (a reviewer's folder); empty when one file was opened. */
  folder: FolderFile[];
  open: (name: string, bytes: Uint8Array) => Promise<void>;
  /** Opens several files: each is checked for the list, the first readable one opens. */
  openFiles: (files: { name: string; bytes: Uint8Array }[]) => Promise<void>;
  /** Builds the annotated copy of the opened file; the pane saves it once the user knows what it does not keep. */
  download?: (result: CheckResult) => Promise<PreparedCopy>;
  /** The files of the folder added up into one summary workbook (as `bc06 consolidate`), ready to save. */
  rollUpFolder?: () => Promise<FolderSummary>;
}

export interface FolderSummary {
  name: string;
  tables: number;
  files: number;
  problems: string[];
  save: () => void;
}

export function useStandaloneWorkbook(sample: WorkbookSession, language: Language): StandaloneWorkbook {
  const [current, setCurrent] = useState<{
    session: WorkbookSession;
    fileName?: string;
    bytes?: Uint8Array;
    snapshot?: WorkbookSnapshot;
  }>({ session: sample });
  const [version, setVersion] = useState(0);
  const [selection, setSelection] = useState<CellRef[]>();
  const [issues, setIssues] = useState<Issue[]>([]);

  async function open(name: string, bytes: Uint8Array) {
    const [{ readXlsx }, { excelFromSnapshot }] = await Promise.all([
      import("../xlsx/read"),
      import("../excel/memory/from-snapshot"),
    ]);
    const { snapshot, records } = await readXlsx(bytes, language);
    setCurrent({
      session: memorySession(excelFromSnapshot(snapshot, records)),
      fileName: name,
      bytes,
      snapshot,
    });
    setVersion(0);
    setSelection(undefined);
    setIssues([]);
  }

  const [folder, setFolder] = useState<FolderFile[]>([]);

  async function openFiles(files: { name: string; bytes: Uint8Array }[]) {
    if (files.length === 1) {
      await open(files[0].name, files[0].bytes);
      setFolder([]);
      return;
    }
    const { readXlsx } = await import("../xlsx/read");
    const listed: FolderFile[] = [];
    for (const { name, bytes } of files) {
      try {
        const { snapshot } = await readXlsx(bytes, language);
        const { totals } = checkWorkbook(snapshot, { language });
        const status = tableCount(snapshot) === 0 ? "no-tables" : "checked";
        listed.push({ name, bytes, status, snapshot, errors: totals.errors, warnings: totals.warnings });
      } catch (error) {
        listed.push({
          name,
          bytes,
          status: "unreadable",
          errors: 0,
          warnings: 0,
          problem: (error as Error).message,
        });
      }
    }
    setFolder(listed);
    const first = listed.find((file) => file.status !== "unreadable");
    if (first) await open(first.name, first.bytes);
  }

  async function rollUpFolder(): Promise<FolderSummary> {
    const { rollUp } = await import("../xlsx/rollup");
    const workbooks = folder.map(({ name, snapshot, problem }) => ({ file: name, snapshot, error: problem }));
    const { bytes, tables, files, problems } = await rollUp(workbooks, {}, language);
    const name = language === "vi" ? "tong-hop.xlsx" : "summary.xlsx";
    return { name, tables, files, problems, save: () => saveFile(name, bytes) };
  }

  async function download(result: CheckResult): Promise<PreparedCopy> {
    const { writeAnnotated } = await import("../xlsx/write");
    const { bytes, lost } = await writeAnnotated(current.bytes!, result, language);
    const name = `${current.fileName!.replace(/\.xlsx$/i, "")} (BC06).xlsx`;
    return { name, lost, save: () => saveFile(name, bytes) };
  }

  const session = useMemo(
    () => watched(current.session, setSelection, () => setVersion((v) => v + 1)),
    [current.session],
  );

  return {
    session,
    view: { version, selection, opened: current.snapshot, issues, setIssues },
    fileName: current.fileName,
    folder,
    open,
    openFiles,
    download: current.bytes ? download : undefined,
    rollUpFolder: folder.length > 1 ? rollUpFolder : undefined,
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

/** The session, telling the page's view what the pane selected and when it wrote to the workbook. */
function watched(
  session: WorkbookSession,
  onSelect: (cells: CellRef[]) => void,
  onChange: () => void,
): WorkbookSession {
  const writes =
    <A extends unknown[], R>(action: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const result = await action(...args);
      onChange();
      return result;
    };
  return {
    ...session,
    select: async (cells) => {
      await session.select(cells);
      onSelect(cells);
    },
    insert: writes(session.insert),
    writeReport: writes(session.writeReport),
    acknowledge: writes(session.acknowledge),
    insertSummary: writes(session.insertSummary),
    refreshSummary: writes(session.refreshSummary),
    correctTable: writes(session.correctTable),
  };
}
