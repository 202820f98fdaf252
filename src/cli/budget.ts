// Each workbook is read under a time and memory budget, in a worker thread: a file that takes too long or needs too
// much memory (a sheet of a million rows, a package built to hang a reader) is refused with a sentence, the worker
// is replaced, and the other files go on.
import fs from "fs";
import os from "os";
import path from "path";
import { Worker } from "worker_threads";
import type { Language } from "../domain/i18n";
import { formatNumber } from "../domain/numbers";
import type { WorkbookSnapshot } from "../domain/workbook";
import { readXlsx } from "../xlsx/read";
import { type ReadRequest, STARTED } from "./read-worker";
import { unreadableMessage } from "./files";

export interface Budget {
  seconds: number;
  memoryMb: number;
}

/** Per file: a commune workbook reads in milliseconds, a province's in well under a second. */
export const DEFAULT_BUDGET: Budget = { seconds: 30, memoryMb: 1024 };

export type ReadOutcome =
  { snapshot: WorkbookSnapshot; error?: undefined } | { snapshot?: undefined; error: string };

const OVER_TIME = {
  vi: (seconds: number) =>
    `Tệp quá lớn hoặc quá phức tạp để kiểm tra trong ${formatNumber(seconds)} giây: không được kiểm tra.`,
  en: (seconds: number) =>
    `The file is too large or too complex to check within ${seconds} seconds: not checked.`,
};
const OVER_MEMORY = {
  vi: (mb: number) =>
    `Tệp cần quá nhiều bộ nhớ để kiểm tra (trên ${formatNumber(mb)} MB): không được kiểm tra.`,
  en: (mb: number) => `The file needs too much memory to check (over ${mb} MB): not checked.`,
};

/** The compiled worker script; absent when the sources run untranspiled (the tests), which then read in-process. */
const WORKER_SCRIPT = path.join(__dirname, "read-worker.js");

/** Files read at once beside the main thread, which checks them: one per other core. */
const MAX_WORKERS = 4;

export class BudgetedReader {
  /** How many files are read at once (each in its own worker). */
  readonly parallel = Math.max(1, Math.min(os.availableParallelism() - 1, MAX_WORKERS));
  private readonly idle: Worker[] = [];
  private reading = 0;
  private readonly queued: (() => void)[] = [];

  constructor(
    private readonly language: Language,
    private readonly verbose: boolean,
    private readonly budget: Budget = DEFAULT_BUDGET,
  ) {}

  async read(file: string): Promise<ReadOutcome> {
    if (!fs.existsSync(WORKER_SCRIPT)) return this.readHere(file);
    if (this.reading >= this.parallel) await new Promise<void>((start) => this.queued.push(start));
    this.reading++;
    const worker =
      this.idle.pop() ??
      new Worker(WORKER_SCRIPT, { resourceLimits: { maxOldGenerationSizeMb: this.budget.memoryMb } });
    try {
      const { outcome, healthy } = await this.readIn(worker, file);
      // A worker stopped over its budget is replaced by a new one for the next file.
      if (healthy) this.idle.push(worker);
      else void worker.terminate();
      return outcome;
    } finally {
      this.reading--;
      this.queued.shift()?.();
    }
  }

  private readIn(worker: Worker, file: string): Promise<{ outcome: ReadOutcome; healthy: boolean }> {
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const settle = (outcome: ReadOutcome, healthy = true) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        resolve({ outcome, healthy });
      };
      // The budget is the file's: it runs from when the worker, its modules loaded, starts reading it.
      const onMessage = (outcome: ReadOutcome | typeof STARTED) => {
        if (outcome !== STARTED) return settle(outcome);
        timer = setTimeout(
          () => settle({ error: OVER_TIME[this.language](this.budget.seconds) }, false),
          this.budget.seconds * 1000,
        );
      };
      const onError = (error: Error & { code?: string }) =>
        settle(
          {
            error:
              error.code === "ERR_WORKER_OUT_OF_MEMORY"
                ? OVER_MEMORY[this.language](this.budget.memoryMb)
                : unreadableMessage(error, this.language, this.verbose),
          },
          false,
        );
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.postMessage({ file, language: this.language, verbose: this.verbose } satisfies ReadRequest);
    });
  }

  private async readHere(file: string): Promise<ReadOutcome> {
    try {
      return { snapshot: (await readXlsx(fs.readFileSync(file), this.language)).snapshot };
    } catch (error) {
      return { error: unreadableMessage(error, this.language, this.verbose) };
    }
  }

  /** Done: the workers are stopped. */
  stop(): void {
    for (const worker of this.idle.splice(0)) void worker.terminate();
  }
}
