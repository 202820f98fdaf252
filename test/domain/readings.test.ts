// A template's reading of an official's table weighed by the table's own figures: a rule that fails wherever it
// applies is a doubt about the reading, named in words; a mapping the figures contradict is set aside, and said so.
import { recogniseWorkbook } from "../../src/domain/recognise";
import { checkWorkbook } from "../../src/domain/rules";
import { FORM_CASES } from "../fixtures/forms";
import { toSnapshot } from "../fixtures/own-layouts/dsl";

const checked = (id: string) =>
  checkWorkbook(recogniseWorkbook(toSnapshot(FORM_CASES.find((form) => form.id === id)!)));

it("a relation that fails wherever it applies is not concluded, named in words, never by its rule id", () => {
  const result = checked("groups-commune-clusters-sum-formulas");
  expect(result.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
  expect(result.cannotCheck.map((c) => c.message)).toContain(
    "Bảng Cum xa!A5:F17: chưa kết luận “bảng tổng hợp = tổng các đơn vị” vì quan hệ này sai ở 3/3 chỗ áp dụng: có thể BC06 đã hiểu sai các cột (dòng) của bảng.",
  );
});

it("a mapping whose relations the figures contradict is set aside: the table is checked by its own arithmetic", () => {
  const result = checked("dddt-communes-across-clean");
  expect(result.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
  expect(result.cannotCheck.map((c) => c.message)).toContain(
    "Bảng Ngang!B4:I9: cách đọc theo mẫu Định danh điện tử không khớp với số liệu (6 quan hệ sai, 0 đúng), nên bảng chỉ được kiểm tra theo cấu trúc của chính nó.",
  );
  // Its own arithmetic checked every figure, and the table is no longer counted as the template's.
  expect(result.coverage).toEqual([expect.objectContaining({ range: "B4:I9", figures: 30, checked: 30 })]);
  expect(result.coverage[0].templateId).toBeUndefined();
});
