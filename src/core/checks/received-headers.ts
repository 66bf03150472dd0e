/**
 * Received mail: why it was junked or delayed, read from its transport headers (hops, SPF/DKIM/
 * DMARC results, Exchange and SpamAssassin spam verdicts), with the raw values as evidence.
 * Items: 7 (junk or filter verdict), 24 (authentication), 4 (delays between hops), 9 (a verdict
 * on the content), 5 (a mail flow rule marked it spam).
 * A Sent Items copy has no transport headers; the check says so instead of showing nothing.
 */
import { analyzeHeaders, type HeaderAnalysis } from "../headers/analyze";
import type { ReceivedHop } from "../headers/received";
import { finding, type Finding } from "../model/finding";
import type { Localized } from "../model/i18n";
import type { CheckInput, NamedCheck } from "./types";

/** A hop that held the mail longer than this is reported as a delay. */
export const HOP_DELAY_WARN_SECONDS = 10 * 60;

const t = (ja: string, en: string): Localized => ({ ja, en });

export const receivedHeadersCheck: NamedCheck = {
  name: "received-headers",
  items: [4, 5, 7, 9, 24],
  run: ({ snapshot }: CheckInput) => {
    if (snapshot.kind === "draft" || snapshot.kind === "bounce") return [];
    const analysis = analyzeHeaders(snapshot.headers ?? []);
    if (!analysis.hasTransportHeaders)
      return snapshot.kind === "sent" ? [noTransportHeaders()] : [];
    return findingsFromHeaders(analysis);
  },
};

/** The findings for an analysed header; exported for the pane's "paste headers" view. */
export function findingsFromHeaders(a: HeaderAnalysis): Finding[] {
  return [...junkFindings(a), ...authFindings(a), ...delayFindings(a)];
}

function noTransportHeaders(): Finding {
  return finding(
    4,
    "received-headers.none",
    "info",
    t(
      "このメールには配送経路のヘッダー(Received、認証結果、迷惑メール判定)がありません。送信済みアイテムの控えには、途中のサーバーが付ける情報が含まれないためです。",
      "This copy has no transport headers (Received, authentication results, spam verdicts): a Sent Items copy never passed through the servers that add them."
    ),
    {
      fix: t(
        "経路や判定を調べるには、相手に届いたメールのヘッダーを送ってもらうか、配信不能レポート(NDR)を開くか、IT担当にメッセージ追跡を依頼してください。",
        "To see the route and the verdicts, ask the recipient for the headers of their copy, open the non-delivery report if one came back, or ask your IT for a message trace."
      ),
    }
  );
}

// ---------------------------------------------------------------- 7, 9, 5: spam verdicts

