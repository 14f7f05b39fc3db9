import assert from "node:assert/strict";
import { test } from "node:test";
import { CAPABILITY_KEYS } from "./catalog-labels";
import { EMPTY_FILTER, filterFromSearch, filterToSearch, isEmptyFilter, matchesFilter, type FilterableModel } from "./model-filter";

const LLAMA: FilterableModel = {
  id: "llama-3.3-70b",
  searchText: "llama 3.3 70b llama-3.3-70b meta groq together",
  kind: "chat",
  capabilities: ["tools", "jsonOutput"],
  providerIds: ["groq", "together"],
};

test("an empty filter matches everything", () => {
  assert.ok(matchesFilter(LLAMA, EMPTY_FILTER));
  assert.ok(isEmptyFilter(EMPTY_FILTER));
});

test("every search word must appear, in any order and case", () => {
  assert.ok(matchesFilter(LLAMA, { ...EMPTY_FILTER, query: "GROQ llama" }));
  assert.ok(!matchesFilter(LLAMA, { ...EMPTY_FILTER, query: "llama anthropic" }));
});

test("capabilities are all required; kind and provider must match exactly", () => {
  assert.ok(matchesFilter(LLAMA, { ...EMPTY_FILTER, capabilities: ["tools", "jsonOutput"] }));
  assert.ok(!matchesFilter(LLAMA, { ...EMPTY_FILTER, capabilities: ["tools", "vision"] }));
  assert.ok(!matchesFilter(LLAMA, { ...EMPTY_FILTER, kind: "embedding" }));
  assert.ok(matchesFilter(LLAMA, { ...EMPTY_FILTER, providerId: "groq" }));
  assert.ok(!matchesFilter(LLAMA, { ...EMPTY_FILTER, providerId: "openai" }));
});

test("a filter survives the round trip through the URL, and unknown capabilities are dropped", () => {
  const filter = { query: "llama", capabilities: ["vision", "tools"] as const, kind: "chat", providerId: "groq" };
  const search = filterToSearch({ ...filter, capabilities: [...filter.capabilities] });
  assert.equal(search, "?q=llama&capability=vision&capability=tools&kind=chat&provider=groq");
  assert.deepEqual(filterFromSearch(search, CAPABILITY_KEYS), { ...filter, capabilities: ["tools", "vision"] });
  assert.deepEqual(filterFromSearch("?capability=telepathy", CAPABILITY_KEYS).capabilities, []);
  assert.equal(filterToSearch(EMPTY_FILTER), "");
});
