// Turns a failed connection test into one line a person can act on. Provider messages can quote the key
// (OpenAI echoes a masked form, some proxies echo it whole), so everything shown goes through redactSecret.

const MAX_MESSAGE_LENGTH = 300;

/** Removes the secret and anything that looks like a masked copy of a key (`sk-abc***wxyz`). */
export function redactSecret(text: string, secret: string): string {
  const withoutSecret = secret ? text.split(secret).join("••••") : text;
  return withoutSecret.replace(/[\w-]*\*{3,}[\w-]*/g, "••••");
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_MESSAGE_LENGTH ? `${oneLine.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : oneLine;
}

/** E.g. "401 from Anthropic: invalid x-api-key". */
export function describeHttpFailure(options: { providerName: string; status: number; upstreamMessage: string; apiKey: string }): string {
  const { providerName, status, upstreamMessage, apiKey } = options;
  // An HTML error page (proxy, wrong host) says nothing useful in one line.
  const detail = /^\s*</.test(upstreamMessage) || upstreamMessage === "" ? `HTTP ${status}` : upstreamMessage;
  const hint = status === 404 ? " (check the base URL)" : "";
  return shorten(`${status} from ${providerName}: ${redactSecret(detail, apiKey)}${hint}`);
}

function errorCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = (cause as { code?: unknown } | undefined)?.code ?? (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Failures before any HTTP answer: timeouts, refused connections, DNS, TLS. */
export function describeNetworkFailure(options: { providerName: string; baseUrl: string; error: unknown; apiKey: string; timeoutMs: number }): string {
  const { providerName, baseUrl, error, apiKey, timeoutMs } = options;
  if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `${providerName} did not answer within ${timeoutMs / 1000} seconds.`;
  }
  let host = baseUrl;
  try {
    host = new URL(baseUrl).host;
  } catch {
    return shorten(`The base URL "${redactSecret(baseUrl, apiKey)}" is not a valid URL.`);
  }
  const code = errorCode(error);
  if (code === "ECONNREFUSED") return `Could not connect to ${host}: connection refused.`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `Could not resolve the host ${host}.`;
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return `The connection to ${host} was closed unexpectedly.`;
  if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return `TLS error talking to ${host}: ${code}.`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
  return shorten(`Could not reach ${host}: ${redactSecret(cause, apiKey)}`);
}
