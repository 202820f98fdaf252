// A cell as Excel shows it, the Vietnamese way: 1.234,5 and 95,16%, dates dd/mm/yyyy.
import { formatNumber, formatPercentPoints } from "./numbers/format";
import { isDateFormat } from "./rules/read";
import { type CellSnapshot, isExcelError } from "./workbook";

/** Decimals a number format shows: "0.00%" → 2, "#,##0" → 0; undefined for General. */
function formatDecimals(format: string): number | undefined {
  const section = format.split(";")[0].replace(/"[^"]*"/g, "");
  if (!/[0#]/.test(section)) return undefined;
  return /[0#]\.([0#]+)/.exec(section)?.[1].length ?? 0; // format codes: "." decimal, "," grouping
}

/** Excel's serial day (1900 system) as dd/mm/yyyy. */
function serialDate(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

export function displayCell(cell: CellSnapshot | undefined): string {
  const value = cell?.value;
  if (value === null || value === undefined) return "";
  if (isExcelError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const format = cell?.numberFormat ?? "General";
  if (isDateFormat(format)) return serialDate(value);
  const decimals = formatDecimals(format);
  if (/%/.test(format.replace(/"[^"]*"/g, ""))) return formatPercentPoints(value * 100, decimals ?? 2);
  return formatNumber(value, decimals);
}
