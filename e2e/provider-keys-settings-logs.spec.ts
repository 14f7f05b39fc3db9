import { expect, test } from "@playwright/test";
import { startFakeProvider, type FakeProvider } from "../src/testing/fake-providers";
import { signUp, addOwnOpenAiKey, createApiKey } from "./helpers";

const PROVIDER_KEY = "right-key-e2e-0123456789";
let fake: FakeProvider;

test.beforeAll(async () => {
  fake = await startFakeProvider({ format: "openai", apiKey: PROVIDER_KEY });
});
test.afterAll(() => fake.close());

test("an owner adds a custom provider key, tests it, disables and deletes it; the key is never shown", async ({ page }) => {
  await signUp(page);
  await page.getByRole("link", { name: "Provider keys" }).click();
  await expect(page.getByRole("heading", { name: "No provider keys yet" })).toBeVisible();
  await expect(page.getByText("0% gateway fee")).toBeVisible();

  await page.getByRole("button", { name: "Add provider key" }).first().click();
  await page.getByLabel("Provider", { exact: true }).selectOption({ label: "Custom (OpenAI-compatible)" });
  await page.getByLabel("Name").fill("Local model server");
  await page.getByLabel("API key").fill(PROVIDER_KEY);
  await page.getByLabel("Slug").fill("OpenAI");
  await page.getByLabel("Base URL").fill(fake.baseUrl);
  await page.getByRole("button", { name: "Add key" }).click();
  await expect(page.getByRole("dialog")).toContainText("lowercase letters");
  await page.getByLabel("Slug").fill("my-llm");
  await page.getByRole("button", { name: "Add key" }).click();

  const row = page.getByTestId("provider-key-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Local model server");
  await expect(row).toContainText("••••6789");
  await expect(row).toContainText("Not tested");
  expect(await page.content()).not.toContain(PROVIDER_KEY);

  await page.getByRole("button", { name: "Test Local model server" }).click();
  await expect(row.getByTestId("provider-key-test-result")).toContainText("my-llm accepted the key.");
  await expect(row.getByTestId("provider-key-test-result")).toContainText(/\d+ ms/);

  await page.getByRole("button", { name: "Disable Local model server" }).click();
  await expect(row).toContainText("Disabled");
  await page.getByRole("button", { name: "Enable Local model server" }).click();
  await expect(row).toContainText("Enabled");

  await page.getByRole("button", { name: "Delete Local model server" }).click();
  await page.getByRole("button", { name: "Delete key" }).click();
  await expect(page.getByRole("heading", { name: "No provider keys yet" })).toBeVisible();
});

test("settings change the project's name and billing mode; the request log starts empty", async ({ page }) => {
  await signUp(page);
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("radio", { name: /Hybrid/ })).toBeChecked();
  await page.getByRole("radio", { name: /Bring your own keys/ }).check();
  await page.getByRole("button", { name: "Save mode" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  await page.getByLabel("Name").fill("Renamed project");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByLabel("Project")).toContainText("Renamed project");

  await page.reload();
  await expect(page.getByRole("radio", { name: /Bring your own keys/ })).toBeChecked();

  await page.getByRole("link", { name: "Logs" }).click();
  await expect(page.getByText("Make a request with an API key and it appears here.")).toBeVisible();
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(page.getByTestId("request-log-row")).toHaveCount(0);
});

test("a request sent with the owner's own OpenAI key appears in the request log with tokens and cost", async ({ page }) => {
  await signUp(page);
  await addOwnOpenAiKey(page, PROVIDER_KEY, fake.baseUrl);

  const apiKey = await createApiKey(page, "Logs test");

  const response = await page.request.post("/v1/chat/completions", {
    headers: { authorization: `Bearer ${apiKey}` },
    data: { model: "gpt-4o-mini", messages: [{ role: "user", content: "Hello there" }] },
  });
  expect(response.status()).toBe(200);

  await page.getByRole("link", { name: "Logs" }).click();
  const row = page.getByTestId("request-log-row");
  // The gateway writes its log in batches about a second apart.
  await expect(async () => {
    await page.getByRole("button", { name: "Refresh" }).click();
    await expect(row).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(row).toContainText("gpt-4o-mini");
  await expect(row).toContainText("→ openai");
  await expect(row).toContainText("your key");
  await expect(row).toContainText("200");
  await expect(row).toContainText(/\$0\.\d{7}/);
});
