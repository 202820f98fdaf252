// What a table's headings say of its arithmetic, drawn as a tree: its columns under their merged headings, and its
// rows when they are labelled over several columns. A "Tổng số" line beside its parts (or over a "Trong đó"), a total
// block over peer blocks (units, "Toàn huyện"), "Lũy kế" not below "Kỳ này" for the same sub-line, a rate, a
// remainder or a difference of lines of its own group.
import type { Expectation } from "../../workbook";
import { notBelow, relation, search, wholeAndParts } from "./expect";
import { type Figures, type HeadNode, leavesOf, type Shape } from "./shape";
import { isTotalKey } from "../lines";
import {
  isCumulativeWording,
  isDifferenceWording,
  isExhaustiveWording,
  isPartsWording,
  isPeriodWording,
  isRemainderWording,
  isTargetWording,
  isTotalWording,
} from "./wording";

/** The lines of one direction: columns (across) or rows (down), with their figures. */
interface Tree {
  axis: Expectation["axis"];
  root: HeadNode;
  figures: Map<number, Figures>;
}

export function columnExpectations(shape: Shape): Expectation[] {
  return treeExpectations({ axis: "across", root: shape.columnTree, figures: shape.columns });
}

/** Rows labelled over several columns ("Kỳ này" › "Mức 1"): their totals, parts, periods and rates. */
export function rowTreeExpectations(shape: Shape): Expectation[] {
  if (!shape.rowTree) return [];
  return treeExpectations({ axis: "down", root: shape.rowTree, figures: shape.rows });
}

function treeExpectations(tree: Tree): Expectation[] {
  const found: Expectation[] = [];
  const visit = (group: HeadNode) => {
    found.push(...totalsAmong(tree, group), ...wholesOverParts(tree, group), ...peerGroups(tree, group));
    found.push(...searches(tree, group));
    for (const child of group.children) if (!child.line) visit(child);
  };
  visit(tree.root);
  return [...found, ...balances(tree)];
}

/** The words of a column's own heading: a column under a parent with no sub-heading has the parent's. */
const wordsOf = (node: HeadNode) => node.key || node.parent?.key || "";

const isFigureLeaf = (tree: Tree, node: HeadNode) =>
  node.line !== undefined && tree.figures.has(node.line.index);
const isRateLeaf = (tree: Tree, node: HeadNode) =>
  isFigureLeaf(tree, node) && tree.figures.get(node.line!.index)!.rate;

/** A count that adds up over time: not a rate, a target, a remainder or a difference. */
function isCountLeaf(tree: Tree, node: HeadNode): boolean {
  const key = wordsOf(node);
  return (
    isFigureLeaf(tree, node) &&
    !isRateLeaf(tree, node) &&
    !(isTargetWording(key) || isRemainderWording(key) || isDifferenceWording(key))
  );
}

/** A count that may be a part of a total: not a rate, a total, a target, a period figure, a remainder or a difference. */
function isPartLeaf(tree: Tree, node: HeadNode): boolean {
  if (!isFigureLeaf(tree, node) || isRateLeaf(tree, node)) return false;
  const key = wordsOf(node);
  return !(
    isTotalWording(key) ||
    isTargetWording(key) ||
    isCumulativeWording(key) ||
    isDifferenceWording(key) ||
    isRemainderWording(key)
  );
}

const columnOf = (node: HeadNode) => node.line!.index;

/**
 * A total column among its siblings ("Tổng số | Trực tiếp | Trực tuyến", "Tổng cộng | Xã A | Xã B"): the sum of all
 * of them, of the units among them, or of those on one side of it, as the figures show.
 */
