/**
 * Spam-filter stamps written into received mail, decoded into plain meanings:
 * Exchange Online / EOP (X-Forefront-Antispam-Report, X-Microsoft-Antispam,
 * X-MS-Exchange-Organization-SCL, X-Microsoft-Antispam-Mailbox-Delivery) and the
 * SpamAssassin headers many other providers (Japanese ISPs among them) add.
 * The raw value always stays beside the meaning: the codes are Microsoft's, the words ours.
 */
import type { Localized } from "../model/i18n";

/** What a value says about the message, for colouring and for the checks. */
export type Verdict =
  | "spam"
  | "highSpam"
  | "phish"
  | "bulk"
  | "blocked"
  | "allowed"
  | "clean"
  | "malware"
  | "spoof"
  | "impersonation"
  | "info";

export interface AntispamValue {
  header: string;
  key: string;
  value: string;
  meaning?: Localized | undefined;
  verdict?: Verdict | undefined;
}

const t = (ja: string, en: string): Localized => ({ ja, en });

/** "KEY:VALUE;KEY:VALUE" as Exchange writes it. Values may contain ":" and parentheses. */
export function parseColonList(value: string): Array<{ key: string; value: string }> {
  const out: Array<{ key: string; value: string }> = [];
  const text = typeof value === "string" ? value.slice(0, 64 * 1024) : "";
  for (const part of text.split(";")) {
    const colon = part.indexOf(":");
    if (colon <= 0) continue;
    const key = part.slice(0, colon).trim();
    if (key) out.push({ key, value: part.slice(colon + 1).trim() });
  }
  return out;
}

// ---------------------------------------------------------------- SCL and BCL

export function sclMeaning(scl: number): { meaning: Localized; verdict: Verdict } {
  if (scl < 0)
    return {
      meaning: t(
        "迷惑メールの判定は省略されました(信頼済みの差出人、社内のメール、許可ルールなど)。",
        "Spam filtering was skipped (a safe sender, internal mail, or an allow rule)."
      ),
      verdict: "allowed",
    };
  if (scl <= 4)
    return {
      meaning: t(
        "迷惑メールではないと判定され、受信トレイに配信される値です。",
        "Judged not spam; this level is delivered to the inbox."
      ),
      verdict: "clean",
    };
  if (scl <= 6)
    return {
      meaning: t(
        "迷惑メールと判定され、既定では迷惑メールフォルダーに入る値です。",
        "Judged spam; by default this level goes to the Junk Email folder."
      ),
      verdict: "spam",
    };
  return {
    meaning: t(
      "確度の高い迷惑メールと判定され、既定では隔離される値です。",
      "Judged high-confidence spam; by default this level is quarantined."
    ),
    verdict: "highSpam",
  };
}

/** Exchange Online's default bulk threshold in the default anti-spam policy. */
export const DEFAULT_BULK_THRESHOLD = 7;

export function bclMeaning(bcl: number): { meaning: Localized; verdict: Verdict } {
  if (bcl <= 0)
    return {
      meaning: t("一斉配信の送信元ではありません。", "Not from a bulk sender."),
      verdict: "clean",
    };
  if (bcl <= 3)
    return {
      meaning: t(
        "一斉配信の送信元ですが、苦情はほとんどありません。",
        "From a bulk sender that draws few complaints."
      ),
      verdict: "info",
    };
  if (bcl < DEFAULT_BULK_THRESHOLD)
    return {
      meaning: t(
        "苦情がある程度ある一斉配信の送信元です。",
        "From a bulk sender that draws some complaints."
      ),
      verdict: "info",
    };
  return {
    meaning: t(
      `苦情の多い一斉配信の送信元です。既定のしきい値(${DEFAULT_BULK_THRESHOLD})以上のため、迷惑メールとして扱われます。`,
      `From a bulk sender that draws many complaints; at or above the default threshold (${DEFAULT_BULK_THRESHOLD}) it is treated as spam.`
    ),
    verdict: "bulk",
  };
}

// ---------------------------------------------------------------- X-Forefront-Antispam-Report

