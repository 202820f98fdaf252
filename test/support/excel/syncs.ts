import type { MemoryExcel } from "./memory/api";

/** Syncs made by the next run only. */
export async function syncsOf<T>(
  excel: MemoryExcel,
  run: () => Promise<T>,
): Promise<{ result: T; syncs: number }> {
  const before = excel.syncCount;
  const result = await run();
  return { result, syncs: excel.syncCount - before };
}
