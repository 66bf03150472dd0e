// End-to-end tests: the built task pane in Debian's Chromium, driven by playwright-core.
// Run after `npm run build` (the test:e2e script does both); TODOKU_DIST points at another build.
// graph.e2e.ts makes its own build configured for sign-in in a temporary directory (about a
// minute), or uses TODOKU_GRAPH_DIST (see test/e2e/support/graph-build.ts).
process.env.TZ = "UTC";

/** @type {import('jest').Config} */
module.exports = {
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "CommonJS", moduleResolution: "Node10" }, diagnostics: false },
    ],
  },
  testTimeout: 60000,
  maxWorkers: 1,
  passWithNoTests: true,
};
