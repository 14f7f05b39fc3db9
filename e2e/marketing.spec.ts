import { expect, test, type Page } from "@playwright/test";
import { formatPerMillion, formatUsd } from "../src/components/marketing/format";
import { computeCost, findModel, isRetired, listModels, listProviders } from "../src/server/catalog";

// The marketing site is generated from the catalog; these tests hold it to the catalog's numbers.

async function waitUntilInteractive(page: Page) {
  await expect(page.locator('[data-interactive="true"]')).toBeVisible();
}

test("the models page has every catalog model in its server-rendered HTML", async ({ request }) => {
  const response = await request.get("/models");
  expect(response.status()).toBe(200);
  const html = await response.text();
  const models = listModels();
  expect(html.match(/data-testid="model-row"/g)?.length).toBe(models.length);
  for (const model of models) expect(html, model.id).toContain(`data-model-id="${model.id}"`);
  expect(html).toContain(`Showing ${models.length} of ${models.length} models`);
});

test("filtering the models by capability, provider and search hides the others", async ({ page }) => {
  await page.goto("/models");
  await waitUntilInteractive(page);
  const rows = page.getByTestId("model-row");
  await expect(rows).toHaveCount(listModels().length);

  await page.getByRole("checkbox", { name: "Vision" }).check();
  const vision = listModels().filter((model) => model.offerings.some((offering) => offering.capabilities.vision));
  await expect(rows).toHaveCount(vision.length);
  const shown = await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute("data-model-id")));
  expect(new Set(shown)).toEqual(new Set(vision.map((model) => model.id)));
  await expect(page).toHaveURL(/capability=vision/);

  await page.getByRole("checkbox", { name: "Vision" }).uncheck();
  await page.getByLabel("Provider").selectOption("groq");
  await expect(rows).toHaveCount(listModels().filter((model) => model.offerings.some((offering) => offering.providerId === "groq")).length);

  await page.getByLabel("Search").fill("no such model anywhere");
  await expect(rows).toHaveCount(0);
  await expect(page.getByText("No model matches these filters.")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(rows).toHaveCount(listModels().length);
});

test("a shared link opens the models page already filtered", async ({ page }) => {
  await page.goto("/models?kind=embedding");
  await waitUntilInteractive(page);
  await expect(page.getByTestId("model-row")).toHaveCount(listModels({ kind: "embedding" }).length);
  await expect(page.getByLabel("Kind")).toHaveValue("embedding");
});