function totalsAmong(tree: Tree, group: HeadNode): Expectation[] {
  const found: Expectation[] = [];
  group.children.forEach((node, i) => {
    if (!isFigureLeaf(tree, node) || isRateLeaf(tree, node) || !isTotalWording(wordsOf(node))) return;
    const whole = columnOf(node);
    // "Tổng số" over a "Trong đó" beside it: those are its parts.
    const marked = group.children.find((other) => !other.line && isPartsWording(other.key));
    if (marked) {
      // Its parts, and with them the part columns beside it ("Tổng số | Trong đó: … | Từ kỳ trước").
      const parts = partLeaves(tree, marked).map(columnOf);
      const beside = group.children
        .filter((other) => other !== node && isPartLeaf(tree, other))
        .map(columnOf);
      const alternatives = beside.length ? [[...parts, ...beside], parts] : [parts];
      const expectation = wholeAndParts(
        tree.axis,
        whole,
        alternatives,
        isExhaustiveWording(marked.key),
        "parts",
      );
      if (expectation) found.push(expectation);
      return;
    }
    const parts = group.children.filter((other) => other !== node && isPartLeaf(tree, other));
    if (parts.length === 0) {
      // A grand total beside groups with their own totals ("I. …" › "Cộng (I)"): the subtotals, or all the lines.
      const blocks = group.children.filter((other) => !other.line && !isPartsWording(other.key));
      const subtotals = blocks.map((block) =>
        block.children.find((c) => isFigureLeaf(tree, c) && isTotalWording(wordsOf(c))),
      );
      const lines = blocks.flatMap((block) => block.children.filter((c) => isPartLeaf(tree, c)));
      const alternatives = [
        subtotals.every(Boolean) ? subtotals.map((c) => columnOf(c!)) : [],
        lines.map(columnOf),
      ].filter((a) => a.length >= 2);
      const expectation = alternatives.length
        ? wholeAndParts(tree.axis, whole, alternatives, isTotalKey(wordsOf(node)), "total")
        : undefined;
      if (expectation) found.push(expectation);
      return;
    }
    const units = parts.filter((part) => part.line!.unit);
    const after = contiguous(tree, group.children.slice(i + 1));
    const before = contiguous(tree, group.children.slice(0, i).reverse());
    const alternatives = [parts, units, after, before]
      .map((nodes) => nodes.map(columnOf))
      .filter((columns, k, all) => columns.length > 0 && all.findIndex((c) => same(c, columns)) === k);
    // "Tổng cộng" beside units, or a heading that is nothing but a total ("Cộng", "Tổng số"): all of them.
    const allUnits = units.length >= 2 && units.length === parts.length;
    const plainTotal = isTotalKey(wordsOf(node)) && parts.length >= 2;
    const expectation = wholeAndParts(tree.axis, whole, alternatives, allUnits || plainTotal, "total");
    if (expectation) found.push(expectation);
  });
  return found;
}

