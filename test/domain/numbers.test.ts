import fc from "fast-check";
import {
  checkStatedRate,
  countValueProblem,
  decimalFromNumber,
  decimalFromString,
  decimalToString,
  differsByOneDigit,
  formatFraction,
  formatNumber,
  formatPercentPoints,
  parseVietnameseNumber,
  percentAtPrecision,
  type Decimal,
} from "../../src/domain/numbers";

const dec = (text: string): Decimal => decimalFromString(text)!;
const int = (n: number): Decimal => decimalFromString(String(n))!;

describe("parseVietnameseNumber", () => {
  it.each([
    ["1.174", "count", 1174],
    ["1.336.261", undefined, 1336261],
    ["1.234.567", undefined, 1234567],
    ["1,234,567", undefined, 1234567],
    ["4500", undefined, 4500],
    ["0", undefined, 0],
    ["12.5", undefined, 12.5],
    ["1,5", undefined, 1.5],
    ["0.174", undefined, 0.174],
    ["1.234,5", undefined, 1234.5],
    ["1,234.5", undefined, 1234.5],
    ["-3", undefined, -3],
  ] as const)("reads %s (context %s) as %d", (text, context, value) => {
    const parsed = parseVietnameseNumber(text, context);
    expect(parsed).toMatchObject({ kind: "number", value });
    expect("ambiguous" in parsed).toBe(false);
  });

  it("keeps zero-padded figures as numbers and says so", () => {
    expect(parseVietnameseNumber("01")).toMatchObject({ kind: "number", value: 1, zeroPadded: true });
    expect(parseVietnameseNumber("10")).toMatchObject({ kind: "number", value: 10, zeroPadded: false });
  });

  it("flags one separator followed by three digits when nothing says which reading is meant", () => {
    expect(parseVietnameseNumber("1.174")).toMatchObject({
      kind: "number",
      value: 1174,
      ambiguous: { reason: "one-separator-three-digits", alternative: 1.174 },
    });
    expect(parseVietnameseNumber("1,174")).toMatchObject({ value: 1174, ambiguous: { alternative: 1.174 } });
  });

  it("reads every separator in a percentage as the decimal mark, with the stated precision", () => {
    expect(parseVietnameseNumber("51,85%")).toMatchObject({ kind: "percent", value: 51.85, decimals: 2 });
    expect(parseVietnameseNumber("19.23%")).toMatchObject({ kind: "percent", value: 19.23, decimals: 2 });
    expect(parseVietnameseNumber("100%")).toMatchObject({ kind: "percent", value: 100, decimals: 0 });
    expect(parseVietnameseNumber("98.87 %")).toMatchObject({ kind: "percent", value: 98.87, decimals: 2 });
    expect(parseVietnameseNumber("75,0%")).toMatchObject({ kind: "percent", value: 75, decimals: 1 });
    expect(parseVietnameseNumber("20,706%")).toMatchObject({ kind: "percent", value: 20.706, decimals: 3 });
  });

  it("reads zero words as 0 and status words as no figure at all", () => {
    expect(parseVietnameseNumber("Không")).toEqual({ kind: "zero-word", value: 0, word: "Không" });
    expect(parseVietnameseNumber("**Không**")).toMatchObject({ kind: "zero-word" });
    for (const status of [
      "Chưa thực hiện",
      "Không thuộc thẩm quyền",
      "không phát sinh",
      "–",
      "",
      "Chưa có hướng dẫn cập nhật",
    ]) {
      expect(parseVietnameseNumber(status)).toMatchObject({ kind: "not-applicable" });
    }
  });

  it("reads ratios, with spaces around the slash", () => {
    expect(parseVietnameseNumber("11/11")).toEqual({ kind: "ratio", numerator: 11, denominator: 11 });
    expect(parseVietnameseNumber("1.114 /1.114")).toEqual({
      kind: "ratio",
      numerator: 1114,
      denominator: 1114,
    });
    expect(parseVietnameseNumber("06/06")).toEqual({ kind: "ratio", numerator: 6, denominator: 6 });
  });

  it("keeps approximate figures with a flag", () => {
    expect(parseVietnameseNumber("hơn 920")).toMatchObject({ kind: "number", value: 920, approximate: true });
    expect(parseVietnameseNumber("trên 1.000", "count")).toMatchObject({ value: 1000, approximate: true });
  });

  it("never turns a malformed token into a number", () => {
    for (const text of ["1.2.3", "12,34,5", "abc", "1.234,56,7", "5 hồ sơ", "1..2", "12a"]) {
      expect(parseVietnameseNumber(text)).toMatchObject({ kind: "not-a-number" });
    }
  });

  it("normalises non-breaking spaces and composed/decomposed Vietnamese", () => {
    expect(parseVietnameseNumber("\u00a0Kho\u0302ng ")).toMatchObject({ kind: "zero-word" });
  });
});

