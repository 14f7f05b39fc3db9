import { expect, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";

export const PASSWORD = "a-good-password-1";

export function uniqueEmail(label = "user"): string {
  return `${label}-${randomBytes(4).toString("hex")}@example.com`;
}

/** Signs up through the form, as a new user would, and waits for the dashboard. */
export async function signUp(page: Page, email = uniqueEmail(), password = PASSWORD): Promise<string> {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  return email;
}

/** Adds the project's own OpenAI key through the Provider keys page, with its base URL pointed at `baseUrl`. */
export async function addOwnOpenAiKey(page: Page, providerKey: string, baseUrl: string): Promise<void> {
  await page.getByRole("link", { name: "Provider keys" }).click();
  await page.getByRole("button", { name: "Add provider key" }).first().click();
  await page.getByLabel("Provider", { exact: true }).selectOption({ label: "OpenAI" });
  await page.getByLabel("Name").fill("Own OpenAI");
  await page.getByLabel("API key").fill(providerKey);
  await page.getByText("Advanced").click();
  await page.getByLabel("Base URL override (optional)").fill(baseUrl);
  await page.getByRole("button", { name: "Add key" }).click();
  await expect(page.getByTestId("provider-key-row")).toContainText("Own OpenAI");
}

/** Creates a gateway API key through the API keys page and returns it in full (the one time it is shown). */
export async function createApiKey(page: Page, name: string): Promise<string> {
  await page.getByRole("link", { name: "API keys" }).click();
  await page.getByRole("button", { name: "Create API key" }).first().click();
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create key" }).click();
  const apiKey = ((await page.getByTestId("new-api-key").textContent()) ?? "").trim();
  await page.getByRole("button", { name: "I have saved my key" }).click();
  return apiKey;
}
