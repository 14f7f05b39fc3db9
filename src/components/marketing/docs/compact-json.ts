/**
 * JSON as people write it in docs: indented, but with short arrays and flat objects kept on one line, so a
 * routing config fits on a screen instead of one number per line.
 */
export function compactJson(value: unknown, maxLineLength = 88): string {
  const pretty = JSON.stringify(value, null, 2);
  // Innermost brackets first: a flat object or array (no nested brackets inside) collapses when it stays short.
  return pretty.replace(/^(\s*)(.*?)([[{])\n([^[\]{}]*?)\n\s*([\]}])/gm, (whole, indent: string, prefix: string, open: string, body: string, close: string) => {
    const items = body.split("\n").map((line) => line.trim());
    const inner = items.join(" ");
    const line = open === "{" ? `${indent}${prefix}{ ${inner} }` : `${indent}${prefix}[${inner}]`;
    return line.length <= maxLineLength ? line : whole;
  });
}
