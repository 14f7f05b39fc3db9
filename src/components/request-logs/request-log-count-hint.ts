const integer = new Intl.NumberFormat("en-US");

/** "3 requests match", "1 request", "More than 10,000 requests match": how big the filtered set is. */
export function describeRequestCount(count: { count: number; capped: boolean }, filtered: boolean): string {
  const amount = count.capped ? `More than ${integer.format(count.count)}` : integer.format(count.count);
  const noun = count.count === 1 && !count.capped ? "request" : "requests";
  if (!filtered) return `${amount} ${noun} in total`;
  return `${amount} ${noun} ${noun === "request" ? "matches" : "match"} the filters`;
}
