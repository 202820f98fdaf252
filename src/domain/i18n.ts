/** The languages BC06 speaks: Vietnamese first, English second. */
export type Language = "vi" | "en";
