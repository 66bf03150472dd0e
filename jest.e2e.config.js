// End-to-end tests: the built task pane in Debian's Chromium, driven by playwright-core.
// Run after `npm run build` (the test:e2e script does both).
process.env.TZ = "UTC";

/** @type {import('jest').Config} */
module.exports = {
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "CommonJS", moduleResolution: "Node10" }, diagnostics: false }],
  },
  testTimeout: 60000,
  maxWorkers: 1,
  passWithNoTests: true,
};
