// What an ExcelJS round trip keeps of an .xlsx package, and what it does not. ExcelJS rewrites the workbook from its
// own model: custom XML parts (BC06's records of tables, corrections, acknowledgements, and other programs' data)
// are carried over here from the original; what is still missing afterwards (charts, pivot tables, macros…) is
// named, so the user is told before downloading the copy.
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";
import { type MetadataRecord, metadataXml, parseMetadataXml } from "../domain/metadata";
import type { PackageContent } from "./names";
import { decode } from "./scan";

const CUSTOM_XML_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const CUSTOM_XML_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";

const CONTENTS: [RegExp, PackageContent][] = [
  [/^xl\/charts\//, "charts"],
  [/^xl\/(?:drawings|media)\//, "drawings"],
  [/^xl\/pivot(?:Tables|Cache)\//, "pivot-tables"],
  [/^xl\/vbaProject\.bin$/, "macros"],
  [/^xl\/(?:threadedComments|persons)\//, "threaded-comments"],
  [/^xl\/(?:slicers|slicerCaches|timelines|timelineCaches)\//, "slicers"],
  [/^xl\/externalLinks\//, "external-links"],
  [/^xl\/(?:connections\.xml|queryTables\/)/, "connections"],
];
/**
 * Parts ExcelJS rewrites under its own names (the sheets, tables, notes and their drawings), or whose loss changes
 * nothing the user made (relationships, properties, printer settings, the calculation chain).
 */
const HOUSEKEEPING =
  /(?:^|\/)_rels\/|^docProps\/|^\[Content_Types\]\.xml$|printerSettings|calcChain\.xml$|^xl\/(?:theme|styles|sharedStrings|workbook|worksheets|tables)\b|^xl\/comments\d*\.xml$|vmlDrawing\d*\.vml$/;

/** A custom XML item part holding one of BC06's records (as opposed to another program's data). */
function isBc06Item(name: string, data: Uint8Array): boolean {
  return /^customXml\/item\d+\.xml$/.test(name) && parseMetadataXml(decode(data)) !== null;
}

/** The item's companion parts: its properties and its relationships. */
function companions(item: string): string[] {
  const n = /item(\d+)\.xml$/.exec(item)![1];
  return [`customXml/itemProps${n}.xml`, `customXml/_rels/item${n}.xml.rels`];
}

/** The properties Excel gives each custom XML part: an id (stable for the same record at the same place). */
function itemProperties(xml: string, n: number): string {
  let hash = n;
  for (let i = 0; i < xml.length; i++) hash = (Math.imul(hash, 31) + xml.charCodeAt(i)) >>> 0;
  const hex = (hash.toString(16).padStart(8, "0") + n.toString(16).padStart(24, "0")).toUpperCase();
  const id = `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${id}" xmlns:ds="${CUSTOM_XML_NS}"><ds:schemaRefs/></ds:datastoreItem>`;
}

function itemRelationships(n: number): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${CUSTOM_XML_RELATIONSHIP}Props" Target="itemProps${n}.xml"/></Relationships>`;
}

function itemPropertiesOverride(item: string): string {
  const props = item.replace(/item(\d+)\.xml$/, "itemProps$1.xml");
  return `<Override PartName="/${props}" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>`;
}

/**
 * The custom XML parts of the original, added to the copy with the relationships and content types Excel needs.
 * With `records`, BC06's own parts of the original give way to those records (the workbook's records now).
 */
function carryCustomXml(original: Unzipped, copy: Unzipped, records?: MetadataRecord[]): Set<string> {
  const replaced = new Set(
    records
      ? Object.keys(original)
          .filter((name) => isBc06Item(name, original[name]))
          .flatMap((item) => [item, ...companions(item)])
      : [],
  );
  const names = Object.keys(original).filter(
    (name) => name.startsWith("customXml/") && !(name in copy) && !replaced.has(name),
  );
  for (const name of names) copy[name] = original[name];
  const taken = names.flatMap((name) => /^customXml\/item(\d+)\.xml$/.exec(name)?.[1] ?? []);
  let next = Math.max(0, ...taken.map(Number)) + 1;
  const written = (records ?? []).map((record) => {
    const n = next++;
    const xml = metadataXml(record);
    copy[`customXml/item${n}.xml`] = strToU8(xml);
    copy[`customXml/itemProps${n}.xml`] = strToU8(itemProperties(xml, n));
    copy[`customXml/_rels/item${n}.xml.rels`] = strToU8(itemRelationships(n));
    return `customXml/item${n}.xml`;
  });
  const items = [...names.filter((name) => /^customXml\/item\d+\.xml$/.test(name)), ...written];
  if (items.length === 0) return replaced;
  const rels = strFromU8(copy[WORKBOOK_RELS]);
  const added = items
    .map(
      (name, i) =>
        `<Relationship Id="rIdBC06x${i + 1}" Type="${CUSTOM_XML_RELATIONSHIP}" Target="../${name}"/>`,
    )
    .join("");
  copy[WORKBOOK_RELS] = strToU8(rels.replace("</Relationships>", `${added}</Relationships>`));
  const overrides = [
    ...strFromU8(original[CONTENT_TYPES]).matchAll(/<Override [^>]*PartName="\/(customXml\/[^"]+)"[^>]*\/>/g),
  ]
    .filter((m) => !replaced.has(m[1]))
    .map((m) => m[0])
    .concat(written.map((item) => itemPropertiesOverride(item)))
    .join("");
  copy[CONTENT_TYPES] = strToU8(strFromU8(copy[CONTENT_TYPES]).replace("</Types>", `${overrides}</Types>`));
  return replaced;
}

/** What the original holds that the copy lost, by kind, with how many parts of each (BC06's replaced parts aside). */
function lostContents(
  original: Unzipped,
  copy: Unzipped,
  replaced: Set<string>,
): Partial<Record<PackageContent, number>> {
  const lost: Partial<Record<PackageContent, number>> = {};
  for (const name of Object.keys(original)) {
    if (name in copy || replaced.has(name) || name.endsWith("/") || HOUSEKEEPING.test(name)) continue;
    const kind = CONTENTS.find(([pattern]) => pattern.test(name))?.[1] ?? "other";
    lost[kind] = (lost[kind] ?? 0) + 1;
  }
  return lost;
}

/**
 * The copy ExcelJS wrote, with the original's custom XML parts (BC06's replaced by `records` when given), and what it
 * still lacks of the original.
 */
export function keepWhatExcelJsDrops(
  original: Uint8Array,
  written: Uint8Array,
  records?: MetadataRecord[],
): { bytes: Uint8Array; lost: Partial<Record<PackageContent, number>> } {
  const before = unzipSync(original);
  const after = unzipSync(written);
  const replaced = carryCustomXml(before, after, records);
  return { bytes: zipSync(after, { level: 6 }), lost: lostContents(before, after, replaced) };
}
