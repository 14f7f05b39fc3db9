/**
 * The playground endpoint spends money on the strength of a session cookie, so a request another site's page makes
 * with that cookie must not get through. SameSite=Lax cookies and the custom project header (which forces a CORS
 * preflight we never approve) already stop it; this check is the explicit third wall: browsers send Origin (and
 * Sec-Fetch-Site) with every POST, and both must say "this very origin".
 *
 * Returns why the request is refused, or null when it may proceed. Without either header (curl, server code) there
 * is no browser to protect, and the cookie is still required.
 */
export function crossSiteRefusal(headers: Headers): string | null {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") {
    return "The playground only accepts requests from the dashboard itself.";
  }
  const origin = headers.get("origin");
  if (origin === null) return null;
  const originHost = hostOf(origin);
  const ownHosts = [headers.get("host"), headers.get("x-forwarded-host")?.split(",")[0]?.trim()].filter(Boolean);
  return originHost !== null && ownHosts.includes(originHost) ? null : "The playground only accepts requests from the dashboard itself.";
}

// An opaque origin arrives as the string "null" (sandboxed frames, some redirects): never ours.
function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host : null;
  } catch {
    return null;
  }
}
