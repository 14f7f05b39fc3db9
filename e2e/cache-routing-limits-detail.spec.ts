import { expect, test, type Page } from "@playwright/test";
import { startFakeProvider, type FakeProvider } from "../src/testing/fake-providers";
import { signUp, addOwnOpenAiKey, createApiKey } from "./helpers";

const PROVIDER_KEY = "right-key-e2e-smart-0123456789";
let fake: FakeProvider;

test.beforeAll(async () => {
  fake = await startFakeProvider({ format: "openai", apiKey: PROVIDER_KEY });
});
test.afterAll(() => fake.close());

const section = (page: Page, title: string) => page.locator("section", { has: page.getByRole("heading", { name: title, exact: true }) });

test("cache and routing rules are saved in settings, a key gets limits, and a request's detail explains its provider", async ({ page }) => {
  await signUp(page);

  await page.getByRole("link", { name: "Settings" }).click();
  const cache = section(page, "Response cache");
  await expect(cache).toContainText("x-no-cache: true");
  await cache.getByRole("switch", { name: "Cache responses" }).click();
  await cache.getByLabel("Keep cached answers for").fill("5");
  await cache.getByLabel("TTL unit").selectOption("seconds");
  await cache.getByRole("button", { name: "Save cache settings" }).click();
  await expect(cache.getByRole("alert")).toHaveText("Cache TTL must be between 10 seconds and 1 year (31,536,000 seconds)");
  await cache.getByLabel("Keep cached answers for").fill("2");
  await cache.getByLabel("TTL unit").selectOption("hours");
  await cache.getByRole("button", { name: "Save cache settings" }).click();
  await expect(cache.getByText("Saved.")).toBeVisible();

  const routing = section(page, "Routing");
  const editor = routing.getByLabel("Routing rules (JSON)");
  await editor.fill('{ "rules": [{ "strategy": "fallback", "targets": [] }] }');
  await routing.getByRole("button", { name: "Validate & save" }).click();
  await expect(routing.getByRole("alert")).toContainText("rules.0.targets:");
  await editor.fill("{ not json");
  await routing.getByRole("button", { name: "Validate & save" }).click();
  await expect(routing.getByRole("alert")).toContainText("Not valid JSON");
  await routing.getByRole("button", { name: "Load example" }).click();
  await expect(editor).toHaveValue(/"strategy": "loadbalance"/);
  await routing.getByRole("button", { name: "Validate & save" }).click();
  await expect(routing.getByText("Saved.")).toBeVisible();

  await page.reload();
  await expect(section(page, "Response cache").getByRole("switch", { name: "Cache responses" })).toHaveAttribute("aria-checked", "true");
  await expect(section(page, "Response cache").getByLabel("Keep cached answers for")).toHaveValue("2");
  await expect(section(page, "Routing").getByLabel("Routing rules (JSON)")).toHaveValue(/GPT-4o with fallbacks/);

  await addOwnOpenAiKey(page, PROVIDER_KEY, fake.baseUrl);

  const apiKey = await createApiKey(page, "Limited key");

  await page.getByRole("button", { name: "Limits for Limited key" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Requests per minute").fill("60");
  await dialog.getByLabel("Tokens per minute").fill("100000");
  await dialog.getByLabel("Allowed models").fill("gpt-4o-mini\nno-such-model");
  await dialog.getByLabel("Spend limit in USD").fill("25");
  await dialog.getByLabel("Spend period").selectOption("month");
  await dialog.getByRole("button", { name: "Save limits" }).click();
  await expect(dialog.getByRole("alert")).toContainText('Unknown model "no-such-model"');
  await dialog.getByLabel("Allowed models").fill("gpt-4o-mini\nanthropic/claude-haiku-4-5");
  await dialog.getByRole("button", { name: "Save limits" }).click();
  await expect(page.getByTestId("api-key-limits")).toHaveText("60 rpm · 100k tpm · 2 models · $25/month");

  // The same request twice: the second is answered from the cache.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const response = await page.request.post("/v1/chat/completions", {
      headers: { authorization: `Bearer ${apiKey}`, "x-switchboard-meta-team": "search" },
      data: { model: "gpt-4o-mini", messages: [{ role: "user", content: "Hello there" }] },
    });
    expect(response.status()).toBe(200);
  }

  await page.getByRole("link", { name: "Logs" }).click();
  const rows = page.getByTestId("request-log-row");
  // The gateway writes its log in batches about a second apart.
  await expect(async () => {
    await page.getByRole("button", { name: "Refresh" }).click();
    await expect(rows).toHaveCount(2, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(rows.nth(0)).toContainText("Cached");
  await expect(rows.nth(1)).not.toContainText("Cached");

  // Keyboard: focus the first request's row and press Enter.
  await rows.nth(1).focus();
  await page.keyboard.press("Enter");
  const detail = page.getByTestId("request-log-detail");
  await expect(detail).toBeVisible();
  await expect(detail).toContainText("Why this provider");
  await expect(detail.getByTestId("route-reason")).toHaveText('Config rule "GPT-4o with fallbacks"');
  await expect(detail.getByTestId("route-candidate").filter({ hasText: "Chosen" })).toHaveCount(1);
  await expect(detail.getByTestId("route-candidate").filter({ hasText: "Chosen" })).toContainText("your key");
  await expect(detail.getByTestId("route-attempts")).toContainText("openai");
  await expect(detail).toContainText("Miss: sent to a provider");
  await expect(detail).toContainText("team");
  await expect(detail).toContainText("your key");
  await page.keyboard.press("Escape");
  await expect(detail).toBeHidden();

  await rows.nth(0).click();
  await expect(detail).toContainText("Answered from the response cache");
  await expect(detail).toContainText("Hit: answered from the cache");
});
