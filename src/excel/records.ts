// BC06's records in the workbook (custom XML parts): read, a table's correction, an acknowledged warning.
import { METADATA_NAMESPACE, metadataXml, parseMetadataXml, type TableCorrection } from "../domain/metadata";
import type { Issue } from "../domain/rules";
import { acknowledgementRecord, correctionChange, type StoredRecord } from "../domain/session";

/** The metadata records: two syncs. */
export async function readRecords(context: Excel.RequestContext): Promise<StoredRecord[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(METADATA_NAMESPACE).load("items/id");
  await context.sync();
  const xml = parts.items.map((part) => ({ partId: part.id, xml: part.getXml() }));
  await context.sync();
  return xml
    .map(({ partId, xml }) => ({ partId, record: parseMetadataXml(xml.value) }))
    .filter((r): r is StoredRecord => r.record !== null);
}
/**
 * Keeps a user's correction of a recognised table in the workbook, in place of any earlier one for the same table
 * (same sheet, and the same heading cell or headings); a correction with nothing in it only removes. Three syncs.
 */
export async function saveCorrection(
  context: Excel.RequestContext,
  correction: TableCorrection,
): Promise<void> {
  const { replaced, added } = correctionChange(await readRecords(context), correction);
  for (const { partId } of replaced) context.workbook.customXmlParts.getItem(partId).delete();
  if (added) context.workbook.customXmlParts.add(metadataXml(added));
  await context.sync();
}

/** Records a warning the user acknowledged, with the reason, in the workbook: one sync. */
export async function acknowledge(
  context: Excel.RequestContext,
  issue: Issue,
  reason: string,
  at: Date,
): Promise<void> {
  context.workbook.customXmlParts.add(metadataXml(acknowledgementRecord(issue, reason, at)));
  await context.sync();
}
