export { detectHost, officeGlobal, type HostInfo } from "./host";
export { excelSession, memorySession, type WorkbookSession } from "./session";
export { acknowledgementOf, type Inserted, type WorkbookRead } from "./workbook";