function junkFindings(a: HeaderAnalysis): Finding[] {
  const out: Finding[] = [];
  const x = a.exchange;
  const evidence = exchangeEvidence(a);
  const sfv = x.sfv ?? "";
  const cat = x.cat ?? "";
  const scl = x.scl;
  const junked =
    (scl !== undefined && scl >= 5) || ["SPM", "BLK", "SKB"].includes(sfv) || x.dest === "J";
  const impersonation = [
    "PHSH",
    "HPHSH",
    "HPHISH",
    "DIMP",
    "UIMP",
    "GIMP",
    "BIMP",
    "INTOS",
  ].includes(cat);

  if (sfv === "SKS") {
    out.push(
      finding(
        5,
        "received-headers.rule-marked-spam",
        "problem",
        t(
          "受信側の組織のメールフロー ルールにより、迷惑メールの判定より前に迷惑メールと指定されています(SFV:SKS)。内容ではなく、ルールの条件に一致したことが原因です。",
          "A mail flow rule of the receiving organisation marked it as spam before any filtering (SFV:SKS): it matched the rule's conditions, whatever its content."
        ),
        {
          evidence,
          fix: t(
            "受信側のIT担当に、どのルールに一致したかを確認してもらってください。",
            "Ask the receiving organisation's IT which rule it matched."
          ),
          who: ["recipientIt"],
        }
      )
    );
  }

  if (sfv === "BLK") {
    out.push(
      finding(
        7,
        "received-headers.blocked-sender",
        "problem",
        t(
          "受信者自身の「受信拒否リスト」に差出人が入っているため、迷惑メールフォルダーに振り分けられました(SFV:BLK)。",
          "The sender is on the recipient's own blocked senders list, so it went to junk (SFV:BLK)."
        ),
        {
          evidence,
          fix: t(
            "メールを受け取った人が、Outlook の迷惑メールの設定で受信拒否リストから差出人を外してください。受け取った人が自分でない場合は、この結果を相手に伝えます。",
            "Whoever received the mail should remove the sender from the blocked senders list in Outlook's junk settings. If that is not you, pass this result on to them."
          ),
          who: ["recipient"],
        }
      )
    );
  } else if (sfv === "SKB") {
    out.push(
      finding(
        7,
        "received-headers.policy-blocked",
        "problem",
        t(
          "受信側の組織の迷惑メール対策ポリシーで、差出人またはそのドメインが拒否リストに入っています(SFV:SKB)。",
          "The receiving organisation's anti-spam policy lists the sender or its domain as blocked (SFV:SKB)."
        ),
        {
          evidence,
          fix: t(
            "受信側のIT担当に、拒否リストの見直しを依頼してください。",
            "Ask the receiving organisation's IT to review its block list."
          ),
          who: ["recipientIt"],
        }
      )
    );
  } else if (impersonation) {
    out.push(
      finding(
        7,
        "received-headers.phish-verdict",
        "problem",
        t(
          `フィッシングまたはなりすましの疑いと判定されました(CAT:${cat})。多くの場合は隔離され、受信者には見えません。`,
          `It was judged phishing or impersonation (CAT:${cat}). Such mail is usually quarantined, out of the recipient's sight.`
        ),
        {
          evidence,
          fix: t(
            "正当なメールであれば、受信側のIT担当に隔離からの解放と誤検知の報告を依頼してください。差出人の名前やドメインが実在の組織に似すぎていないかも確認します。",
            "If the mail is genuine, ask the receiving organisation's IT to release it and report the false positive. Also check whether the sender's name or domain looks too much like another organisation's."
          ),
          who: ["recipientIt"],
        }
      )
    );
  } else if (junked) {
    out.push(
      finding(
        7,
        "received-headers.junk-verdict",
        "problem",
        scl !== undefined && scl >= 7
          ? t(
              `Exchange Online は確度の高い迷惑メールと判定しました（SCL ${scl}）。既定では隔離され、受信者の受信トレイには届きません。`,
              `Exchange Online judged it high-confidence spam (SCL ${scl}). By default it is quarantined and never reaches the inbox.`
            )
          : t(
              `迷惑メールと判定され、迷惑メールフォルダーに入りました${scl !== undefined ? `（SCL ${scl}）` : ""}。メールは届いていますが、受信者が気付かないことがあります。`,
              `It was judged spam and put in the Junk Email folder${scl !== undefined ? ` (SCL ${scl})` : ""}. The mail did arrive, but the recipient may not notice it.`
            ),
        {
          evidence,
          // A sender that failed authentication may be forged: never advise trusting it.
          fix:
            cat === "SPOOF" || a.auth.dmarc === "fail" || a.auth.compauth === "fail"
              ? t(
                  "差出人の認証に失敗しており、なりすましの可能性があります。迷惑メールフォルダーから戻したり、差出人を信頼できる差出人に加えたりせず、リンクや添付ファイルも開かないでください。必要であれば、電話など普段使っている別の手段で差出人本人に確認してください。",
                  "The sender failed authentication and may be forged. Do not move it out of Junk or add the sender to safe senders, and do not open its links or attachments. If it matters, confirm with the sender through a channel you already know, such as a phone call."
                )
              : t(
                  "正当なメールであれば、受け取った人が迷惑メールフォルダー（または検疫）から「迷惑メールではない」として戻し、差出人を信頼できる差出人に加えてください。同じ差出人のメールが何度も振り分けられる場合は、このヘッダーの結果を差出人に伝え、送信側の設定を見直してもらいます。",
                  "If the mail is genuine, whoever received it should mark it as not junk (from Junk Email or the quarantine) and add the sender to their safe senders. If mail from this sender keeps being junked, pass these results to the sender so they can review their setup."
                ),
          who: ["recipient", "recipientIt"],
        }
      )
    );
  } else if ((x.bcl ?? 0) >= 7 || cat === "BULK") {
    out.push(
      finding(
        7,
        "received-headers.bulk",
        "warning",
        t(
          `一斉配信のメールと判定されています(BCL ${x.bcl ?? "?"})。受信側の設定によっては迷惑メールとして扱われます。`,
          `It was recognised as bulk mail (BCL ${x.bcl ?? "?"}). Depending on the receiving settings, bulk mail is treated as spam.`
        ),
        {
          evidence,
          fix: t(
            "業務上の個別のメールであれば、宛先を絞り、定型の配信文面を避けて送ってください。",
            "For a one-to-one business mail, send to fewer people and avoid newsletter-style content."
          ),
        }
      )
    );
  } else if (scl !== undefined || sfv) {
    out.push(
      finding(
        7,
        "received-headers.not-junk",
        "ok",
        scl !== undefined && scl < 0
          ? t(
              "迷惑メールの判定は省略されました(信頼済みの差出人や社内のメール)。",
              "Spam filtering was skipped (a trusted sender or internal mail)."
            )
          : t(
              `Exchange Online の判定は迷惑メールではありません${scl !== undefined ? `（SCL ${scl}）` : ""}。`,
              `Exchange Online did not judge it spam${scl !== undefined ? ` (SCL ${scl})` : ""}.`
            ),
        { evidence }
      )
    );
  }

  // A spam verdict on a sender that authenticates and is on no blocklist points at the content.
  const contentVerdict =
    sfv === "SPM" &&
    (cat === "SPM" || cat === "HSPM") &&
    a.auth.dmarc !== "fail" &&
    a.auth.compauth !== "fail" &&
    x.ipv !== "CAL";
  if (contentVerdict) {
    out.push(
      finding(
        9,
        "received-headers.content-verdict",
        "warning",
        t(
          "差出人の認証は通っているのに迷惑メールと判定されているため、本文や件名の内容（リンクの多さ、英語の多さ、長い引用履歴など）が判定に影響した可能性があります。",
          "The sender authenticated, yet the mail was judged spam: the content (many links, mostly English, long quoted history, the subject) probably weighed on the verdict."
        ),
        {
          evidence,
          fix: t(
            "履歴を消し、リンクと英語を減らし、内容のわかる日本語の件名にして送り直してみてください。",
            "Try resending without the history, with fewer links and less English, and with a descriptive subject."
          ),
          who: ["you"],
        }
      )
    );
  }

  // SpamAssassin (many providers outside Microsoft, Japanese ISPs among them).
  const sa = a.spamAssassin;
  const flagYes = a.antispam.some((v) => v.header === "X-Spam-Flag" && v.verdict === "spam");
  if (sa?.spam || flagYes) {
    const saEvidence = spamAssassinEvidence(a);
    if (!junked && !impersonation && sfv !== "BLK" && sfv !== "SKB") {
      out.push(
        finding(
          7,
          "received-headers.spam-flag",
          "problem",
          t(
            "受信側のフィルターが迷惑メールと判定しました(X-Spam-Flag / X-Spam-Status)。多くのプロバイダーでは、迷惑メールフォルダーに移されるか件名に印が付きます。",
            "The receiving filter marked it as spam (X-Spam-Flag / X-Spam-Status). Most providers move such mail to a spam folder or tag its subject."
          ),
          {
            evidence: saEvidence,
            fix: t(
              "正当なメールであれば、受け取った人が迷惑メールフォルダーから戻し、差出人を許可リストに加えてください。",
              "If the mail is genuine, whoever received it should move it out of the spam folder and allow-list the sender."
            ),
            who: ["recipient"],
          }
        )
      );
    }
    if (sa && sa.tests.length > 0) {
      out.push(
        finding(
          9,
          "received-headers.spam-score",
          "warning",
          t(
            `迷惑メールの点数${sa.score !== undefined ? ` ${sa.score}` : ""}は、一致した判定項目の合計です。項目名から、本文・リンク・送信元の設定のどれが点数を上げたかがわかります。`,
            `The spam score${sa.score !== undefined ? ` ${sa.score}` : ""} is the sum of the tests that matched; their names show whether the body, the links or the sender's setup raised it.`
          ),
          {
            evidence: `tests=${sa.tests.join(",")}`,
            fix: t(
              "HTML_、URI、SUBJ などの項目は本文や件名、SPF・DKIM・RDNS などの項目は送信元の設定が原因です。本文が原因なら、履歴やリンクを減らして送り直してください。",
              "Tests such as HTML_, URI or SUBJ point at the body or the subject; SPF, DKIM or RDNS point at the sender's setup. If the body is the cause, resend with less history and fewer links."
            ),
          }
        )
      );
    }
  } else if (sa) {
    out.push(
      finding(
        7,
        "received-headers.spam-score-ok",
        "ok",
        t(
          "受信側のフィルターは迷惑メールと判定していません。",
          "The receiving filter did not mark it as spam."
        ),
        {
          evidence: spamAssassinEvidence(a),
        }
      )
    );
  }
  return out;
}

