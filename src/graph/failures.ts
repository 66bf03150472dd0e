/**
 * Everything that can go wrong on the way to Microsoft Graph, as one typed failure, and its
 * plain explanation for the user (what happened, what to do, who must do it).
 */
import type { Unavailable } from "../core/model/facts";
import type { Localized } from "../core/model/i18n";

export type FailureKind =
  | "not-configured"
  | "consent-required"
  | "admin-consent-required"
  | "admin-role-required"
  | "trace-service-principal-missing"
  | "personal-account"
  | "unsupported-host"
  | "sign-in-required"
  | "sign-in-cancelled"
  | "sign-in-failed"
  | "offline"
  | "timeout"
  | "throttled"
  | "malformed-response"
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "bad-request"
  | "service-error"
  | "national-cloud-unsupported"
  | "trace-too-old"
  | "no-message-id";

export class GraphFailure extends Error {
  constructor(
    public readonly kind: FailureKind,
    detail: string,
    public readonly status?: number | undefined,
    public readonly retryAfterSeconds?: number | undefined
  ) {
    super(detail);
    this.name = "GraphFailure";
  }
}

/** Which feature failed: the same HTTP answer means different things for MailTips and for message trace. */
export type Feature = "compose" | "trace" | "usage-report";

export interface DescribeContext {
  feature: Feature;
  messageId?: string | undefined;
  /** policy.helpdesk: named in the fix when IT has to act. */
  helpdesk?: { name: string; email: string } | undefined;
}

const t = (ja: string, en: string): Localized => ({ ja, en });

function askIt(ja: string, en: string): Localized {
  return t(`IT担当に${ja}を依頼してください。`, `Ask your IT to ${en}.`);
}

function sendMessageIdToIt(
  messageId: string | undefined,
  helpdesk?: DescribeContext["helpdesk"]
): Localized {
  const id = messageId ?? "";
  const contact = helpdesk?.email
    ? `${helpdesk.name ? `${helpdesk.name} ` : ""}<${helpdesk.email}>`
    : "";
  const itJa = contact ? `IT担当(${contact})` : "IT担当";
  const itEn = contact ? `your IT (${contact})` : "your IT";
  return id
    ? t(
        `このメールの Message-ID「${id}」と送信日時を${itJa}に送り、メッセージ追跡を依頼してください。`,
        `Send this mail's Message-ID "${id}" and the time you sent it to ${itEn}, and ask them to trace it.`
      )
    : t(
        `送信日時・宛先・件名を${itJa}に伝え、メッセージ追跡を依頼してください。`,
        `Give ${itEn} the time you sent it, the recipients and the subject, and ask them to trace it.`
      );
}

const TRY_AGAIN = t("少し待ってから、もう一度お試しください。", "Wait a little and try again.");

