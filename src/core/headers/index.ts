export * from "./auth-results";
export * from "./received-spf";
export * from "./arc";
export * from "./antispam";
export * from "./dates";
export * from "./received";
export * from "./analyze";
export * from "./block";
