/**
 * The secondary views, loaded as one chunk when the user first opens one of them: the triage
 * logic, inquiry text and header analysis are not needed for the first report.
 */
export { TriageView } from "./TriageView";
export { WhoView } from "./WhoView";
export { InquiryView } from "./InquiryView";
export { HeadersView } from "./HeadersView";
