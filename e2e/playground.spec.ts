import { expect, test, type Page } from "@playwright/test";
import { startFakeProvider, type FakeProvider } from "../src/testing/fake-providers";
import { signUp, addOwnOpenAiKey } from "./helpers";

const PROVIDER_KEY = "playground-key-e2e-0123456789";
let fake: FakeProvider;

test.beforeAll(async () => {
  fake = await startFakeProvider({ format: "openai", apiKey: PROVIDER_KEY, chunkDelayMs: 30 });
});
test.afterAll(() => fake.close());

/** Picks a model the way a keyboard user does: type to search, Enter takes the highlighted match. */
async function pickModel(page: Page, label: string, search: string, expectedName: string) {
  const picker = page.getByRole("combobox", { name: label, exact: true });
  await picker.click();
  await picker.fill(search);
  await expect(page.getByRole("listbox", { name: `${label} options` }).getByRole("option").first()).toContainText(expectedName);
  await picker.press("Enter");
  await expect(picker).toHaveValue(expectedName);
}

test("the playground streams an answer incrementally and the comparison shows two answers with cost", async ({ page }) => {
  await signUp(page);
  await addOwnOpenAiKey(page, PROVIDER_KEY, fake.baseUrl);
  await page.getByRole("link", { name: "Playground" }).click();
  await expect(page.getByRole("heading", { name: "Playground" })).toBeVisible();
  await expect(page.getByText("No answer yet")).toBeVisible();

  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Write a message to send." })).toBeVisible();

  await pickModel(page, "Model", "gpt-4o-mini", "GPT-4o mini");
  await page.getByLabel("Message 1 (user)").fill("please stream these words back to me");

  // The fake holds its finishing frame: whatever text shows up meanwhile has been streamed, not delivered whole.
  fake.setFault({ kind: "hold-before-last-chunk" });
  await page.getByRole("button", { name: "Send", exact: true }).click();
  const answer = page.getByTestId("answer-panel");
  await expect(answer.getByTestId("answer-text")).toHaveText("Echo: please stream these words back to me");
  await expect(answer.getByTestId("answer-status")).toHaveText("Streaming…");
  await expect(answer.getByTestId("answer-cost")).toHaveText("—");
  await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
  fake.setFault(null);
  fake.releaseHeldStreams();
  await expect(answer.getByTestId("answer-status")).toHaveText("Done");
  await expect(answer.getByTestId("answer-cost")).toHaveText(/^\$0\.0\d+$/);
  await expect(answer).toContainText("openai");

  // Compare: the suggested second model has no provider key in this project, and says so in its own column.
  await page.getByRole("button", { name: "Compare with another model" }).click();
  await expect(page.getByRole("combobox", { name: "Model 2" })).toHaveValue("Claude Haiku 4.5");
  await page.getByRole("button", { name: "Send to 2 models" }).click();
  const panels = page.getByTestId("answer-panel");
  await expect(panels).toHaveCount(2);
  await expect(panels.nth(1).getByRole("alert")).toContainText("provider_not_configured");
  await expect(panels.nth(0).getByTestId("answer-status")).toHaveText("Done");

  await pickModel(page, "Model 2", "gpt-4.1-nano", "GPT-4.1 nano");
  await page.getByRole("button", { name: "Send to 2 models" }).click();
  await expect(panels.nth(1)).toContainText("GPT-4.1 nano");
  for (const index of [0, 1]) {
    await expect(panels.nth(index).getByTestId("answer-status")).toHaveText("Done");
    await expect(panels.nth(index).getByTestId("answer-text")).toHaveText("Echo: please stream these words back to me");
    await expect(panels.nth(index).getByTestId("answer-cost")).toHaveText(/^\$0\.0\d+$/);
  }
  const models = fake.requests.slice(-2).map((request) => (request.body as { model: string }).model).sort();
  expect(models).toEqual(["gpt-4.1-nano", "gpt-4o-mini"]);

  // Stop cancels a running comparison; each column says it was stopped.
  fake.setFault({ kind: "hold-before-last-chunk" });
  await page.getByRole("button", { name: "Send to 2 models" }).click();
  await expect(panels.nth(1).getByTestId("answer-status")).toHaveText("Streaming…");
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(panels.nth(0).getByTestId("answer-status")).toHaveText("Stopped");
  await expect(panels.nth(1).getByTestId("answer-status")).toHaveText("Stopped");
  fake.setFault(null);
  fake.releaseHeldStreams();
});

test("tool calls are shown readably, and View code gives the same request as curl and SDK code", async ({ page }) => {
  await signUp(page);
  await addOwnOpenAiKey(page, PROVIDER_KEY, fake.baseUrl);
  await page.getByRole("link", { name: "Playground" }).click();
  await page.getByLabel("Message 1 (user)").fill("What's the weather in Paris?");
  await page.getByLabel("Tools (JSON)").fill("[{");
  await expect(page.getByRole("alert").filter({ hasText: "Not valid JSON" })).toBeVisible();
  await expect(page.getByRole("button", { name: "View code" })).toBeDisabled();
  await page.getByLabel("Tools (JSON)").fill("");
  await page.getByRole("button", { name: "Insert example" }).click();
  await page.getByRole("button", { name: "Send", exact: true }).click();

  const call = page.getByTestId("tool-call");
  await expect(call).toContainText("get_weather");
  await expect(call).toContainText('"city": "example city"');
  await expect(page.getByTestId("answer-status")).toHaveText("Done · wants to call a tool");

  await page.getByRole("button", { name: "View code" }).click();
  const snippet = page.getByTestId("code-snippet");
  await expect(snippet).toContainText('-H "Authorization: Bearer $SWITCHBOARD_API_KEY"');
  await expect(snippet).toContainText(`curl -N ${new URL(page.url()).origin}/v1/chat/completions`);
  await expect(snippet).toContainText('"name": "get_weather"');
  await page.getByRole("tab", { name: "OpenAI SDK (TypeScript)" }).click();
  await expect(snippet).toContainText("apiKey: process.env.SWITCHBOARD_API_KEY");
  await expect(snippet).toContainText('model: "gpt-4o-mini"');
  await page.getByRole("button", { name: "Close" }).click();

  // The request log shows playground requests, which have no API key.
  await page.getByRole("link", { name: "Logs" }).click();
  const row = page.getByTestId("request-log-row");
  await expect(async () => {
    await page.getByRole("button", { name: "Refresh" }).click();
    await expect(row).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(row).toContainText("Playground");
});
