/** @jest-environment jsdom */
// Hostile workbooks through the task pane (the standalone page's path: a workbook opened into the in-memory
// Excel): the check, a click on an issue, the text written from the tables. No action may fail, and cell text is
// shown as text. A five-hundredth of HOSTILE_CASES: rendering is the slow part.
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { hostileWorkbook } from "../../bench/hostile";
import { excelFromSnapshot } from "../../src/excel/memory/from-snapshot";
import { forSeeds, HOSTILE_CASES, HOSTILE_TIMEOUT } from "../support/hostile";
import { renderPane, runCheck } from "../support/pane";

const CASES = Math.ceil(HOSTILE_CASES / 500);

/** An action that failed shows "Không thực hiện được: …". */
function expectNoFailure(seed: number): void {
  const failure = screen.queryByText(/^Không thực hiện được/);
  if (failure) throw new Error(`seed ${seed}: ${failure.textContent}`);
}

it(
  `the pane checks ${CASES} hostile workbooks, selects an issue's cells and writes the text, without failing`,
  async () => {
    await forSeeds(
      0,
      CASES,
      async (seed) => {
        const excel = excelFromSnapshot(hostileWorkbook(seed, { big: false }));
        await renderPane(excel);
        await runCheck();
        expectNoFailure(seed);
        const issue = document.querySelector<HTMLButtonElement>("button[data-rule]");
        if (issue) {
          fireEvent.click(issue);
          await screen.findByText(/^Đã chọn /);
        }
        fireEvent.click(screen.getByRole("tab", { name: "Văn bản" }));
        fireEvent.click(screen.getByRole("button", { name: "Tạo văn bản từ các bảng" }));
        expectNoFailure(seed);
        expect(document.querySelector('img[src="x"]')).toBeNull(); // "<img src=x onerror=…>" in cells stays text
        cleanup();
      },
      10_000,
    ); // rendering, not the check, takes the time here
  },
  HOSTILE_TIMEOUT,
);
