export { detectHost, officeGlobal, type HostInfo } from "./host";
export { createSession, excelSession } from "./session";
