import { strings } from "../../src/taskpane/i18n";

type Entry = string | ((...args: never[]) => string) | { [key: string]: Entry };

/** Every leaf of a dictionary by its path: "check.highlighted" → the string or function. */
function leaves(entry: Entry, path = ""): Map<string, Entry> {
  if (typeof entry !== "object") return new Map([[path, entry]]);
  return new Map(
    Object.entries(entry).flatMap(([key, value]) => [...leaves(value, path ? `${path}.${key}` : key)]),
  );
}

/**
 * Which of its arguments a message shows. Numbers unlike any figure of the catalogues serve for text and numbers alike
 * (a number may be shown grouped, "7.013"); a message that cannot take numbers (it wants a record) shows "none".
 */
const ARGUMENTS = [7013, 8027, 9041];

function shown(message: (...args: number[]) => string): number[] | "none" {
  try {
    const text = message(...ARGUMENTS);
    return ARGUMENTS.flatMap((arg, i) =>
      new RegExp(String(arg).replace(/^(\d)/, "$1[.,]?")).test(text) ? [i] : [],
    );
  } catch {
    return "none";
  }
}

describe("the pane's catalogues", () => {
  const vi = leaves(strings("vi") as unknown as Entry);
  const en = leaves(strings("en") as unknown as Entry);

  it("have the same keys in Vietnamese and English", () => {
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
  });

  it("have no empty message", () => {
    for (const [key, value] of [...vi, ...en])
      if (typeof value === "string") expect([key, value.trim()]).not.toEqual([key, ""]);
  });

  it("show the same placeholders in both languages", () => {
    for (const [key, message] of vi) {
      const other = en.get(key);
      expect([key, typeof other]).toEqual([key, typeof message]);
      if (typeof message !== "function" || typeof other !== "function") continue;
      expect([key, other.length]).toEqual([key, message.length]);
      expect([key, shown(other as never)]).toEqual([key, shown(message as never)]);
    }
  });
});

describe("English counts", () => {
  it("agree with their number; Vietnamese nouns stay as they are", () => {
    const en = strings("en");
    expect(en.check.counts.error(1)).toBe("1 error");
    expect(en.check.counts.info(0)).toBe("0 notes");
    expect(en.file.counts(1, 2)).toBe("1 error, 2 warnings");
    expect(en.check.shown(1, 1)).toBe("1 issue");
    expect(en.check.cannotCheck(1)).toBe("1 check could not run: figures missing or unusable.");
    expect(strings("vi").check.counts.error(1)).toBe("1 lỗi");
  });
});
