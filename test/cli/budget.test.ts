// The command line as a process (the compiled build that `npm ci` makes): each file read in a worker thread under a
// time and memory budget, a file over it refused in a sentence while the others are checked; a sheet too large to
// read whole read in part, and said so.
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { citizenList } from "../support/xlsx";

const root = path.join(__dirname, "..", "..");
const sample = path.join(root, "examples", "xa-long-hiep.xlsx");
let big: string;

function bc06(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(root, "bin", "bc06.js"), ...args, "--json"], {
    encoding: "utf8",
  });
  return { status: run.status, report: JSON.parse(run.stdout) };
}

beforeAll(() => {
  big = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bc06-budget-")), "danh-sach.xlsx");
  fs.writeFileSync(big, citizenList(300_000));
});

it("a file over the time budget is refused with a sentence, and the next file is still checked", () => {
  const { status, report } = bc06("check", big, sample, "--time-limit", "0.2");
  expect(status).toBe(2);
  expect(report.files[0]).toMatchObject({
    status: "unreadable",
    error: "Tệp quá lớn hoặc quá phức tạp để kiểm tra trong 0,2 giây: không được kiểm tra.",
  });
  expect(report.files[1]).toMatchObject({ status: "checked" });
  expect(report.summary.errors).toBe(3);
});

it("a file over the memory budget is refused with a sentence", () => {
  const { status, report } = bc06("check", big, sample, "--memory-limit", "16", "--lang", "en");
  expect(status).toBe(2);
  expect(report.files[0].error).toBe("The file needs too much memory to check (over 16 MB): not checked.");
  expect(report.files[1]).toMatchObject({ status: "checked" });
});

it("a sheet too large to read whole is read in part, and the report says how far", () => {
  const { status, report } = bc06("check", big);
  expect(status).toBe(3); // a list of citizens holds no report table
  expect(report.files[0]).toMatchObject({
    status: "no-tables",
    partial: [{ sheet: "Danh sách", rows: 125_000 }],
  });
});
