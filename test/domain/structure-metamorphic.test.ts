// The metamorphic property of reading a table's own arithmetic: random consistent logical tables (2–12 rows, 2–6
// figure columns, headings from the builder's vocabulary) laid out through random transforms (as-is, transposed,
// total first, subtotal groups, period groups, Word text, SUM formulas, anywhere on the sheet) give no error or
// warning; the same table with one figure changed so that it breaks a relation the table shows gives findings
// that all include the changed cell, and include it at least once.
import fc from "fast-check";
import { random } from "../../bench/province";
import { recogniseWorkbook } from "../../src/domain/recognise";
import { checkWorkbook, type Issue } from "../../src/domain/rules";
import {
  type Group,
  line,
  type Line,
  type LogicalTable,
  moveFirst,
  periodGroups,
  rate,
  relationsOf,
  render,
  type RenderOptions,
  type Rendered,
  sheetOf,
  sum,
  diff,
  transpose,
  withPlants,
  withSubtotals,
} from "../fixtures/forms/builder";
import { toSnapshot } from "../fixtures/own-layouts/dsl";

const RUNS = process.env.BC06_DEEP ? 1000 : 60;

type Next = () => number;
const pick = <T>(next: Next, items: readonly T[]): T => items[Math.floor(next() * items.length)];
const between = (next: Next, min: number, max: number) => min + Math.floor(next() * (max - min + 1));
const chance = (next: Next, p: number) => next() < p;

const UNITS = [
  "Xã Cẩm Bình",
  "Xã Cẩm Vịnh",
  "Xã Cẩm Thành",
  "Xã Cẩm Quang",
  "Thị trấn Cẩm Xuyên",
  "Thị trấn Thiên Cầm",
  "Phường Bắc Hà",
  "Phường Nam Hà",
  "Xã Thạch Trung",
  "Xã Thạch Hạ",
  "Phường Đại Nài",
  "Xã Kỳ Bắc",
  "Xã Kỳ Phong",
  "Xã Long Hiệp",
];
const SERVICES = [
  "Đăng ký thường trú",
  "Đăng ký tạm trú",
  "Thông báo lưu trú",
  "Khai báo tạm vắng",
  "Đăng ký khai sinh",
  "Đăng ký khai tử",
  "Đăng ký kết hôn",
  "Cấp phiếu lý lịch tư pháp",
  "Cấp đổi, cấp lại thẻ CCCD",
  "Cấp đổi, cấp lại giấy phép lái xe",
  "Đăng ký thuế lần đầu",
  "Cấp điện mới từ lưới điện hạ áp",
  "Thay đổi chủ thể hợp đồng mua bán điện",
];
const FIELDS = [
  "Hộ tịch",
  "Chứng thực",
  "Đất đai",
  "Xây dựng",
  "Cư trú",
  "Lao động – Thương binh và Xã hội",
  "Đăng ký kinh doanh",
  "Tư pháp",
  "Nông nghiệp",
  "Giáo dục",
  "Y tế",
  "Tài chính",
  "Giao thông vận tải",
];
const TOTALS = ["Tổng cộng", "Tổng số", "Cộng", "Toàn huyện", "TỔNG CỘNG"];

/** A family of figure columns: their lines and how to draw one data row's typed figures. */
interface Family {
  columns: Line[];
  atMost?: LogicalTable["atMost"];
  /** One data row's typed figures, by column id. */
  draw(next: Next): Record<string, number>;
}

function dossierParts(next: Next): Family {
  const parts = pick(next, [
    ["Trực tiếp", "Trực tuyến"],
    ["Trực tuyến", "Trực tiếp, BCCI"],
    ["Trực tiếp", "Trực tuyến", "Qua dịch vụ bưu chính"],
  ]);
  const ids = parts.map((_, i) => `p${i + 1}`);
  const online = parts.indexOf("Trực tuyến");
  const withRate = chance(next, 0.6);
  const parent = pick(next, ["Trong đó", "Chia ra", ""]);
  return {
    columns: [
      line("tong", pick(next, ["Tổng số hồ sơ", "Tổng số", "Số hồ sơ tiếp nhận"]), sum(...ids)),
      ...parts.map((label, i) => line(ids[i], parent ? [parent, label] : label)),
      ...(withRate
        ? [
            line(
              "tl",
              pick(next, ["Tỷ lệ trực tuyến (%)", "Tỷ lệ trực tuyến"]),
              rate(ids[online], "tong", { scale: chance(next, 0.3) ? "fraction" : "points" }),
            ),
          ]
        : []),
    ],
    draw: (n) =>
      Object.fromEntries(ids.map((id, i) => [id, between(n, i === 0 ? 1 : 0, pick(n, [40, 300, 2500]))])),
  };
}

