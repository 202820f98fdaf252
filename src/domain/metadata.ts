/**
 * What BC06 records in a workbook, one small XML part per record (namespace urn:bc06:1), so that adding a record
 * never needs to read the others first: the tables it inserted, the highlights it drew (to remove exactly
 * those), the warnings a user acknowledged, its report sheet, and the user's corrections of recognised tables.
 */
export const METADATA_NAMESPACE = "urn:bc06:1";

export type MetadataRecord =
  | { kind: "table"; name: string; templateId: string; version: number }
  | { kind: "highlights"; marks: { sheet: string; address: string; id: string }[] }
  | { kind: "acknowledgement"; ruleId: string; cells: string[]; reason: string; at: string }
  | { kind: "report"; sheet: string }
  | ({ kind: "mapping" } & TableCorrection);

/** A user's correction of a recognised table, kept in the workbook (metadata record "mapping"). */
export interface TableCorrection {
  sheet: string;
  /** The table's top-left heading cell when it was corrected ("B5"). */
  anchor: string;
  /** Its heading texts, which find it again when rows were inserted above it. */
  signature: string;
  /** "Không phải bảng báo cáo": listed, not checked. */
  ignore?: boolean;
  templateId?: string;
  /** A line's key → the template column or row it is, or "" for "not checked". */
  lines?: Record<string, string>;
}

/** A table as corrections know it: its sheet, its top-left heading cell, and its heading texts. */
export type TableKey = Pick<TableCorrection, "sheet" | "anchor" | "signature">;

/**
 * The correction kept for a table: same sheet, and the same heading cell or the same headings (rows inserted
 * above it move its cell, not its headings).
 */
export function correctionFor(corrections: TableCorrection[], table: TableKey): TableCorrection | undefined {
  return corrections.find(
    (c) =>
      c.sheet === table.sheet &&
      (c.anchor === table.anchor || (table.signature !== "" && c.signature === table.signature)),
  );
}

/** The corrections of recognised tables among a workbook's records. */
export function correctionsOf(records: MetadataRecord[]): TableCorrection[] {
  return records.flatMap((record) => {
    if (record.kind !== "mapping") return [];
    const { sheet, anchor, signature, ignore, templateId, lines } = record;
    return [{ sheet, anchor, signature, ignore, templateId, lines }];
  });
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescapeXml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, ">")
    .replace(/&lt;/g, "<")
    .replace(/&amp;/g, "&");

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join("");
}

export function metadataXml(record: MetadataRecord): string {
  const open = `<bc06 xmlns="${METADATA_NAMESPACE}"`;
  switch (record.kind) {
    case "table":
      return `${open}${attributes({ kind: "table", name: record.name, template: record.templateId, version: record.version })}/>`;
    case "report":
      return `${open}${attributes({ kind: "report", sheet: record.sheet })}/>`;
    case "acknowledgement": {
      const cells = record.cells.map((cell) => `<cell${attributes({ ref: cell })}/>`).join("");
      return `${open}${attributes({ kind: "acknowledgement", rule: record.ruleId, at: record.at })}><reason>${escapeXml(record.reason)}</reason>${cells}</bc06>`;
    }
    case "highlights": {
      const marks = record.marks.map((m) => `<mark${attributes(m)}/>`).join("");
      return `${open}${attributes({ kind: "highlights" })}>${marks}</bc06>`;
    }
    case "mapping": {
      const { sheet, anchor, signature, templateId, ignore, lines = {} } = record;
      const own = {
        kind: "mapping",
        sheet,
        anchor,
        signature,
        ...(templateId ? { template: templateId } : {}),
        ...(ignore ? { ignore: "1" } : {}),
      };
      const children = Object.entries(lines)
        .map(([key, id]) => `<line${attributes({ key, id })}/>`)
        .join("");
      return `${open}${attributes(own)}>${children}</bc06>`;
    }
  }
}

function readAttributes(tag: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const match of tag.matchAll(/([a-zA-Z]+)="([^"]*)"/g)) values[match[1]] = unescapeXml(match[2]);
  return values;
}

/** The record an XML part holds, or null when it is not one of BC06's (or was tampered with). */
export function parseMetadataXml(xml: string): MetadataRecord | null {
  const root = /<bc06\b([^>]*?)\/?>/.exec(xml);
  if (!root) return null;
  const attrs = readAttributes(root[1]);
  if (attrs.xmlns !== METADATA_NAMESPACE) return null;
  const children = (tag: string) =>
    [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*?)/>`, "g"))].map((m) => readAttributes(m[1]));
  switch (attrs.kind) {
    case "table": {
      const version = Number(attrs.version);
      if (!attrs.name || !attrs.template || !Number.isInteger(version)) return null;
      return { kind: "table", name: attrs.name, templateId: attrs.template, version };
    }
    case "report":
      return attrs.sheet ? { kind: "report", sheet: attrs.sheet } : null;
    case "acknowledgement": {
      const reason = /<reason>([\s\S]*?)<\/reason>/.exec(xml)?.[1];
      if (!attrs.rule || reason === undefined) return null;
      return {
        kind: "acknowledgement",
        ruleId: attrs.rule,
        at: attrs.at ?? "",
        reason: unescapeXml(reason),
        cells: children("cell")
          .map((c) => c.ref)
          .filter(Boolean),
      };
    }
    case "mapping": {
      if (!attrs.sheet || !attrs.anchor || attrs.signature === undefined) return null;
      const lines = Object.fromEntries(
        children("line")
          .filter((line) => line.key !== undefined && line.id !== undefined)
          .map((line) => [line.key, line.id]),
      );
      return {
        kind: "mapping",
        sheet: attrs.sheet,
        anchor: attrs.anchor,
        signature: attrs.signature,
        ...(attrs.template ? { templateId: attrs.template } : {}),
        ...(attrs.ignore === "1" ? { ignore: true } : {}),
        ...(Object.keys(lines).length ? { lines } : {}),
      };
    }
    case "highlights":
      return {
        kind: "highlights",
        marks: children("mark").filter((m) => m.sheet && m.address && m.id) as {
          sheet: string;
          address: string;
          id: string;
        }[],
      };
  }
  return null;
}

/** The template a BC06 table name stands for ("BC06_dvc25_2" → "dvc25"), when the metadata is gone. */
export function templateIdFromTableName(name: string): string | undefined {
  return /^BC06_([a-z][a-z0-9_]*?)_\d+$/.exec(name)?.[1];
}
