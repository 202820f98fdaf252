import { TableHeaderSchema, TemplateSchema, TEMPLATES, templateById } from "../../src/domain/templates";

describe("templates", () => {
  it("declares the tables the reports use", () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([
      "dvc25",
      "lien_thong",
      "cccd",
      "dddt",
      "lam_sach",
      "lam_sach_tien_do",
      "bhxh_dong_bo",
      "tiem_chung",
      "kcb_cccd",
      "tuyen_truyen",
      "to_cong_tac",
      "nhan_luc",
    ]);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "%s round-trips through its zod schema",
    (_id, template) => {
      const reparsed = TemplateSchema.parse(JSON.parse(JSON.stringify(template)));
      expect(reparsed).toEqual(template);
      expect(template.rules.length).toBeGreaterThan(0);
    },
  );

  it("has every service once in the DVC table, then the total row, with the online rate computed", () => {
    const dvc = templateById("dvc25")!;
    expect(dvc.rows).toHaveLength(26);
    expect(dvc.rows.at(-1)).toMatchObject({ id: "tong_cong", total: true });
    expect(dvc.columns.find((c) => c.id === "ty_le_truc_tuyen")!.formula).toEqual({
      op: "rate",
      part: "truc_tuyen",
      whole: "tong_ho_so",
    });
    expect(dvc.notApplicableColumn).toBe("tham_quyen");
  });

  it("rejects references to rows or columns that do not exist, and duplicate ids", () => {
    const dvc = templateById("dvc25")!;
    const broken = {
      ...dvc,
      columns: [...dvc.columns, { ...dvc.columns[1] }],
      rules: [...dvc.rules, { ...dvc.rules[0], id: "extra", left: ["no_such_column"] }],
    };
    const result = TemplateSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages).toContain('duplicate column "tong_ho_so"');
    expect(messages).toContain('rule extra: unknown id "no_such_column"');
  });

  it("rejects malformed declarations", () => {
    const dvc = templateById("dvc25")!;
    expect(TemplateSchema.safeParse({ ...dvc, id: "Bad Id" }).success).toBe(false);
    expect(
      TemplateSchema.safeParse({ ...dvc, rules: [{ ...dvc.rules[0], severity: "fatal" }] }).success,
    ).toBe(false);
    expect(
      TemplateSchema.safeParse({
        ...dvc,
        columns: [{ ...dvc.columns[4], formula: { op: "rate", part: "x" } }],
      }).success,
    ).toBe(false);
  });
});

describe("the header block", () => {
  it("accepts a unit, a level and an ISO period, and refuses what cannot be", () => {
    const header = {
      unit: "Xã Long Hiệp",
      level: "xa",
      from: "2022-03-30",
      to: "2022-12-30",
      cutoff: "2022-12-30",
      reportDate: "2023-02-03",
    };
    expect(TableHeaderSchema.parse(header)).toEqual(header);
    expect(TableHeaderSchema.safeParse({ ...header, level: "thon" }).success).toBe(false);
    expect(TableHeaderSchema.safeParse({ ...header, from: "30/03/2022" }).success).toBe(false);
    expect(TableHeaderSchema.safeParse({ ...header, to: "2022-01-01" }).error!.issues[0].message).toBe(
      "the period ends before it starts",
    );
    expect(TableHeaderSchema.safeParse({ unit: "  " }).success).toBe(false);
  });
});
