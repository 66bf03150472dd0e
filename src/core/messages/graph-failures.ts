/**
 * Why a call to Microsoft 365 (Graph) or to the organisation's trace service failed, and what to
 * do (src/graph/failures.ts, src/graph/trace-service-client.ts). The reason is shown on every
 * item the missing answer affects; the fix says who has to act.
 */
import { defineMessages } from "./types";

const TRY_AGAIN = {
  ja: "少し待ってから、もう一度お試しください。",
  en: "Wait a little and try again.",
};

export const GRAPH_FAILURE_MESSAGES = defineMessages({
  // Who to ask, named in the fixes below (policy.helpdesk when it is set).
  "graph.it": { ja: "IT担当者", en: "your IT team" },
  "graph.it-contact": {
    params: { contact: "text" },
    ja: "IT担当者（{contact}）",
    en: "your IT team ({contact})",
  },
  "graph.fix.trace-by-id": {
    params: { id: "code", it: "phrase" },
    ja: "このメールの Message-ID「{id}」と送信日時を{it}に伝え、メッセージ追跡を依頼してください。",
    en: "Send this mail's Message-ID “{id}” and the time you sent it to {it}, and ask them to trace it.",
  },
  "graph.fix.trace-by-details": {
    params: { it: "phrase" },
    ja: "送信日時、宛先、件名を{it}に伝え、メッセージ追跡を依頼してください。",
    en: "Give {it} the time you sent it, the recipients and the subject, and ask them to trace it.",
  },
  "graph.fix.try-again": TRY_AGAIN,
  "graph.fix.admin-consent": {
    ja: "IT担当者に、管理者の同意を依頼してください。",
    en: "Ask your IT team to grant admin consent.",
  },
  "graph.fix.usage-by-it": {
    ja: "IT担当者に、メールボックス使用量の確認を依頼してください。",
    en: "Ask your IT team to check your mailbox usage for you.",
  },
  "graph.fix.permissions": {
    ja: "IT担当者に、Todoku の権限設定の確認を依頼してください。",
    en: "Ask your IT team to check Todoku's permissions.",
  },
  "graph.fix.report-bug": {
    ja: "IT担当者に、Todoku の不具合として報告してください。",
    en: "Report this to your IT team as a Todoku bug.",
  },

  "graph.not-configured": {
    ja: "IT担当者が、Todoku のサインイン（Microsoft 365 との連携）をまだ設定していません。",
    en: "Your IT team has not set up sign-in for Todoku yet.",
    fix: {
      ja: "IT担当者に、Todoku のアプリ登録（クライアントID）を設定したビルドの配布を依頼してください。",
      en: "Ask your IT team to register Todoku in Microsoft Entra ID and deploy a build with its client ID.",
    },
  },
  "graph.consent-required": {
    params: { scopes: "list" },
    ja: "Todoku がこの情報を読むことは、まだ許可（同意）されていません。",
    en: "Todoku has not been given permission (consent) to read this yet.",
    fix: {
      ja: "IT担当者に、Todoku への管理者の同意（{scopes}）を依頼してください。",
      en: "Ask your IT team to grant admin consent to Todoku for {scopes}.",
    },
  },
  "graph.admin-consent-required.trace": {
    params: { scope: "code" },
    ja: "メッセージ追跡には管理者の同意（{scope}）が必要ですが、まだ同意されていません。",
    en: "Message trace needs admin consent ({scope}), which has not been given.",
  },
  "graph.admin-consent-required.report": {
    params: { scope: "code" },
    ja: "メールボックス使用量のレポートには、管理者の同意（{scope}）が必要です。",
    en: "The mailbox usage report needs admin consent ({scope}).",
  },
  "graph.admin-role-required.trace": {
    ja: "メッセージ追跡を使えるのは Exchange の管理者だけです。あなたのアカウントには、その権限がありません。",
    en: "Only Exchange administrators can run a message trace, and your account does not have that role.",
  },
  "graph.admin-role-required.report": {
    ja: "このレポートを読めるのは、管理者の役割を持つ人だけです。",
    en: "Only people with an admin role can read this report.",
  },
  "graph.trace-service-principal-missing": {
    params: { appId: "code", command: "code", then: "phrase" },
    ja: "このテナントでは、Graph のメッセージ追跡に必要なサービスがまだ準備されていません。",
    en: "Message trace through Graph is not set up in this tenant yet (the Transport Data Platform service principal is missing).",
    fix: {
      ja: "IT担当者に、アプリID {appId} のサービスプリンシパルの作成（{command}）を依頼してください。反映まで数時間かかることがあります。その間は、{then}",
      en: "Ask your IT team to create the service principal for app ID {appId} ({command}); it can take a few hours. Meanwhile: {then}",
    },
  },
  "graph.personal-account": {
    ja: "個人用の Microsoft アカウント（Outlook.com など）では、この確認はできません。職場または学校のアカウントでのみ使えます。",
    en: "This check is not available for a personal Microsoft account (Outlook.com and similar); it needs a work or school account.",
    fix: {
      ja: "職場のアカウントのメールで Todoku を開いてください。個人のアカウントでは、各項目の手順に沿って手動で確認できます。",
      en: "Open Todoku on mail in a work account. For a personal account, follow the manual steps of each item.",
    },
  },
  "graph.unsupported-host": {
    ja: "この Outlook では、アドインからのサインインが使えません。",
    en: "This version of Outlook does not let add-ins sign in.",
    fix: {
      ja: "Outlook を最新版に更新するか、Outlook on the web でメールを開いてください。",
      en: "Update Outlook, or open the mail in Outlook on the web.",
    },
  },
  "graph.sign-in-required.trace": {
    params: { then: "phrase" },
    ja: "メッセージ追跡のためのサインインが、まだ済んでいません。",
    en: "Todoku has not signed in for message trace yet.",
    fix: {
      ja: "Exchange の管理者の方は「サインイン」を押してください。それ以外の方は、{then}",
      en: "Exchange admins: press Sign in. Everyone else: {then}",
    },
  },
  "graph.sign-in-required": {
    ja: "Todoku はまだ Microsoft 365 にサインインしていません。",
    en: "Todoku has not signed in to Microsoft 365 yet.",
    fix: {
      ja: "「サインイン」を押すと、宛先のメールボックスやライセンスも確認します。",
      en: "Press Sign in to also check the recipients' mailboxes and your licence.",
    },
  },
  "graph.sign-in-cancelled": {
    ja: "サインインが完了しませんでした。",
    en: "Sign-in was not completed.",
    fix: {
      ja: "もう一度確認を実行し、サインイン画面で操作を最後まで進めてください。",
      en: "Run the check again and finish signing in.",
    },
  },
  "graph.sign-in-failed": {
    ja: "Microsoft 365 へのサインインに失敗しました。",
    en: "Signing in to Microsoft 365 failed.",
    fix: {
      ja: "もう一度お試しください。繰り返し失敗する場合は、表示された内容を添えて IT担当者に相談してください。",
      en: "Try again. If it keeps failing, tell your IT team what was shown.",
    },
  },
  "graph.offline": {
    ja: "ネットワークに接続されていないため、Microsoft 365 に問い合わせできません。",
    en: "You are offline, so Microsoft 365 could not be asked.",
    fix: {
      ja: "ネットワークに接続してから、もう一度お試しください。",
      en: "Try again once you are connected.",
    },
  },
  "graph.timeout": {
    ja: "Microsoft 365 が時間内に応答しませんでした。",
    en: "Microsoft 365 did not answer in time.",
    fix: TRY_AGAIN,
  },
  "graph.throttled": {
    ja: "Microsoft 365 が混み合っています。",
    en: "Microsoft 365 is busy.",
    fix: TRY_AGAIN,
  },
  "graph.throttled-wait": {
    params: { seconds: "count" },
    ja: "Microsoft 365 が混み合っています。{seconds} 秒後にもう一度お試しください。",
    en: "Microsoft 365 is busy: try again in {seconds} {seconds|second|seconds}.",
    fix: {
      ja: "{seconds} 秒ほど待ってから、もう一度確認してください。",
      en: "Wait about {seconds} {seconds|second|seconds}, then check again.",
    },
  },
  "graph.malformed-response": {
    ja: "Microsoft 365 から、読み取れない応答が返ってきました。",
    en: "Microsoft 365 sent an answer that could not be read.",
    fix: TRY_AGAIN,
  },
  "graph.unauthorized": {
    ja: "Microsoft 365 がサインイン情報を受け付けませんでした。",
    en: "Microsoft 365 did not accept the sign-in.",
    fix: {
      ja: "Outlook からサインアウトせずに、もう一度お試しください。続く場合は IT担当者に相談してください。",
      en: "Try again without signing out of Outlook. If it persists, ask your IT team.",
    },
  },
  "graph.forbidden": {
    ja: "この情報を読む権限がありません。",
    en: "You are not allowed to read this information.",
  },
  "graph.not-found": {
    ja: "Microsoft 365 に該当する情報がありませんでした。",
    en: "Microsoft 365 has no such information.",
  },
  "graph.bad-request": {
    ja: "Microsoft 365 が問い合わせを受け付けませんでした。",
    en: "Microsoft 365 rejected the request.",
  },
  "graph.service-error": {
    ja: "Microsoft 365 側で一時的なエラーが起きています。",
    en: "Microsoft 365 had a temporary error.",
    fix: TRY_AGAIN,
  },
  "graph.national-cloud-unsupported": {
    ja: "Graph のメッセージ追跡は、グローバル版の Microsoft 365 でのみ提供されています。",
    en: "Message trace through Graph is only offered in the global Microsoft 365 cloud.",
  },
  "graph.trace-too-old": {
    ja: "メッセージ追跡で調べられるのは、過去 90 日以内に送ったメールだけです。",
    en: "Message trace only covers mail sent in the last 90 days.",
    fix: {
      ja: "エラーメールが届いていれば、それを Todoku で開いてください。",
      en: "If a bounce (non-delivery report) came back, open it with Todoku.",
    },
  },
  "graph.no-message-id": {
    ja: "Outlook からこのメールの Message-ID を取得できませんでした。送信直後によく起こります。",
    en: "Outlook did not give this mail's Message-ID (common right after sending).",
    fix: {
      ja: "1 分ほど待ってから「送信済みアイテム」のメールを開き直し、もう一度お試しください。",
      en: "Wait a minute, reopen the mail from Sent Items and try again.",
    },
  },

  // The organisation's own trace service (policy.graph.traceServiceUrl).
  "trace-service.ask-it": {
    ja: "Message-ID を添えて、IT担当者にメッセージ追跡を依頼してください。",
    en: "Ask your IT team to trace the message, giving them its Message-ID.",
  },
  "trace-service.no-message-id": {
    ja: "このメールには Message-ID がないため、追跡できません。",
    en: "This mail has no Message-ID, so it cannot be traced.",
    fix: {
      ja: "「送信済みアイテム」のメールを開いてから、もう一度お試しください。",
      en: "Open the mail from Sent Items and try again.",
    },
  },
  "trace-service.timeout": {
    ja: "追跡サービスが時間内に応答しませんでした。",
    en: "The trace service did not answer in time.",
  },
  "trace-service.unreachable": {
    ja: "追跡サービスに接続できませんでした。",
    en: "The trace service could not be reached.",
  },
  "trace-service.retry-then-it": {
    ja: "しばらくしてから、もう一度お試しください。続く場合は、Message-ID を添えて IT担当者にメッセージ追跡を依頼してください。",
    en: "Try again in a while. If it persists, ask your IT team to trace the message, giving them its Message-ID.",
  },
  "trace-service.throttled": {
    params: { seconds: "count" },
    ja: "メッセージ追跡が混み合っています。{seconds} 秒後にもう一度お試しいただけます。",
    en: "Message trace is busy: you can try again in {seconds} {seconds|second|seconds}.",
    fix: {
      ja: "{seconds} 秒ほど待ってから、もう一度お試しください。",
      en: "Wait about {seconds} {seconds|second|seconds} and try again.",
    },
  },
  "trace-service.unauthorized": {
    ja: "追跡サービスがサインイン情報を受け付けませんでした。",
    en: "The trace service did not accept your sign-in.",
    fix: {
      ja: "IT担当者に、追跡サービスのアプリ登録とテナントの許可リストの確認を依頼してください。",
      en: "Ask your IT team to check the trace service's app registration and tenant allow-list.",
    },
  },
  "trace-service.not-own-message": {
    ja: "追跡できるのは、自分が送信したメールだけです。",
    en: "Only mail you sent yourself can be traced.",
  },
  "trace-service.error": {
    params: { status: "code" },
    ja: "追跡サービスがエラーを返しました（応答コード {status}）。",
    en: "The trace service returned an error (status {status}).",
  },
  "trace-service.error-ref": {
    params: { status: "code", ref: "code" },
    ja: "追跡サービスがエラーを返しました（応答コード {status}、照会番号 {ref}）。",
    en: "The trace service returned an error (status {status}, reference {ref}).",
  },
});
