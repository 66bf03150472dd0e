export * from "./auth-results";