function cleaning(next: Next): Family {
  const withRate = chance(next, 0.6);
  return {
    columns: [
      line("ph", pick(next, ["Số phát hiện", "Số trường hợp phát hiện", "Tổng số cần rà soát"])),
      line("xl", pick(next, ["Đã xử lý", "Đã làm sạch", "Đã xử lý, làm sạch"])),
      line("ton", pick(next, ["Còn tồn", "Chưa xử lý", "Còn lại"]), diff("ph", "xl")),
      ...(withRate ? [line("tl", "Tỷ lệ (%)", rate("xl", "ph"))] : []),
    ],
    draw(n) {
      const ph = between(n, 1, pick(n, [30, 900, 12000]));
      return { ph, xl: between(n, 0, ph) };
    },
  };
}

function targetResult(next: Next): Family {
  return {
    columns: [
      line("ct", pick(next, ["Chỉ tiêu được giao", "Chỉ tiêu", "Kế hoạch"])),
      line("kq", pick(next, ["Kết quả thực hiện", "Đã kích hoạt", "Thực hiện"])),
      line(
        "tl",
        pick(next, ["Tỷ lệ đạt (%)", "Đạt tỷ lệ (%)", "Đạt (%)"]),
        rate("kq", "ct", { mayExceed: true }),
      ),
    ],
    draw(n) {
      const ct = between(n, 10, pick(n, [200, 5000, 60000]));
      return { ct, kq: Math.round(ct * (0.4 + n() * 0.8)) };
    },
  };
}

function resolved(next: Next): Family {
  const parent = pick(next, ["Số hồ sơ đã giải quyết", "Đã giải quyết"]);
  return {
    columns: [
      line("da", [parent, "Tổng số"], sum("truoc", "dung", "qua")),
      line("truoc", [parent, "Trước hạn"]),
      line("dung", [parent, "Đúng hạn"]),
      line("qua", [parent, "Quá hạn"]),
    ],
    draw: (n) => ({ truoc: between(n, 0, 400), dung: between(n, 1, 900), qua: between(n, 0, 30) }),
  };
}

function dddtLevels(next: Next): Family {
  const withTarget = chance(next, 0.5);
  return {
    columns: [
      line("m1", "Mức 1"),
      line("m2", "Mức 2"),
      line(
        "tong",
        pick(next, ["Tổng số (mức 1 + mức 2)", "Tổng số đã kích hoạt", "Tổng số"]),
        sum("m1", "m2"),
      ),
      ...(withTarget
        ? [line("ct", "Chỉ tiêu"), line("tl", "Đạt tỷ lệ (%)", rate("tong", "ct", { mayExceed: true }))]
        : []),
    ],
    draw(n) {
      const m1 = between(n, 0, 2000);
      const m2 = between(n, 1, 4000);
      return { m1, m2, ct: Math.round((m1 + m2) * (0.8 + n() * 0.5)) + 1 };
    },
  };
}

function unitsWithTotal(next: Next): Family {
  const count = between(next, 2, 5);
  const names = [...UNITS].sort(() => next() - 0.5).slice(0, count);
  const ids = names.map((_, i) => `u${i + 1}`);
  return {
    columns: [line("all", pick(next, TOTALS), sum(...ids)), ...names.map((name, i) => line(ids[i], name))],
    draw: (n) => Object.fromEntries(ids.map((id) => [id, between(n, 0, pick(n, [60, 800, 9000]))])),
  };
}

const FAMILIES = [dossierParts, cleaning, targetResult, resolved, dddtLevels, unitsWithTotal];

interface Generated {
  table: Rendered;
  about: string;
}

