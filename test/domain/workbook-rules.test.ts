import { checkWorkbook } from "../../src/domain/rules";
import type { TableHeader } from "../../src/domain/workbook";
import { buildTable, typed, workbookOf } from "../support/workbooks";

const commune = (name: string): TableHeader => ({
  unit: name,
  level: "xa",
  from: "2025-01-01",
  to: "2025-01-31",
  cutoff: "2025-01-31",
});
const district: TableHeader = {
  unit: "Huyện Cẩm Xuyên",
  level: "huyen",
  from: "2025-01-01",
  to: "2025-01-31",
  cutoff: "2025-01-31",
};

describe("a summary against its units (cross-table sum)", () => {
  const unitA = buildTable("dvc25", "Xã A", commune("Xã A"), {
    dang_ky_thuong_tru: { tong_ho_so: 10, truc_tiep: 6, truc_tuyen: 4 },
  });
  const unitB = buildTable("dvc25", "Xã B", commune("Xã B"), {
    dang_ky_thuong_tru: { tong_ho_so: 5, truc_tiep: 1, truc_tuyen: 4 },
    ho_chieu: { tham_quyen: "Không thuộc thẩm quyền", tong_ho_so: 7, truc_tiep: 7, truc_tuyen: 0 },
  });

  it("passes when the summary is the sum of the units, rates recomputed rather than summed", () => {
    const summary = buildTable("dvc25", "Huyện", district, {
      dang_ky_thuong_tru: { tong_ho_so: 15, truc_tiep: 7, truc_tuyen: 8 },
    });
    const result = checkWorkbook(workbookOf(summary, unitA, unitB));
    // Only unit B's figures in its "Không thuộc thẩm quyền" row are worth a word; the summary adds up.
    expect(result.issues.map((i) => `${i.sheet}:${i.ruleId}`)).toEqual([
      "Xã B:o.khong_thuoc_tham_quyen_co_so_lieu",
    ]);
    expect(result.byRule["tong_hop.bang_tong_don_vi"]).toEqual({ passed: 3, failed: 0, cannotCheck: 0 });
  });

  it("flags a summary cell that is not the sum, naming each unit's figure and suggesting the sum", () => {
    const summary = buildTable("dvc25", "Huyện", district, {
      dang_ky_thuong_tru: { tong_ho_so: 14, truc_tiep: 7, truc_tuyen: 7 },
    });
    const result = checkWorkbook(workbookOf(summary, unitA, unitB));
    const issues = result.issues.filter((i) => i.ruleId === "tong_hop.bang_tong_don_vi");
    const cell = summary.at("dang_ky_thuong_tru", "tong_ho_so");
    const onTotal = issues.find((i) => i.cells[0].address === cell)!;
    expect(onTotal.message).toBe(
      "Đăng ký thường trú – Tổng số hồ sơ tiếp nhận: số tổng hợp 14 khác tổng các đơn vị Xã A (10) + Xã B (5) = 15 (lệch 1). " +
        "Tổng hợp khớp nếu Xã B là 4: có thể số liệu đã được tổng hợp trước khi Xã B sửa thành 5.",
    );
    expect(onTotal.cells.map((c) => `${c.sheet}!${c.address}`)).toEqual([
      `Huyện!${cell}`,
      `Xã A!${unitA.at("dang_ky_thuong_tru", "tong_ho_so")}`,
      `Xã B!${unitB.at("dang_ky_thuong_tru", "tong_ho_so")}`,
    ]);
    expect(onTotal.suggested?.value).toBe(15);
  });

  it("leaves rows a unit marks 'Không thuộc thẩm quyền' out of the sum", () => {
    const summary = buildTable("dvc25", "Huyện", district, {
      ho_chieu: { tong_ho_so: 7, truc_tiep: 7, truc_tuyen: 0 },
    });
    const result = checkWorkbook(workbookOf(summary, unitA, unitB));
    const passport = result.issues.filter(
      (i) =>
        i.ruleId === "tong_hop.bang_tong_don_vi" &&
        i.cells[0].address === summary.at("ho_chieu", "tong_ho_so"),
    );
    expect(passport[0]).toMatchObject({ left: 7, right: 0 });
  });

  it("matches cells by row and column id, not position (a unit with its rows in another order)", () => {
    const moved = buildTable("dvc25", "Xã C", commune("Xã C"), {
      dang_ky_thuong_tru: { tong_ho_so: 3, truc_tiep: 3, truc_tuyen: 0 },
    });
    // Swap the first two service rows of unit C, as if the user had reordered them.
    const [first, second] = ["xac_nhan_cmnd", "cap_lai_doi_cccd"];
    moved.table.rows = {
      ...moved.table.rows,
      [first]: moved.table.rows[second],
      [second]: moved.table.rows[first],
    };
    const cccdRow = buildTable("dvc25", "Xã C", commune("Xã C"), {
      cap_lai_doi_cccd: { tong_ho_so: 4, truc_tiep: 4, truc_tuyen: 0 },
    });
    for (const column of ["tong_ho_so", "truc_tiep", "truc_tuyen"]) {
      moved.sheet.cells.set(
        moved.at("cap_lai_doi_cccd", column),
        cccdRow.sheet.cells.get(cccdRow.at("cap_lai_doi_cccd", column))!,
      );
    }
    const summary = buildTable("dvc25", "Huyện", district, {
      dang_ky_thuong_tru: { tong_ho_so: 13, truc_tiep: 9, truc_tuyen: 4 },
      cap_lai_doi_cccd: { tong_ho_so: 4, truc_tiep: 4, truc_tuyen: 0 },
    });
    const result = checkWorkbook(workbookOf(summary, unitA, moved));
    expect(result.issues.filter((i) => i.ruleId === "tong_hop.bang_tong_don_vi")).toEqual([]);
  });

  it("does not add cumulative figures of units with another cut-off date, and says so", () => {
    const late = { ...commune("Xã B"), cutoff: "2025-02-03" };
    const summary = buildTable("cccd", "Huyện", district, { thu_nhan: { trong_ky: 30, luy_ke: 300 } });
    const a = buildTable("cccd", "Xã A", commune("Xã A"), { thu_nhan: { trong_ky: 10, luy_ke: 100 } });
    const b = buildTable("cccd", "Xã B", late, { thu_nhan: { trong_ky: 20, luy_ke: 250 } });
    const result = checkWorkbook(workbookOf(summary, a, b));
    const ids = result.issues.map((i) => i.ruleId);
    expect(ids).toEqual(["tong_hop.ngay_chot_khac"]);
    expect(result.issues[0].message).toBe(
      "Xã B có ngày chốt lũy kế 03/02/2025, khác bảng tổng hợp (31/01/2025); số lũy kế không cộng được.",
    );
  });

  it("lists a unit's unusable figure as 'cannot check' instead of guessing", () => {
    const broken = buildTable(
      "dvc25",
      "Xã B",
      commune("Xã B"),
      { dang_ky_thuong_tru: { truc_tiep: 1, truc_tuyen: 4 } },
      {
        [unitB.at("dang_ky_thuong_tru", "tong_ho_so")]: typed({ error: "#REF!" }),
      },
    );
    const summary = buildTable("dvc25", "Huyện", district, {
      dang_ky_thuong_tru: { tong_ho_so: 15, truc_tiep: 7, truc_tuyen: 8 },
    });
    const result = checkWorkbook(workbookOf(summary, unitA, broken));
    expect(
      result.cannotCheck.some(
        (c) => c.ruleId === "tong_hop.bang_tong_don_vi" && c.missing[0].sheet === "Xã B",
      ),
    ).toBe(true);
  });
});

