import { expect, test, type Page } from "@playwright/test";
import Decimal from "decimal.js";
import { startFakeProvider, type FakeProvider } from "../src/testing/fake-providers";
import { signUp, addOwnOpenAiKey, createApiKey } from "./helpers";

const PROVIDER_KEY = "right-key-e2e-analytics-0123";
let fake: FakeProvider;

test.beforeAll(async () => {
  fake = await startFakeProvider({ format: "openai", apiKey: PROVIDER_KEY });
});
test.afterAll(() => fake.close());

/** A GET of a tRPC query as the signed-in user (superjson envelope), for the exact figures the UI rounds. */
async function trpcQuery<T>(page: Page, path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await page.request.get(`/api/trpc/${path}${query}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

test("requests made through the gateway appear in analytics with the request log's totals", async ({ page }) => {
  await signUp(page);
  await page.getByRole("link", { name: "Analytics" }).click();
  await expect(page.getByText("No requests in this range — send one with an API key")).toBeVisible();

  await addOwnOpenAiKey(page, PROVIDER_KEY, fake.baseUrl);

  const apiKey = await createApiKey(page, "Analytics test");

  const prompts = ["Hello there", "A somewhat longer question about the weather in Lisbon this week", "Count to ten"];
  for (const content of prompts) {
    const response = await page.request.post("/v1/chat/completions", {
      headers: { authorization: `Bearer ${apiKey}` },
      data: { model: "gpt-4o-mini", messages: [{ role: "user", content }] },
    });
    expect(response.status()).toBe(200);
  }

  await page.getByRole("link", { name: "Analytics" }).click();
  const requests = page.getByTestId("summary-requests");
  // The gateway writes its log (and the rollups, in the same transaction) in batches about a second apart.
  await expect(async () => {
    await page.getByRole("button", { name: "Refresh" }).click();
    await expect(requests).toContainText("3", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByTestId("summary-error-rate")).toContainText("0%");

  const viewer = await trpcQuery<{ organizations: Array<{ projects: Array<{ id: string }> }> }>(page, "viewer.me");
  const projectId = viewer.organizations[0]!.projects[0]!.id;
  const logs = await trpcQuery<{ items: Array<{ totalCost: string }> }>(page, "requestLogs.list", { projectId, limit: 50 });
  expect(logs.items).toHaveLength(3);
  const loggedCost = logs.items.reduce((sum, item) => sum.plus(item.totalCost), new Decimal(0));
  expect(loggedCost.greaterThan(0)).toBe(true);
  const shownCost = await page.getByTestId("summary-cost").locator("[data-exact]").getAttribute("data-exact");
  expect(new Decimal(shownCost ?? "NaN").equals(loggedCost)).toBe(true);

  const row = page.getByTestId("breakdown-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("gpt-4o-mini");
  await expect(row).toContainText("3");
  await page.getByRole("tab", { name: "API key" }).click();
  await expect(row).toContainText("Analytics test");

  // A custom range that ends before the requests were made is empty.
  await page.getByRole("button", { name: "Custom" }).click();
  await page.getByLabel("From", { exact: true }).fill("2024-01-01T00:00");
  await page.getByLabel("To", { exact: true }).fill("2024-01-02T00:00");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("No requests in this range — send one with an API key")).toBeVisible();
});
