// Stripe's SDK sends parameters form-encoded with bracketed keys (`line_items[0][price_data][currency]=usd`,
// `metadata[organizationId]=…`, `expand[0]=payment_intent`). This turns them back into the nested object it sent.

export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

function toArrays(value: FormValue): FormValue {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const converted = Object.fromEntries(keys.map((key) => [key, toArrays(value[key]!)]));
  if (keys.length > 0 && keys.every((key, index) => key === String(index))) return keys.map((key) => converted[key]!);
  return converted;
}

export function parseFormBody(body: string): FormObject {
  const root: FormObject = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const path = rawKey.replace(/\]/g, "").split("[");
    let node: FormObject = root;
    path.forEach((segment, index) => {
      if (index === path.length - 1) node[segment] = value;
      else {
        const next = node[segment];
        if (typeof next !== "object" || Array.isArray(next)) node[segment] = {};
        node = node[segment] as FormObject;
      }
    });
  }
  return toArrays(root) as FormObject;
}
