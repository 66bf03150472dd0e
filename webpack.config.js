// Build of the add-in's web part, in the shape of the official Office React template:
// one manifest in the repo whose localhost URLs the production build rewrites to ADDIN_BASE_URL.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DefinePlugin } = require("webpack");

const urlDev = "https://localhost:3000/";

function productionBaseUrl() {
  const base = process.env.ADDIN_BASE_URL || "https://localhost:3000/";
  // Outlook loads add-ins only over https; a wrong base would give a manifest no client accepts.
  if (!/^https:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(base)) {
    throw new Error(
      `ADDIN_BASE_URL must be an https URL such as https://addins.example.com/todoku/ (got "${base}")`
    );
  }
  return base.endsWith("/") ? base : `${base}/`;
}

/**
 * Adds <link rel="preload"> to taskpane.html for the chunks every pane needs at once (the
 * engine and the policy defaults), so the browser fetches them alongside the entry script
 * instead of after it has run. They stay separate chunks so the first paint does not wait.
 */
class PreloadChunksPlugin {
  constructor(page, groups) {
    this.page = page;
    this.groups = groups;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap("PreloadChunksPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(
        "PreloadChunksPlugin",
        (data) => {
          if (data.outputName !== this.page) return data;
          const publicPath = data.publicPath || "";
          const files = new Set();
          for (const name of this.groups) {
            const group = compilation.namedChunkGroups.get(name);
            for (const chunk of group ? group.chunks : []) {
              for (const file of chunk.files) if (file.endsWith(".js")) files.add(file);
            }
          }
          for (const file of files) {
            data.headTags.push({
              tagName: "link",
              voidTag: true,
              attributes: { rel: "preload", as: "script", href: publicPath + file },
            });
          }
          return data;
        }
      );
    });
  }
}

/**
 * Content-Security-Policy for the built pages, as a <meta> tag first in <head> (the add-in is
 * served by any static host, where IT may not be able to set headers). It allows only what the
 * pages load: their own scripts and policy.json, office.js from Microsoft's CDN, Microsoft Graph
 * and Entra sign-in (the commercial and national clouds the sign-in code knows), and the default
 * DNS-over-HTTPS resolver. An organisation whose policy.json names another resolver, the message
 * trace service or a Graph proxy lists those origins in TODOKU_CSP_CONNECT at build time.
 * Styles stay 'unsafe-inline': Fluent UI (Griffel) inserts its rules at run time.
 */
const CSP_GRAPH = [
  "https://graph.microsoft.com",
  "https://graph.microsoft.us",
  "https://dod-graph.microsoft.us",
  "https://microsoftgraph.chinacloudapi.cn",
];
const CSP_LOGIN = [
  "https://login.microsoftonline.com",
  "https://login.microsoftonline.us",
  "https://login.chinacloudapi.cn",
];
const CSP_DOH = ["https://cloudflare-dns.com"];
const CSP_OFFICE = "https://appsforoffice.microsoft.com";

function extraConnectOrigins() {
  const list = (process.env.TODOKU_CSP_CONNECT || "").split(/[\s,]+/).filter(Boolean);
  for (const origin of list) {
    // An origin (scheme://host[:port], port may be *), nothing that could end the directive.
    if (!/^(https?|wss?):\/\/[A-Za-z0-9.*-]+(:(\d+|\*))?$/.test(origin))
      throw new Error(
        `TODOKU_CSP_CONNECT: "${origin}" is not an origin such as https://trace.example.co.jp`
      );
  }
  return list;
}

function contentSecurityPolicy() {
  return [
    "default-src 'none'",
    `script-src 'self' ${CSP_OFFICE}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${[...CSP_GRAPH, ...CSP_LOGIN, ...CSP_DOH, ...extraConnectOrigins()].join(" ")}`,
    // MSAL's silent renewal and Office's dialog may frame the sign-in page.
    `frame-src 'self' ${CSP_LOGIN.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** The support page is static text with an inline style sheet and loads nothing. */
const SUPPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'";

/** Puts the CSP meta tag right after <meta charset>, before any script of the template. */
function withCsp(html, policy) {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(html))
    throw new Error("an HTML page without <meta charset> cannot get its CSP");
  return html.replace(charset, (m) => `${m}\n    ${tag}`);
}

/** Adds the CSP to every page HtmlWebpackPlugin writes, including pages added later. */
class CspPlugin {
  apply(compiler) {
    const policy = contentSecurityPolicy();
    compiler.hooks.compilation.tap("CspPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).afterTemplateExecution.tap("CspPlugin", (data) => {
        data.html = withCsp(data.html, policy);
        return data;
      });
    });
  }
}

async function devServerHttps(options) {
  if (options.https) return options.https;
  // Dev certificates come from office-addin-dev-certs; a plain build never needs them.
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const urlProd = productionBaseUrl();
  const useHttp = process.env.TODOKU_HTTP === "1";
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      launchevent: "./src/sendcheck/launchevent.ts",
      authdialog: "./src/graph/auth/dialog-page.ts",
      readiness: "./src/readiness/index.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { sourceMap: dev } },
          },
        },
        {
          // postal-mime has no side effects but does not say so; declaring it lets the pane load
          // the MIME parser only when a bounce or .eml needs it.
          test: /[\\/]node_modules[\\/]postal-mime[\\/]/,
          sideEffects: false,
        },
        {
          // The core is pure by design (no module runs anything on import), so unused parts of
          // it, such as the engine's async path with the MIME parser, can be left out.
          test: /[\\/]src[\\/]core[\\/]/,
          sideEffects: false,
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      new PreloadChunksPlugin("taskpane.html", ["engine", "policy"]),
      new CspPlugin(),
      // Sign-in settings come from the build environment (see README: TODOKU_CLIENT_ID, TODOKU_TENANT).
      new DefinePlugin({
        "process.env.TODOKU_CLIENT_ID": JSON.stringify(process.env.TODOKU_CLIENT_ID || ""),
        "process.env.TODOKU_TENANT": JSON.stringify(process.env.TODOKU_TENANT || ""),
        // Where policy.json lives, for the send check in classic Outlook's page-less runtime.
        "process.env.TODOKU_BASE_URL": JSON.stringify(dev ? urlDev : urlProd),
      }),
      new HtmlWebpackPlugin({
        filename: "authdialog.html",
        template: "./src/graph/auth/authdialog.html",
        chunks: ["authdialog"],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "readiness.html",
        template: "./src/readiness/readiness.html",
        chunks: ["readiness"],
      }),
      new HtmlWebpackPlugin({
        filename: "launchevent.html",
        template: "./src/sendcheck/launchevent.html",
        chunks: ["launchevent"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]", noErrorOnMissing: true },
          { from: "src/policy.schema.json", to: "policy.schema.json", noErrorOnMissing: true },
          {
            // Lists the event script allowed to sign in from the event runtime: production URLs too.
            from: "src/well-known",
            to: ".well-known",
            noErrorOnMissing: true,
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
          {
            from: "src/support.html",
            to: "support.html",
            noErrorOnMissing: true,
            transform: (content) => withCsp(content.toString(), SUPPORT_CSP),
          },
          {
            from: "manifest*.xml",
            to: "[name]" + "[ext]",
            noErrorOnMissing: true,
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
      server: useHttp
        ? "http"
        : { type: "https", options: env.WEBPACK_BUILD ? {} : await devServerHttps(options) },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
  return config;
};
