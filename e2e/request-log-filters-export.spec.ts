import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { parseCsvRecords } from "../src/server/services/request-logs/csv-test-parser";
import { startFakeProvider, type FakeProvider } from "../src/testing/fake-providers";
import { signUp, addOwnOpenAiKey, createApiKey } from "./helpers";

const PROVIDER_KEY = "right-key-e2e-logs-0123456789";
let fake: FakeProvider;

test.beforeAll(async () => {
  fake = await startFakeProvider({ format: "openai", apiKey: PROVIDER_KEY });
});
test.afterAll(() => fake.close());

/** The owner's own OpenAI key (pointing at the fake provider) and a gateway API key; returns the API key. */
async function setUpKeys(page: Page): Promise<string> {
  await addOwnOpenAiKey(page, PROVIDER_KEY, fake.baseUrl);

  const apiKey = await createApiKey(page, "Logs key");
  return apiKey;
}

function chat(page: Page, apiKey: string, model: string, content: string, stream = false) {
  return page.request.post("/v1/chat/completions", { headers: { authorization: `Bearer ${apiKey}` }, data: { model, stream, messages: [{ role: "user", content }] } });
}

/** Refreshes until the log shows `count` rows: the gateway writes its log in batches about a second apart. */
async function waitForRows(page: Page, count: number) {
  await expect(async () => {
    await page.getByRole("button", { name: "Refresh" }).click();
    await expect(page.getByTestId("request-log-row")).toHaveCount(count, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

const requestIdsShown = (page: Page) => page.getByTestId("request-log-row").locator("td:first-child").evaluateAll((cells) => cells.map((cell) => cell.getAttribute("title")));

test("gateway requests appear in the log; filters narrow them and survive a reload; the export matches; kept bodies show", async ({ page }) => {
  await signUp(page);
  await page.getByRole("link", { name: "Settings" }).click();
  // Own keys only: a failing provider then stays a 5xx instead of falling back to the platform key (and credits).
  await page.getByRole("radio", { name: /Bring your own keys/ }).check();
  await page.getByRole("button", { name: "Save mode" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  const retention = page.locator("section#body-retention");
  await expect(retention).toContainText("may contain personal data");
  await retention.getByRole("switch", { name: "Keep request and response bodies" }).click();
  await retention.getByRole("button", { name: "Save body retention" }).click();
  await expect(retention.getByText("Saved.")).toBeVisible();
  const apiKey = await setUpKeys(page);

  expect((await chat(page, apiKey, "gpt-4o-mini", "First question")).status()).toBe(200);
  const streamed = await chat(page, apiKey, "gpt-4o-mini", "Stream me an answer", true);
  expect(streamed.status()).toBe(200);
  const streamedText = (await streamed.text())
    .split("\n")
    .filter((line) => line.startsWith("data: {"))
    .map((line) => (JSON.parse(line.slice(6)) as { choices: Array<{ delta: { content?: string } }> }).choices.map((choice) => choice.delta.content ?? "").join(""))
    .join("");
  expect(streamedText.length).toBeGreaterThan(0);
  // No credentials for Anthropic in this project: refused with a 4xx, and logged.
  expect((await chat(page, apiKey, "claude-haiku-4-5", "Not routable")).status()).toBeGreaterThanOrEqual(400);
  fake.setFault({ kind: "status", status: 500, times: 1 });
  expect((await chat(page, apiKey, "gpt-4o-mini", "Upstream breaks")).status()).toBeGreaterThanOrEqual(500);

  await page.getByRole("link", { name: "Logs" }).click();
  await waitForRows(page, 4);
  await expect(page.getByTestId("request-log-count")).toHaveText("4 requests in total");
  await expect(page).toHaveURL(/[?&]project=/);

  await page.getByLabel("Status").selectOption({ label: "Client errors (4xx)" });
  await expect(page).toHaveURL(/status=4xx/);
  const rows = page.getByTestId("request-log-row");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("claude-haiku-4-5");
  await expect(page.getByTestId("request-log-count")).toHaveText("1 request matches the filters");

  await page.reload();
  await expect(page.getByLabel("Status")).toHaveValue("4xx");
  await expect(rows).toHaveCount(1);
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(rows).toHaveCount(4);

  await page.getByLabel("Model").selectOption("gpt-4o-mini");
  await expect(rows).toHaveCount(3);
  await page.getByLabel("Status").selectOption({ label: "Success (2xx)" });
  await expect(rows).toHaveCount(2);
  await expect(page).toHaveURL(/model=gpt-4o-mini/);
  const shown = await requestIdsShown(page);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^requests-default-project-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  const records = parseCsvRecords(csv.replace(/^\uFEFF/, ""));
  expect(records.map((record) => record.request_id)).toEqual(shown);
  expect(records.map((record) => [record.requested_model, record.status, record.provider, record.api_key_name])).toEqual([
    ["gpt-4o-mini", "200", "openai", "Logs key"],
    ["gpt-4o-mini", "200", "openai", "Logs key"],
  ]);
  expect(records.map((record) => record.streamed)).toEqual(["true", "false"]);

  // The streamed request (newest of the two): its body, and the answer's text joined from the events.
  await rows.nth(0).click();
  const detail = page.getByTestId("request-log-detail");
  await expect(detail.getByTestId("request-body")).toContainText('"content": "Stream me an answer"');
  await expect(detail.getByTestId("response-body")).toHaveText(streamedText);
  await detail.getByRole("button", { name: "Raw events" }).click();
  await expect(detail.getByTestId("response-body")).toContainText("data: {");
  await page.keyboard.press("Escape");

  await rows.nth(1).focus();
  await page.keyboard.press("Enter");
  await expect(detail.getByTestId("request-body")).toContainText("First question");
  await expect(detail.getByTestId("response-body")).toContainText('"object": "chat.completion"');
});

test("without body retention the detail says so and links to the setting; a filter that matches nothing says so", async ({ page }) => {
  await signUp(page);
  const apiKey = await setUpKeys(page);
  expect((await chat(page, apiKey, "gpt-4o-mini", "Private words")).status()).toBe(200);

  await page.getByRole("link", { name: "Logs" }).click();
  await waitForRows(page, 1);
  await page.getByLabel("Status").selectOption({ label: "Server errors (5xx)" });
  await expect(page.getByRole("heading", { name: "No requests match these filters" })).toBeVisible();
  await expect(page.getByTestId("request-log-count")).toHaveText("0 requests match the filters");
  await page.getByRole("button", { name: "Clear filters" }).last().click();
  await expect(page.getByTestId("request-log-row")).toHaveCount(1);

  await page.getByTestId("request-log-row").click();
  const detail = page.getByTestId("request-log-detail");
  await expect(detail.getByTestId("bodies-absent")).toContainText("Body retention is off for this project.");
  await expect(detail).not.toContainText("Private words");
  await detail.getByRole("link", { name: "Turn it on in Settings" }).click();
  await expect(page).toHaveURL(/\/dashboard\/settings#body-retention$/);
  await expect(page.getByRole("switch", { name: "Keep request and response bodies" })).toHaveAttribute("aria-checked", "false");
});