/** A random consistent table, transformed and rendered at random. */
function generate(seed: number): Generated {
  const next = random(seed);
  const family = pick(next, FAMILIES)(next);
  const count = between(next, 2, 12);
  const labels = [...pick(next, [UNITS, SERVICES, FIELDS])].sort(() => next() - 0.5).slice(0, count);
  while (labels.length < count) labels.push(`Đơn vị ${labels.length + 1}`);
  const rows = labels.map((label, i) => line(`r${i + 1}`, label, undefined, i + 1));
  let t: LogicalTable = {
    rows: [...rows, line("total", pick(next, TOTALS), sum(...rows.map((r) => r.id)))],
    columns: family.columns,
    inputs: Object.fromEntries(rows.map((r) => [r.id, family.draw(next)])),
    atMost: family.atMost,
    corner: pick(next, ["Nội dung", "Đơn vị", "Chỉ tiêu", "Tên đơn vị"]),
  };
  const steps: string[] = [family.columns.map((c) => c.path.join("›")).join(" | ")];
  if (count >= 4 && chance(next, 0.25)) {
    const cut = between(next, 2, count - 2);
    const groups: Group[] = [
      { label: "I. Nhóm thứ nhất", subtotal: "Cộng (I)", members: rows.slice(0, cut).map((r) => r.id) },
      { label: "II. Nhóm thứ hai", subtotal: "Cộng (II)", members: rows.slice(cut).map((r) => r.id) },
    ];
    t = withSubtotals(t, groups);
    steps.push("subtotals");
  }
  if (t.columns.length <= 3 && chance(next, 0.3)) {
    t = periodGroups(t, [
      { key: "ky", label: pick(next, ["Kỳ này", "Kỳ báo cáo", "Tháng 7"]) },
      { key: "lk", label: pick(next, ["Lũy kế", "Lũy kế từ đầu năm", "7 tháng"]) },
    ]);
    steps.push("periods");
  }
  const transposed = chance(next, 0.3);
  if (transposed) {
    t = transpose(t);
    steps.push("transposed");
  }
  if (chance(next, 0.3)) {
    t = moveFirst(t, transposed ? "columns" : "rows", "total");
    steps.push("total first");
  }
  const text = chance(next, 0.2);
  const options: RenderOptions = {
    sheet: "Báo cáo",
    at: `${pick(next, ["A", "B", "C", "D"])}${between(next, 5, 9)}`,
    title: chance(next, 0.6) ? ["UBND HUYỆN CẨM XUYÊN", "BÁO CÁO KẾT QUẢ THÁNG 6/2025"] : undefined,
    stt: chance(next, 0.5) ? pick(next, ["STT", "TT"]) : undefined,
    rowGroups: chance(next, 0.5) ? "merged" : "sections",
    ...(text ? { text: "word" as const, wordHundredComma: chance(next, 0.5) } : {}),
    ...(!text && chance(next, 0.2) ? { formulas: "totals" as const } : {}),
  };
  steps.push(
    ...Object.entries(options)
      .filter(([k]) => k !== "sheet" && k !== "title")
      .map(([k, v]) => `${k}=${v}`),
  );
  return { table: render(t, options), about: steps.join("; ") };
}

/** One figure changed so that it breaks a relation the table shows: a typed count, a rate, or a total. */
function plantOne(g: Generated, seed: number): { cell: string; value: ReturnType<Rendered["show"]> } {
  const next = random(seed * 7 + 3);
  const { table } = g;
  const relations = relationsOf(table.table, table.figures);
  const candidates = [...table.cells.keys()].filter(
    (key) => relations.some((r) => r.cells.includes(key)) && table.figures.get(key) != null,
  );
  for (let attempt = 0; attempt < 50; attempt++) {
    const key = pick(next, candidates);
    const [rowId, columnId] = key.split("|");
    const clean = table.figures.get(key)!;
    const isRateCell = relations.some((r) => r.kind === "rate" && r.cells[0] === key);
    const changed = isRateCell
      ? Math.round(
          (clean + (clean >= 5 && chance(next, 0.5) ? -1 : 1) * (0.5 + between(next, 0, 300) / 100)) * 100,
        ) / 100
      : clean + between(next, 1, Math.max(9, Math.round(clean * 0.1)));
    const get = (k: string) => (k === key ? changed : (table.figures.get(k) ?? null));
    if (!relations.filter((r) => r.cells.includes(key)).some((r) => !r.holds(get))) continue;
    return { cell: table.ref(rowId, columnId), value: table.show(rowId, columnId, changed) };
  }
  throw new Error(`no figure to plant in ${g.about}`);
}

const isFinding = (issue: Issue) => issue.severity === "error" || issue.severity === "warning";
const cellsOf = (issue: Issue) => issue.cells.map((c) => `${c.sheet}!${c.address}`);

function findings(sheets: ReturnType<typeof sheetOf>[]): Issue[] {
  return checkWorkbook(recogniseWorkbook(toSnapshot({ sheets }))).issues.filter(isFinding);
}

describe("a table's own arithmetic, whatever its layout", () => {
  // The generator itself, without the engine: every table passes the builder's self-check (render throws
  // otherwise) and every plant breaks a relation (plantOne throws otherwise).
  it("the generator makes consistent tables and sound plants", () => {
    for (let seed = 1; seed <= RUNS * 20; seed++) plantOne(generate(seed), seed);
  });

  it("a consistent table gives no error or warning", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), (seed) => {
        const g = generate(seed);
        const found = findings([sheetOf([g.table])]).map((i) => `${i.ruleId} at ${cellsOf(i).join(",")}`);
        expect({ about: g.about, found }).toEqual({ about: g.about, found: [] });
      }),
      { numRuns: RUNS },
    );
  });

  it("one planted mistake is found, and nothing else", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), (seed) => {
        const g = generate(seed);
        const plant = plantOne(g, seed);
        const issues = findings(withPlants([sheetOf([g.table])], [{ ...plant, what: "planted" }]));
        const pointed = issues.some((i) => cellsOf(i).includes(plant.cell));
        const elsewhere = issues
          .filter((i) => !cellsOf(i).includes(plant.cell))
          .map((i) => `${i.ruleId} at ${cellsOf(i).join(",")}`);
        expect({ about: g.about, plant: plant.cell, pointed, elsewhere }).toEqual({
          about: g.about,
          plant: plant.cell,
          pointed: true,
          elsewhere: [],
        });
      }),
      { numRuns: RUNS },
    );
  });
});
