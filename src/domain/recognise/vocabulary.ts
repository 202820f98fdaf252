// What each template's columns and rows are called in officials' tables: the labels and aliases the templates
// declare, and the service catalogue for rows that are services.
import { findServiceStrictly, serviceById } from "../catalog/lookup";
import { cellKind } from "../templates/layout";
import type { Column, Row, Template } from "../templates/schema";
import { TEMPLATES } from "../templates/registry";
import { isLabelHeadingKey, isSttKey, isTotalKey, unitOf } from "./lines";
import { memoise } from "./memo";
import { type HeadingPath, PhraseMatcher, resolvePath, type Wording, wordKey } from "./words";

export interface TemplateWords {
  template: Template;
  /** The template's columns. */
  fields: PhraseMatcher;
  /** The template's rows that are not services (services go through the catalogue), total rows excepted. */
  items: PhraseMatcher;
  /** Service id → the row that stands for it. */
  services: Map<string, string>;
  /** Row id → the row whose "trong đó" it is (the nearest row above it with less indent). */
  parents: Map<string, string>;
}

const rowIsRate = (template: Template, row: Row) =>
  template.columns.some((column) => cellKind(column, row) === "percent" && !column.kind);

function wordingsOf<T extends Row | Column>(entries: T[], isRate: (entry: T) => boolean): Wording[] {
  return entries.map((entry) => ({
    id: entry.id,
    phrases: [entry.label.vi, entry.label.en, ...(entry.aliases ?? [])],
    broad: entry.broadAliases,
    rate: isRate(entry),
  }));
}

function build(template: Template): TemplateWords {
  const fields = new PhraseMatcher(wordingsOf(template.columns, (column) => column.kind === "percent"));
  const services = new Map<string, string>();
  const itemRows = template.rows.filter((row) => {
    if (row.total) return false;
    if (row.catalogId && serviceById(row.catalogId)) {
      services.set(row.catalogId, row.id);
      return false;
    }
    return true;
  });
  const items = new PhraseMatcher(wordingsOf(itemRows, (row) => rowIsRate(template, row)));
  const parents = new Map<string, string>();
  template.rows.forEach((row, i) => {
    const indent = row.indent ?? 0;
    for (let j = i - 1; j >= 0 && indent > 0; j--)
      if ((template.rows[j].indent ?? 0) < indent) {
        parents.set(row.id, template.rows[j].id);
        break;
      }
  });
  return { template, fields, items, services, parents };
}

const built = new Map<Template, TemplateWords>();

export function templateWords(template: Template): TemplateWords {
  let words = built.get(template);
  if (!words) built.set(template, (words = build(template)));
  return words;
}

/** The service a label names, by id (memoised: every template with services asks of every line). */
const serviceNamed = memoise((text: string) => findServiceStrictly(text)?.id ?? "");

/**
 * The template rows a label or heading names: a service by the catalogue, or rows by their wordings; the leaf
 * first, then its parents ("Đăng ký thường trú" over "Tổng số" | "Trực tuyến"). Several when the wording is shared
 * ("– Đã xử lý" under each cleaning item): the caller decides by the row above.
 */
export function itemsNamed(words: TemplateWords, path: HeadingPath): string[] {
  if (path.keys.length === 0) return [];
  // A leaf under a parent that says which ("Mức 1" › "Đã kích hoạt"): read together first.
  if (path.keys.length > 1) {
    const [leaf, parents] = [path.keys.at(-1)!, path.keys.slice(0, -1).reverse().join(" ")];
    for (const key of [`${leaf} ${parents}`, `${parents} ${leaf}`]) {
      const together = words.items.match(key).specific;
      if (together.length === 1 && !words.items.match(leaf).specific.includes(together[0])) return together;
    }
  }
  for (let level = path.keys.length - 1; level >= 0; level--) {
    if (words.services.size > 0) {
      const row = words.services.get(serviceNamed(path.texts[level]));
      if (row) return [row];
    }
    const match = words.items.match(path.keys[level]);
    if (match.specific.length > 0) return match.specific;
  }
  const broad = words.items.match(path.keys[path.keys.length - 1]).broad;
  return broad.length === 1 ? broad : [];
}

export function fieldNamed(words: TemplateWords, path: HeadingPath): string | undefined {
  return resolvePath(words.fields, path);
}

/** Any heading or label BC06 knows, in any template (unit headings are label headings): where a heading row may be. */
export const isHeadingWord = memoise((text: string): boolean => {
  const key = wordKey(text);
  if (!key) return false;
  return (
    isSttKey(key) ||
    isLabelHeadingKey(key) ||
    isTotalKey(key) ||
    unitOf(text) !== undefined ||
    TEMPLATES.some((template) => {
      const words = templateWords(template);
      const path = { texts: [text], keys: [key], siblingIds: [] };
      const fields = words.fields.match(key);
      return fields.specific.length + fields.broad.length > 0 || itemsNamed(words, path).length > 0;
    })
  );
});