const SFV: Record<string, { meaning: Localized; verdict: Verdict }> = {
  BLK: {
    meaning: t(
      "受信者の受信拒否リストにある差出人のため、迷惑メールとして扱われました。",
      "The sender is on the recipient's blocked senders list, so it was treated as junk."
    ),
    verdict: "blocked",
  },
  NSPM: {
    meaning: t("迷惑メールではないと判定されました。", "Judged not spam."),
    verdict: "clean",
  },
  SFE: {
    meaning: t(
      "受信者の信頼できる差出人リストにあるため、判定を省略しました。",
      "The sender is on the recipient's safe senders list; filtering was skipped."
    ),
    verdict: "allowed",
  },
  SKA: {
    meaning: t(
      "迷惑メール対策ポリシーの許可リストにより、判定を省略しました。",
      "Allowed by the anti-spam policy's allow list; filtering was skipped."
    ),
    verdict: "allowed",
  },
  SKB: {
    meaning: t(
      "迷惑メール対策ポリシーの拒否リスト(差出人またはドメイン)に一致し、迷惑メールとされました。",
      "Matched the anti-spam policy's block list (sender or domain) and was marked as spam."
    ),
    verdict: "blocked",
  },
  SKI: {
    meaning: t(
      "同じ組織内のメールのため、判定を省略しました。",
      "Mail inside the same organisation; filtering was skipped."
    ),
    verdict: "allowed",
  },
  SKN: {
    meaning: t(
      "メールフロー ルールなどにより、判定の前に迷惑メールではないと指定されました。",
      "Marked as not spam before filtering, for example by a mail flow rule."
    ),
    verdict: "allowed",
  },
  SKQ: {
    meaning: t("隔離から解放されたメールです。", "Released from quarantine."),
    verdict: "info",
  },
  SKS: {
    meaning: t(
      "メールフロー ルールなどにより、判定の前に迷惑メールと指定されました。",
      "Marked as spam before filtering, for example by a mail flow rule."
    ),
    verdict: "spam",
  },
  SPM: {
    meaning: t(
      "迷惑メールフィルターにより迷惑メールと判定されました。",
      "Judged spam by the spam filter."
    ),
    verdict: "spam",
  },
};

const CAT: Record<string, { meaning: Localized; verdict: Verdict }> = {
  NONE: { meaning: t("特に分類されていません。", "No category."), verdict: "clean" },
  BULK: { meaning: t("一斉配信メール", "Bulk mail"), verdict: "bulk" },
  SPM: { meaning: t("迷惑メール", "Spam"), verdict: "spam" },
  HSPM: { meaning: t("確度の高い迷惑メール", "High-confidence spam"), verdict: "highSpam" },
  PHSH: { meaning: t("フィッシング", "Phishing"), verdict: "phish" },
  HPHSH: { meaning: t("確度の高いフィッシング", "High-confidence phishing"), verdict: "phish" },
  HPHISH: { meaning: t("確度の高いフィッシング", "High-confidence phishing"), verdict: "phish" },
  SPOOF: { meaning: t("差出人のなりすまし", "Spoofed sender"), verdict: "spoof" },
  DIMP: { meaning: t("ドメインのなりすまし", "Domain impersonation"), verdict: "impersonation" },
  UIMP: { meaning: t("ユーザーのなりすまし", "User impersonation"), verdict: "impersonation" },
  GIMP: {
    meaning: t(
      "メールボックスの学習によるなりすまし検出",
      "Impersonation found by mailbox intelligence"
    ),
    verdict: "impersonation",
  },
  BIMP: { meaning: t("ブランドのなりすまし", "Brand impersonation"), verdict: "impersonation" },
  MALW: { meaning: t("マルウェア", "Malware"), verdict: "malware" },
  AMP: { meaning: t("マルウェア対策による検出", "Caught by anti-malware"), verdict: "malware" },
  SAP: {
    meaning: t("安全な添付ファイルによる検出", "Caught by Safe Attachments"),
    verdict: "malware",
  },
  FTBP: {
    meaning: t(
      "添付ファイルの種類による拒否(ファイルの種類フィルター)",
      "Blocked by the file type filter"
    ),
    verdict: "malware",
  },
  INTOS: { meaning: t("組織内のフィッシング", "Intra-organisation phishing"), verdict: "phish" },
  OSPM: { meaning: t("送信メールの迷惑メール判定", "Outbound spam"), verdict: "spam" },
};