describe("formatting", () => {
  it("formats the Vietnamese way", () => {
    expect(formatNumber(1234567)).toBe("1.234.567");
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatNumber(1.174)).toBe("1,174");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(5e-324)).toBe("0"); // past Intl's 20 decimals
    expect(formatNumber(1e308)).toMatch(/^100\.000\.000/);
    expect(formatNumber(95.16129, 2)).toBe("95,16");
    expect(formatPercentPoints(51.85, 2)).toBe("51,85%");
    expect(formatPercentPoints(dec("93.65"))).toBe("93,65%");
    expect(formatFraction(0.5185)).toBe("51,85%");
  });

  it("round-trips integers and percentages through format and parse", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseVietnameseNumber(formatNumber(n), "count")).toMatchObject({ kind: "number", value: n });
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        (units, decimals) => {
          const points = units / 10 ** decimals;
          const parsed = parseVietnameseNumber(formatPercentPoints(points, decimals));
          expect(parsed).toMatchObject({ kind: "percent", value: points, decimals });
        },
      ),
    );
  });

  it("round-trips any finite double through the exact decimal spelling", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(Number(decimalToString(decimalFromNumber(n)!))).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe("rates: rounded half-up or truncated at the stated precision", () => {
  it("accepts both conventions and rejects neighbours (7/9 = 77,777…%)", () => {
    for (const ok of ["77.78", "77.77", "77.8", "77.7", "78", "77"]) {
      expect(checkStatedRate(int(7), int(9), dec(ok))).toMatchObject({ verdict: "consistent" });
    }
    for (const bad of ["77.79", "77.6", "77.76"]) {
      expect(checkStatedRate(int(7), int(9), dec(bad))).toMatchObject({ verdict: "inconsistent" });
    }
  });

  it("says which convention matched", () => {
    expect(checkStatedRate(int(274524), int(1325816), dec("20.71"))).toMatchObject({
      verdict: "consistent",
      convention: "rounded",
    });
    expect(checkStatedRate(int(274524), int(1325816), dec("20.70"), 2)).toMatchObject({
      verdict: "consistent",
      convention: "truncated",
    });
  });

  it("confirms the seed's correct rates (S001, S004)", () => {
    expect(checkStatedRate(int(15), int(78), dec("19.23")).verdict).toBe("consistent");
    expect(checkStatedRate(int(28), int(54), dec("51.85")).verdict).toBe("consistent");
    expect(checkStatedRate(int(1), int(2), dec("50")).verdict).toBe("consistent");
    expect(checkStatedRate(int(1051292), int(1325816), dec("79.29")).verdict).toBe("consistent");
    expect(checkStatedRate(int(12356), int(12496), dec("98.87")).verdict).toBe("consistent");
  });

  it("flags the seed's 93.65% for 59/62 and explains it as 59/63", () => {
    const check = checkStatedRate(int(59), int(62), dec("93.65"));
    expect(check).toMatchObject({
      verdict: "inconsistent",
      decimals: 2,
      hint: { kind: "whole-off-by-one", whole: 63 },
    });
    if (check.verdict === "inconsistent") expect(decimalToString(check.computed)).toBe("95.16");
  });

  it("explains a one-digit typo in the stated rate", () => {
    // 97,52% is computed; 87,52% was typed.
    const check = checkStatedRate(int(9752), int(10000), dec("87.52"));
    expect(check).toMatchObject({ verdict: "inconsistent", hint: { kind: "stated-digit" } });
  });

  it("handles a zero denominator and rates over 100% (achievement against a target)", () => {
    expect(checkStatedRate(int(3), int(0), dec("0"))).toEqual({ verdict: "zero-whole" });
    expect(checkStatedRate(int(3100), int(3000), dec("103.33")).verdict).toBe("consistent");
  });

  it("compares an unrounded formula result within a tolerance", () => {
    expect(checkStatedRate(int(15), int(78), decimalFromNumber((15 / 78) * 100)!).verdict).toBe("consistent");
    expect(checkStatedRate(int(15), int(78), decimalFromNumber((16 / 78) * 100)!).verdict).toBe(
      "inconsistent",
    );
  });

  it("computes exactly where floats would not (no 0.1 + 0.2 surprises)", () => {
    // 100·1/8 = 12.5 exactly: half-up gives 13, truncation 12.
    expect(percentAtPrecision(int(1), int(8), 0)).toEqual({ roundedHalfUp: int(13), truncated: int(12) });
    // 100·0.3/1 read from floats 0.1 + 0.2 would be 30.000000000000004.
    expect(decimalToString(percentAtPrecision(dec("0.3"), int(1), 2)!.roundedHalfUp)).toBe("30");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 0, max: 4 }),
        (a, b, d) => {
          const { roundedHalfUp, truncated } = percentAtPrecision(int(a), int(b), d)!;
          const exact = (100 * a) / b;
          expect(Math.abs(Number(decimalToString(roundedHalfUp)) - exact)).toBeLessThanOrEqual(
            0.5 * 10 ** -d + 1e-9,
          );
          expect(Number(decimalToString(truncated))).toBeLessThanOrEqual(exact + 1e-9);
          expect(checkStatedRate(int(a), int(b), roundedHalfUp).verdict).toBe("consistent");
          expect(checkStatedRate(int(a), int(b), truncated).verdict).toBe("consistent");
        },
      ),
    );
  });
});

describe("count pitfalls", () => {
  it("reads a decimal with up to 3 places in a count column as a lost thousands separator", () => {
    expect(countValueProblem(1.174)).toEqual({ kind: "thousands-separator", likely: 1174 });
    expect(countValueProblem(12.5)).toEqual({ kind: "thousands-separator", likely: 12500 });
    expect(countValueProblem(0.1234)).toEqual({ kind: "not-whole" });
    expect(countValueProblem(-2)).toEqual({ kind: "negative" });
    expect(countValueProblem(1174)).toBeNull();
  });

  it("recognises one-digit typing slips", () => {
    expect(differsByOneDigit("9752", "8752")).toBe(true);
    expect(differsByOneDigit("9365", "9635")).toBe(true);
    expect(differsByOneDigit("9365", "9516")).toBe(false);
    expect(differsByOneDigit("12", "123")).toBe(false);
  });
});
