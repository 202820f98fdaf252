// The worker thread that reads one workbook file at a time for the command line, so that a file over its time or
// memory budget can be stopped without stopping the others (budget.ts).
import fs from "fs";
import { parentPort } from "worker_threads";
import type { Language } from "../domain/i18n";
import { readXlsx } from "../xlsx/read";
import { unreadableMessage } from "./files";

export interface ReadRequest {
  file: string;
  language: Language;
  verbose: boolean;
}

/** Said when the worker starts on a file, its modules loaded: the file's time budget runs from here. */
export const STARTED = "started";

parentPort?.on("message", async ({ file, language, verbose }: ReadRequest) => {
  parentPort!.postMessage(STARTED);
  try {
    parentPort!.postMessage({ snapshot: (await readXlsx(fs.readFileSync(file), language)).snapshot });
  } catch (error) {
    parentPort!.postMessage({ error: unreadableMessage(error, language, verbose) });
  }
});