const IPV: Record<string, { meaning: Localized; verdict: Verdict }> = {
  CAL: {
    meaning: t(
      "接続元のIPアドレスは接続フィルターの許可リストにあるため、判定を省略しました。",
      "The connecting IP is on the connection filter's allow list; filtering was skipped."
    ),
    verdict: "allowed",
  },
  NLI: {
    meaning: t(
      "接続元のIPアドレスはどの評価リストにも載っていません。",
      "The connecting IP is not on any reputation list."
    ),
    verdict: "clean",
  },
};

const SFTY: Record<string, Localized> = {
  "9.19": t(
    "ドメインのなりすましの疑いがあります(安全のヒントが表示されます)。",
    "Possible domain impersonation (a safety tip is shown)."
  ),
  "9.20": t(
    "ユーザーのなりすましの疑いがあります(安全のヒントが表示されます)。",
    "Possible user impersonation (a safety tip is shown)."
  ),
  "9.25": t(
    "初めての差出人です(初回連絡の安全のヒント)。",
    "A first-contact sender (first contact safety tip)."
  ),
};

const FIELD_NAMES: Record<string, Localized> = {
  CIP: t("接続元のIPアドレス", "Connecting IP address"),
  CTRY: t("接続元の国・地域", "Country of the connecting IP"),
  LANG: t("本文の言語", "Language of the message"),
  H: t("接続元が名乗ったホスト名(HELO)", "Host name given in HELO"),
  PTR: t("接続元IPの逆引き名", "Reverse DNS name of the connecting IP"),
  DIR: t(
    "方向(INB=受信、OUT=送信、INT=組織内)",
    "Direction (INB inbound, OUT outbound, INT internal)"
  ),
  SFS: t(
    "一致したフィルターのルール番号(Microsoft内部用)",
    "Filter rules that matched (Microsoft internal)"
  ),
  SRV: t(
    "BULK は一斉配信として判定されたことを示します。",
    "BULK means it was recognised as bulk mail."
  ),
  ARC: t("ARC(転送経路の認証)の情報", "ARC (forwarding authentication) data"),
};

export function decodeForefront(
  value: string,
  header = "X-Forefront-Antispam-Report"
): AntispamValue[] {
  return parseColonList(value).map(({ key, value: v }) => {
    const upper = key.toUpperCase();
    const code = v.toUpperCase();
    const entry: AntispamValue = { header, key: upper, value: v };
    let decoded: { meaning: Localized; verdict?: Verdict } | undefined;
    if (upper === "SCL") {
      const n = toInt(v);
      if (n !== undefined) decoded = sclMeaning(n);
    } else if (upper === "SFV") decoded = SFV[code];
    else if (upper === "CAT") decoded = CAT[code];
    else if (upper === "IPV") decoded = IPV[code];
    else if (upper === "SFTY") {
      const m = SFTY[v.trim()];
      if (m) decoded = { meaning: m, verdict: "impersonation" };
    } else if (upper === "SRV" && code === "BULK")
      decoded = { meaning: FIELD_NAMES.SRV as Localized, verdict: "bulk" };
    else if (FIELD_NAMES[upper]) decoded = { meaning: FIELD_NAMES[upper] as Localized };
    if (decoded) {
      entry.meaning = decoded.meaning;
      if (decoded.verdict) entry.verdict = decoded.verdict;
    }
    return entry;
  });
}

/** X-Microsoft-Antispam: only BCL (and PCL) carry a meaning; the rest are internal. */
export function decodeMicrosoftAntispam(
  value: string,
  header = "X-Microsoft-Antispam"
): AntispamValue[] {
  const out: AntispamValue[] = [];
  for (const { key, value: v } of parseColonList(value)) {
    const upper = key.toUpperCase();
    if (upper === "BCL") {
      const n = toInt(v);
      const entry: AntispamValue = { header, key: upper, value: v };
      if (n !== undefined) Object.assign(entry, bclMeaning(n));
      out.push(entry);
    } else if (upper === "PCL") {
      out.push({
        header,
        key: upper,
        value: v,
        meaning: t("フィッシングの可能性の高さ(0〜8)", "Phishing confidence level (0–8)"),
      });
    }
  }
  return out;
}