/** Turns a failure into the `unavailable` reason shown on the affected items. */
export function describeFailure(failure: GraphFailure, ctx: DescribeContext): Unavailable {
  const code = `graph.${failure.kind}`;
  const why = (reason: Localized, fix: Localized): Unavailable => {
    const u: Unavailable = { code, reason, fix };
    if (failure.retryAfterSeconds !== undefined) u.retryAfterSeconds = failure.retryAfterSeconds;
    return u;
  };
  const trace = ctx.feature === "trace";
  switch (failure.kind) {
    case "not-configured":
      return why(
        t(
          "IT担当が Todoku のサインイン(Microsoft 365 との連携)をまだ設定していません。",
          "IT has not configured sign-in for Todoku yet."
        ),
        askIt(
          "Todoku のアプリ登録(クライアントID)を設定したビルドの配布",
          "register Todoku in Microsoft Entra ID and deploy a build with its client ID"
        )
      );
    case "consent-required":
      return why(
        t(
          "Todoku がこの情報を読むことについて、まだ同意(許可)がされていません。",
          "Todoku has not been given permission (consent) to read this yet."
        ),
        askIt(
          "Todoku への管理者の同意(User.Read と Mail.Read)",
          "grant admin consent to Todoku for User.Read and Mail.Read"
        )
      );
    case "admin-consent-required":
      return why(
        trace
          ? t(
              "メッセージ追跡には、管理者による同意(ExchangeMessageTrace.Read.All)が必要ですが、まだされていません。",
              "Message trace needs admin consent (ExchangeMessageTrace.Read.All), which has not been given."
            )
          : t(
              "メールボックス使用量のレポートには、管理者による同意(Reports.Read.All)が必要です。",
              "The mailbox usage report needs admin consent (Reports.Read.All)."
            ),
        trace
          ? sendMessageIdToIt(ctx.messageId, ctx.helpdesk)
          : askIt("管理者の同意", "grant admin consent")
      );
    case "admin-role-required":
      return why(
        trace
          ? t(
              "メッセージ追跡を使えるのは Exchange の管理者だけです。あなたのアカウントには、その権限がありません。",
              "Only Exchange administrators can run a message trace, and your account does not have that role."
            )
          : t(
              "このレポートを読めるのは管理者の役割を持つ人だけです。",
              "Only people with an admin role can read this report."
            ),
        trace
          ? sendMessageIdToIt(ctx.messageId, ctx.helpdesk)
          : askIt("使用量の確認", "check your mailbox usage for you")
      );
    case "trace-service-principal-missing":
      return why(
        t(
          "このテナントでは、Graph のメッセージ追跡に必要なサービス(Transport Data Platform)がまだ準備されていません。",
          "Message trace through Graph is not set up in this tenant yet (the Transport Data Platform service principal is missing)."
        ),
        t(
          "IT担当に、アプリID 8bd644d1-64a1-4d4b-ae52-2e0cbf64e373 のサービスプリンシパルの作成(New-MgServicePrincipal)を依頼してください。反映まで数時間かかることがあります。その間は" +
            sendMessageIdToIt(ctx.messageId, ctx.helpdesk).ja,
          "Ask your IT to create the service principal for app ID 8bd644d1-64a1-4d4b-ae52-2e0cbf64e373 (New-MgServicePrincipal); it can take a few hours. Meanwhile: " +
            sendMessageIdToIt(ctx.messageId, ctx.helpdesk).en
        )
      );
    case "personal-account":
      return why(
        t(
          "個人用の Microsoft アカウント(Outlook.com など)では、この確認はできません。職場・学校のアカウントでのみ使えます。",
          "This check is not available for a personal Microsoft account (Outlook.com and similar); it needs a work or school account."
        ),
        t(
          "職場のアカウントのメールで Todoku を開いてください。個人のアカウントでは、届かない理由を手順に沿って手動で確認できます。",
          "Open Todoku on mail in a work account. For a personal account, follow the manual steps for each item."
        )
      );
    case "unsupported-host":
      return why(
        t(
          "この Outlook では、アドインからのサインインが使えません。",
          "This version of Outlook does not let add-ins sign in."
        ),
        t(
          "Outlook を最新版に更新するか、Outlook on the web で開いてください。",
          "Update Outlook, or open the mail in Outlook on the web."
        )
      );
    case "sign-in-required":
      return why(
        trace
          ? t(
              "メッセージ追跡のためのサインインがまだ済んでいません。",
              "Todoku has not signed in for message trace yet."
            )
          : t(
              "Todoku はまだ Microsoft 365 にサインインしていません。",
              "Todoku has not signed in to Microsoft 365 yet."
            ),
        trace
          ? t(
              "Exchange の管理者は[サインイン]を押してください。それ以外の方は" +
                sendMessageIdToIt(ctx.messageId, ctx.helpdesk).ja,
              "Exchange admins: press Sign in. Everyone else: " +
                sendMessageIdToIt(ctx.messageId, ctx.helpdesk).en
            )
          : t(
              "[サインイン]を押すと、宛先のメールボックスやライセンスも確認します。",
              "Press Sign in to also check the recipients' mailboxes and your licence."
            )
      );
    case "sign-in-cancelled":
      return why(
        t("サインインが完了しませんでした。", "Sign-in was not completed."),
        t(
          "もう一度確認を実行し、サインイン画面で操作を完了してください。",
          "Run the check again and finish signing in."
        )
      );
    case "sign-in-failed":
      return why(
        t("Microsoft 365 へのサインインに失敗しました。", "Signing in to Microsoft 365 failed."),
        t(
          "もう一度お試しください。繰り返す場合は、表示された内容とともにIT担当に相談してください。",
          "Try again. If it keeps failing, tell your IT what was shown."
        )
      );
    case "offline":
      return why(
        t(
          "ネットワークに接続されていないため、Microsoft 365 に問い合わせできません。",
          "You are offline, so Microsoft 365 could not be asked."
        ),
        t(
          "ネットワークにつながってから、もう一度お試しください。",
          "Try again once you are connected."
        )
      );
    case "timeout":
      return why(
        t("Microsoft 365 が時間内に応答しませんでした。", "Microsoft 365 did not answer in time."),
        TRY_AGAIN
      );
    case "throttled": {
      const s = failure.retryAfterSeconds;
      return why(
        s !== undefined
          ? t(
              `Microsoft 365 が混み合っています。${s} 秒後にもう一度お試しください。`,
              `Microsoft 365 is busy: try again in ${s} seconds.`
            )
          : t("Microsoft 365 が混み合っています。", "Microsoft 365 is busy."),
        s !== undefined
          ? t(
              `${s} 秒ほど待ってから、もう一度確認してください。`,
              `Wait about ${s} seconds, then check again.`
            )
          : TRY_AGAIN
      );
    }
    case "malformed-response":
      return why(
        t(
          "Microsoft 365 から読み取れない応答が返りました。",
          "Microsoft 365 sent an answer that could not be read."
        ),
        TRY_AGAIN
      );
    case "unauthorized":
      return why(
        t(
          "Microsoft 365 がサインイン情報を受け付けませんでした。",
          "Microsoft 365 did not accept the sign-in."
        ),
        t(
          "Outlook からサインアウトせずに、もう一度お試しください。続く場合はIT担当に相談してください。",
          "Try again. If it persists, ask your IT."
        )
      );
    case "forbidden":
      return why(
        t("この情報を読む権限がありません。", "You are not allowed to read this information."),
        trace
          ? sendMessageIdToIt(ctx.messageId, ctx.helpdesk)
          : askIt("Todoku の権限設定の確認", "check Todoku's permissions")
      );
    case "not-found":
      return why(
        t(
          "Microsoft 365 に該当する情報がありませんでした。",
          "Microsoft 365 has no such information."
        ),
        trace ? sendMessageIdToIt(ctx.messageId, ctx.helpdesk) : TRY_AGAIN
      );
    case "bad-request":
      return why(
        t(
          "Microsoft 365 が問い合わせを受け付けませんでした。",
          "Microsoft 365 rejected the request."
        ),
        trace
          ? sendMessageIdToIt(ctx.messageId, ctx.helpdesk)
          : askIt("Todoku の不具合として報告", "report this as a Todoku bug")
      );
    case "service-error":
      return why(
        t(
          "Microsoft 365 側で一時的なエラーが起きています。",
          "Microsoft 365 had a temporary error."
        ),
        TRY_AGAIN
      );
    case "national-cloud-unsupported":
      return why(
        t(
          "Graph のメッセージ追跡は、グローバル版の Microsoft 365 でしか提供されていません。",
          "Message trace through Graph is only offered in the global Microsoft 365 cloud."
        ),
        sendMessageIdToIt(ctx.messageId, ctx.helpdesk)
      );
    case "trace-too-old":
      return why(
        t(
          "メッセージ追跡で調べられるのは、過去90日以内に送ったメールだけです。",
          "Message trace only covers mail sent in the last 90 days."
        ),
        t(
          "配信不能通知(NDR)が届いていれば、それを Todoku で開いてください。",
          "If a non-delivery report came back, open it with Todoku."
        )
      );
    case "no-message-id":
      return why(
        t(
          "Outlook からこのメールの Message-ID を取得できませんでした(送信直後によく起こります)。",
          "Outlook did not give this mail's Message-ID (common right after sending)."
        ),
        t(
          "1分ほど待ってから、[送信済みアイテム]のメールを開き直してお試しください。",
          "Wait a minute, reopen the mail from Sent Items and try again."
        )
      );
  }
}

/** Any thrown value → a GraphFailure (unknown errors become "sign-in-failed" or "service-error"). */
export function asFailure(e: unknown): GraphFailure {
  if (e instanceof GraphFailure) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new GraphFailure("service-error", message);
}
