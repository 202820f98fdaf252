// Offline manifest check (`npm run validate`): Microsoft's XSD schemas (patched copies in
// ../shared/manifest-schemas) through xmllint-wasm, plus what a schema cannot say. `office-addin-manifest
// validate` needs Microsoft's online service, so it cannot be the check.
const fs = require("fs");
const path = require("path");
const { URL } = require("url");
const { DOMParser } = require("@xmldom/xmldom");
const { validateXML } = require("xmllint-wasm");
const { OfficeAddinManifest } = require("office-addin-manifest");

const ROOT = path.resolve(__dirname, "..");
const DEFAULT_SCHEMA_DIR =
  process.env.BC06_MANIFEST_SCHEMAS || path.resolve(ROOT, "..", "shared", "manifest-schemas");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Microsoft's limits: short strings and display names ≤ 125 characters, long strings and descriptions ≤ 250. */
const LENGTH_LIMITS = { DisplayName: 125, Description: 250, ShortStrings: 125, LongStrings: 250 };
/** Icon sizes the top-level elements require; ribbon images declare their own size. */
const TOP_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };

async function schemaProblems(xml, schemaDir) {
  // Never a silent pass: without the schemas the manifest is reported as not checked against them.
  if (!fs.existsSync(path.join(schemaDir, MAIN_SCHEMA)))
    return [
      `schema: not checked — Microsoft's schemas are not in ${schemaDir} (they are read from the sibling folder ` +
        "../shared/manifest-schemas, not copied into the project; set BC06_MANIFEST_SCHEMAS to where they are)",
    ];
  const read = (name) => ({ fileName: name, contents: fs.readFileSync(path.join(schemaDir, name), "utf8") });
  const others = fs.readdirSync(schemaDir).filter((name) => name.endsWith(".xsd") && name !== MAIN_SCHEMA);
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [read(MAIN_SCHEMA)],
    preload: others.map(read),
  });
  return result.valid ? [] : result.errors.map((error) => `schema: ${error.rawMessage || error.message}`);
}

function elements(doc, localName) {
  return Array.from(doc.getElementsByTagNameNS("*", localName));
}

