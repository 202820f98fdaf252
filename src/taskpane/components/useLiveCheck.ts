import { useEffect, useRef } from "react";
import type { CheckResult } from "../../domain/rules";
import type { Rechecked, WorkbookRead, WorkbookSession } from "../../domain/session";

/** Edits closer together than this are checked together: a user typing figures is checked between keystrokes. */
export const LIVE_DELAY_MS = 150;

export interface LiveCheck {
  session: WorkbookSession;
  /** On in Settings, and a check to follow: the workbook has been checked once. */
  enabled: boolean;
  read: WorkbookRead | undefined;
  highlighted: boolean;
  /** While the pane itself writes to the workbook, its own edits are not checked again. */
  busy: boolean;
  check: (read: WorkbookRead) => CheckResult;
  onRechecked: (rechecked: Rechecked) => void;
  onFailed: () => void;
}

/**
 * Live checking, like a spell-checker: the sheets the user edits are read and checked again as the figures change,
 * BC06's marks on them following. The handler is removed when the pane closes or the switch is turned off.
 */
export function useLiveCheck(live: LiveCheck): void {
  const latest = useRef(live);
  latest.current = live;
  const { session, enabled } = live;
  useEffect(() => {
    if (!enabled || !session.watch || !session.recheck) return;
    const edited = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let closed = false;
    const flush = async () => {
      const { read, highlighted, busy, check, onRechecked, onFailed } = latest.current;
      if (!read || busy || edited.size === 0) return;
      const sheets = [...edited];
      edited.clear();
      try {
        onRechecked(await session.recheck!(read, sheets, check, highlighted));
      } catch {
        onFailed();
      }
    };
    void session
      .watch((sheets) => {
        sheets.forEach((sheet) => edited.add(sheet));
        clearTimeout(timer);
        timer = setTimeout(() => void flush(), LIVE_DELAY_MS);
      })
      .then((remove) => (closed ? void remove() : (stop = remove)));
    return () => {
      closed = true;
      clearTimeout(timer);
      void stop?.();
    };
  }, [session, enabled]);
}
