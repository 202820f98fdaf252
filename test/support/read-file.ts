// The tests' stand-in for src/taskpane/read-file.ts (jest maps it here): jsdom has no Web Worker, so the file is read
// in-thread, by the same reader the worker runs.
import type { Language } from "../../src/domain/i18n";
import { unreadableSentence } from "../../src/xlsx/identify";
import { readXlsx, type XlsxRead } from "../../src/xlsx/read";

export async function readFile(bytes: Uint8Array, language: Language): Promise<XlsxRead> {
  try {
    return await readXlsx(bytes, language);
  } catch (error) {
    throw new Error(unreadableSentence(error, language));
  }
}
