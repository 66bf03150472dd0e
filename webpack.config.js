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
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("PreloadChunksPlugin", (data) => {
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
          { from: "src/support.html", to: "support.html", noErrorOnMissing: true },
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
