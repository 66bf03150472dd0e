#!/usr/bin/env node
/**
 * `npm start`: builds and serves the add-in with webpack-dev-server on localhost:3000 and prints
 * the URL of the task pane. On https when office-addin-dev-certs can install its development
 * certificates (Outlook needs https); otherwise on plain http (TODOKU_HTTP=1), which is enough
 * for the demo pane in a browser. Without Outlook, the printed URL shows the real engine on the
 * built-in sample messages.
 */
const { spawn } = require("child_process");
const path = require("path");

const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const root = path.resolve(__dirname, "..");

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function canUseHttps() {
  if (process.env.TODOKU_HTTP === "1") return { ok: false, why: "TODOKU_HTTP=1 is set" };
  try {
    const devCerts = require("office-addin-dev-certs");
    // Creates the certificates on first use and installs the CA; this fails without admin rights.
    await withTimeout(
      devCerts.getHttpsServerOptions(),
      120000,
      "installing the development certificates"
    );
    return { ok: true };
  } catch (e) {
    return { ok: false, why: e && e.message ? e.message.split("\n")[0] : String(e) };
  }
}

function banner(url, https) {
  const lines = [
    "",
    "  Todoku is being served.",
    "",
    `  Task pane (demo mode in a browser, built-in samples): ${url}`,
    `  Another sample: ${url}?sample=bounce-exchange   (draft, sent, bounce-exchange, bounce-postfix, junk)`,
    "",
    https
      ? "  To use it in Outlook, sideload manifest.xml (see README: Outlook on the web or desktop)."
      : "  Served over http: fine for the demo pane; Outlook needs https (install the dev certificates).",
    "  Stop with Ctrl+C.",
    "",
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

async function main() {
  const https = await canUseHttps();
  if (!https.ok) process.stdout.write(`Serving over http instead of https: ${https.why}\n`);
  const scheme = https.ok ? "https" : "http";
  const url = `${scheme}://localhost:${port}/taskpane.html`;
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const child = spawn(process.execPath, [cli, "serve", "--mode", "development"], {
    cwd: root,
    env: { ...process.env, TODOKU_HTTP: https.ok ? process.env.TODOKU_HTTP || "" : "1" },
    stdio: ["inherit", "pipe", "pipe"],
  });
  let announced = false;
  const watch = (stream, out) =>
    stream.on("data", (chunk) => {
      out.write(chunk);
      if (!announced && /compiled (successfully|with \d+ warning)/.test(chunk.toString())) {
        announced = true;
        banner(url, https.ok);
      }
    });
  watch(child.stdout, process.stdout);
  watch(child.stderr, process.stderr);
  const stop = (signal) => child.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  process.stderr.write(`npm start failed: ${e && e.message ? e.message : e}\n`);
  process.exit(1);
});
