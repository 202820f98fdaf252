// The manifest for the server an office deploys the add-in on (`npm run build -- --env host=https://…`): every URL
// of the development manifest, on https://localhost:3000, moved to that host.
const { URL } = require("url");

const DEV_ORIGIN = "https://localhost:3000";

/** The manifest with its URLs on `host` (a base URL, a path allowed: https://bc06.tinh.gov.vn/bc06). */
function manifestForHost(xml, host) {
  let base;
  try {
    base = new URL(host);
  } catch {
    throw new Error(`host=${host}: not a web address (for example https://bc06.tinh.gov.vn/bc06)`);
  }
  if (base.protocol !== "https:") throw new Error(`host=${host}: Office loads add-ins only over https`);
  if (base.search || base.hash) throw new Error(`host=${host}: a base address takes no query or fragment`);
  const root = `${base.origin}${base.pathname}`.replace(/\/+$/, "");
  return xml
    .replace(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, `<AppDomain>${base.origin}</AppDomain>`)
    .split(`${DEV_ORIGIN}/`)
    .join(`${root}/`);
}

module.exports = { DEV_ORIGIN, manifestForHost };
