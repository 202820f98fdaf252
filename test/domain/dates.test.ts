import { displayDate, displayPeriod, parseDisplayDate } from "../../src/domain/dates";

describe("dates as Vietnamese users read them", () => {
  it("shows ISO dates as dd/mm/yyyy: 1 July reads 01/07, never 07/01", () => {
    expect(displayDate("2025-07-01")).toBe("01/07/2025");
    expect(displayPeriod("2025-07-01", "2025-07-31")).toBe("01/07/2025 – 31/07/2025");
    expect(displayPeriod(undefined, "2025-07-31")).toBe("? – 31/07/2025");
    expect(displayDate("tháng 7")).toBe("tháng 7");
  });

  it.each([
    ["01/07/2025", "2025-07-01"],
    ["1/7/2025", "2025-07-01"],
    [" 31.12.2025 ", "2025-12-31"],
    ["29-02-2024", "2024-02-29"],
  ])("reads %j typed by a user as %s", (typed, iso) => {
    expect(parseDisplayDate(typed)).toBe(iso);
  });

  it.each(["07/01", "31/06/2025", "29/02/2025", "2025-07-01", "00/01/2025", "hôm nay", ""])(
    "refuses %j rather than guess",
    (typed) => {
      expect(parseDisplayDate(typed)).toBeUndefined();
    },
  );

  it("round-trips every day of a leap year", () => {
    for (let day = 0; day < 366; day++) {
      const iso = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
      expect(parseDisplayDate(displayDate(iso))).toBe(iso);
    }
  });
});
