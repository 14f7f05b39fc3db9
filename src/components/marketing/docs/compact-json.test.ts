import assert from "node:assert/strict";
import { test } from "node:test";
import { compactJson } from "./compact-json";

test("flat arrays and objects stay on one line, nesting stays indented", () => {
  const config = { rules: [{ name: "a", targets: [{ model: "x" }, { model: "y" }] }], retry: { attempts: 2, on_status_codes: [429, 500] } };
  assert.equal(
    compactJson(config),
    `{
  "rules": [
    {
      "name": "a",
      "targets": [
        { "model": "x" },
        { "model": "y" }
      ]
    }
  ],
  "retry": {
    "attempts": 2,
    "on_status_codes": [429, 500]
  }
}`,
  );
  assert.deepEqual(JSON.parse(compactJson(config)), config, "still valid JSON with the same content");
});

test("long flat lists keep one item per line", () => {
  const long = { models: Array.from({ length: 20 }, (_, index) => `model-number-${index}`) };
  assert.equal(compactJson(long), JSON.stringify(long, null, 2));
});
