// The report's paragraphs written from filled tables, in the reports' own style (seed S001): Vietnamese numbers,
// rates at 2 decimals, rows marked "Không thuộc thẩm quyền" left out. What it writes reads back as consistent claims.
import { formatNumber, formatPercentPoints } from "../numbers/format";
import { isNotApplicableText } from "../templates/layout";
import { computeTable, type TableValues } from "../templates/plan";
import { templateById } from "../templates/registry";

const n = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0);
const count = (value: unknown) => formatNumber(n(value));
const rate = (part: number, whole: number) =>
  formatPercentPoints(Math.round((10_000 * part) / whole) / 100, 2);

/** Mục 25 DVC thiết yếu: "Đã tiếp nhận 382 hồ sơ, trong đó: + …: 78 hồ sơ (63 …; 15 …), đạt 19,23%; …". */
export function dvcParagraph(values: TableValues): string {
  const template = templateById("dvc25")!;
  const computed = computeTable(template, values);
  const rows = template.rows.filter(
    (row) =>
      !row.total &&
      !isNotApplicableText(computed[row.id]?.tham_quyen ?? null) &&
      n(computed[row.id]?.tong_ho_so) > 0,
  );
  if (rows.length === 0) return "Trong kỳ chưa phát sinh hồ sơ đối với 25 dịch vụ công thiết yếu.";
  const total = rows.reduce((acc, row) => acc + n(computed[row.id].tong_ho_so), 0);
  const items = rows.map((row) => {
    const v = computed[row.id];
    const [all, direct, online] = [n(v.tong_ho_so), n(v.truc_tiep), n(v.truc_tuyen)];
    const resolved = v.da_giai_quyet === undefined ? "" : `; đã giải quyết ${count(v.da_giai_quyet)} hồ sơ`;
    return `+ ${row.label.vi}: ${count(all)} hồ sơ (${count(direct)} hồ sơ tiếp nhận trực tiếp; ${count(online)} hồ sơ tiếp nhận trực tuyến), đạt ${rate(online, all)}${resolved}.`;
  });
  return [`Đã tiếp nhận ${count(total)} hồ sơ, trong đó:`, ...items].join("\n");
}

/** Mục CCCD, ĐDĐT: figures of the period and cumulative, activation against the target. */
export function identityParagraph(cccd: TableValues, dddt: TableValues): string {
  const lines: string[] = [];
  const c = computeTable(templateById("cccd")!, cccd);
  if (c.thu_nhan?.trong_ky !== undefined || c.thu_nhan?.luy_ke !== undefined) {
    lines.push(
      `- Cấp Căn cước công dân: trong kỳ thu nhận ${count(c.thu_nhan?.trong_ky)} hồ sơ, lũy kế ${count(c.thu_nhan?.luy_ke)} hồ sơ; đã trả ${count(c.tra_the?.luy_ke)} thẻ cho công dân.`,
    );
  }
  const d = computeTable(templateById("dddt")!, dddt);
  const [m1, m2] = [n(d.kich_hoat_m1?.luy_ke), n(d.kich_hoat_m2?.luy_ke)];
  if (m1 + m2 > 0) {
    lines.push(
      `- Tài khoản định danh điện tử đã kích hoạt: ${count(m1 + m2)} tài khoản (${count(m1)} tài khoản mức 1; ${count(m2)} tài khoản mức 2).`,
    );
    const target = n(d.chi_tieu_kich_hoat?.luy_ke);
    if (target > 0)
      lines.push(
        `- Kết quả kích hoạt ${count(m1 + m2)} tài khoản/chỉ tiêu ${count(target)} tài khoản (đạt tỷ lệ ${rate(m1 + m2, target)}).`,
      );
  }
  return lines.join("\n");
}

/** Mục làm sạch dữ liệu: each figure filled in, splits with their parts. */
export function cleaningParagraph(values: TableValues): string {
  const template = templateById("lam_sach")!;
  const v = computeTable(template, values);
  const figure = (id: string) => v[id]?.so_lieu;
  const lines: string[] = [];
  const huy = [figure("huy_ra_soat"), figure("huy_da_hoan_thien"), figure("huy_vuong_mac")];
  if (huy.every((x) => typeof x === "number")) {
    lines.push(
      `- Hủy, xác lập lại số định danh cá nhân: rà soát ${count(huy[0])} trường hợp (${count(huy[1])} trường hợp đã hoàn thiện; ${count(huy[2])} trường hợp còn vướng mắc).`,
    );
  }
  for (const row of template.rows) {
    if (row.indent || row.id.startsWith("huy_") || typeof figure(row.id) !== "number") continue;
    lines.push(`- ${row.label.vi}: ${count(figure(row.id))} trường hợp.`);
  }
  return lines.join("\n");
}
