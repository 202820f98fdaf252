// The report sections beyond the 25 services and the cleaning items (README (b), B2–B12).
import type { Metric, Section, SectionId } from "./types";

export const SECTIONS: readonly Section[] = [
  {
    id: "lien_thong",
    title: "Hai nhóm thủ tục liên thông",
    titleEn: "The two joint-procedure groups",
    unit: "hồ sơ",
  },
  {
    id: "cccd",
    title: "Cấp Căn cước công dân",
    titleEn: "Citizen ID card (CCCD) issuance",
    unit: "hồ sơ, thẻ",
  },
  {
    id: "dddt",
    title: "Tài khoản định danh điện tử (VNeID)",
    titleEn: "Electronic identification accounts (VNeID)",
    unit: "tài khoản",
  },
  {
    id: "bhxh_dong_bo",
    title: "Đồng bộ dữ liệu BHXH, BHYT với CSDLQG về dân cư",
    titleEn: "Social/health insurance data sync",
    unit: "người",
  },
  {
    id: "tiem_chung",
    title: "Làm sạch dữ liệu tiêm chủng",
    titleEn: "Vaccination data cleaning",
    unit: "đối tượng, mũi",
  },
  {
    id: "kcb_cccd",
    title: "Khám chữa bệnh bằng CCCD",
    titleEn: "Health-insurance visits with the CCCD card",
    unit: "cơ sở, lượt",
  },
  { id: "tuyen_truyen", title: "Tuyên truyền", titleEn: "Public information", unit: "tin bài, lượt, người" },
  { id: "to_cong_tac", title: "Tổ công tác Đề án 06", titleEn: "Đề án 06 working groups", unit: "tổ" },
  {
    id: "nhan_luc",
    title: "Nhân lực theo trình độ đào tạo",
    titleEn: "Staff by training level",
    unit: "người",
  },
  { id: "thiet_bi", title: "Trang thiết bị", titleEn: "Equipment", unit: "cái, bộ" },
];

/** The two joint procedures and their steps (B2); each is also one of the 25 services (nos. 15 and 16). */
export const LIEN_THONG_GROUPS = [
  {
    id: "lien_thong_khai_sinh",
    serviceNo: 15,
    steps: ["Đăng ký khai sinh", "Đăng ký thường trú", "Cấp thẻ BHYT cho trẻ em dưới 6 tuổi"],
    componentServiceId: "dang_ky_khai_sinh",
  },
  {
    id: "lien_thong_khai_tu",
    serviceNo: 16,
    steps: [
      "Đăng ký khai tử",
      "Xóa đăng ký thường trú",
      "Hưởng chế độ tử tuất / hỗ trợ chi phí mai táng / mai táng phí",
    ],
    componentServiceId: "dang_ky_khai_tu",
  },
] as const;

function metrics(
  section: SectionId,
  unit: string,
  rows: [string, string, string, Partial<Pick<Metric, "kind" | "aliases">>?][],
): Metric[] {
  return rows.map(([id, label, labelEn, options]) => ({
    id,
    section,
    label,
    labelEn,
    unit,
    kind: options?.kind ?? "count",
    ...(options?.aliases ? { aliases: options.aliases } : {}),
  }));
}

const PERCENT = { kind: "percent" } as const;
const TARGET_RATE = [
  "Tỷ lệ đạt",
  "Đạt tỷ lệ",
  "Tỷ lệ",
  "Tỷ lệ so với chỉ tiêu",
  "% so với chỉ tiêu",
  "% đạt",
];

