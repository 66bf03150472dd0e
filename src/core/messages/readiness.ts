/**
 * The readiness page for IT (readiness.html, src/readiness): its labels, what each row found and
 * how to fix it. Setting names, file names and commands are quoted in 「」 in Japanese: the reader
 * types them exactly as written.
 */
import { defineMessages } from "./types";

export const READINESS_MESSAGES = defineMessages({
  "readiness.page-title": {
    ja: "Todoku 導入チェック（IT担当者向け）",
    en: "Todoku readiness check (for IT)",
  },
  "readiness.intro": {
    ja: "展開が済んだら、一度実行してください。各部分を一回ずつ試し、問題があれば直し方を示します。結果はテキストとしてコピーし、展開のチケットに貼り付けられます。",
    en: "Run this once after deploying. It tries each part once and says how to fix what fails. Copy the result as text into your rollout ticket.",
  },
  "readiness.run": { ja: "チェックを実行", en: "Run the checks" },
  "readiness.running": { ja: "実行中…", en: "Running…" },
  "readiness.copy": { ja: "テキストでコピー", en: "Copy as text" },
  "readiness.copied": { ja: "コピーしました。", en: "Copied" },
  "readiness.copy-failed": {
    ja: "コピーできませんでした。下の欄のテキストを選択してコピーしてください。",
    en: "Could not copy: select the text below and copy it.",
  },
  "readiness.col.part": { ja: "項目", en: "Part" },
  "readiness.col.status": { ja: "結果", en: "Result" },
  "readiness.col.detail": { ja: "内容", en: "What was found" },
  "readiness.col.fix": { ja: "直し方", en: "How to fix" },
  "readiness.status.ok": { ja: "OK", en: "OK" },
  "readiness.status.failed": { ja: "失敗", en: "Failed" },
  "readiness.status.warning": { ja: "注意", en: "Warning" },
  "readiness.status.skipped": { ja: "対象外", en: "Skipped" },
  // The copied text (for a rollout ticket): one line per row, its result first as a marker.
  "readiness.mark.ok": { ja: "［OK］", en: "[OK]" },
  "readiness.mark.failed": { ja: "［失敗］", en: "[FAILED]" },
  "readiness.mark.warning": { ja: "［注意］", en: "[WARNING]" },
  "readiness.mark.skipped": { ja: "［対象外］", en: "[SKIPPED]" },
  "readiness.text.line": {
    params: { mark: "phrase", title: "phrase", detail: "phrase" },
    ja: "{mark}{title}：{detail}",
    en: "{mark} {title}: {detail}",
  },

  "readiness.title.policy": {
    ja: "ポリシーファイル（「policy.json」）",
    en: "Policy file (policy.json)",
  },
  "readiness.title.sign-in": { ja: "サインイン", en: "Sign-in" },
  "readiness.title.permission": {
    params: { permission: "code" },
    ja: "権限 {permission}",
    en: "Permission {permission}",
  },
  "readiness.title.trace-service": { ja: "追跡サービス", en: "Trace service" },
  "readiness.title.dns": { ja: "DNS の問い合わせ（HTTPS 経由）", en: "DNS-over-HTTPS resolver" },
  "readiness.title.send-check": {
    ja: "送信時チェックとマニフェスト",
    en: "Send check and manifest",
  },

  "readiness.policy.valid": {
    ja: "見つかりました。誤りはありません。",
    en: "Found and valid.",
  },
  "readiness.policy.missing": {
    ja: "見つかりません。すべての設定に既定値を使います。",
    en: "Not found: every setting uses its default.",
    fix: {
      ja: "社内の設定（ヘルプデスク、社内ドメインなど）を使う場合は、「policy.json」をアドインと同じ場所に置いてください（「deploy.md」の §5）。",
      en: "To use your settings (help desk, internal domains…), put policy.json beside the add-in's files (deploy.md §5).",
    },
  },
  "readiness.policy.unreachable": {
    params: { url: "text", why: "text" },
    ja: "{url} を読み込めませんでした（{why}）。",
    en: "{url} could not be read ({why}).",
    fix: {
      ja: "ホストが「policy.json」をサインインなしで返すか確認してください。ファイルを置かない場合は 404 を返す必要があります。",
      en: "Make sure the host serves policy.json without sign-in (404 when there is none).",
    },
  },
  "readiness.policy.errors": {
    params: { errors: "phrase" },
    ja: "誤りがあります（該当する項目には既定値を使っています）：{errors}",
    en: "Has errors (their defaults are used meanwhile): {errors}",
    fix: {
      ja: "表示された項目を直してください。エディターで「policy.schema.json」を使うと、書き間違いがその場で分かります。",
      en: "Correct the fields listed. Editing with policy.schema.json shows mistakes as you type.",
    },
  },

  "readiness.sign-in.no-client-id": {
    ja: "このビルドにはクライアントIDが設定されていません。",
    en: "This build has no client id.",
    fix: {
      ja: "「TODOKU_CLIENT_ID」と「TODOKU_TENANT」を指定して、ビルドし直してください（「deploy.md」の §3）。",
      en: "Build again with TODOKU_CLIENT_ID and TODOKU_TENANT set (deploy.md §3).",
    },
  },
  "readiness.sign-in.not-in-outlook": {
    ja: "Outlook の外で開かれているため、サインインを試せません。",
    en: "Opened outside Outlook, so sign-in cannot be tried.",
    fix: {
      ja: "Outlook で Todoku の作業ウィンドウを開き、下部の「導入チェック」からこのページを開いてください。",
      en: "Open Todoku's pane in Outlook and follow its “Readiness check” link at the bottom.",
    },
  },
  "readiness.sign-in.fix": {
    ja: "アプリ登録のリダイレクト先（「brk-multihub://」と「authdialog.html」）を確認してください（「deploy.md」の §2）。",
    en: "Check the app registration's redirect URIs (brk-multihub:// and authdialog.html, deploy.md §2).",
  },
  "readiness.sign-in.failed": {
    params: { path: "text", reason: "phrase", message: "text" },
    ja: "{path}：サインインできませんでした。{reason}（{message}）",
    en: "{path}: failed. {reason} ({message})",
  },
  "readiness.sign-in.ok": {
    params: { path: "text", tenant: "code" },
    ja: "{path}：テナント {tenant} にサインインしました。",
    en: "{path}: signed in, tenant {tenant}",
  },
  "readiness.sign-in.other-tenant": {
    params: { path: "text", tenant: "code", expected: "code" },
    ja: "{path}：テナント {tenant} にサインインしました（ビルドで指定されたテナントは {expected}）。",
    en: "{path}: signed in to tenant {tenant} (the build says {expected})",
    fix: {
      ja: "「TODOKU_TENANT」が正しいテナントIDか確認し、ビルドし直してください。",
      en: "Check that TODOKU_TENANT is your tenant id and build again.",
    },
  },
  "readiness.needs-sign-in": {
    ja: "サインインできなかったため、試していません。",
    en: "Not tried: sign-in did not succeed.",
  },

  "readiness.permission.granted": {
    ja: "許可されています（影響のない呼び出しで確認しました）。",
    en: "Granted (checked with a harmless call).",
  },
  "readiness.permission.not-granted": {
    params: { reason: "phrase" },
    ja: "許可されていないか、失敗しました。{reason}",
    en: "not granted or failed: {reason}",
  },
  "readiness.permission.not-granted-status": {
    params: { reason: "phrase", status: "code" },
    ja: "許可されていないか、失敗しました（HTTP {status}）。{reason}",
    en: "not granted or failed (HTTP {status}): {reason}",
  },
  "readiness.permission.off-in-policy": {
    params: { detail: "phrase" },
    ja: "{detail}（ポリシーで無効）",
    en: "{detail} (off in the policy)",
  },
  "readiness.permission.consent-fix": {
    params: { permissions: "list" },
    ja: "アプリ登録の「API のアクセス許可」に {permissions}（委任）を追加し、管理者の同意を与えてください（「deploy.md」の §2 手順 4）。",
    en: "Add {permissions} (delegated) under the app registration's API permissions and grant admin consent (deploy.md §2 step 4).",
  },
  "readiness.permission.role-fix": {
    params: { permission: "code" },
    ja: "同意は済んでいますが、このアカウントには {permission} に必要な管理者ロールがありません。管理者のアカウントで確認してください。",
    en: "Consent is in place, but this account lacks the admin role {permission} needs. Check with an admin account.",
  },
  "readiness.permission.optional-fix": {
    params: { permission: "code" },
    ja: "管理者向けの機能です。使う場合は {permission} に同意し、ポリシーで有効にしてください。使わない場合は対処不要です。",
    en: "An admin feature: to use it, consent to {permission} and turn it on in the policy. Otherwise nothing to do.",
  },
  "readiness.permission.service-principal-fix": {
    ja: "「Transport Data Platform」のサービスプリンシパルを作成してください（「deploy.md」の §2 手順 5）。反映まで数時間かかることがあります。",
    en: "Create the Transport Data Platform service principal (deploy.md §2 step 5); it can take hours to apply.",
  },
  "readiness.retry-fix": {
    ja: "時間をおいて、もう一度実行してください。",
    en: "Run the check again in a while.",
  },

  "readiness.trace.not-configured": {
    ja: "設定されていません（メッセージ追跡は管理者だけが使えます）。",
    en: "Not configured (only admins can trace).",
  },
  "readiness.trace.no-token": {
    params: { reason: "phrase" },
    ja: "追跡サービス用のトークンを取得できません。{reason}",
    en: "No token for the service: {reason}",
  },
  "readiness.trace.unreachable": {
    params: { endpoint: "text", why: "text" },
    ja: "{endpoint} に接続できません（{why}）。",
    en: "{endpoint} not reachable ({why})",
  },
  "readiness.trace.answered": {
    params: { endpoint: "text" },
    ja: "{endpoint} から、あなたのアカウントで応答がありました。",
    en: "{endpoint} answered for you.",
  },
  "readiness.trace.http": {
    params: { endpoint: "text", status: "code" },
    ja: "{endpoint} がエラーを返しました（HTTP {status}）。",
    en: "{endpoint}: HTTP {status}",
  },
  "readiness.trace.http-ref": {
    params: { endpoint: "text", status: "code", ref: "code" },
    ja: "{endpoint} がエラーを返しました（HTTP {status}、照会番号 {ref}）。",
    en: "{endpoint}: HTTP {status} [{ref}]",
  },
  "readiness.trace.scope-fix": {
    ja: "アプリ登録で「access_as_user」を公開し、同意を与えてください。あわせて、サービスの「TODOKU_SERVICE_CLIENT_ID」がアドインのクライアントIDであること、「TODOKU_ALLOWED_TENANTS」にテナントIDが含まれていることを確認してください（「deploy.md」の §8）。",
    en: "Expose and consent to access_as_user in the app registration; check that the service's TODOKU_SERVICE_CLIENT_ID is the add-in's client id and TODOKU_ALLOWED_TENANTS lists your tenant (deploy.md §8).",
  },
  "readiness.trace.cors-fix": {
    params: { origin: "text" },
    ja: "サービスの「TODOKU_ALLOWED_ORIGINS」に {origin} を設定してください（「Azure Functions」の「CORS」の一覧は空にします）。アドインは「TODOKU_CSP_CONNECT」にサービスのオリジンを入れてビルドし、URL と HTTPS の証明書も確認してください。",
    en: "Set the service's TODOKU_ALLOWED_ORIGINS to {origin} (leave the Azure function app's CORS list empty), build the add-in with the service's origin in TODOKU_CSP_CONNECT, and check the URL and its HTTPS certificate.",
  },
  "readiness.trace.url-fix": {
    ja: "「policy.json」の「graph.traceServiceUrl」には、サービスのベース URL を指定します（「Azure Functions」なら「…/api」まで）。",
    en: "graph.traceServiceUrl is the service's base URL (…/api on Azure Functions).",
  },
  "readiness.trace.upstream-fix": {
    params: { permissions: "list" },
    ja: "サービスのアプリケーションの権限 {permissions} に管理者の同意があるか確認し、サービスのログで上の照会番号の行を確認してください。",
    en: "Check admin consent for the application permissions {permissions}, and the service's log line with the id above.",
  },

  "readiness.dns.off": { ja: "ポリシーで無効になっています。", en: "Off in the policy." },
  "readiness.dns.ok": {
    params: { url: "text" },
    ja: "{url} が応答しました。",
    en: "{url} answered.",
  },
  "readiness.dns.failed": {
    params: { url: "text", why: "text" },
    ja: "{url} から正しい応答がありませんでした（{why}）。",
    en: "{url}: {why}",
    fix: {
      ja: "「dns.resolverUrl」が DNS JSON API に対応した HTTPS のリゾルバーか、プロキシで遮断されていないかを確認してください。「Cloudflare」以外のリゾルバーを使う場合は、ビルド時の「TODOKU_CSP_CONNECT」に含まれているかも確認してください。",
      en: "Check that dns.resolverUrl is an HTTPS resolver with the DNS JSON API, that no proxy blocks it, and that a resolver other than Cloudflare is in TODOKU_CSP_CONNECT at build time.",
    },
  },

  "readiness.manifest.missing": {
    ja: "このページと同じ場所に「manifest.xml」がありません。",
    en: "No manifest.xml beside this page.",
    fix: {
      ja: "「dist/」フォルダーをそのまま配置してください（「deploy.md」の §4）。",
      en: "Deploy the whole dist/ folder (deploy.md §4).",
    },
  },
  "readiness.manifest.client-sends": {
    params: { requirement: "code" },
    ja: "この Outlook は送信時チェックに対応しています（{requirement}）",
    en: "this Outlook runs the send check ({requirement})",
  },
  "readiness.manifest.client-no-send": {
    params: { requirement: "code" },
    ja: "この Outlook は送信時チェックに対応していません（{requirement} 未満）",
    en: "this Outlook does not run the send check (below {requirement})",
  },
  "readiness.manifest.outside-outlook": {
    ja: "Outlook の外で実行しています",
    en: "run outside Outlook",
  },
  "readiness.manifest.declared": { ja: "あり", en: "declared" },
  "readiness.manifest.not-declared": { ja: "なし", en: "not declared" },
  "readiness.manifest.found": {
    params: { version: "code", sendCheck: "phrase", client: "phrase" },
    ja: "「manifest.xml」のバージョン {version}、送信時チェック{sendCheck}、{client}",
    en: "manifest.xml version {version}, send check {sendCheck}; {client}",
  },
  "readiness.manifest.url-elsewhere": {
    params: { found: "phrase", url: "text", base: "text" },
    ja: "{found}。別のホストを指す URL があります：{url}",
    en: "{found}. A URL points elsewhere: {url}",
    fix: {
      ja: "「ADDIN_BASE_URL」に {base} を指定してビルドし直し、管理センターでマニフェストを更新してください（「deploy.md」の §3、§10）。",
      en: "Build again with ADDIN_BASE_URL={base} and update the manifest in the admin center (deploy.md §3, §10).",
    },
  },
  "readiness.manifest.not-allowed": {
    params: { found: "phrase", url: "text" },
    ja: "{found}。「.well-known」に {url} が載っていません。",
    en: "{found}. .well-known does not list {url}",
    fix: {
      ja: "ホストのルートにある「/.well-known/microsoft-officeaddins-allowed.json」に {url} を載せてください（「deploy.md」の §7）。",
      en: "List {url} in /.well-known/microsoft-officeaddins-allowed.json at the host's root (deploy.md §7).",
    },
  },
});