/** Every (element, value) pair holding a user-visible string: DefaultValue and each Override. */
function localisedValues(element) {
  const values = [[element.getAttribute("DefaultValue"), "default"]];
  for (const child of Array.from(element.childNodes)) {
    if (child.localName === "Override")
      values.push([child.getAttribute("Value"), child.getAttribute("Locale")]);
  }
  return values;
}

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
function pngSize(file) {
  const bytes = fs.readFileSync(file);
  if (bytes.length < 24 || bytes.toString("ascii", 1, 4) !== "PNG") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Where the manifest's files are served from: the folder of its task pane page (https://localhost:3000 in development). */
function baseOf(doc) {
  const page = elements(doc, "SourceLocation")[0]?.getAttribute("DefaultValue") || "";
  return page.slice(0, page.lastIndexOf("/"));
}

function checkIcon(url, size, where, { base, assetsRoot }, problems) {
  if (!url || !url.startsWith(`${base}/`)) return; // URL problems are reported by checkUrls
  const file = path.join(assetsRoot, url.slice(base.length + 1));
  if (!fs.existsSync(file))
    return problems.push(`${where}: icon file ${path.relative(ROOT, file)} does not exist`);
  const actual = pngSize(file);
  if (!actual) return problems.push(`${where}: ${path.relative(ROOT, file)} is not a PNG file`);
  if (actual.width !== size || actual.height !== size)
    problems.push(
      `${where}: ${path.relative(ROOT, file)} is ${actual.width}×${actual.height} px, declared ${size}×${size}`,
    );
}

function checkUrls(doc, base, problems) {
  const urls = [];
  for (const el of elements(doc, "*")) {
    for (const attr of ["DefaultValue", "Value"]) {
      const value = el.getAttribute && el.getAttribute(attr);
      if (value && /^[a-z]+:\/\//i.test(value)) urls.push([value, el.localName]);
    }
  }
  for (const el of elements(doc, "AppDomain")) urls.push([el.textContent.trim(), "AppDomain"]);
  const origin = base.startsWith("https://") ? new URL(base).origin : base;
  for (const [url, where] of urls) {
    if (!url.startsWith("https://")) problems.push(`${where}: ${url} is not https`);
    else if (where === "AppDomain" ? url !== origin : !url.startsWith(`${base}/`))
      problems.push(
        `${where}: ${url} is not on ${where === "AppDomain" ? origin : base}, where the task pane is`,
      );
  }
}

function checkResources(doc, problems) {
  const ids = new Map(); // resource id → kind (Images, Urls, ShortStrings, LongStrings)
  for (const kind of Object.keys({ Images: 0, Urls: 0, ShortStrings: 0, LongStrings: 0 })) {
    for (const group of Array.from(doc.getElementsByTagNameNS(BT, kind))) {
      for (const item of Array.from(group.childNodes).filter((n) => n.nodeType === 1)) {
        const id = item.getAttribute("id");
        if (ids.has(id)) problems.push(`resource id "${id}" is declared twice`);
        ids.set(id, kind);
        if (LENGTH_LIMITS[kind]) checkLengths(item, `${kind} "${id}"`, LENGTH_LIMITS[kind], problems);
      }
    }
  }
  for (const el of elements(doc, "*")) {
    const resid = el.getAttribute && el.getAttribute("resid");
    if (resid && !ids.has(resid))
      problems.push(`${el.localName}: resid "${resid}" does not resolve to a resource`);
  }
  return ids;
}

function checkLengths(element, where, limit, problems) {
  for (const [value, locale] of localisedValues(element)) {
    if ((value || "").length > limit)
      problems.push(`${where} (${locale}): ${value.length} characters, limit ${limit}`);
  }
}

function checkLocales(doc, problems) {
  const defaultLocale = (elements(doc, "DefaultLocale")[0]?.textContent || "").trim();
  for (const override of elements(doc, "Override")) {
    const locale = override.getAttribute("Locale");
    if (!/^[a-z]{2}-[A-Z]{2}$/.test(locale))
      problems.push(`Override: locale "${locale}" should be a full tag such as en-US`);
    if (locale.toLowerCase() === defaultLocale.toLowerCase())
      problems.push(`Override: locale ${locale} repeats the default locale`);
  }
}

function checkIcons(doc, served, problems) {
  for (const [name, size] of Object.entries(TOP_ICON_SIZES)) {
    for (const el of elements(doc, name))
      checkIcon(el.getAttribute("DefaultValue"), size, name, served, problems);
  }
  const declaredSizes = new Map(); // image resource id → sizes it is used at
  for (const el of elements(doc, "Image").filter((e) => e.getAttribute("size"))) {
    const resid = el.getAttribute("resid");
    declaredSizes.set(resid, [...(declaredSizes.get(resid) || []), Number(el.getAttribute("size"))]);
  }
  for (const image of Array.from(doc.getElementsByTagNameNS(BT, "Images")).flatMap((g) =>
    Array.from(g.childNodes),
  )) {
    if (image.nodeType !== 1) continue;
    for (const size of new Set(declaredSizes.get(image.getAttribute("id")) || [])) {
      checkIcon(
        image.getAttribute("DefaultValue"),
        size,
        `Image "${image.getAttribute("id")}"`,
        served,
        problems,
      );
    }
  }
}

/** All problems found in the manifest at manifestPath; an empty list means it is valid. */
async function validateManifest(manifestPath, { schemaDir = DEFAULT_SCHEMA_DIR, assetsRoot = ROOT } = {}) {
  const xml = fs.readFileSync(manifestPath, "utf8");
  const parseErrors = [];
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => level !== "warning" && parseErrors.push(`xml: ${message}`),
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    return [...parseErrors, `xml: ${error.message}`];
  }
  if (parseErrors.length) return parseErrors;

  const problems = await schemaProblems(xml, schemaDir);
  const id = (elements(doc, "Id")[0]?.textContent || "").trim();
  if (!GUID.test(id)) problems.push(`Id: "${id}" is not a GUID`);
  checkLengths(elements(doc, "DisplayName")[0], "DisplayName", LENGTH_LIMITS.DisplayName, problems);
  checkLengths(elements(doc, "Description")[0], "Description", LENGTH_LIMITS.Description, problems);
  const base = baseOf(doc);
  checkUrls(doc, base, problems);
  checkResources(doc, problems);
  checkLocales(doc, problems);
  checkIcons(doc, { base, assetsRoot }, problems);
  if (!elements(doc, "Host").some((host) => host.getAttribute("Name") === "Workbook"))
    problems.push("Hosts: the add-in does not declare the Workbook (Excel) host");
  return problems;
}

/**
 * `npm run validate`: the development manifest and the one the last build wrote in dist/ (its files served beside
 * it). A manifest named but absent is said to be unchecked, never passed over.
 */
async function main() {
  const paths = process.argv.slice(2).map((name) => path.resolve(name));
  let failed = false;
  for (const manifestPath of paths.length ? paths : [path.join(ROOT, "manifest.xml")]) {
    const shown = path.relative(process.cwd(), manifestPath);
    if (!fs.existsSync(manifestPath)) {
      console.log(`${shown}: not checked — not built yet (npm run build writes it)`);
      continue;
    }
    const assetsRoot = path.dirname(manifestPath);
    const problems = await validateManifest(manifestPath, { assetsRoot });
    if (problems.length) {
      failed = true;
      console.error(`${shown}: ${problems.length} problem(s)`);
      for (const problem of problems) console.error(`  - ${problem}`);
      continue;
    }
    // Office's own tooling must read it too (the part of office-addin-manifest that works offline).
    const info = await OfficeAddinManifest.readManifestFile(manifestPath);
    console.log(`${shown}: valid (XSD, resources, URLs, string lengths, icons)`);
    console.log(
      `  ${info.displayName} ${info.version} (${info.id}), hosts: ${info.hosts.join(", ")}, ${info.defaultSettings.sourceLocation}`,
    );
  }
  if (failed) process.exit(1);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`Manifest check failed: ${error.message}`);
    process.exit(2);
  });
}

module.exports = { validateManifest };
