// Draws Todoku's icons (assets/icon-<size>.png) from one SVG, rendered by Chromium.
// Run: npm run gen:icons  (needs /usr/bin/chromium; the PNGs are committed, so builds
// and tests never need this script). The mark: an envelope on a deep-blue tile with a green
// "arrived" tick; below 32 px the tick grows and the envelope flap thickens so it stays legible.
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const SIZES = [16, 32, 64, 80, 128];

function svg(size) {
  const small = size < 32;
  const stroke = small ? 9 : 6;
  const tickR = small ? 27 : 23;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1f6fd1"/>
      <stop offset="1" stop-color="#0b4a9e"/>
    </linearGradient>
  </defs>
  <rect x="2" y="2" width="96" height="96" rx="${small ? 16 : 20}" fill="url(#tile)"/>
  <rect x="16" y="27" width="60" height="44" rx="5" fill="#ffffff"/>
  <path d="M19 31 L46 53 L73 31" fill="none" stroke="#0b4a9e" stroke-width="${stroke}"
        stroke-linecap="round" stroke-linejoin="round"/>
  <circle cx="${100 - tickR - 4}" cy="${100 - tickR - 4}" r="${tickR}" fill="#1aa260" stroke="#ffffff" stroke-width="${small ? 5 : 4}"/>
  <path d="M${100 - tickR - 4 - tickR * 0.45} ${100 - tickR - 4 + tickR * 0.02}
           l${tickR * 0.3} ${tickR * 0.3} l${tickR * 0.55} -${tickR * 0.6}"
        fill="none" stroke="#ffffff" stroke-width="${small ? 8 : 6.5}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
}

async function main() {
  const out = path.join(__dirname, "..", "assets");
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`
      );
      const file = path.join(out, `icon-${size}.png`);
      await page.locator("svg").screenshot({ path: file, omitBackground: true });
      process.stdout.write(`${file}\n`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