/** X-Microsoft-Antispam-Mailbox-Delivery: dest:J means it was put in Junk Email. */
export function decodeMailboxDelivery(
  value: string,
  header = "X-Microsoft-Antispam-Mailbox-Delivery"
): AntispamValue[] {
  const out: AntispamValue[] = [];
  for (const { key, value: v } of parseColonList(value)) {
    if (key.toLowerCase() !== "dest") continue;
    const code = v.toUpperCase();
    if (code === "J")
      out.push({
        header,
        key: "dest",
        value: v,
        meaning: t("迷惑メールフォルダーに配信されました。", "Delivered to the Junk Email folder."),
        verdict: "spam",
      });
    else if (code === "I")
      out.push({
        header,
        key: "dest",
        value: v,
        meaning: t("受信トレイに配信されました。", "Delivered to the Inbox."),
        verdict: "clean",
      });
    else out.push({ header, key: "dest", value: v });
  }
  return out;
}

export function decodeOrganizationScl(
  value: string,
  header = "X-MS-Exchange-Organization-SCL"
): AntispamValue[] {
  const n = toInt(value);
  if (n === undefined) return [{ header, key: "SCL", value: value.trim() }];
  return [{ header, key: "SCL", value: value.trim(), ...sclMeaning(n) }];
}

// ---------------------------------------------------------------- SpamAssassin (other providers)

export interface SpamAssassinVerdict {
  spam: boolean;
  score?: number | undefined;
  required?: number | undefined;
  tests: string[];
}

/** X-Spam-Status: "Yes, score=6.1 required=5.0 tests=HTML_MESSAGE,URIBL_BLOCKED autolearn=no". */
export function parseSpamStatus(value: string): SpamAssassinVerdict {
  const text = typeof value === "string" ? value.slice(0, 16 * 1024) : "";
  const spam = /^\s*yes\b/i.test(text);
  const out: SpamAssassinVerdict = { spam, tests: [] };
  const score = /\b(?:score|hits)=(-?\d{1,4}(?:\.\d{1,3})?)/i.exec(text);
  if (score) out.score = Number(score[1]);
  const required = /\brequired=(-?\d{1,4}(?:\.\d{1,3})?)/i.exec(text);
  if (required) out.required = Number(required[1]);
  const tests = /\btests=([A-Z0-9_,\s]{0,4000})/i.exec(text);
  if (tests?.[1])
    out.tests = tests[1]
      .split(/[\s,]+/)
      .filter((x) => /^[A-Z0-9_]+$/i.test(x) && x.toLowerCase() !== "autolearn");
  return out;
}

export function decodeSpamAssassin(
  flag: string | undefined,
  status: string | undefined
): AntispamValue[] {
  const out: AntispamValue[] = [];
  if (flag !== undefined) {
    const yes = /^\s*yes\b/i.test(flag);
    out.push({
      header: "X-Spam-Flag",
      key: "flag",
      value: flag.trim(),
      meaning: yes
        ? t(
            "受信側のフィルターが迷惑メールと判定しました。",
            "The receiving filter marked it as spam."
          )
        : t("迷惑メールとは判定されていません。", "Not marked as spam."),
      verdict: yes ? "spam" : "clean",
    });
  }
  if (status !== undefined) {
    const v = parseSpamStatus(status);
    const score = v.score !== undefined ? `${v.score}` : "?";
    const required = v.required !== undefined ? `${v.required}` : "?";
    out.push({
      header: "X-Spam-Status",
      key: "score",
      value: `${score} / ${required}`,
      meaning: v.spam
        ? t(
            `迷惑メールの点数 ${score} が基準 ${required} を超えました。`,
            `The spam score ${score} went over the limit ${required}.`
          )
        : t(
            `迷惑メールの点数 ${score} は基準 ${required} 未満です。`,
            `The spam score ${score} is under the limit ${required}.`
          ),
      verdict: v.spam ? "spam" : "clean",
    });
  }
  return out;
}

function toInt(value: string): number | undefined {
  const m = /^\s*(-?\d{1,3})\s*$/.exec(value);
  return m ? Number(m[1]) : undefined;
}
