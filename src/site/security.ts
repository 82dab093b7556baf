/**
 * What the site tells browsers to refuse: one Content-Security-Policy for the meta tag every page
 * carries and for the headers files of the common static hosts, which can say more (a meta tag
 * cannot forbid framing, nor set nosniff). GitHub Pages reads no headers file: there, only the
 * meta tag applies.
 */

/** Only the site's own scripts and styles; WebAssembly for the search engine. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** The Referrer-Policy of the meta tag and the headers: other sites learn the origin only. */
export const REFERRER_POLICY = "strict-origin-when-cross-origin";

/** Headers for every file of the site, in the order the headers files list them. */
export const SECURITY_HEADERS: readonly (readonly [name: string, value: string])[] = [
  // frame-ancestors only works in a header: no other site may frame the portal (clickjacking).
  ["Content-Security-Policy", `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", REFERRER_POLICY],
  // For browsers that predate frame-ancestors.
  ["X-Frame-Options", "DENY"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
];

/** Netlify and Cloudflare Pages: `_headers` at the root of the published folder. */
export function headersFile(): string {
  return `/*\n${SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}\n`).join("")}`;
}

/** Azure Static Web Apps: `staticwebapp.config.json` at the root of the published folder. */
export function azureStaticWebAppConfig(): string {
  return `${JSON.stringify({ globalHeaders: Object.fromEntries(SECURITY_HEADERS) }, null, 2)}\n`;
}

/** Apache (with mod_headers): `.htaccess` at the root of the published folder. */
export function htaccess(): string {
  const quoted = (v: string) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  return `<IfModule mod_headers.c>\n${SECURITY_HEADERS.map(([name, value]) => `  Header always set ${name} ${quoted(value)}\n`).join("")}</IfModule>\n`;
}
