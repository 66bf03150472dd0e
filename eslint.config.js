// ESLint flat config: the Office add-in rules (eslint-plugin-office-addins, React flavour)
// plus typescript-eslint. Formatting is prettier's job (`npm run prettier`), not lint's.
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");
const reactHooks = require("eslint-plugin-react-hooks");

// Reuse the plugin objects the Office config registered: flat config refuses two different
// objects under one plugin name, and eslint-plugin-office-addins brings its own copies.
const registered = Object.assign({}, ...officeAddins.configs.react.map((c) => c.plugins || {}));

module.exports = [
  {
    ignores: ["dist/**", "dist-node/**", "coverage/**", "test-results/**", "node_modules/**"],
  },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
    },
    plugins: {
      "react-hooks": reactHooks,
      "@typescript-eslint": registered["@typescript-eslint"],
      prettier: registered.prettier,
    },
    rules: {
      "prettier/prettier": "off",
      "no-undef": "off",
      "no-redeclare": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-control-regex": "off",
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        URL: "readonly",
        fetch: "readonly",
        performance: "readonly",
        TextDecoder: "readonly",
        TextEncoder: "readonly",
        setInterval: "readonly",
        clearInterval: "readonly",
        window: "readonly",
        document: "readonly",
      },
    },
    rules: {
      "prettier/prettier": "off",
      "@typescript-eslint/no-require-imports": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-control-regex": "off",
    },
  },
];
