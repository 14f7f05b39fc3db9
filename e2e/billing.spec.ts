import { expect, test } from "@playwright/test";
import { startFakeStripe, type FakeStripe } from "../src/testing/stripe/fake-stripe";
import { signedWebhookRequest } from "../src/testing/stripe/signed-webhook";
import { signUp, createApiKey } from "./helpers";
import { E2E_STRIPE } from "./stripe-env";

let fake: FakeStripe;

test.beforeAll(async () => {
  fake = await startFakeStripe(E2E_STRIPE.port);
});
test.afterAll(() => fake.close());

test("an owner tops up through Stripe Checkout, the webhook credits once, then saves a card for auto top-up", async ({ page, request }) => {
  await signUp(page);
  await page.getByRole("link", { name: "Billing" }).click();
  await expect(page.getByRole("heading", { name: "Billing" })).toBeVisible();
  await expect(page.getByTestId("credit-balance")).toHaveText("$0.00");

  await page.getByLabel("Amount in USD").fill("100");
  const breakdown = page.getByLabel("Price breakdown");
  await expect(breakdown).toContainText("Platform fee (5%)$5.00");
  await expect(breakdown).toContainText("Total charged$105.00");
  await page.getByRole("button", { name: "Pay $105.00" }).click();
  await expect(page.getByRole("heading", { name: "Fake Stripe Checkout" })).toBeVisible();
  await page.getByRole("button", { name: "Pay 105.00 USD" }).click();
  await expect(page).toHaveURL(/\/dashboard\/billing\?checkout=success&session_id=cs_test_/);

  // Stripe's webhook deliveries, through the real route: a tampered one is refused, the genuine ones applied once.
  const deliver = async (body: string, signature: string) =>
    request.post("/api/stripe/webhook", { data: body, headers: { "content-type": "application/json", "stripe-signature": signature } });
  for (const event of fake.hostedCheckoutEvents) {
    const signed = signedWebhookRequest(event, E2E_STRIPE.webhookSecret);
    const signature = signed.headers.get("stripe-signature")!;
    const genuine = await signed.text();
    expect((await deliver(genuine.replace('"livemode": false', '"livemode": true'), signature)).status()).toBe(400);
    for (let attempt = 0; attempt < 2; attempt += 1) expect((await deliver(genuine, signature)).status()).toBe(200);
  }

  await expect(page.getByTestId("top-up-status")).toContainText("$100.00 was credited to your balance.");
  await expect(page.getByTestId("credit-balance")).toHaveText("$100.00");
  await expect(page.getByTestId("ledger-row")).toHaveCount(1);
  await expect(page.getByTestId("ledger-row")).toContainText("+$100.00");
  await expect(page.getByTestId("payment-row")).toContainText("Paid");
  await expect(page.getByTestId("payment-row").getByRole("link", { name: "Receipt" })).toHaveAttribute("href", /receipts\/ch_/);

  await page.getByRole("button", { name: "Save a card" }).click();
  await page.getByRole("button", { name: "Save card" }).click();
  await expect(page).toHaveURL(/setup=success/);
  await expect(page.getByText("Your card is saved.")).toBeVisible();
  await expect(page.getByTestId("saved-card")).toContainText("visa •••• 4242");

  await page.getByLabel("Top up automatically").check();
  await page.getByLabel("When the balance is below (USD)").fill("500");
  await page.getByLabel("Add this many credits (USD)").fill("50");
  await page.getByRole("button", { name: "Save auto top-up" }).click();
  await expect(page.getByText("the card was charged and the credits added")).toBeVisible();
  await expect(page.getByTestId("credit-balance")).toHaveText("$150.00");
  await expect(page.getByTestId("payment-row")).toHaveCount(2);
});

test("after a top-up, a credits-mode request lowers the balance by exactly its logged cost", async ({ page, request }) => {
  await signUp(page);
  await page.getByRole("link", { name: "Billing" }).click();
  await page.getByLabel("Amount in USD").fill("10");
  const delivered = fake.hostedCheckoutEvents.length;
  await page.getByRole("button", { name: "Pay $10.50" }).click();
  await page.getByRole("button", { name: "Pay 10.50 USD" }).click();
  await expect(page).toHaveURL(/checkout=success/);
  for (const event of fake.hostedCheckoutEvents.slice(delivered)) {
    const signed = signedWebhookRequest(event, E2E_STRIPE.webhookSecret);
    await request.post("/api/stripe/webhook", { data: await signed.text(), headers: { "content-type": "application/json", "stripe-signature": signed.headers.get("stripe-signature")! } });
  }
  await expect(page.getByTestId("credit-balance")).toHaveText("$10.00");

  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("radio", { name: /Credits/ }).check();
  await page.getByRole("button", { name: "Save mode" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  const apiKey = await createApiKey(page, "Credits");

  // The project's mode is cached with the key for up to 5 s.
  await expect(async () => {
    const response = await request.post("/v1/chat/completions", {
      headers: { authorization: `Bearer ${apiKey}` },
      data: { model: "gpt-4o-mini", max_tokens: 50, messages: [{ role: "user", content: "Pay for this with credits" }] },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()["x-switchboard-provider"]).toBe("openai");
  }).toPass({ timeout: 15_000 });

  await page.getByRole("link", { name: "Logs" }).click();
  const row = page.getByTestId("request-log-row");
  await expect(async () => {
    await page.getByRole("button", { name: "Refresh" }).click();
    await expect(row).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  // The row's cost cell (time, model, status, tokens, cost, …).
  const loggedCost = Number(/\$(0\.\d+)/.exec((await row.locator("td").nth(4).textContent()) ?? "")?.[1]);
  expect(loggedCost).toBeGreaterThan(0);

  await page.goto("/dashboard/billing");
  const usage = page.getByTestId("ledger-row").filter({ hasText: /usage/i });
  // The hold is settled just after the answer; the page shows it on its next load.
  await expect(async () => {
    await page.reload();
    await expect(usage).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  const usageText = (await usage.textContent()) ?? "";
  const charged = Number(/-\$(0\.\d+)/.exec(usageText)?.[1]);
  expect(charged, `ledger row "${usageText}" vs logged cost ${loggedCost}`).toBe(loggedCost);
});
