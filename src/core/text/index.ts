/**
 * Pure text helpers of the content checks, for reuse by other parts (the resend helper, the
 * task pane, the send check). None touches the DOM or the network.
 */
export {
  addressProblems,
  domainOf,
  legacyDotForms,
  splitAddress,
  suggestAddressFix,
  type AddressProblem,
} from "./address";
export { bodyView, type BodyView } from "./body-view";
export { domainParts, isIpHost, isPrivateIp, isSameOrSubdomain, registrableDomain } from "./domain";
export { KNOWN_MAIL_DOMAINS, suggestDomain, type DomainSuggestion } from "./domain-typo";
export { checkDateHeader, isValidMessageId, splitAddressList } from "./header-values";
export { htmlToText, readHtml, type HtmlAnchor, type HtmlSummary } from "./html";
export { claimedHost, extractLinks, type Link } from "./links";
export { analyzeQuotes, stripQuotedHistory, type QuoteAnalysis } from "./quotes";
export { scriptShare, type ScriptShare } from "./script";
export { isUrlShortener } from "./shorteners";
export { readSubjectPrefixes } from "./subject";
export { findUrlsInText, type TextUrl } from "./urls";
