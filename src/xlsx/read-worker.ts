// The standalone page's reader, in a Web Worker: a large or hostile file is read off the page's thread, so that the
// pane never freezes, and a file over its time budget is stopped (src/taskpane/read-file.ts).
import type { Language } from "../domain/i18n";
import { unreadableSentence } from "./identify";
import { readXlsx } from "./read";

export interface ReadRequest {
  bytes: Uint8Array;
  language: Language;
}

self.onmessage = async ({ data: { bytes, language } }: MessageEvent<ReadRequest>) => {
  try {
    self.postMessage({ read: await readXlsx(bytes, language) });
  } catch (error) {
    self.postMessage({ error: unreadableSentence(error, language) });
  }
};
