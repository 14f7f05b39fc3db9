import assert from "node:assert/strict";
import { test } from "node:test";
import { parseCsv } from "./csv-test-parser";
import { csvField, csvLine, fileNameSlug, truncationNote } from "./request-log-csv";

test("fields with commas, quotes and line breaks are quoted, and quotes doubled", () => {
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField("a,b"), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField("two\nlines"), '"two\nlines"');
  assert.equal(csvField("cr\rlf"), '"cr\rlf"');
  assert.equal(csvField(""), "");
  assert.equal(csvField(null), "");
  assert.equal(csvField(42), "42");
  assert.equal(csvField(false), "false");
  assert.equal(csvField(new Date("2025-06-01T12:00:00.123Z")), "2025-06-01T12:00:00.123Z");
  assert.equal(csvField("0.000000000001"), "0.000000000001", "exact decimals pass untouched");
});

test("cells a spreadsheet would run as a formula stay text", () => {
  assert.equal(csvField("=1+1"), "'=1+1");
  assert.equal(csvField("+SUM(A1)"), "'+SUM(A1)");
  assert.equal(csvField("-2"), "'-2");
  assert.equal(csvField("@cmd"), "'@cmd");
  assert.equal(csvField("\tTAB"), "'\tTAB");
  assert.equal(csvField('=HYPERLINK("http://evil","x")'), `"'=HYPERLINK(""http://evil"",""x"")"`);
  assert.equal(csvField("a=b"), "a=b", "only a leading sign counts");
});

test("a line reads back as the values written", () => {
  const values = ["gpt-4o-mini", 'quote " and, comma', "line\r\nbreak", "=cmd", "ünïcødé ✓", ""];
  const [row] = parseCsv(csvLine(values));
  assert.deepEqual(row, ["gpt-4o-mini", 'quote " and, comma', "line\r\nbreak", "'=cmd", "ünïcødé ✓", ""]);
});

test("file names and the truncation note", () => {
  assert.equal(fileNameSlug("Default project"), "default-project");
  assert.equal(fileNameSlug('Ünïcode "Prod"/EU'), "unicode-prod-eu");
  assert.equal(fileNameSlug("🚀"), "project");
  assert.deepEqual(parseCsv(truncationNote(100_000)), [["# Export stopped at 100,000 rows; narrow the time range to export the rest."]]);
});
