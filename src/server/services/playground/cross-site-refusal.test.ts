import assert from "node:assert/strict";
import { test } from "node:test";
import { crossSiteRefusal } from "./cross-site-refusal";

const allowed = (headers: Record<string, string>) => crossSiteRefusal(new Headers(headers)) === null;

test("same-origin browser requests and header-less clients pass; anything from another site does not", () => {
  assert.equal(allowed({ host: "app.example.com", origin: "https://app.example.com", "sec-fetch-site": "same-origin" }), true);
  assert.equal(allowed({ host: "localhost:3000", origin: "http://localhost:3000" }), true);
  assert.equal(allowed({ host: "internal:3000", "x-forwarded-host": "app.example.com", origin: "https://app.example.com" }), true);
  assert.equal(allowed({ host: "localhost:3000" }), true);

  assert.equal(allowed({ host: "app.example.com", origin: "https://evil.example" }), false);
  assert.equal(allowed({ host: "localhost:3000", origin: "http://localhost:3001" }), false);
  assert.equal(allowed({ host: "app.example.com", origin: "https://api.app.example.com", "sec-fetch-site": "same-site" }), false);
  assert.equal(allowed({ host: "localhost:3000", origin: "null" }), false);
  assert.equal(allowed({ host: "localhost:3000", "sec-fetch-site": "cross-site" }), false);
});
