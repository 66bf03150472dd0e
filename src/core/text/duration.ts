/**
 * A wait as people read it: seconds and minutes for short ones, hours, and days from 48 hours
 * (a wrong clock or a long outage reads better as "9 d 3 h" than as hundreds of hours).
 * Negative waits (servers' clocks disagree) keep their sign.
 */
export function duration(seconds: number, lang: "ja" | "en"): string {
  const sign = seconds < 0 ? "-" : "";
  const s = Math.abs(Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  // Years when a clock is absurdly wrong (a Date in the year 3609): days would read as noise.
  if (h >= 10 * 365 * 24) {
    const y = Math.floor(h / (365 * 24));
    return sign + (lang === "ja" ? `約${y}年` : `about ${y} years`);
  }
  if (h >= 48) {
    const d = Math.floor(h / 24);
    return sign + (lang === "ja" ? `${d}日${h % 24}時間` : `${d} d ${h % 24} h`);
  }
  if (lang === "ja")
    return sign + (h > 0 ? `${h}時間${m}分` : m > 0 ? `${m}分${sec}秒` : `${sec}秒`);
  return sign + (h > 0 ? `${h} h ${m} min` : m > 0 ? `${m} min ${sec} s` : `${sec} s`);
}