test("a model page lists every provider with its catalog prices", async ({ page, request }) => {
  const model = findModel("llama-3.3-70b")!.model;
  await page.goto(`/models/${model.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(model.name);
  const rows = page.getByTestId("offering-row");
  await expect(rows).toHaveCount(model.offerings.length);
  for (const offering of model.offerings) {
    const row = page.locator(`[data-testid="offering-row"][data-provider-id="${offering.providerId}"]`);
    await expect(row).toContainText(listProviders().find((provider) => provider.id === offering.providerId)!.name);
    await expect(row).toContainText(offering.providerModel);
    await expect(row).toContainText(formatPerMillion(offering.prices.input));
    await expect(row).toContainText(formatPerMillion(offering.prices.output));
  }
  await expect(page.getByText(`"${model.id}"`).first()).toBeVisible();
  await expect(page.getByText(`/${model.id}`).first()).toBeVisible();

  expect((await request.get("/models/not-a-model")).status()).toBe(404);
});

test("a model page shows cache prices where the catalog has them", async ({ page }) => {
  const model = findModel("claude-sonnet-4-5")!.model;
  const anthropic = model.offerings.find((offering) => offering.providerId === "anthropic")!;
  await page.goto(`/models/${model.id}`);
  const row = page.locator('[data-testid="offering-row"][data-provider-id="anthropic"]');
  await expect(row).toContainText(formatPerMillion(anthropic.prices.cachedInput!));
  await expect(row).toContainText(formatPerMillion(anthropic.prices.cacheWrite!));
});

test("the cost calculator's numbers are the catalog's computeCost", async ({ page }) => {
  const ids = ["claude-sonnet-4-5", "llama-3.3-70b"];
  await page.goto(`/calculator?models=${ids.join(",")}`);
  await waitUntilInteractive(page);
  await expect(page.getByTestId("calculator-model")).toHaveCount(ids.length);

  await page.getByLabel("Input tokens per month", { exact: true }).fill("3M");
  await page.getByLabel("Cached input tokens per month", { exact: true }).fill("1,000,000");
  await page.getByLabel("Output tokens per month", { exact: true }).fill("500k");
  const usage = { promptTokens: 4_000_000, cachedTokens: 1_000_000, completionTokens: 500_000 };

  const expected: string[] = [];
  for (const id of ids) {
    for (const offering of findModel(id)!.model.offerings.filter((entry) => !isRetired(entry))) {
      const total = computeCost({ prices: offering.prices }, usage).totalUsd;
      expected.push(total);
      const cost = page.locator(`[data-testid="calculator-cost"][data-model-id="${id}"][data-provider-id="${offering.providerId}"]`);
      await expect(cost).toHaveAttribute("data-total-usd", total);
      await expect(cost.getByTestId("calculator-total")).toHaveText(formatUsd(total));
    }
  }
  const lowest = expected.reduce((best, total) => (Number(total) < Number(best) ? total : best));
  await expect(page.getByRole("status").filter({ hasText: "Cheapest:" })).toContainText(formatUsd(lowest));
  await expect(page.locator(`[data-testid="calculator-cost"][data-total-usd="${lowest}"]`).first()).toContainText("Cheapest");
});

test("the calculator adds and removes models and explains bad input in place", async ({ page }) => {
  await page.goto("/calculator?models=gpt-4o-mini");
  await waitUntilInteractive(page);
  await expect(page.getByTestId("calculator-model")).toHaveCount(1);

  await page.getByLabel(/Add a model/).fill("gemini 2.5 flash lite");
  await page.getByRole("button", { name: /^Add Gemini 2\.5 Flash-Lite/ }).click();
  await expect(page.getByTestId("calculator-model")).toHaveCount(2);

  await page.getByRole("button", { name: "Remove GPT-4o mini" }).click();
  await expect(page.getByTestId("calculator-model")).toHaveCount(1);

  await page.getByLabel("Output tokens per month", { exact: true }).fill("lots");
  await expect(page.getByText("Enter a number of tokens")).toBeVisible();
  await expect(page.getByText("Fix the token counts to see the costs.")).toBeVisible();
});

test("the providers page has one section per provider with its environment variables", async ({ page }) => {
  await page.goto("/providers");
  await expect(page.getByTestId("provider-section")).toHaveCount(listProviders().length);
  for (const provider of listProviders()) {
    const section = page.locator(`section#${provider.id}`);
    await expect(section).toContainText(provider.apiKeyEnv);
    await expect(section).toContainText(provider.baseUrlEnv);
  }
});

test("the pricing page shows the three plans and a worked top-up example", async ({ page }) => {
  await page.goto("/pricing");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const text of ["0%", "5%", "Free", "$100.00", "$5.00", "$105.00"]) await expect(page.locator("main")).toContainText(text);
  await page.getByText("How is the top-up fee calculated?").click();
  await expect(page.getByText(/rounded to the cent/)).toBeVisible();
});

const DOCS = [
  { path: "/docs", heading: "Documentation" },
  { path: "/docs/quick-start", heading: "Quick start", text: "sk-sb-" },
  { path: "/docs/api", heading: "API reference", text: "model_not_found" },
  { path: "/docs/migrate/openai", heading: "Migrate from OpenAI", text: "api.openai.com" },
  { path: "/docs/migrate/openrouter", heading: "Migrate from OpenRouter", text: "HTTP-Referer" },
  { path: "/docs/migrate/portkey", heading: "Migrate from Portkey", text: "x-portkey-config" },
  { path: "/docs/migrate/litellm", heading: "Migrate from LiteLLM", text: "model_list" },
  { path: "/docs/self-hosting", heading: "Self-hosting", text: "DATABASE_URL" },
];

test("every docs page renders with its sidebar", async ({ page }) => {
  for (const doc of DOCS) {
    const response = await page.goto(doc.path);
    expect(response?.status(), doc.path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(doc.heading);
    await expect(page.getByRole("navigation", { name: "Docs" }).getByRole("link", { name: "Self-hosting" })).toBeVisible();
    if (doc.text) await expect(page.locator("article")).toContainText(doc.text);
  }
  await page.goto("/docs/self-hosting");
  for (const provider of listProviders()) await expect(page.locator("article")).toContainText(provider.apiKeyEnv);
});

test("the phone menu reaches every section and the theme choice is remembered", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const menu = page.getByRole("button", { name: "Menu" });
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Calculator" }).click();
  await expect(page).toHaveURL(/\/calculator$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");

  await menu.click();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");

  const darkBefore = await page.evaluate(() => document.documentElement.classList.contains("dark"));
  await page.getByRole("button", { name: "Toggle dark mode" }).click();
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(!darkBefore);
  expect(await page.evaluate(() => localStorage.getItem("sb:theme"))).toBe(darkBefore ? "light" : "dark");
});
