// Reads an .xlsx for the standalone page in a Web Worker, under a time budget: the page stays responsive whatever the
// file, and a file over the budget is refused with a sentence. (The tests read in-thread: test/support/read-file.ts.)
import type { Language } from "../domain/i18n";
import { formatNumber } from "../domain/numbers";
import type { ReadRequest } from "../xlsx/read-worker";
import type { XlsxRead } from "../xlsx/read";

/** A commune's workbook reads in milliseconds, a province's in well under a second. */
export const READ_BUDGET_SECONDS = 30;

const OVER_TIME = {
  vi: (seconds: number) => `Tệp quá lớn hoặc quá phức tạp để mở trong ${formatNumber(seconds)} giây.`,
  en: (seconds: number) => `The file is too large or too complex to open within ${seconds} seconds.`,
};

export function readFile(
  bytes: Uint8Array,
  language: Language,
  seconds = READ_BUDGET_SECONDS,
): Promise<XlsxRead> {
  const worker = new Worker(new URL("../xlsx/read-worker.ts", import.meta.url));
  return new Promise<XlsxRead>((resolve, reject) => {
    const timer = setTimeout(
      () => finish(() => reject(new Error(OVER_TIME[language](seconds)))),
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
      finish(() =>
        reject(new Error(language === "vi" ? "Không đọc được tệp." : "The file could not be read.")),
      );
    };
    worker.postMessage({ bytes, language } satisfies ReadRequest);
  });
}
