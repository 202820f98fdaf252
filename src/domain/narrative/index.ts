export { type Claim, type ClaimKind, checkText, type Verdict } from "./claims";
export { cleaningParagraph, dvcParagraph, identityParagraph } from "./write";
