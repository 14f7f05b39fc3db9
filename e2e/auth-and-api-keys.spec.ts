import { expect, test } from "@playwright/test";
import { PASSWORD, signUp, uniqueEmail } from "./helpers";

test("a new user signs up, creates an API key that is shown once, sees it masked and revokes it", async ({ page }) => {
  await signUp(page);
  await page.getByRole("link", { name: "API keys" }).first().click();
  await expect(page.getByRole("heading", { name: "No API keys yet" })).toBeVisible();

  await page.getByRole("button", { name: "Create API key" }).first().click();
  await page.getByLabel("Name").fill("Production backend");
  await page.getByLabel("Spend limit in USD (optional)").fill("25");
  await page.getByRole("button", { name: "Create key" }).click();

  const shown = page.getByTestId("new-api-key");
  await expect(shown).toBeVisible();
  const key = (await shown.textContent())?.trim() ?? "";
  expect(key).toMatch(/^sk-sb-[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("dialog")).toContainText("curl");
  await expect(page.getByRole("dialog")).toContainText(key);
  await page.getByRole("button", { name: "I have saved my key" }).click();

  const row = page.getByTestId("api-key-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Production backend");
  await expect(row).toContainText(`${key.slice(0, 10)}…${key.slice(-4)}`);
  await expect(row).toContainText("active");
  await expect(page.locator("body")).not.toContainText(key);

  // After a reload the full key is gone for good.
  await page.reload();
  await expect(page.getByTestId("api-key-row")).toContainText("Production backend");
  expect(await page.content()).not.toContain(key);

  await page.getByRole("button", { name: "Revoke Production backend" }).click();
  await page.getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByTestId("api-key-row")).toContainText("revoked");
  await expect(page.getByRole("button", { name: "Revoke Production backend" })).toHaveCount(0);
});

test("signing in with a wrong password shows a clear error", async ({ page, context }) => {
  const email = await signUp(page);
  await context.clearCookies();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not-the-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/signin/);

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("signing up with an email that is taken shows a clear error", async ({ page, context }) => {
  const email = await signUp(page, uniqueEmail("taken"));
  await context.clearCookies();
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("An account with this email already exists");
});

test("the dashboard requires a session and signing out ends it", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard|\/signin\?callbackUrl=\/dashboard/);
  await signUp(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin/);
});

test("the landing page explains the product and its pricing", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("One API key for every LLM provider");
  await expect(page.locator("#pricing")).toContainText("0%");
  await expect(page.locator("#pricing")).toContainText("5%");
  await expect(page.getByText("baseURL", { exact: false }).first()).toBeVisible();
});
