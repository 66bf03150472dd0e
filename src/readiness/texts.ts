/** Texts of the readiness page (for IT), Japanese and English side by side. */
import type { Localized } from "../core/model/i18n";

export type RowId =
  | "policy"
  | "sign-in"
  | "perm-user-read"
  | "perm-mail-read"
  | "perm-trace"
  | "perm-reports"
  | "trace-service"
  | "dns"
  | "send-check";

const L = (ja: string, en: string): Localized => ({ ja, en });

export const T = {
  pageTitle: L("Todoku 導入チェック（IT 担当者向け）", "Todoku readiness check (for IT)"),
  intro: L(
    "展開のあとに一度実行してください。各部分を一回ずつ試し、問題があれば直し方を示します。結果はテキストでコピーして展開のチケットに貼れます。",
    "Run this once after deploying. It tries each part once and says how to fix what fails. Copy the result as text into your rollout ticket."
  ),
  run: L("チェックを実行", "Run the checks"),
  running: L("実行中…", "Running…"),
  copy: L("テキストでコピー", "Copy as text"),
  copied: L("コピーしました", "Copied"),
  copyFailed: L(
    "コピーできませんでした。下の欄から選択してコピーしてください。",
    "Could not copy: select the text below and copy it."
  ),
  colPart: L("項目", "Part"),
  colStatus: L("結果", "Result"),
  colDetail: L("内容", "What was found"),
  colFix: L("直し方", "How to fix"),
  status: {
    ok: L("OK", "OK"),
    failed: L("失敗", "Failed"),
    warning: L("注意", "Warning"),
    skipped: L("対象外", "Skipped"),
  },
  title: {
    policy: L("ポリシー（policy.json）", "Policy file (policy.json)"),
    "sign-in": L("サインイン", "Sign-in"),
    "perm-user-read": L("権限 User.Read", "Permission User.Read"),
    "perm-mail-read": L("権限 Mail.Read", "Permission Mail.Read"),
    "perm-trace": L(
      "権限 ExchangeMessageTrace.Read.All",
      "Permission ExchangeMessageTrace.Read.All"
    ),
    "perm-reports": L("権限 Reports.Read.All", "Permission Reports.Read.All"),
    "trace-service": L("追跡サービス", "Trace service"),
    dns: L("DNS-over-HTTPS", "DNS-over-HTTPS resolver"),
    "send-check": L("送信時チェックとマニフェスト", "Send check and manifest"),
  } satisfies Record<RowId, Localized>,

  policyValid: L("見つかりました。誤りはありません。", "Found and valid."),
  policyMissing: L(
    "ありません。すべて既定値で動作します。",
    "Not found: every setting uses its default."
  ),
  policyMissingFix: L(
    "社内の設定（ヘルプデスク、社内ドメインなど）を使うなら、policy.json をアドインと同じ場所に置いてください（deploy.md §5）。",
    "To use your settings (help desk, internal domains…), put policy.json beside the add-in's files (deploy.md §5)."
  ),
  policyUnreachableFix: L(
    "ホストが policy.json を認証なしで返すか確認してください（存在しない場合は 404）。",
    "Make sure the host serves policy.json without sign-in (404 when there is none)."
  ),
  policyErrorsFix: L(
    "表示された項目を直してください。policy.schema.json をエディターで使うと書き間違いが分かります。",
    "Correct the fields listed. Editing with policy.schema.json shows mistakes as you type."
  ),
  noClientId: L("このビルドにはクライアント ID がありません。", "This build has no client id."),
  noClientIdFix: L(
    "TODOKU_CLIENT_ID と TODOKU_TENANT を指定してビルドし直してください（deploy.md §3）。",
    "Build again with TODOKU_CLIENT_ID and TODOKU_TENANT set (deploy.md §3)."
  ),
  notInOutlook: L(
    "Outlook の外で開かれているため、サインインを試せません。",
    "Opened outside Outlook, so sign-in cannot be tried."
  ),
  notInOutlookFix: L(
    "Outlook で Todoku の作業ウィンドウを開き、下部の「導入チェック」からこのページを開いてください。",
    'Open Todoku\'s pane in Outlook and follow its "Readiness check" link at the bottom.'
  ),
  signInFix: L(
    "アプリ登録のリダイレクト URI（brk-multihub:// とauthdialog.html）を確認してください（deploy.md §2）。",
    "Check the app registration's redirect URIs (brk-multihub:// and authdialog.html, deploy.md §2)."
  ),
  tenantMismatchFix: L(
    "TODOKU_TENANT が正しいテナント ID か確認し、ビルドし直してください。",
    "Check that TODOKU_TENANT is your tenant id and build again."
  ),
  needsSignIn: L(
    "サインインできなかったため試していません。",
    "Not tried: sign-in did not succeed."
  ),
  granted: L(
    "許可されています（無害な呼び出しで確認）。",
    "Granted (checked with a harmless call)."
  ),
  consentFix: (permission: string) =>
    L(
      `アプリ登録の[API のアクセス許可]に ${permission}（委任）を追加し、管理者の同意を与えてください（deploy.md §2 手順 4）。`,
      `Add ${permission} (delegated) under the app registration's API permissions and grant admin consent (deploy.md §2 step 4).`
    ),
  roleFix: (permission: string) =>
    L(
      `同意は済んでいますが、このアカウントには ${permission} に必要な管理者ロールがありません。管理者のアカウントで確認してください。`,
      `Consent is in place, but this account lacks the admin role ${permission} needs. Check with an admin account.`
    ),
  optionalFix: (permission: string) =>
    L(
      `管理者向けの機能です。使う場合は ${permission} に同意し、ポリシーで有効にしてください。使わない場合は対処不要です。`,
      `An admin feature: to use it, consent to ${permission} and turn it on in the policy. Otherwise nothing to do.`
    ),
  servicePrincipalFix: L(
    "Transport Data Platform のサービス プリンシパルを作成してください（deploy.md §2 手順 5）。反映に数時間かかることがあります。",
    "Create the Transport Data Platform service principal (deploy.md §2 step 5); it can take hours to apply."
  ),
  retryFix: L("時間をおいてもう一度実行してください。", "Run the check again in a while."),
  noTraceService: L(
    "設定されていません（メッセージ追跡は管理者のみ）。",
    "Not configured (only admins can trace)."
  ),
  traceAnswered: (endpoint: string) =>
    L(`${endpoint} があなたとして応答しました。`, `${endpoint} answered for you.`),
  traceScopeFix: L(
    "アプリ登録で access_as_user を公開して同意し、サービスの TODOKU_SERVICE_CLIENT_ID がアドインのクライアント ID、TODOKU_ALLOWED_TENANTS にテナント ID があるか確認してください（deploy.md §8）。",
    "Expose and consent to access_as_user in the app registration; check that the service's TODOKU_SERVICE_CLIENT_ID is the add-in's client id and TODOKU_ALLOWED_TENANTS lists your tenant (deploy.md §8)."
  ),
  traceCorsFix: (origin: string) =>
    L(
      `サービスの TODOKU_ALLOWED_ORIGINS に ${origin} を設定し（Azure Functions の CORS 一覧は空に）、アドインを TODOKU_CSP_CONNECT にサービスのオリジンを入れてビルドし、URL と HTTPS 証明書を確認してください。`,
      `Set the service's TODOKU_ALLOWED_ORIGINS to ${origin} (leave the Azure function app's CORS list empty), build the add-in with the service's origin in TODOKU_CSP_CONNECT, and check the URL and its HTTPS certificate.`
    ),
  traceUrlFix: L(
    "policy.json の graph.traceServiceUrl はサービスのベース URL です（Azure Functions なら …/api）。",
    "graph.traceServiceUrl is the service's base URL (…/api on Azure Functions)."
  ),
  traceUpstreamFix: L(
    "サービスのアプリの権限 ExchangeMessageTrace.Read.All と User.Read.All（アプリケーション）に管理者の同意があるか、サービスのログで上の ID の行を確認してください。",
    "Check admin consent for the application permissions ExchangeMessageTrace.Read.All and User.Read.All, and the service's log line with the id above."
  ),
  dnsOff: L("ポリシーで無効です。", "Off in the policy."),
  dnsOk: (url: string) => L(`${url} が応答しました。`, `${url} answered.`),
  dnsFix: L(
    "dns.resolverUrl が DNS JSON API に対応した HTTPS のリゾルバーか、プロキシで遮断されていないか、Cloudflare 以外ならビルド時の TODOKU_CSP_CONNECT に入っているか確認してください。",
    "Check that dns.resolverUrl is an HTTPS resolver with the DNS JSON API, that no proxy blocks it, and that a resolver other than Cloudflare is in TODOKU_CSP_CONNECT at build time."
  ),
  noManifest: L("manifest.xml がこのページの隣にありません。", "No manifest.xml beside this page."),
  noManifestFix: L(
    "dist/ をそのまま配置してください（deploy.md §4）。",
    "Deploy the whole dist/ folder (deploy.md §4)."
  ),
  baseUrlFix: (base: string) =>
    L(
      `ADDIN_BASE_URL=${base} でビルドし直し、マニフェストを管理センターで更新してください（deploy.md §3、§10）。`,
      `Build again with ADDIN_BASE_URL=${base} and update the manifest in the admin center (deploy.md §3, §10).`
    ),
  wellKnownFix: (url: string) =>
    L(
      `ホストのルートの /.well-known/microsoft-officeaddins-allowed.json に ${url} を載せてください（deploy.md §7）。`,
      `List ${url} in /.well-known/microsoft-officeaddins-allowed.json at the host's root (deploy.md §7).`
    ),
};
