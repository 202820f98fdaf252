// A total whose formula's range leaves out rows (or adds one twice, or adds a subtotal) is a finding about the
// formula: it names the formula and the cells, and proposes no figure to type over a total that a formula computes.
import { recogniseWorkbook } from "../../src/domain/recognise";
import { checkWorkbook } from "../../src/domain/rules";
import { summedCells } from "../../src/domain/rules/formula-range";
import { OWN_LAYOUTS } from "../fixtures/own-layouts";
import { toSnapshot } from "../fixtures/own-layouts/dsl";

describe("the cells a sum formula adds", () => {
  it("reads SUM ranges, lists and plus signs, with absolute references and either separator", () => {
    expect(summedCells("=SUM(C5:C7)")).toEqual(["C5", "C6", "C7"]);
    expect(summedCells("=SUM($C$5:$C$6;C8)+C10")).toEqual(["C5", "C6", "C8", "C10"]);
    expect(summedCells("=c5 + c6")).toEqual(["C5", "C6"]);
    expect(summedCells("=SUM(C5:C6,C6)")).toEqual(["C5", "C6", "C6"]);
  });

  it("leaves any other formula alone", () => {
    for (const formula of ["=C5-C6", '=SUMIF(B5:B9;"x";C5:C9)', "=Sheet2!C5+C6", "=AVERAGE(C5:C9)", "=C5*2"])
      expect(summedCells(formula)).toBeUndefined();
  });

  it("refuses a range too large to list (a whole column)", () => {
    expect(summedCells("=SUM(C1:C1048576)")).toBeUndefined();
  });
});

describe("a total's formula that stops short", () => {
  const layout = (id: string) => OWN_LAYOUTS.find((l) => l.id === id)!;

  it.each([
    ["total-formula-stops-short", "Dan cu", "C9", "SUM(C4:C7)", "C8 (40)"],
    ["dvc-total-formula-stops-short", "DVC", "C9", "SUM(C5:C7)", "C8 (2)"],
  ])(
    "%s: the formula and the row it leaves out are named, no figure proposed",
    (id, sheet, cell, formula, left) => {
      const result = checkWorkbook(recogniseWorkbook(toSnapshot(layout(id))));
      const findings = result.issues.filter((issue) => issue.severity !== "info");
      expect(findings.map((issue) => issue.ruleId)).toEqual(["so_hoc.cong_thuc"]);
      const [finding] = findings;
      expect(finding.message).toContain(`${cell}: công thức =${formula} bỏ sót ${left}`);
      expect(finding.cells[0]).toEqual({ sheet, address: cell });
      expect(finding.cells.map((c) => c.address)).toContain(left.split(" ")[0]);
      expect(finding.suggested).toBeUndefined();
    },
  );
});
