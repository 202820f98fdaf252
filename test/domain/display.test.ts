import { displayCell } from "../../src/domain/display";

describe("a cell as Excel shows it, the Vietnamese way", () => {
  it.each([
    [{ value: 1174 }, "1.174"],
    [{ value: 1234.5 }, "1.234,5"],
    [{ value: 0.9516, numberFormat: "0.00%" }, "95,16%"],
    [{ value: 0.5, numberFormat: "0%" }, "50%"],
    [{ value: 3, numberFormat: "#,##0" }, "3"],
    [{ value: 12.345, numberFormat: "0.0" }, "12,3"],
    [{ value: 45474, numberFormat: "dd/mm/yyyy" }, "01/07/2024"],
    [{ value: "Không thuộc thẩm quyền" }, "Không thuộc thẩm quyền"],
    [{ value: { error: "#DIV/0!" } }, "#DIV/0!"],
    [{ value: true }, "TRUE"],
    [{ value: null }, ""],
  ])("%j → %s", (cell, shown) => {
    expect(displayCell(cell)).toBe(shown);
  });
});
