import { useState } from "react";
import { officeFailure } from "../../excel/errors";
import type { Strings } from "../i18n";

export type Notice = { intent: "success" | "info" | "warning" | "error"; text: string };

/** What to tell the user of a failure: Office's by its code, in their language; BC06's own sentences as they are. */
export function failureText(error: unknown, t: Pick<Strings, "failed" | "officeFailure">): string {
  const office = officeFailure(error);
  if (office) return t.officeFailure[office];
  return t.failed(error instanceof Error ? error.message : String(error));
}

/** Runs a workbook action with a busy flag, turning a failure into an error notice the pane shows. */
export function useAttempt(t: Pick<Strings, "failed" | "officeFailure">) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();

  async function attempt(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setNotice({ intent: "error", text: failureText(error, t) });
    } finally {
      setBusy(false);
    }
  }

  return { busy, notice, setNotice, attempt };
}
