// A table's own arithmetic, read from its words whatever it reports (BC06 template or not): the relations its
// headings, labels and column numbers state between its lines. Its figures confirm them when it is checked
// (rules/arithmetic.ts).
import type { Expectation, TableArithmetic } from "../../workbook";
import type { Candidate } from "../find";
import type { SheetGrid } from "../grid";
import type { Line } from "../table-lines";
import { columnExpectations, rowTreeExpectations } from "./tree";
import { rowExpectations } from "./rows";
import { arithmeticLine, shapeOf } from "./shape";
import { namedSumExpectations, numbersRowExpectations } from "./written";

export { isStructureWording } from "./wording";

export function readArithmetic(
  grid: SheetGrid,
  candidate: Candidate,
  across: Line[],
  down: Line[],
): TableArithmetic {
  const shape = shapeOf(grid, across, down);
  const expectations = distinct([
    ...numbersRowExpectations(shape, candidate.numbersRow, across),
    ...namedSumExpectations(shape, across, down),
    ...columnExpectations(shape),
    ...rowTreeExpectations(shape),
    ...rowExpectations(shape),
  ]);
  const rows = [...shape.rows.keys()];
  const columns = [...shape.columns.keys()];
  return {
    across: [...shape.columns.values()].map((figures) => arithmeticLine(figures, grid, true, rows)),
    down: [...shape.rows.values()].map((figures) => arithmeticLine(figures, grid, false, columns)),
    expectations,
  };
}

/** The same expectation read twice (a column number and a heading saying one sum) is kept once, the first. */
function distinct(expectations: Expectation[]): Expectation[] {
  const seen = new Set<string>();
  return expectations.filter((expectation) => {
    const key = JSON.stringify([expectation.axis, expectation.target, expectation.tiers, expectation.search]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
