// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "pg-boss", "pg", "tsx"],
  // Lets two builds live side by side (e.g. parallel end-to-end runs); .next by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Photos are refused above 2 MB by the app; the body limit leaves room for a larger file to reach that check.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "4mb" } },
};

module.exports = withNextIntl(nextConfig);
