// What a heading or a row label says about its line's arithmetic, whatever the table reports: a total, a rate, a
// remainder, a difference, a group of parts ("Trong đó", "Chia ra"), a period or a cumulative figure, a target.
// Keys are `wordKey`s: lower case, no diacritics ("Cộng" and "Công" are both "cong").
import { isTotalKey } from "../lines";
import { isRateKey } from "../words";

/** "Tổng số hồ sơ", "Tổng số đã kích hoạt (mức 1 + mức 2)", "Toàn huyện": but not "Tổng hợp", "Tổng cục". */
const TOTAL_START = /^(tong so|tong cong|tong chung|tong)( |$)/;
const NOT_TOTAL = /^tong (hop|ket|quan|cuc|cong ty|dai|dieu tra|the|giam doc|bien tap)( |$)/;

export function isTotalWording(key: string): boolean {
  return isTotalKey(key) || (TOTAL_START.test(key) && !NOT_TOTAL.test(key));
}

export { isRateKey as isRateWording };

const PARTS =
  /^(trong do|trong so do|trong do co|chia ra|chia theo|phan theo|phan ra|gom|bao gom|cu the)( |$)/;
const EXHAUSTIVE = /^(chia ra|chia theo|phan theo|phan ra|gom|bao gom)( |$)/;

/** A heading over parts of the figure beside it: "Trong đó", "Chia ra", "Gồm", "Phân theo mức độ". */
export function isPartsWording(key: string): boolean {
  return PARTS.test(key);
}

/** Parts that make up the whole ("Chia ra", "Gồm"), not only some of it ("Trong đó"). */
export function isExhaustiveWording(key: string): boolean {
  return EXHAUSTIVE.test(key);
}

const CUMULATIVE =
  /(^| )(luy ke|cong don|tu dau nam|tinh den|den nay|den ngay|den het|tu khi trien khai|tu dau ky|ca nam)( |$)|^\d+ thang( |$)/;

/** "Lũy kế", "Lũy kế từ đầu năm", "7 tháng", "Tính đến nay": figures from the start of a longer span. */
export function isCumulativeWording(key: string): boolean {
  return CUMULATIVE.test(key);
}

const PERIOD =
  /(^| )(ky nay|ky bao cao|trong ky|trong thang|trong tuan|trong quy|trong ngay|thang nay|tuan nay|quy nay)( |$)|^(thang|tuan|quy) [0-9ivx]+( |$)/;

/** "Kỳ này", "Kỳ báo cáo", "Trong tháng", "Tháng 7", "Tuần 32": the figures of the period alone. */
export function isPeriodWording(key: string): boolean {
  return PERIOD.test(key);
}

const REMAINDER =
  /(^| )(con ton|con lai|chua xu ly|chua giai quyet|ton dong|chua hoan thanh|con phai xu ly|chua hoan thien)( |$)|^ton$/;

/** "Còn tồn", "Còn lại", "Chưa xử lý": what is left of a figure once another is taken from it. */
export function isRemainderWording(key: string): boolean {
  return REMAINDER.test(key);
}

const DIFFERENCE = /(^| )(so sanh|tang giam|chenh lech|tang hoac giam|giam tang)( |$)/;

/** "So sánh", "Tăng (+), giảm (−)", "Chênh lệch": one figure against another. */
export function isDifferenceWording(key: string): boolean {
  return DIFFERENCE.test(key);
}

const TARGET = /(^| )(chi tieu|ke hoach|muc tieu|duoc giao|giao chi tieu)( |$)/;

/** "Chỉ tiêu được giao", "Kế hoạch": a rate against it may pass 100%. */
export function isTargetWording(key: string): boolean {
  return TARGET.test(key);
}

/** The words heading report tables use whatever they report: where a table's heading row may be. */
const STRUCTURE =
  /(^| )(tong so|tong cong|trong do|chia ra|ty le|luy ke|ky nay|ky bao cao|ke hoach|chi tieu|ket qua|thuc hien|so luong|ghi chu|so sanh|tang giam|con ton|con lai|da giai quyet|dang giai quyet|truoc han|dung han|qua han|trong han|tiep nhan|da xu ly|so ho so|don vi)( |$)|%/;

export function isStructureWording(key: string): boolean {
  return STRUCTURE.test(key) || isTotalWording(key);
}
