// The standalone page's workbook: the sample (examples/xa-long-hiep.xlsx), or an .xlsx the user opens, held by
// src/xlsx/session.ts. ExcelJS loads only on this page, so that the pane inside Excel never downloads it.
import { useMemo, useState } from "react";
import type { Language } from "../domain/i18n";
import {
  type CellRef,
  type CheckResult,
  checkWorkbook,
  type CoverageTotal,
  coverageTotal,
  type Issue,
} from "../domain/rules";
import type { WorkbookSession } from "../domain/session";
import { tableCount, type WorkbookSnapshot } from "../domain/workbook";
import type { PackageContent } from "../xlsx/names";
import type { OpenedWorkbook } from "../xlsx/session";
import { strings } from "./i18n";
import { readFile } from "./read-file";

/** Where the page's sample workbook is served from, beside the page. */
export const SAMPLE_URL = "examples/xa-long-hiep.xlsx";

/** A workbook opened on the page: the file's name, and the sample's when it is the sample. */
export interface OpenedFile {
  name: string;
  workbook: OpenedWorkbook;
  sample?: boolean;
  /** As read when opened, shown at once. */
  snapshot?: WorkbookSnapshot;
}

/** Opens the page's sample; an empty workbook when the sample cannot be loaded (the page opened from disk). */
export async function openSample(language: Language): Promise<OpenedFile> {
  const { openXlsx, emptyWorkbook } = await import("../xlsx/session");
  const name = SAMPLE_URL.split("/").pop()!;
  try {
    const response = await fetch(SAMPLE_URL);
    if (!response.ok) throw new Error(String(response.status));
    const bytes = new Uint8Array(await response.arrayBuffer());
    const workbook = await openXlsx(bytes, language, await readFile(bytes, language));
    return { name, workbook, sample: true, snapshot: (await workbook.read()).snapshot };
  } catch {
    return { name, workbook: emptyWorkbook(), sample: true };
  }
}

/** A workbook written and ready to save (the file as it is now, or its annotated copy), with what it could not keep. */
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
  /** Whether the cells at fault are filled (the pane's highlight switch). */
  highlighted: boolean;
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
  /** How much of its tables the check examined. */
  coverage?: CoverageTotal;
  /** Why it could not be read. */
  problem?: string;
}

export interface StandaloneWorkbook {
  session: WorkbookSession;
  view: PageView;
  /** The opened file's name; absent for the sample. */
  fileName?: string;
  /** The files opened together (a reviewer's folder); empty when one file was opened. */
  folder: FolderFile[];
  open: (name: string, bytes: Uint8Array) => Promise<void>;
  /** Opens several files: each is checked for the list, the first readable one opens. */
  openFiles: (files: { name: string; bytes: Uint8Array }[]) => Promise<void>;
  /** The workbook as it is now, with what the pane wrote into it, ready to save. */
  save: () => Promise<PreparedCopy>;
  /** The annotated copy of the workbook; the pane saves it once the user knows what it does not keep. */
  download: (result: CheckResult) => Promise<PreparedCopy>;
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

export function useStandaloneWorkbook(sample: OpenedFile, language: Language): StandaloneWorkbook {
  const [current, setCurrent] = useState<OpenedFile>(sample);
  const [version, setVersion] = useState(0);
  const [selection, setSelection] = useState<CellRef[]>();
  const [highlighted, setHighlighted] = useState(false);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [folder, setFolder] = useState<FolderFile[]>([]);

  async function open(name: string, bytes: Uint8Array) {
    const read = await readFile(bytes, language); // a refusal is a sentence, never a library's message
    const { openXlsx } = await import("../xlsx/session");
    const workbook = await openXlsx(bytes, language, read);
    setCurrent({ name, workbook, snapshot: (await workbook.read()).snapshot });
    setVersion(0);
    setSelection(undefined);
    setHighlighted(false);
    setIssues([]);
  }

  async function openFiles(files: { name: string; bytes: Uint8Array }[]) {
    if (files.length === 1) {
      await open(files[0].name, files[0].bytes);
      setFolder([]);
      return;
    }
    const listed: FolderFile[] = [];
    for (const { name, bytes } of files) {
      try {
        const { snapshot } = await readFile(bytes, language);
        const { totals, coverage } = checkWorkbook(snapshot, { language });
        const status = tableCount(snapshot) === 0 ? "no-tables" : "checked";
        const { errors, warnings } = totals;
        listed.push({ name, bytes, status, snapshot, errors, warnings, coverage: coverageTotal(coverage) });
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
    const name = strings(language).file.summaryName;
    return { name, tables, files, problems, save: () => saveFile(name, bytes) };
  }

  const base = current.name.replace(/\.xlsx$/i, "");
  const prepared = (name: string, { bytes, lost }: { bytes: Uint8Array; lost: PreparedCopy["lost"] }) => ({
    name,
    lost,
    save: () => saveFile(name, bytes),
  });

  const session = useMemo(
    () =>
      watched(current.workbook, {
        onSelect: (cells) => setSelection([...cells]), // the same issue clicked again scrolls to it again
        onHighlight: setHighlighted,
        onChange: () => setVersion((v) => v + 1),
      }),
    [current.workbook],
  );

  return {
    session,
    view: { version, selection, highlighted, opened: current.snapshot, issues, setIssues },
    fileName: current.sample ? undefined : current.name,
    folder,
    open,
    openFiles,
    save: async () => prepared(`${base}.xlsx`, await current.workbook.save()),
    download: async (result) =>
      prepared(`${base} (BC06).xlsx`, await current.workbook.saveAnnotated(result, language)),
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

/** The session, telling the page's view what the pane selected or highlighted, and when it wrote to the workbook. */
function watched(
  session: WorkbookSession,
  on: { onSelect: (cells: CellRef[]) => void; onHighlight: (on: boolean) => void; onChange: () => void },
): WorkbookSession {
  const writes =
    <A extends unknown[], R>(action: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const result = await action(...args);
      on.onChange();
      return result;
    };
  return {
    read: () => session.read(),
    select: async (cells) => {
      await session.select(cells);
      on.onSelect(cells);
    },
    highlight: async (issues) => {
      const marked = await session.highlight(issues);
      on.onHighlight(true);
      return marked;
    },
    clearHighlights: async () => {
      const cleared = await session.clearHighlights();
      on.onHighlight(false);
      return cleared;
    },
    insert: writes(session.insert.bind(session)),
    writeReport: writes(session.writeReport.bind(session)),
    acknowledge: writes(session.acknowledge.bind(session)),
    insertSummary: writes(session.insertSummary.bind(session)),
    refreshSummary: writes(session.refreshSummary.bind(session)),
    correctTable: writes(session.correctTable.bind(session)),
  };
}
