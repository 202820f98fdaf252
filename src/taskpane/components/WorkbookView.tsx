// The standalone page's workbook beside the pane: read again whenever an action wrote to it.
import { useEffect, useState } from "react";
import type { WorkbookSnapshot } from "../../domain/workbook";
import type { WorkbookSession } from "../../domain/session";
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
    // A file just opened shows as read; the workbook is read again once an action wrote to it.
    if (view.version === 0 && view.opened) {
      setSnapshot(view.opened);
      return;
    }
    let current = true;
    void session.read().then((read) => current && setSnapshot(read.snapshot));
    return () => {
      current = false;
    };
  }, [session, view.version, view.opened]);
  if (!snapshot) return null;
  return (
    <SheetView
      snapshot={snapshot}
      issues={view.issues}
      selection={view.selection}
      highlighted={view.highlighted}
      language={language}
    />
  );
}
