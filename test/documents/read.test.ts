import fs from "fs";
import path from "path";
import { checkText } from "../../src/domain/narrative";
import { readDocx } from "../../src/documents/docx";
import { joinPages } from "../../src/documents/pdf";
import { readReportText, reportProblemMessage } from "../../src/documents/read";

const fixture = (name: string) =>
  new Uint8Array(fs.readFileSync(path.join(__dirname, "..", "fixtures", "reports", name)));

describe("reading a report as reviewers receive it", () => {
  it("reads a PDF's text layer, and its figures are checked like pasted text", async () => {
    const read = await readReportText(fixture("report.pdf"), "báo cáo.pdf");
    if (!("text" in read)) throw new Error(read.problem);
    expect(read.text).toContain("Đăng ký thường trú: 78 hồ sơ");
    const claims = checkText(read.text);
    expect(claims.filter((c) => c.verdict === "inconsistent").map((c) => c.message)).toEqual([
      "28/54 = 51,85%, văn bản ghi 15,85% (có thể gõ nhầm một chữ số)",
    ]);
    expect(claims.find((c) => c.kind === "context-rate")).toMatchObject({ verdict: "consistent" });
  });

  it("says a scanned PDF has no text layer, instead of finding nothing", async () => {
    expect(await readReportText(fixture("scanned.pdf"), "scan.pdf")).toEqual({ problem: "scanned" });
    expect(reportProblemMessage("scanned", "vi")).toMatch(/không có lớp chữ/);
  });

  it("refuses a damaged PDF, a damaged Word file and a binary with one sentence each", async () => {
    const pdf = fixture("report.pdf").slice(0, 400);
    expect(await readReportText(pdf, "x.pdf")).toMatchObject({ problem: "damaged-pdf" });
    const notDocx = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]);
    expect(await readReportText(notDocx, "x.docx", readDocx)).toMatchObject({ problem: "damaged-docx" });
    // Without a Word reader (the pane), a Word file gets the way to paste its text.
    expect(await readReportText(notDocx, "x.docx")).toEqual({ problem: "docx-paste" });
    expect(await readReportText(new Uint8Array([1, 0, 2, 0]), "x.bin")).toEqual({ problem: "not-text" });
  });

  it("reads text files as UTF-8 without their byte-order mark", async () => {
    const read = await readReportText(new TextEncoder().encode("\uFEFFĐạt 59/62 hồ sơ"), "a.txt");
    expect(read).toEqual({ text: "Đạt 59/62 hồ sơ" });
  });

  it("joins a PDF's pages, and words hyphenated at a line's end, but not a dash between words", () => {
    expect(joinPages(["Covid-\n19 và triển-\nkhai", "đăng ký thường trú -\ncấp thẻ"])).toBe(
      "Covid-\n19 và triểnkhai\n\nđăng ký thường trú -\ncấp thẻ",
    );
  });
});
