// Loads a built launchevent.js in a bare JavaScript engine (Node's vm: no DOM, no TextDecoder,
// no atob, no URL, no fetch, no localStorage), the way classic Outlook on Windows runs the send
// check, and fires OnMessageSend on a draft with a blocked attachment. It must register the
// handler and complete the event. Run after a build:
//   npx webpack --mode production --output-path /tmp/todoku-dist && node scripts/check-event-runtime.js /tmp/todoku-dist/launchevent.js
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const file = process.argv[2] || path.join(__dirname, "..", "dist", "launchevent.js");
const source = fs.readFileSync(file, "utf8");

const answer =
  (value) =>
  (...args) =>
    args[args.length - 1]({ status: "succeeded", value });
const item = {
  subject: { getAsync: answer("見積書の送付") },
  body: {
    getAsync: (type, callback) =>
      callback({
        status: "succeeded",
        value: type === "html" ? "<p>お世話になっております。</p>" : "お世話になっております。",
      }),
  },
  from: {
    getAsync: answer({ displayName: "山田 太郎", emailAddress: "taro.yamada@contoso.co.jp" }),
  },
  to: {
    getAsync: answer([{ displayName: "佐藤 花子", emailAddress: "hanako.sato@fabrikam.co.jp" }]),
  },
  cc: { getAsync: answer([]) },
  bcc: { getAsync: answer([]) },
  getAttachmentsAsync: answer([{ id: "A1", name: "setup.exe", size: 6, attachmentType: "file" }]),
  getAttachmentContentAsync: (id, callback) =>
    callback({ status: "succeeded", value: { format: "base64", content: "TVqQAAMA" } }),
};
let handler;
const Office = {
  actions: { associate: (name, fn) => (handler = name === "onMessageSendHandler" ? fn : handler) },
  context: {
    displayLanguage: "ja-JP",
    requirements: { isSetSupported: () => true },
    mailbox: { item, userProfile: { emailAddress: "taro.yamada@contoso.co.jp" } },
  },
  MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
};

const started = Date.now();
const context = vm.createContext({ Office, setTimeout, clearTimeout });
try {
  vm.runInContext(source, context, { filename: path.basename(file) });
} catch (e) {
  process.stderr.write(
    `FAIL: the bundle does not load in a bare engine: ${e && e.stack ? e.stack : e}\n`
  );
  process.exit(1);
}
if (typeof handler !== "function") {
  process.stderr.write(
    "FAIL: onMessageSendHandler was not registered with Office.actions.associate\n"
  );
  process.exit(1);
}
const loadedMs = Date.now() - started;
const timer = setTimeout(() => {
  process.stderr.write("FAIL: event.completed was not called within 5 s\n");
  process.exit(1);
}, 5000);
handler({
  completed(options) {
    clearTimeout(timer);
    const ok =
      options && options.allowEvent === false && /setup\.exe/.test(options.errorMessage || "");
    process.stdout.write(
      `loaded in ${loadedMs} ms, completed in ${Date.now() - started} ms: ${JSON.stringify(options)}\n`
    );
    if (!ok) {
      process.stderr.write("FAIL: expected a prompt naming setup.exe\n");
      process.exit(1);
    }
    process.stdout.write("OK\n");
  },
});
