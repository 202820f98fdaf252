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

/**
 * In a plain browser office.js never resolves onReady when its host files are blocked, so the wait is bounded there.
 * Inside Office the pane waits as long as Office takes: it must never fall back to the sample workbook.
 */
export const HOST_DETECTION_TIMEOUT_MS = 8000;

/** Office opens a task pane with "_host_Info=Excel$…" in its address: the pane knows it is inside Excel early. */
export function openedByOffice(search: string): boolean {
  return /[?&]_host_Info=/i.test(search);
}

export async function detectHost(
  office: OfficeLike | undefined,
  timeoutMs: number = HOST_DETECTION_TIMEOUT_MS,
): Promise<HostInfo> {
  if (!office || typeof office.onReady !== "function")
    return { kind: "standalone", reason: "office-js-missing" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    if (Number.isFinite(timeoutMs)) timer = setTimeout(() => resolve("timeout"), timeoutMs);
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

/**
 * Loads office.js (its address is in the page's <meta name="office-js">) without holding the page, and says whether it
 * loaded within `timeoutMs`.
 */
export function loadOfficeJs(timeoutMs: number): Promise<boolean> {
  if (typeof Office !== "undefined") return Promise.resolve(true);
  const src = document.querySelector<HTMLMetaElement>('meta[name="office-js"]')?.content;
  if (!src) return Promise.resolve(false);
  const script = Object.assign(document.createElement("script"), { src });
  const loaded = scriptLoaded(script, timeoutMs);
  document.head.append(script);
  return loaded;
}

/** Whether a script loads (and defines Office), within `timeoutMs`. */
export function scriptLoaded(script: HTMLScriptElement, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = Number.isFinite(timeoutMs) ? setTimeout(() => resolve(false), timeoutMs) : undefined;
    const done = (loaded: boolean) => () => {
      clearTimeout(timer);
      resolve(loaded && typeof Office !== "undefined");
    };
    script.addEventListener("load", done(true), { once: true });
    script.addEventListener("error", done(false), { once: true });
  });
}
