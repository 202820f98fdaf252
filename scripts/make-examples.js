// Writes examples/xa-long-hiep.xlsx, the sample workbook `npm start` serves (regenerate after changing
// src/domain/sample.ts: `npm run build:node && node scripts/make-examples.js`).
const fs = require("fs");
const path = require("path");
const { SAMPLE_HEADER, SAMPLE_TABLES } = require("../build/src/domain/sample");
const { templateById } = require("../build/src/domain/templates");
const { writeTables } = require("../build/src/xlsx/write");

const tables = SAMPLE_TABLES.map(({ templateId, values }) => ({
  template: templateById(templateId),
  header: SAMPLE_HEADER,
  values,
}));
writeTables(tables, "vi").then((bytes) => {
  const file = path.join(__dirname, "..", "examples", "xa-long-hiep.xlsx");
  fs.writeFileSync(file, bytes);
  console.log(`${file} (${bytes.length} bytes)`);
});
