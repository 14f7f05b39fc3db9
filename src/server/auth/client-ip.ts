type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function read(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The client's address as the nearest proxy reports it (the production server sets x-forwarded-for). */
export function clientIp(headers: HeaderBag): string {
  const forwarded = read(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || read(headers, "x-real-ip") || "unknown";
}
