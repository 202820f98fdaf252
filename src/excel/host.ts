/** Where the task pane runs: inside Excel, or standalone in a plain browser (no host, or office.js absent). */
export type HostInfo =
  | { kind: "excel"; displayLanguage?: string; dark?: boolean }
  | { kind: "standalone"; reason: StandaloneReason };

export type StandaloneReason = "office-js-missing" | "no-host" | "other-host" | "timeout";

/** The part of the Office global that host detection needs (injected so tests need no global). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown } | null | undefined>;
  HostType?: { Excel?: unknown };
  context?: { displayLanguage?: string; officeTheme?: { isDarkTheme?: boolean } };
}

/** office.js never resolves onReady when its host files are blocked, so the wait is bounded. */
export const HOST_DETECTION_TIMEOUT_MS = 8000;

export async function detectHost(
  office: OfficeLike | undefined,
  timeoutMs: number = HOST_DETECTION_TIMEOUT_MS,
): Promise<HostInfo> {
  if (!office || typeof office.onReady !== "function")
    return { kind: "standalone", reason: "office-js-missing" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === "timeout") return { kind: "standalone", reason: "timeout" };
    if (!info || !info.host) return { kind: "standalone", reason: "no-host" };
    const excel = office.HostType?.Excel ?? "Excel";
    if (info.host !== excel) return { kind: "standalone", reason: "other-host" };
    return {
      kind: "excel",
      displayLanguage: office.context?.displayLanguage,
      dark: Boolean(office.context?.officeTheme?.isDarkTheme),
    };
  } catch {
    return { kind: "standalone", reason: "no-host" };
  } finally {
    clearTimeout(timer);
  }
}

/** The global Office object when office.js loaded, else undefined. */
export function officeGlobal(): OfficeLike | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike);
}