function exchangeEvidence(a: HeaderAnalysis): string {
  const x = a.exchange;
  const parts: string[] = [];
  if (x.scl !== undefined) parts.push(`SCL:${x.scl}`);
  if (x.sfv) parts.push(`SFV:${x.sfv}`);
  if (x.cat) parts.push(`CAT:${x.cat}`);
  if (x.ipv) parts.push(`IPV:${x.ipv}`);
  if (x.sfty) parts.push(`SFTY:${x.sfty}`);
  if (x.bcl !== undefined) parts.push(`BCL:${x.bcl}`);
  if (x.dest) parts.push(`dest:${x.dest}`);
  if (x.country) parts.push(`CTRY:${x.country}`);
  if (x.connectingIp) parts.push(`CIP:${x.connectingIp}`);
  return parts.join("; ");
}

function spamAssassinEvidence(a: HeaderAnalysis): string {
  const raw = a.antispam
    .filter((v) => v.header === "X-Spam-Flag" || v.header === "X-Spam-Status")
    .map((v) => `${v.header}: ${v.value}`);
  return raw.join("; ");
}

// ---------------------------------------------------------------- 24: authentication

const BAD = new Set(["fail", "softfail", "permerror", "temperror", "hardfail"]);

function authFindings(a: HeaderAnalysis): Finding[] {
  const au = a.auth;
  const parts: string[] = [];
  if (au.spf !== undefined) parts.push(`spf=${au.spf}`);
  if (au.dkim !== undefined) parts.push(`dkim=${au.dkim}`);
  if (au.dmarc !== undefined) parts.push(`dmarc=${au.dmarc}`);
  if (au.compauth !== undefined)
    parts.push(`compauth=${au.compauth}${au.compauthReason ? ` reason=${au.compauthReason}` : ""}`);
  if (au.arc !== undefined) parts.push(`arc=${au.arc}`);
  if (parts.length === 0) return [];
  const by = au.authservId ? ` (${au.authservId})` : "";
  const evidence = `${parts.join(" ")}${by}${au.headerFrom ? ` header.from=${au.headerFrom}` : ""}`;
  const fixSender = t(
    "差出人のドメインの管理者(IT担当)に、SPFに送信サーバーが含まれているか、DKIM署名が有効か、DMARCの設定が正しいかを確認してもらってください。自社のドメインであれば自社のIT担当です。",
    "Ask the administrator of the sender's domain to check that SPF lists the sending servers, that DKIM signing is on, and that DMARC is set correctly. For your own domain, that is your IT."
  );
  const spoofCat = a.exchange.cat === "SPOOF";
  const dmarcFailed = au.dmarc === "fail" || au.compauth === "fail" || spoofCat;
  if (dmarcFailed) {
    return [
      finding(
        24,
        "received-headers.auth-failed",
        "problem",
        t(
          "受信側で差出人のドメイン認証(DMARC/複合認証)に失敗しています。なりすましと見なされるため、迷惑メール扱いや受信拒否の直接の原因になります。",
          "The receiving side could not authenticate the sender's domain (DMARC / composite authentication failed). The mail is taken for a forgery, which alone is enough to junk or refuse it."
        ),
        { evidence, fix: fixSender }
      ),
    ];
  }
  const spfBad = au.spf !== undefined && BAD.has(au.spf);
  const dkimBad = au.dkim !== undefined && BAD.has(au.dkim);
  if (spfBad || dkimBad) {
    const passedDmarc = au.dmarc === "pass";
    return [
      finding(
        24,
        "received-headers.auth-partial",
        passedDmarc ? "warning" : "problem",
        passedDmarc
          ? t(
              `${spfBad ? "SPF" : "DKIM"} の確認に失敗していますが、DMARC は合格しています。今は届いていても、経路や設定が変わると届かなくなるおそれがあります。`,
              `${spfBad ? "SPF" : "DKIM"} failed, although DMARC passed. It arrives today, but a change of route or settings could stop it.`
            )
          : t(
              `${spfBad && dkimBad ? "SPF と DKIM" : spfBad ? "SPF" : "DKIM"} の確認に失敗しています。迷惑メールと判定される大きな要因です。`,
              `${spfBad && dkimBad ? "SPF and DKIM" : spfBad ? "SPF" : "DKIM"} failed. This weighs heavily towards a spam verdict.`
            ),
        { evidence, fix: fixSender }
      ),
    ];
  }
  const missing = [au.spf, au.dkim, au.dmarc].some((r) => r === undefined || r === "none");
  if (missing && au.dmarc !== "pass") {
    // Microsoft's composite check passing means this receiver trusted the sender anyway (many
    // small firms have no DKIM or DMARC): worth knowing, not a warning about this mail.
    const trustedAnyway = au.compauth === "pass" || au.compauth === "softpass";
    return [
      finding(
        24,
        "received-headers.auth-missing",
        trustedAnyway ? "info" : "warning",
        trustedAnyway
          ? t(
              "差出人のドメインの認証(SPF・DKIM・DMARC)の一部が設定されていませんが、Microsoft 365 の複合認証には合格しています。このメールの受信には影響していません。ほかのメールサービスでは迷惑メールにされることがあります。",
              "Part of the sender domain's authentication (SPF, DKIM, DMARC) is not set up, but Microsoft 365's composite authentication passed, so it did not affect this mail. Other mail services may still junk such mail."
            )
          : t(
              "差出人のドメインの認証(SPF・DKIM・DMARC)の一部が設定されていないか、確認されていません。大手のメールサービスでは、認証のないメールは迷惑メールにされやすくなります。",
              "Part of the sender domain's authentication (SPF, DKIM, DMARC) is not set up or was not checked. Large mail services readily junk mail without it."
            ),
        { evidence, fix: fixSender }
      ),
    ];
  }
  return [
    finding(
      24,
      "received-headers.auth-pass",
      "ok",
      t(
        "受信側で差出人のドメイン認証に合格しています。",
        "The receiving side authenticated the sender's domain."
      ),
      {
        evidence,
      }
    ),
  ];
}

