import { evaluateFormula, type Lookup } from "../support/excel/memory/formula";

describe("the in-memory Excel's formula evaluator", () => {
  const cells: Record<string, number | string | null> = {
    D13: 78,
    F13: 15,
    D14: 0,
    C11: "Xã",
    C12: "Không thuộc thẩm quyền",
    D11: 5,
    D12: 7,
  };
  const cell = (row: number, column: number, sheet?: string) =>
    sheet ? (sheet === "Xã A" ? 10 : "#REF!") : (cells[`${String.fromCharCode(64 + column)}${row}`] ?? null);
  const lookup: Lookup = (from, to, sheet) => {
    const values = new Map();
    for (let r = from.row; r <= to.row; r++)
      for (let c = from.column; c <= to.column; c++) {
        const value = cell(r, c, sheet);
        if (value !== null)
          values.set((r - from.row) * (to.column - from.column + 1) + c - from.column, value);
      }
    return values;
  };

  it.each([
    ['=IF(N(D13)=0,"",F13/D13)', 15 / 78],
    ['=IF(N(D14)=0,"",F13/D14)', ""],
    ["=SUM(D11:D12)", 12],
    ['=SUMIFS(D11:D12,C11:C12,"<>Không thuộc thẩm quyền")', 5],
    ["=D13-F13-D11", 58],
    ["='Xã A'!D13+1", 11],
    ["=SUM('Xã A'!D13,D11)", 15],
    ["=F13/D14", "#DIV/0!"],
  ])("%s = %p", (formula, expected) => {
    const value = evaluateFormula(formula, lookup);
    if (typeof expected === "number") expect(value).toBeCloseTo(expected, 12);
    else expect(value).toBe(expected);
  });

  it("refuses what it cannot read, so that the cell keeps its value", () => {
    expect(() => evaluateFormula("=VLOOKUP(A1,B1:C9,2)", lookup)).toThrow(/unknown function VLOOKUP/);
    expect(() => evaluateFormula("=A1 ~ B2", lookup)).toThrow(/cannot read formula/);
  });
});
