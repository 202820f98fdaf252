export {
  detectHost,
  HOST_DETECTION_TIMEOUT_MS,
  type HostInfo,
  officeGlobal,
  loadOfficeJs,
  openedByOffice,
} from "./host";
export { createSession, excelSession } from "./session";