// ---------------------------------------------------------------- 4: delays

function delayFindings(a: HeaderAnalysis): Finding[] {
  const out: Finding[] = [];
  if (a.hops.length === 0) return out;
  const timed = a.hops.filter((h) => h.timeMs !== undefined);
  if (timed.length === 0) {
    return [
      finding(
        4,
        "received-headers.no-times",
        "info",
        t(
          "Received ヘッダーに読み取れる時刻がないため、遅延は計算できません。",
          "The Received headers carry no readable time, so delays cannot be worked out."
        ),
        {
          evidence: a.hops[0]?.raw.slice(0, 200),
        }
      ),
    ];
  }
  const slow = a.hops.filter((h) => (h.delaySeconds ?? 0) > HOP_DELAY_WARN_SECONDS);
  for (const hop of slow) {
    const d = hop.delaySeconds ?? 0;
    const where = hopWhere(a.hops, hop);
    out.push(
      finding(
        4,
        "received-headers.hop-delay",
        "warning",
        t(
          `${hop.hop}番目のサーバーで ${duration(d, "ja")} 待たされています(${where})。この区間の混雑、再送の待ち、または受信側の一時的な受付制限が考えられます。`,
          `The mail waited ${duration(d, "en")} at hop ${hop.hop} (${where}). That stretch was busy, waiting to retry, or the receiver was throttling for a while.`
        ),
        {
          evidence: `hop ${hop.hop}: ${hop.raw.replace(/\s+/g, " ").slice(0, 300)}`,
          fix: t(
            hop.hop === 1
              ? "最初の区間(送信側)での遅れです。差出人側のIT担当にメールサーバーのキューを確認してもらってください。"
              : "どの組織のサーバーかをホスト名から確認し、その組織のIT担当に、その時刻の混雑や受付制限を確認してもらってください。",
            hop.hop === 1
              ? "The delay is at the very first stretch, on the sending side: ask the sender's IT to check their mail queue."
              : "Identify whose server it is from the host names and ask that organisation's IT about congestion or throttling at that time."
          ),
        }
      )
    );
  }
  for (const n of a.clockSkewHops) {
    out.push(
      finding(
        4,
        "received-headers.clock-skew",
        "info",
        t(
          `${n}番目のサーバーの時刻が前のサーバーより早くなっています。サーバーの時計がずれているため、この区間の遅延は正確ではありません。`,
          `Hop ${n} shows an earlier time than the hop before it: the servers' clocks disagree, so the delay of that stretch is not reliable.`
        ),
        { evidence: a.hops.find((h) => h.hop === n)?.dateText }
      )
    );
  }
  if (slow.length === 0) {
    const total = a.totalDelaySeconds;
    out.push(
      finding(
        4,
        "received-headers.no-delay",
        "ok",
        t(
          `${a.hops.length} 台のサーバーを経由し、10分を超えて待たされた区間はありません${total !== undefined && total >= 0 ? `(全体で ${duration(total, "ja")})` : ""}。`,
          `It passed ${a.hops.length} servers and no stretch took more than 10 minutes${total !== undefined && total >= 0 ? ` (${duration(total, "en")} in all)` : ""}.`
        ),
        { evidence: a.hops.map((h) => `${h.hop}:${h.delaySeconds ?? "?"}s`).join(" ") }
      )
    );
  }
  return out;
}

function hopWhere(hops: readonly ReceivedHop[], hop: ReceivedHop): string {
  const from = hop.from ?? hops[hop.hop - 2]?.by ?? "?";
  return `${from} → ${hop.by ?? "?"}`;
}

/** "14分29秒" / "14 min 29 s"; hours for long waits. */
export function duration(seconds: number, lang: "ja" | "en"): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (lang === "ja") return h > 0 ? `${h}時間${m}分` : m > 0 ? `${m}分${sec}秒` : `${sec}秒`;
  return h > 0 ? `${h} h ${m} min` : m > 0 ? `${m} min ${sec} s` : `${sec} s`;
}
