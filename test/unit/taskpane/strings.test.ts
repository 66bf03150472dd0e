import { formatBytes, formatDate } from "../../../src/taskpane/strings";

describe("formatBytes", () => {
  it("uses binary units", () => {
    expect(formatBytes(512, "en")).toBe("512 bytes");
    expect(formatBytes(28 * 1024 * 1024, "ja")).toBe("28.0 MB");
    expect(formatBytes(1536, "en")).toBe("1.5 KB");
  });
});

describe("formatDate", () => {
  it("keeps a value that is not a date as it is", () => {
    expect(formatDate("yesterday-ish", "en")).toBe("yesterday-ish");
    expect(formatDate("2026-11-20T06:42:10.000Z", "en")).toMatch(/2026/);
  });
});
