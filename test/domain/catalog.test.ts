import {
  CLEANING_ITEMS,
  ESSENTIAL_SERVICES,
  findService,
  LIEN_THONG_GROUPS,
  METRICS,
  SECTIONS,
  serviceKey,
} from "../../src/domain/catalog";

describe("catalogs", () => {
  it("has the 25 essential services, numbered 1–25 with unique ids and English names", () => {
    expect(ESSENTIAL_SERVICES.map((s) => s.no)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(new Set(ESSENTIAL_SERVICES.map((s) => s.id)).size).toBe(25);
    for (const s of ESSENTIAL_SERVICES) {
      expect(s.nameEn.length).toBeGreaterThan(3);
      expect(s.nameVariants.length).toBeGreaterThan(0);
    }
  });

  it("keeps unconfirmed knowledge marked as such", () => {
    const unconfirmed = ESSENTIAL_SERVICES.filter((s) => s.levelConfidence === "unconfirmed").map(
      (s) => s.id,
    );
    expect(unconfirmed).toEqual(expect.arrayContaining(["phat_nguoi", "bhyt_ho_gia_dinh", "cap_dien_moi"]));
    expect(ESSENTIAL_SERVICES.find((s) => s.id === "cap_lai_doi_cccd")!.unconfirmedVariants).toContain(
      "Cấp lại, đổi thẻ căn cước",
    );
  });

  it("has the liên thông groups as services 15 and 16", () => {
    for (const group of LIEN_THONG_GROUPS) {
      expect(ESSENTIAL_SERVICES.find((s) => s.no === group.serviceNo)!.id).toBe(group.id);
    }
  });

  it("has the cleaning items and the other sections' metrics", () => {
    expect(CLEANING_ITEMS.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        "cmnd_9_so",
        "huy_so_ddcn",
        "ho_khong_chu_ho",
        "xoa_trung",
        "tiem_chung",
        "bhxh_dong_bo",
      ]),
    );
    for (const section of SECTIONS.filter((s) => s.id !== "lien_thong")) {
      expect(METRICS.some((m) => m.section === section.id)).toBe(true);
    }
  });
});

describe("findService: names as reports write them", () => {
  it.each([
    ["Cấp lại, đổi thẻ CCCD", "cap_lai_doi_cccd"],
    ["Cấp lại, cấp đổi thẻ CCCD", "cap_lai_doi_cccd"],
    ["Cấp đổi, cấp lại thẻ Căn cước công dân", "cap_lai_doi_cccd"],
    ["khai báo lưu trú", "thong_bao_luu_tru"],
    ["Dịch vụ công khai báo lưu trú", "thong_bao_luu_tru"],
    ["+ Thủ tục thông báo lưu trú:", "thong_bao_luu_tru"],
    ["Đăng ký tạm vắng", "khai_bao_tam_vang"],
    ["Thủ tục đăng kí thường trú", "dang_ky_thuong_tru"],
    ["Dang ky khai sinh", "dang_ky_khai_sinh"],
    ["Xác nhận số CMND khi đã được cấp thẻ CCCD", "xac_nhan_cmnd"],
    [
      "Liên thông đăng ký khai sinh đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi",
      "lien_thong_khai_sinh",
    ],
    ["Liên thông đăng ký khai tử - Xóa đăng ký thường trú - Trợ cấp mai táng phí", "lien_thong_khai_tu"],
    [
      "Thu tiền nộp phạt xử lý vi phạm hành chính trong lĩnh vực giao thông đường bộ (phạt nguội)",
      "phat_nguoi",
    ],
    ["Cấp đổi, cấp lại GPLX", "gplx"],
    ["Đăng ký thuế lần đầu", "dang_ky_thue"],
  ])("%s → %s", (name, id) => {
    expect(findService(name)?.service.id).toBe(id);
  });

  it("matches the most specific service: a liên thông name is not plain birth registration", () => {
    expect(findService("Đăng ký khai sinh")?.service.id).toBe("dang_ky_khai_sinh");
    expect(findService("Liên thông khai sinh, thường trú, BHYT trẻ em dưới 6 tuổi")?.service.id).toBe(
      "lien_thong_khai_sinh",
    );
  });

  it("says how sure it is, and finds nothing for unrelated text", () => {
    expect(findService("Đăng ký thường trú")).toMatchObject({ confidence: 1, via: "name" });
    expect(findService("dang ky thuong tru")).toMatchObject({ via: "without-diacritics" });
    expect(findService("Tổng cộng")).toBeNull();
    expect(findService("")).toBeNull();
  });

  it("normalises names: prefixes, parentheses, abbreviations, kí/ký", () => {
    expect(serviceKey("Thủ tục Đăng kí tạm trú (Thí điểm)")).toBe("đăng ký tạm trú");
    expect(serviceKey("Cấp lại, đổi thẻ CCCD")).toBe("cấp lại đổi thẻ căn cước công dân");
  });
});
