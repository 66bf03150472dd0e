export * from "./i18n";
export * from "./snapshot";
export * from "./finding";
export * from "./facts";
export * from "./bounce";
export * from "./report";