describe("the units a summary adds", () => {
  const a = buildTable("dvc25", "Xã A", commune("Xã A"), {
    dang_ky_thuong_tru: { tong_ho_so: 10, truc_tiep: 6, truc_tuyen: 4 },
  });
  const b = buildTable("dvc25", "Xã B", commune("Xã B"), {
    dang_ky_thuong_tru: { tong_ho_so: 23, truc_tiep: 3, truc_tuyen: 20 },
  });
  const summaryOf = (tong: number) =>
    buildTable("dvc25", "Huyện", district, {
      dang_ky_thuong_tru: { tong_ho_so: tong, truc_tiep: 9, truc_tuyen: 24 },
    });
  const totalIssue = (result: ReturnType<typeof checkWorkbook>) =>
    result.issues.find((i) => i.ruleId === "tong_hop.bang_tong_don_vi" && i.cells[0].address === "D13")!;

  it("names a unit left out, or counted twice", () => {
    expect(totalIssue(checkWorkbook(workbookOf(summaryOf(10), a, b))).message).toMatch(
      /Có thể thiếu số của Xã B \(23\)\.$/,
    );
    expect(totalIssue(checkWorkbook(workbookOf(summaryOf(56), a, b))).message).toMatch(
      /Có thể đã cộng trùng Xã B \(23\)\.$/,
    );
  });

  it("reports a unit twice, two files with identical figures, and a unit of another period", () => {
    const twice = buildTable("dvc25", "Xã B (2)", commune("Xã B"), {
      dang_ky_tam_tru: { tong_ho_so: 1, truc_tiep: 1, truc_tuyen: 0 },
    });
    const copy = buildTable("dvc25", "Xã C", commune("Xã C"), {
      dang_ky_thuong_tru: { tong_ho_so: 10, truc_tiep: 6, truc_tuyen: 4 },
    });
    const quarter = buildTable("dvc25", "Xã D", { ...commune("Xã D"), to: "2025-01-15" }, {});
    const result = checkWorkbook(workbookOf(summaryOf(33), a, b, twice, copy, quarter));
    const byId = (id: string) => result.issues.filter((i) => i.ruleId === id);
    expect(byId("tong_hop.don_vi_trung")[0].message).toBe(
      'Đơn vị "Xã B" có mặt 2 lần trong tổng hợp (Xã B, Xã B (2)).',
    );
    expect(byId("tong_hop.don_vi_trung")[0].cells).toEqual([
      { sheet: "Xã B", address: "C3" },
      { sheet: "Xã B (2)", address: "C3" },
    ]);
    expect(byId("tong_hop.so_lieu_giong_het")[0].message).toBe(
      "Các bảng Xã A, Xã C có số liệu giống hệt nhau: có thể cùng một báo cáo gửi hai lần.",
    );
    expect(byId("tong_hop.ky_khac")[0].message).toBe(
      "Xã D báo cáo kỳ 01/01/2025 – 15/01/2025, khác kỳ của bảng tổng hợp (01/01/2025 – 31/01/2025).",
    );
  });

  it("without a known list, expects the units the previous report added", () => {
    const earlier = { from: "2024-07-01", to: "2024-12-31", cutoff: "2024-12-31" };
    const c = buildTable("dvc25", "Xã C", { ...commune("Xã C"), ...earlier }, {});
    const previous = workbookOf(
      buildTable("dvc25", "Huyện", { ...district, ...earlier }, {}),
      buildTable("dvc25", "Xã A", { ...commune("Xã A"), ...earlier }, {}),
      buildTable("dvc25", "Xã B", { ...commune("Xã B"), ...earlier }, {}),
      c,
    );
    const [missing] = checkWorkbook(workbookOf(summaryOf(33), a, b), { previous }).issues.filter(
      (i) => i.ruleId === "tong_hop.thieu_don_vi",
    );
    expect(missing.message).toBe("Bảng tổng hợp thiếu 1 đơn vị: Xã C.");
  });

  it("reports units missing from the known list for the level", () => {
    const result = checkWorkbook(workbookOf(summaryOf(33), a, b), {
      expectedUnits: ["Xã A", "xã b", "Xã C", "Xã D"],
    });
    const [missing] = result.issues.filter((i) => i.ruleId === "tong_hop.thieu_don_vi");
    expect(missing.message).toBe("Bảng tổng hợp thiếu 2 đơn vị: Xã C, Xã D.");
    expect(missing.cells).toEqual([{ sheet: "Huyện", address: "C3" }]);
  });
});

