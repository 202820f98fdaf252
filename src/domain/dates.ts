// Dates as Vietnamese users read them: dd/mm/yyyy (01/07/2025 is the first of July), never ISO.

/** An ISO date (2025-07-01) as 01/07/2025. Anything else is shown as it is. */
export function displayDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A report's period: "01/07/2025 – 31/07/2025", "?" for a date not stated. */
export function displayPeriod(from: string | undefined, to: string | undefined): string {
  return `${from ? displayDate(from) : "?"} – ${to ? displayDate(to) : "?"}`;
}

/** dd/mm/yyyy (or d/m/yyyy, with "/", "-" or "." between) typed by a user, as an ISO date; undefined if not a date. */
export function parseDisplayDate(text: string): string | undefined {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return date.toISOString().slice(0, 10);
}
