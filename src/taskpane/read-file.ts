// Reads an .xlsx for the standalone page in a Web Worker, under a time budget: the page stays responsive whatever the
// file, and a file over the budget is refused with a sentence. (The tests read in-thread: test/support/read-file.ts.)
import type { Language } from "../domain/i18n";
import type { ReadRequest } from "../xlsx/read-worker";
import type { XlsxRead } from "../xlsx/read";
import { strings } from "./i18n";

/** A commune's workbook reads in milliseconds, a province's in well under a second. */
export const READ_BUDGET_SECONDS = 30;

export function readFile(
  bytes: Uint8Array,
  language: Language,
  seconds = READ_BUDGET_SECONDS,
): Promise<XlsxRead> {
  const worker = new Worker(new URL("../xlsx/read-worker.ts", import.meta.url));
  return new Promise<XlsxRead>((resolve, reject) => {
    const timer = setTimeout(
      () => finish(() => reject(new Error(strings(language).file.overTime(seconds)))),
      seconds * 1000,
    );
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      worker.terminate();
      settle();
    };
    worker.onmessage = ({ data }: MessageEvent<{ read?: XlsxRead; error?: string }>) =>
      finish(() => (data.read ? resolve(data.read) : reject(new Error(data.error))));
    worker.onerror = (event) => {
      event.preventDefault();
      finish(() => reject(new Error(strings(language).file.unreadable)));
    };
    worker.postMessage({ bytes, language } satisfies ReadRequest);
  });
}