export const METRICS: readonly Metric[] = [
  ...metrics("cccd", "hồ sơ", [
    [
      "thu_nhan",
      "Thu nhận hồ sơ cấp CCCD",
      "CCCD applications received",
      {
        aliases: [
          "Thu nhận hồ sơ CCCD",
          "Thu nhận hồ sơ căn cước",
          "Hồ sơ CCCD đã thu nhận",
          "Số hồ sơ CCCD",
          "Thu nhận hồ sơ cấp thẻ căn cước",
          "Thu nhận hồ sơ",
        ],
      },
    ],
    [
      "cap_lan_dau",
      "Trong đó: cấp lần đầu (gắn chip)",
      "of which first-time (chip) cards",
      { aliases: ["Cấp lần đầu", "Cấp mới"] },
    ],
    [
      "truyen_du_lieu",
      "Đã truyền dữ liệu",
      "Data transmitted",
      { aliases: ["Truyền dữ liệu", "Đã chuyển dữ liệu", "Đã truyền"] },
    ],
    [
      "tra_the",
      "Đã trả thẻ cho công dân",
      "Cards returned to citizens",
      { aliases: ["Đã trả thẻ", "Trả thẻ", "Số thẻ đã trả", "Trả thẻ CCCD", "Đã trả thẻ CCCD"] },
    ],
    [
      "chi_tieu",
      "Chỉ tiêu được giao",
      "Assigned target",
      { aliases: ["Chỉ tiêu", "Chỉ tiêu giao", "Chỉ tiêu thu nhận"] },
    ],
    [
      "ty_le_dat",
      "Tỷ lệ đạt so với chỉ tiêu",
      "Achievement against target",
      { ...PERCENT, aliases: TARGET_RATE },
    ],
  ]),
  ...metrics("dddt", "tài khoản", [
    [
      "dang_ky_m1",
      "Đăng ký tài khoản mức 1",
      "Level-1 registrations",
      { aliases: ["Đăng ký mức 1", "Đăng ký ĐDĐT mức 1", "Tài khoản đăng ký mức 1"] },
    ],
    [
      "thu_nhan_m2",
      "Thu nhận hồ sơ mức 2",
      "Level-2 applications received",
      { aliases: ["Thu nhận mức 2", "Hồ sơ mức 2", "Thu nhận hồ sơ ĐDĐT mức 2"] },
    ],
    [
      "phe_duyet_m1",
      "Đã phê duyệt mức 1",
      "Level-1 approved",
      { aliases: ["Phê duyệt mức 1", "Đã duyệt mức 1"] },
    ],
    [
      "phe_duyet_m2",
      "Đã phê duyệt mức 2",
      "Level-2 approved",
      { aliases: ["Phê duyệt mức 2", "Đã duyệt mức 2"] },
    ],
    ["kich_hoat_m1", "Đã kích hoạt mức 1", "Level-1 activated", { aliases: ["Kích hoạt mức 1"] }],
    ["kich_hoat_m2", "Đã kích hoạt mức 2", "Level-2 activated", { aliases: ["Kích hoạt mức 2"] }],
    [
      "kich_hoat_tong",
      "Tổng số đã kích hoạt",
      "Total activated",
      { aliases: ["Đã kích hoạt", "Tổng kích hoạt", "Số tài khoản đã kích hoạt", "Tài khoản đã kích hoạt"] },
    ],
    [
      "chi_tieu_kich_hoat",
      "Chỉ tiêu kích hoạt được giao",
      "Assigned activation target",
      { aliases: ["Chỉ tiêu kích hoạt", "Chỉ tiêu", "Chỉ tiêu giao", "Chỉ tiêu được giao"] },
    ],
    [
      "ty_le_dat",
      "Tỷ lệ kích hoạt so với chỉ tiêu",
      "Activation against target",
      { ...PERCENT, aliases: ["Tỷ lệ kích hoạt", ...TARGET_RATE] },
    ],
  ]),
  ...metrics("bhxh_dong_bo", "người", [
    [
      "nguoi_tham_gia",
      "Số người tham gia BHXH, BHYT",
      "People insured (BHXH, BHYT)",
      { aliases: ["Người tham gia BHXH, BHYT", "Tổng số người tham gia"] },
    ],
    [
      "da_dong_bo",
      "Đã đồng bộ với CSDLQG về dân cư",
      "Synchronised with the population database",
      { aliases: ["Đã đồng bộ"] },
    ],
    ["ty_le_dong_bo", "Tỷ lệ đã đồng bộ", "Share synchronised", { ...PERCENT, aliases: ["Tỷ lệ đồng bộ"] }],
    ["chua_dong_bo", "Chưa đồng bộ", "Not synchronised"],
    [
      "khong_co_du_lieu_dan_cu",
      "Trong đó: không có dữ liệu dân cư",
      "of which: no population record",
      { aliases: ["Không có dữ liệu dân cư", "Không có thông tin trong CSDLQG về dân cư"] },
    ],
    [
      "co_thong_tin_chua_dong_bo",
      "– Có thông tin, chưa đồng bộ",
      "– record exists, not yet synchronised",
      { aliases: ["Có thông tin nhưng chưa đồng bộ"] },
    ],
    [
      "bhxh_sai",
      "   + Trong đó: BHXH sai thông tin",
      "   + of which: wrong insurance data",
      { aliases: ["BHXH sai thông tin"] },
    ],
    ["khong_co_tren_dia_ban", "– Không có trên địa bàn", "– not living in the area"],
    [
      "sai_lech_bhxh_dan_cu",
      "Trong đó: sai lệch BHXH – dân cư",
      "of which: insurance/population mismatch",
      {
        aliases: [
          "Sai lệch BHXH – dân cư",
          "Sai lệch thông tin BHXH với dữ liệu dân cư",
          "Sai lệch thông tin",
        ],
      },
    ],
  ]),
  ...metrics("tiem_chung", "đối tượng, mũi", [
    ["hoat_dong", "Đang hoạt động trên hệ thống", "Active in the system", { aliases: ["Đang hoạt động"] }],
    ["co_tt", "Có thông tin CCCD/CMND", "With an ID number"],
    ["khong_tt", "Không có thông tin hoặc sai định dạng", "Without ID number or malformed"],
    [
      "dung",
      "Xác minh đúng với CSDLQG về dân cư",
      "Verified correct",
      { aliases: ["Xác minh đúng", "Thông tin đúng"] },
    ],
    [
      "sai",
      "Xác minh sai so với CSDLQG về dân cư",
      "Verified wrong",
      { aliases: ["Xác minh sai", "Thông tin sai"] },
    ],
    ["ty_le_co_tt", "Tỷ lệ có thông tin", "Share with an ID number", PERCENT],
    ["ty_le_khong_tt", "Tỷ lệ không có thông tin / sai định dạng", "Share without ID number", PERCENT],
    ["ty_le_dung", "Tỷ lệ đúng", "Share verified correct", PERCENT],
    ["ty_le_sai", "Tỷ lệ sai", "Share verified wrong", PERCENT],
    ["mui_da_tiem", "Số mũi đã tiêm trên địa bàn", "Doses given in the area"],
    [
      "mui_da_cap_nhat",
      "Số mũi đã cập nhật lên phần mềm tiêm chủng",
      "Doses recorded in the vaccination system",
    ],
    ["ty_le_cap_nhat", "Tỷ lệ cập nhật", "Share recorded", PERCENT],
  ]),
  ...metrics("kcb_cccd", "cơ sở, lượt", [
    [
      "co_so_trien_khai",
      "Cơ sở KCB đã triển khai",
      "Clinics using the CCCD card",
      { aliases: ["Cơ sở đã triển khai", "Số cơ sở KCB đã triển khai"] },
    ],
    [
      "tong_co_so_kcb",
      "Tổng số cơ sở KCB",
      "All clinics",
      { aliases: ["Tổng số cơ sở khám chữa bệnh", "Tổng cơ sở KCB"] },
    ],
    [
      "cccd_dong_bo_the_bhyt",
      "CCCD đồng bộ với thẻ BHYT còn hiệu lực",
      "CCCD linked to a valid insurance card",
    ],
    [
      "luot_kcb_cccd",
      "Lượt KCB bằng CCCD",
      "Visits with the CCCD card",
      { aliases: ["Lượt khám chữa bệnh bằng CCCD", "Số lượt KCB bằng CCCD"] },
    ],
    [
      "tong_luot_kcb_bhyt",
      "Tổng lượt KCB BHYT",
      "All insured visits",
      { aliases: ["Tổng số lượt KCB BHYT", "Tổng lượt KCB"] },
    ],
    ["ty_le_kcb_cccd", "Tỷ lệ KCB bằng CCCD", "Share of visits with the CCCD card", PERCENT],
    ["luot_tra_cuu", "Lượt tra cứu thông tin", "Look-ups", { aliases: ["Lượt tra cứu", "Số lượt tra cứu"] }],
    [
      "luot_tra_cuu_thanh_cong",
      "Lượt tra cứu thành công",
      "Successful look-ups",
      { aliases: ["Tra cứu thành công"] },
    ],
    ["ty_le_thanh_cong", "Tỷ lệ tra cứu thành công", "Look-up success rate", PERCENT],
    ["dau_doc_qr", "Đầu đọc mã QR", "QR readers"],
  ]),
  ...metrics("tuyen_truyen", "tin bài, lượt, người", [
    ["tin_bai", "Tin bài", "News items", { aliases: ["Tin, bài", "Số tin bài", "Bài viết"] }],
    ["phong_su", "Phóng sự", "Reports"],
    ["video", "Video", "Videos"],
    ["luot_dua_tin", "Lượt đưa tin, chia sẻ", "Posts and shares"],
    [
      "luot_phat_thanh",
      "Lượt phát thanh (loa)",
      "Loudspeaker broadcasts",
      { aliases: ["Lượt phát thanh", "Phát thanh"] },
    ],
    ["hoi_nghi", "Hội nghị", "Meetings", { aliases: ["Hội nghị tuyên truyền", "Số hội nghị"] }],
    ["hop_to_dan_cu", "Buổi họp tổ dân cư", "Neighbourhood meetings"],
    ["nguoi_tham_du", "Người tham dự", "Attendees"],
    ["bang_ron", "Băng rôn, khẩu hiệu", "Banners", { aliases: ["Băng rôn", "Khẩu hiệu", "Pa nô"] }],
    ["cong_dan_huong_dan", "Công dân được hướng dẫn", "Citizens assisted"],
    [
      "khu_dan_cu_da_tt",
      "Khu dân cư đã tuyên truyền",
      "Neighbourhoods reached",
      { aliases: ["Khu dân cư đã được tuyên truyền", "Thôn, tổ dân phố đã tuyên truyền"] },
    ],
    [
      "tong_khu_dan_cu",
      "Tổng số khu dân cư",
      "All neighbourhoods",
      { aliases: ["Tổng số thôn, tổ dân phố"] },
    ],
  ]),
  ...metrics("to_cong_tac", "tổ", [
    ["da_thanh_lap", "Tổ công tác đã thành lập", "Working groups set up"],
    ["tong_don_vi", "Tổng số đơn vị", "Units"],
    ["so_thanh_vien", "Số thành viên", "Members"],
  ]),
  ...metrics("nhan_luc", "người", [
    [
      "nl_huyen",
      "Nguồn nhân lực cấp huyện",
      "District staff",
      { aliases: ["Cấp huyện", "Nhân lực cấp huyện"] },
    ],
    ["nl_xa", "Nguồn nhân lực cấp xã", "Commune staff", { aliases: ["Cấp xã", "Nhân lực cấp xã"] }],
    ["td_tren_dai_hoc", "Trên đại học", "Postgraduate", { aliases: ["Sau đại học", "Thạc sĩ"] }],
    ["td_dai_hoc", "Đại học", "University"],
    ["td_cao_dang", "Cao đẳng", "College"],
    ["td_trung_cap", "Trung cấp", "Vocational"],
    ["td_chua_dao_tao", "Chưa qua đào tạo", "No training", { aliases: ["Chưa đào tạo"] }],
  ]),
  ...metrics("thiet_bi", "cái, bộ", [
    ["may_tinh", "Máy tính", "Computers"],
    ["may_in", "Máy in", "Printers"],
    ["may_scan", "Máy scan", "Scanners"],
    ["usb_token", "USB Token", "USB tokens"],
    ["router", "Router", "Routers"],
    ["dien_thoai", "Điện thoại", "Phones"],
    ["dau_doc_qr", "Đầu đọc mã QR", "QR readers"],
    ["duong_truyen", "Đường truyền", "Network lines"],
  ]),
];

export function metric(section: SectionId, id: string): Metric {
  const found = METRICS.find((m) => m.section === section && m.id === id);
  if (!found) throw new Error(`No metric ${section}.${id} in the catalog`);
  return found;
}