describe("cumulative figures against the previous report", () => {
  const january = {
    unit: "Xã A",
    level: "xa" as const,
    from: "2025-01-01",
    to: "2025-01-31",
    cutoff: "2025-01-31",
  };
  const february = {
    unit: "Xã A",
    level: "xa" as const,
    from: "2025-02-01",
    to: "2025-02-28",
    cutoff: "2025-02-28",
  };
  const previous = workbookOf(
    buildTable("cccd", "CCCD", january, {
      thu_nhan: { trong_ky: 40, luy_ke: 400 },
      tra_the: { trong_ky: 10, luy_ke: 300 },
    }),
  );

  it("consecutive periods: lũy kế now = lũy kế before + this period", () => {
    const now = buildTable("cccd", "CCCD", february, {
      thu_nhan: { trong_ky: 50, luy_ke: 450 },
      tra_the: { trong_ky: 20, luy_ke: 330 },
    });
    const result = checkWorkbook(workbookOf(now), { previous });
    const [issue] = result.issues;
    expect(result.issues).toHaveLength(1);
    expect(issue).toMatchObject({
      ruleId: "luy_ke.cong_don",
      severity: "error",
      left: 330,
      right: 320,
      suggested: { value: 320 },
    });
    expect(issue.message).toBe(
      "Đã trả thẻ cho công dân – Lũy kế: lũy kế 330 ≠ lũy kế kỳ trước 300 + trong kỳ 20 = 320.",
    );
    expect(result.byRule["luy_ke.cong_don"].passed).toBe(1);
  });

  it("a cumulative figure lower than before is a warning", () => {
    const now = buildTable("cccd", "CCCD", february, { thu_nhan: { trong_ky: 0, luy_ke: 390 } });
    const result = checkWorkbook(workbookOf(now), { previous });
    expect(result.issues.map((i) => [i.ruleId, i.severity])).toEqual([
      ["luy_ke.khong_giam", "warning"],
      ["luy_ke.cong_don", "error"],
    ]);
    // Only this workbook's cells: the previous report's figure is named in the message, its cell is in another file.
    expect(result.issues.map((issue) => issue.cells.length)).toEqual([1, 2]);
  });

  it("periods that do not line up: reported as not comparable, never guessed", () => {
    const march = { ...february, from: "2025-03-01", to: "2025-03-31", cutoff: "2025-03-31" };
    const now = buildTable("cccd", "CCCD", march, { thu_nhan: { trong_ky: 50, luy_ke: 999 } });
    const result = checkWorkbook(workbookOf(now), { previous });
    expect(result.issues.map((i) => [i.ruleId, i.severity])).toEqual([["luy_ke.khong_so_sanh_duoc", "info"]]);
    expect(result.issues[0].message).toBe(
      "Kết quả thu nhận hồ sơ, cấp Căn cước công dân: không so sánh được lũy kế với kỳ trước vì kỳ báo cáo không liền nhau (01/01/2025 – 31/01/2025 → 01/03/2025 – 31/03/2025).",
    );
  });

  it("reports that do not state their periods: said so, never called not consecutive", () => {
    const undated = { ...february, from: undefined, to: undefined };
    const now = buildTable("cccd", "CCCD", undated, { thu_nhan: { trong_ky: 50, luy_ke: 450 } });
    const [issue] = checkWorkbook(workbookOf(now), { previous }).issues;
    expect(issue.ruleId).toBe("luy_ke.khong_so_sanh_duoc");
    expect(issue.message).toBe(
      "Kết quả thu nhận hồ sơ, cấp Căn cước công dân: không so sánh được lũy kế với kỳ trước vì không rõ kỳ báo cáo (01/01/2025 – 31/01/2025 → ? – ?).",
    );
    expect(issue.message).not.toMatch(/liền nhau/);
  });

  it("a previous report whose period is no date (a damaged header) is not comparable, not a crash", () => {
    const damaged = workbookOf(
      buildTable(
        "cccd",
        "CCCD",
        { ...january, to: "2025-13-45" },
        { thu_nhan: { trong_ky: 40, luy_ke: 400 } },
      ),
    );
    const now = buildTable("cccd", "CCCD", february, { thu_nhan: { trong_ky: 50, luy_ke: 450 } });
    const result = checkWorkbook(workbookOf(now), { previous: damaged });
    expect(result.issues.map((i) => i.ruleId)).toEqual(["luy_ke.khong_so_sanh_duoc"]);
  });

  it("points out a rate that moved more than the threshold since the previous report", () => {
    const before = workbookOf(
      buildTable("dvc25", "DVC", january, {
        dang_ky_tam_tru: { tong_ho_so: 20, truc_tiep: 1, truc_tuyen: 19 },
      }),
    );
    const now = workbookOf(
      buildTable("dvc25", "DVC", february, {
        dang_ky_tam_tru: { tong_ho_so: 20, truc_tiep: 16, truc_tuyen: 4 },
      }),
    );
    const [jump] = checkWorkbook(now, { previous: before }).issues.filter(
      (i) => i.ruleId === "ky_truoc.bien_dong_lon" && i.cells[0].address === "G14",
    );
    expect(jump).toMatchObject({
      severity: "info",
      message:
        "Đăng ký tạm trú – Tỷ lệ trực tuyến (%): giảm từ 95,00% xuống 20,00% so với kỳ trước (chênh 75,00 điểm %).",
    });
    expect(
      checkWorkbook(now, { previous: before, jumpThreshold: 80 }).issues.filter(
        (i) => i.ruleId === "ky_truoc.bien_dong_lon",
      ),
    ).toEqual([]);
  });

  it("the lũy kế of a period cannot be below its own in-period figure", () => {
    const now = buildTable("cccd", "CCCD", february, { thu_nhan: { trong_ky: 50, luy_ke: 40 } });
    expect(checkWorkbook(workbookOf(now)).issues.map((i) => i.ruleId)).toEqual([
      "trong_ky_khong_vuot_luy_ke",
    ]);
  });
});
