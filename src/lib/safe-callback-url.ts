/** Only same-site paths may be redirected to after sign-in; anything else goes to the dashboard. */
export function safeCallbackUrl(value: string | undefined): string {
  if (!value) return "/dashboard";
  try {
    const url = new URL(value, "http://local.invalid");
    if (url.origin !== "http://local.invalid") return "/dashboard";
    return url.pathname.startsWith("/") && !url.pathname.startsWith("//") ? `${url.pathname}${url.search}` : "/dashboard";
  } catch {
    return "/dashboard";
  }
}
