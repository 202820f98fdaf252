// Every kind of file a user may give instead of an .xlsx, told apart by its bytes and refused in one sentence of
// their language: never a library's message.
import { strToU8, zipSync } from "fflate";
import { diagnose, UnreadableFileError, type UnreadableReason } from "../../src/xlsx/identify";
import { readXlsx } from "../../src/xlsx/read";
import { writeTemplate } from "../../src/xlsx/write";
import { templateById } from "../../src/domain/templates";

const utf16 = (text: string) => [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
const ole = (...streams: string[]) =>
  new Uint8Array([
    0xd0,
    0xcf,
    0x11,
    0xe0,
    0xa1,
    0xb1,
    0x1a,
    0xe1,
    ...new Array(500).fill(0),
    ...streams.flatMap(utf16),
  ]);
const zip = (...names: string[]) => zipSync(Object.fromEntries(names.map((name) => [name, strToU8("<x/>")])));
const text = (content: string) => new TextEncoder().encode(content);

async function xlsx(): Promise<Uint8Array> {
  return writeTemplate(templateById("dvc25")!, { unit: "Xã A" }, "vi");
}

/** A library's words that must never reach a user. */
const INTERNALS = /undefined|null|reading '|Cannot|TypeError|zip|inflate|Unexpected|\bat \w+ \(/i;

describe("files that are not a readable .xlsx", () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, UnreadableReason][] = [
    ["an .xls (Excel 97–2003)", () => ole("Workbook"), "old-xls"],
    ["an encrypted .xlsx (password)", () => ole("EncryptionInfo", "EncryptedPackage"), "password"],
    ["a Word .doc renamed .xlsx", () => ole("WordDocument"), "word"],
    ["an .xlsb", () => zip("[Content_Types].xml", "xl/workbook.bin", "xl/worksheets/sheet1.bin"), "xlsb"],
    ["a .docx renamed .xlsx", () => zip("[Content_Types].xml", "word/document.xml"), "word"],
    ["a .pptx renamed .xlsx", () => zip("[Content_Types].xml", "ppt/presentation.xml"), "powerpoint"],
    ["an Apple Numbers file", () => zip("Index/Document.iwa", "Metadata/Properties.plist"), "numbers"],
    [
      "an .ods renamed .xlsx",
      () => zipSync({ mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }] }),
      "ods",
    ],
    ["a zip without a workbook", () => zip("readme.txt", "data/a.csv"), "no-workbook"],
    [
      "a package whose workbook names a sheet it does not hold",
      () =>
        zipSync({
          "xl/workbook.xml": strToU8(
            '<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>',
          ),
          "xl/_rels/workbook.xml.rels": strToU8(
            '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
          ),
        }),
      "corrupt",
    ],
    ["a download cut short", async () => (await xlsx()).subarray(0, 3000), "truncated"],
    ["a PDF renamed .xlsx", () => text("%PDF-1.7\n1 0 obj"), "pdf"],
    ["a web page saved as .xls", () => text("<html><body><table><tr><td>Xã A</td></tr></table>"), "xls-html"],
    [
      "an XML Spreadsheet 2003",
      () => text('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'),
      "xml-2003",
    ],
    ["a CSV renamed .xlsx", () => text("\uFEFFĐơn vị,Tổng số,Trực tuyến\nXã A,12,3\nXã B,20,5\n"), "csv"],
    ["random bytes", () => new Uint8Array([7, 1, 200, 3, 99, 0, 5]), "not-spreadsheet"],
    ["an empty file", () => new Uint8Array(0), "empty"],
  ];

  it.each(cases)("%s", async (_, make, reason) => {
    const bytes = await make();
    expect(diagnose(bytes)).toBe(reason);
    for (const language of ["vi", "en"] as const) {
      const error = await readXlsx(bytes, language).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnreadableFileError);
      expect((error as UnreadableFileError).reason).toBe(reason);
      expect((error as Error).message).not.toMatch(INTERNALS);
    }
  });

  it("keeps the technical cause apart, for --verbose", async () => {
    const error = (await readXlsx((await xlsx()).subarray(0, 3000)).catch(
      (e: unknown) => e,
    )) as UnreadableFileError;
    expect(error.detail).toBeTruthy();
    expect(error.message).not.toContain(error.detail!);
  });

  it("reads a real .xlsx", async () => {
    expect((await readXlsx(await xlsx())).snapshot.tables).toHaveLength(1);
  });
});
