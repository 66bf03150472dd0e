export * from "./wizard";
export * from "./inquiry";
export * from "./who-fixes-what";
export * from "./resend";
export { formatDateAt, oneLine, textToHtml } from "./format";
