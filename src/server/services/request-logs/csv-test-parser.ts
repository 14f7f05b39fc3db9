// Test helper: a strict RFC 4180 reader, so tests check the exported bytes the way a spreadsheet reads them.

/** Rows of fields; quoted fields may hold commas, doubled quotes and line breaks. Expects CRLF line ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let index = 0;
  let quoted = false;
  while (index < text.length) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (field += '"'), (index += 2);
      else if (char === '"') (quoted = false), (index += 1);
      else (field += char), (index += 1);
      continue;
    }
    if (char === '"') {
      if (field !== "") throw new Error(`a quote inside an unquoted field at ${index}`);
      quoted = true;
      index += 1;
    } else if (char === ",") {
      row.push(field);
      field = "";
      index += 1;
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      index += 2;
    } else if (char === "\n" || char === "\r") {
      throw new Error(`a bare line break outside quotes at ${index}`);
    } else {
      field += char;
      index += 1;
    }
  }
  if (quoted) throw new Error("an unterminated quoted field");
  if (field !== "" || row.length > 0) throw new Error("the last line has no CRLF");
  return rows;
}

/** Rows as objects keyed by the header line. */
export function parseCsvRecords(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((name, column) => [name, row[column] ?? ""])));
}
