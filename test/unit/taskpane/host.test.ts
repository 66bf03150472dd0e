/** Theme and language choice from what Office reports. */
import { themeFromOffice } from "../../../src/taskpane/host";
import { formatBytes } from "../../../src/taskpane/strings";

describe("themeFromOffice", () => {
  it("maps Office's colour themes to Fluent themes", () => {
    expect(
      themeFromOffice({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" })
    ).toBe("light");
    expect(
      themeFromOffice({ bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFF00" })
    ).toBe("highContrast");
    expect(
      themeFromOffice({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" })
    ).toBe("dark");
    expect(
      themeFromOffice({ bodyBackgroundColor: "#F3F2F1", bodyForegroundColor: "#262626" })
    ).toBe("light");
    expect(themeFromOffice({ bodyBackgroundColor: "#F3F2F1", isDarkTheme: true })).toBe("dark");
    expect(themeFromOffice(undefined)).toBe("light");
    expect(themeFromOffice({ bodyBackgroundColor: "not a colour" })).toBe("light");
  });
});

describe("formatBytes", () => {
  it("uses binary units", () => {
    expect(formatBytes(512, "en")).toBe("512 bytes");
    expect(formatBytes(28 * 1024 * 1024, "ja")).toBe("28.0 MB");
    expect(formatBytes(1536, "en")).toBe("1.5 KB");
  });
});
