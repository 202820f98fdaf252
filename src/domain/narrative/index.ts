export { type Claim, checkText, type Verdict } from "./claims";
export type { ClaimKind } from "./find";
export { cleaningParagraph, dvcParagraph, identityParagraph } from "./write";
