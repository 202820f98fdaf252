// The standalone page's workbook beside the pane: read again whenever an action wrote to it.
import { useEffect, useState } from "react";
import type { WorkbookSnapshot } from "../../domain/workbook";
import type { WorkbookSession } from "../../excel";
import type { Language } from "../i18n";
import type { PageView } from "../standalone";
import { SheetView } from "./SheetView";

export interface WorkbookViewProps {
  session: WorkbookSession;
  view: PageView;
  language: Language;
}

export function WorkbookView({ session, view, language }: WorkbookViewProps) {
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot>();
  useEffect(() => {
    let current = true;
    void session.read().then((read) => current && setSnapshot(read.snapshot));
    return () => {
      current = false;
    };
  }, [session, view.version]);
  if (!snapshot) return null;
  return (
    <SheetView snapshot={snapshot} issues={view.issues} selection={view.selection} language={language} />
  );
}
