// What an ExcelJS round trip keeps of an .xlsx package, and what it does not. ExcelJS rewrites the workbook from its
// own model: custom XML parts (BC06's records of tables, corrections, acknowledgements, and other programs' data)
// are carried over here from the original; what is still missing afterwards (charts, pivot tables, macros…) is
// named, so the user is told before downloading the copy.
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";
import type { PackageContent } from "./names";

const CUSTOM_XML_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
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

/** The custom XML parts of the original, added to the copy with the relationships and content types Excel needs. */
function carryCustomXml(original: Unzipped, copy: Unzipped): void {
  const names = Object.keys(original).filter((name) => name.startsWith("customXml/") && !(name in copy));
  if (names.length === 0) return;
  for (const name of names) copy[name] = original[name];
  const items = names.filter((name) => /^customXml\/item\d+\.xml$/.test(name));
  const rels = strFromU8(copy[WORKBOOK_RELS]);
  const added = items
    .map(
      (name, i) =>
        `<Relationship Id="rIdBC06x${i + 1}" Type="${CUSTOM_XML_RELATIONSHIP}" Target="../${name}"/>`,
    )
    .join("");
  copy[WORKBOOK_RELS] = strToU8(rels.replace("</Relationships>", `${added}</Relationships>`));
  const overrides = [
    ...strFromU8(original[CONTENT_TYPES]).matchAll(/<Override [^>]*PartName="\/customXml\/[^"]+"[^>]*\/>/g),
  ]
    .map((m) => m[0])
    .join("");
  copy[CONTENT_TYPES] = strToU8(strFromU8(copy[CONTENT_TYPES]).replace("</Types>", `${overrides}</Types>`));
}

/** What the original holds that the copy lost, by kind, with how many parts of each. */
function lostContents(original: Unzipped, copy: Unzipped): Partial<Record<PackageContent, number>> {
  const lost: Partial<Record<PackageContent, number>> = {};
  for (const name of Object.keys(original)) {
    if (name in copy || name.endsWith("/") || HOUSEKEEPING.test(name)) continue;
    const kind = CONTENTS.find(([pattern]) => pattern.test(name))?.[1] ?? "other";
    lost[kind] = (lost[kind] ?? 0) + 1;
  }
  return lost;
}

/** The copy ExcelJS wrote, with the original's custom XML parts, and what it still lacks of the original. */
export function keepWhatExcelJsDrops(
  original: Uint8Array,
  written: Uint8Array,
): { bytes: Uint8Array; lost: Partial<Record<PackageContent, number>> } {
  const before = unzipSync(original);
  const after = unzipSync(written);
  carryCustomXml(before, after);
  return { bytes: zipSync(after, { level: 6 }), lost: lostContents(before, after) };
}
