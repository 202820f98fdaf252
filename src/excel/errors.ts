// What went wrong in Excel, from Office's error code (never its English message, which users cannot act on).
/** The kinds of failure a user can do something about, each told in a sentence of the pane's language. */
export type OfficeFailure =
  "cell-edit" | "protected" | "changed" | "too-large" | "busy" | "unsupported" | "other";

const BY_CODE: Record<string, OfficeFailure> = {
  InvalidOperationInCellEditMode: "cell-edit",
  AccessDenied: "protected",
  ItemNotFound: "changed",
  InsertDeleteConflict: "changed",
  InvalidReference: "changed",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  ActivityLimitReached: "busy",
  Conflict: "busy",
  ServiceNotAvailable: "busy",
  ApiNotFound: "unsupported",
  NotImplemented: "unsupported",
  UnsupportedOperation: "unsupported",
};

/** The failure an Office error stands for; undefined for an error that is not Office's (BC06's own sentences). */
export function officeFailure(error: unknown): OfficeFailure | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return undefined;
  return BY_CODE[code] ?? "other";
}
