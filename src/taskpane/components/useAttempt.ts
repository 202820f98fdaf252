import { useState } from "react";

export type Notice = { intent: "success" | "info" | "warning" | "error"; text: string };

/** Runs a workbook action with a busy flag, turning a failure into an error notice the pane shows. */
export function useAttempt(failed: (message: string) => string) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();

  async function attempt(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setNotice({ intent: "error", text: failed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  }

  return { busy, notice, setNotice, attempt };
}