const same = (a: number[], b: number[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The part columns next to a total, up to the first column that is not one. */
function contiguous(tree: Tree, nodes: HeadNode[]): HeadNode[] {
  const run: HeadNode[] = [];
  for (const node of nodes) {
    if (!isPartLeaf(tree, node)) break;
    run.push(node);
  }
  return run;
}

/** The part columns under a "Trong đó" heading. */
function partLeaves(tree: Tree, node: HeadNode): HeadNode[] {
  return node.children.filter((child) => isPartLeaf(tree, child));
}

/** A figure column followed by a "Trong đó" / "Chia ra" heading over its parts. */
function wholesOverParts(tree: Tree, group: HeadNode): Expectation[] {
  const found: Expectation[] = [];
  group.children.forEach((node, i) => {
    const next = group.children[i + 1];
    if (!next || next.line || !isPartsWording(next.key)) return;
    // A "Tổng số" over a "Trong đó" is read by totalsAmong.
    if (!isFigureLeaf(tree, node) || isRateLeaf(tree, node) || isTotalWording(wordsOf(node))) return;
    const parts = partLeaves(tree, next).map(columnOf);
    const expectation = wholeAndParts(
      tree.axis,
      columnOf(node),
      [parts],
      isExhaustiveWording(next.key),
      "parts",
    );
    if (expectation) found.push(expectation);
  });
  return found;
}

/**
 * Blocks of the same sub-columns side by side: a total block over the others ("Toàn huyện" | "Xã A" | "Xã B"),
 * "Lũy kế" not below "Kỳ này", a difference block between two others.
 */
function peerGroups(tree: Tree, group: HeadNode): Expectation[] {
  const blocks = group.children.filter(
    (node) =>
      !node.line && !isPartsWording(node.key) && leavesOf(node).some((leaf) => isFigureLeaf(tree, leaf)),
  );
  const bySignature = new Map<string, HeadNode[]>();
  for (const block of blocks) {
    const signature = leavesOf(block)
      .map((leaf) => `${wordsOf(leaf)}|${isRateLeaf(tree, leaf)}`)
      .join(";");
    bySignature.set(signature, [...(bySignature.get(signature) ?? []), block]);
  }
  const found: Expectation[] = [];
  for (const peers of bySignature.values()) {
    if (peers.length < 2) continue;
    const positions = leavesOf(peers[0]).length;
    const at = (block: HeadNode, j: number) => leavesOf(block)[j];
    const total = peers.find((block) => isTotalWording(block.key));
    const cumulative = peers.find((block) => isCumulativeWording(block.key));
    const period = peers.find((block) => block !== cumulative && !isCumulativeWording(block.key));
    for (let j = 0; j < positions; j++) {
      if (!isFigureLeaf(tree, at(peers[0], j)) || isRateLeaf(tree, at(peers[0], j))) continue;
      const others = peers.filter((block) => block !== total && isFigureLeaf(tree, at(block, j)));
      if (total && isFigureLeaf(tree, at(total, j)) && others.length >= 2)
        found.push({
          axis: tree.axis,
          target: columnOf(at(total, j)),
          source: "total",
          tiers: [
            {
              declared: true,
              readings: [
                relation(
                  "sum",
                  columnOf(at(total, j)),
                  others.map((b) => columnOf(at(b, j))),
                ),
              ],
            },
          ],
        });
      // A remainder, a target or a difference of the period is no part of a cumulative count.
      if (
        cumulative &&
        period &&
        !total &&
        isCountLeaf(tree, at(cumulative, j)) &&
        isCountLeaf(tree, at(period, j))
      )
        found.push(...notBelow(tree.axis, columnOf(at(cumulative, j)), columnOf(at(period, j))));
    }
  }
  found.push(...periodLeaves(tree, group));
  return found;
}

/** Two columns "Kỳ này | Lũy kế" (or "Tháng 7 | 7 tháng") side by side, indicators down. */
function periodLeaves(tree: Tree, group: HeadNode): Expectation[] {
  const leaves = group.children.filter((node) => isFigureLeaf(tree, node) && !isRateLeaf(tree, node));
  const cumulative = leaves.filter((node) => isCumulativeWording(wordsOf(node)));
  const period = leaves.filter(
    (node) => isPeriodWording(wordsOf(node)) && !isCumulativeWording(wordsOf(node)),
  );
  if (cumulative.length !== 1 || period.length !== 1) return [];
  return notBelow(tree.axis, columnOf(cumulative[0]), columnOf(period[0]));
}

/**
 * Rates, remainders and differences: which columns they come from only the figures can tell; those of their own
 * group are tried first.
 */
function searches(tree: Tree, group: HeadNode): Expectation[] {
  const found: Expectation[] = [];
  const among = leavesOf(group)
    .filter((leaf) => isFigureLeaf(tree, leaf) && !isRateLeaf(tree, leaf))
    .map(columnOf);
  for (const node of group.children) {
    if (!isFigureLeaf(tree, node)) continue;
    const column = columnOf(node);
    const key = wordsOf(node);
    const others = among.filter((other) => other !== column);
    if (isRateLeaf(tree, node)) found.push(search(tree.axis, column, "rate", others));
    else if (isRemainderWording(key) || isDifferenceWording(key))
      found.push(search(tree.axis, column, isRemainderWording(key) ? "remainder" : "difference", others));
  }
  return found;
}

/**
 * Blocks that each open with their total ("Số hồ sơ nhận giải quyết › Tổng số", "Đã giải quyết › Tổng số", "Đang
 * giải quyết › Tổng số"): the first may be the sum of others, which only the figures can tell.
 */
function balances(tree: Tree): Expectation[] {
  const totals = tree.root.children
    .filter((node) => !node.line && !isPartsWording(node.key))
    .map((block) => block.children.find((child) => isFigureLeaf(tree, child) && !isRateLeaf(tree, child)))
    .filter((leaf): leaf is HeadNode => leaf !== undefined && isTotalWording(wordsOf(leaf)))
    .map(columnOf);
  if (totals.length < 3) return [];
  const [whole, ...others] = totals;
  const pairs = others.flatMap((a, i) => others.slice(i + 1).map((b) => [a, b]));
  const readings = [others, ...pairs.filter((pair) => pair.length < others.length)].map((parts) =>
    relation("sum", whole, parts),
  );
  return [{ axis: tree.axis, target: whole, source: "balance", tiers: [{ declared: false, readings }] }];
}
