import { OfficeMockObject } from "office-addin-mock";
import { selectCells } from "../../src/excel/marks";

// A smoke test against Microsoft's own mock (it cannot model collections, hence the in-memory Excel elsewhere).
describe("selectCells against office-addin-mock", () => {
  it("activates the issue's sheet and selects its first cell where multi-area selection is missing", async () => {
    const calls: string[] = [];
    const mock = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItem: (name: string) => ({
            activate: () => calls.push(`activate ${name}`),
            getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
          }),
        },
      },
    });
    const sync = jest.spyOn(mock, "sync");
    const cells = [
      { sheet: "DVC thiết yếu", address: "G16" },
      { sheet: "DVC thiết yếu", address: "D16" },
    ];
    await selectCells(mock as unknown as Excel.RequestContext, cells, () => false);
    expect(calls).toEqual(["activate DVC thiết yếu", "select G16"]);
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
