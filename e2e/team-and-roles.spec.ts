import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { PASSWORD, signUp, uniqueEmail } from "./helpers";

type Organization = { id: string; name: string; role: string; projects: Array<{ id: string }> };

/** A tRPC call made directly over HTTP with the page's session cookie, as a script in the browser could. */
async function trpcStatus(request: APIRequestContext, kind: "query" | "mutation", path: string, input: unknown): Promise<number> {
  const body = { json: input };
  const response =
    kind === "query" ? await request.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(body))}`) : await request.post(`/api/trpc/${path}`, { data: body });
  return response.status();
}

async function organizationsOf(request: APIRequestContext): Promise<Organization[]> {
  const response = await request.get("/api/trpc/viewer.me");
  return ((await response.json()) as { result: { data: { json: { organizations: Organization[] } } } }).result.data.json.organizations;
}

async function inviteByLink(page: Page, role: "developer" | "admin", email?: string): Promise<string> {
  await page.getByRole("button", { name: "Invite member" }).first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Email delivery is not configured on this server");
  await dialog.getByLabel("Role").selectOption(role);
  if (email) await dialog.getByLabel("Email (optional)").fill(email);
  await dialog.getByRole("button", { name: "Create invitation link" }).click();
  const link = await dialog.getByTestId("invitation-link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await dialog.getByRole("button", { name: "Done" }).click();
  return link;
}

test("an owner invites a developer by link; the developer is refused billing and provider keys until promoted, then removed; the audit log shows it", async ({ page, browser }) => {
  const ownerEmail = await signUp(page);
  await page.getByRole("link", { name: "Team" }).click();
  await expect(page.getByTestId("member-row")).toHaveCount(1);
  await expect(page.getByText("No pending invitations.")).toBeVisible();
  const link = await inviteByLink(page, "developer");
  await expect(page.getByTestId("invitation-row")).toContainText("Anyone with the link");

  // The invited person has no account yet: the link takes them through sign-up and back.
  const developerContext = await browser.newContext();
  const developer = await developerContext.newPage();
  const developerEmail = uniqueEmail("developer");
  await developer.goto(link);
  await expect(developer.getByRole("heading", { name: "Ada Lovelace's organization" })).toBeVisible();
  await expect(developer.getByTestId("invited-role")).toHaveText("Developer");
  await developer.getByRole("link", { name: "Create an account" }).click();
  await developer.getByLabel("Name").fill("Grace Hopper");
  await developer.getByLabel("Email").fill(developerEmail);
  await developer.getByLabel("Password").fill(PASSWORD);
  await developer.getByRole("button", { name: "Create account" }).click();
  await expect(developer).toHaveURL(link);
  await expect(developer.getByText(`Signed in as ${developerEmail}.`)).toBeVisible();
  await developer.getByRole("button", { name: "Accept invitation" }).click();
  await expect(developer).toHaveURL(/\/dashboard\/team$/);
  await expect(developer.getByText("You are a developer in Ada Lovelace's organization")).toBeVisible();
  await expect(developer.getByTestId("member-row")).toHaveCount(2);
  await expect(developer.getByRole("button", { name: "Invite member" })).toHaveCount(0);
  await expect(developer.getByRole("combobox", { name: /Role of/ })).toHaveCount(0);

  // Billing and provider key management are refused, on the page and on the wire.
  await developer.getByRole("link", { name: /Billing/ }).click();
  await expect(developer.getByTestId("admin-role-required")).toContainText("You need the admin role");
  await expect(developer.getByTestId("credit-balance")).toHaveCount(0);
  await developer.getByRole("link", { name: "Provider keys" }).click();
  await expect(developer.getByTestId("admin-role-required")).toContainText("You need the admin role");
  await expect(developer.getByRole("button", { name: "Add provider key" })).toHaveCount(0);
  await developer.getByRole("link", { name: /Audit log/ }).click();
  await expect(developer.getByTestId("admin-role-required")).toBeVisible();

  const joined = (await organizationsOf(developer.request)).find((organization) => organization.role === "developer")!;
  const organizationId = joined.id;
  const projectId = joined.projects[0]!.id;
  expect(await trpcStatus(developer.request, "query", "billing.overview", { organizationId })).toBe(403);
  expect(await trpcStatus(developer.request, "mutation", "billing.createTopUpCheckout", { organizationId, amountUsd: "25", origin: "http://localhost" })).toBe(403);
  const providerKey = { projectId, providerId: "openai", name: "Sneaky", apiKey: "sk-developer-0123456789" };
  expect(await trpcStatus(developer.request, "mutation", "providerCredentials.create", providerKey)).toBe(403);
  expect(await trpcStatus(developer.request, "mutation", "invitations.create", { organizationId, role: "admin" })).toBe(403);
  expect(await trpcStatus(developer.request, "query", "providerCredentials.list", { projectId })).toBe(200);

  // Promoted to admin, the same person can open billing.
  await page.reload();
  await page.getByLabel(`Role of ${developerEmail}`).selectOption("admin");
  await expect(page.getByTestId("member-row").filter({ hasText: developerEmail })).toContainText("Saved.");
  await developer.goto("/dashboard/billing");
  await expect(developer.getByTestId("credit-balance")).toBeVisible();
  expect(await trpcStatus(developer.request, "query", "billing.overview", { organizationId })).toBe(200);
  const created = await developer.request.post("/api/trpc/apiKeys.create", { data: { json: { projectId, name: "Grace's key" } } });
  const graceKey = ((await created.json()) as { result: { data: { json: { key: string } } } }).result.data.json.key;

  // Removed, they lose access at once, and (the dialog's default) so does the key they created.
  await page.reload();
  await page.getByRole("button", { name: `Remove Grace Hopper (${developerEmail})` }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel("Also revoke the API key they created")).toBeChecked();
  await expect(dialog).toContainText("Requests with those keys are refused within seconds.");
  await page.getByRole("button", { name: "Remove member" }).click();
  await expect(page.getByTestId("member-row")).toHaveCount(1);
  expect(await trpcStatus(developer.request, "query", "members.list", { organizationId })).toBe(403);
  await developerContext.close();
  const refused = await page.request.post("/v1/chat/completions", { headers: { authorization: `Bearer ${graceKey}` }, data: { model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] } });
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toContain("revoked");

  await page.getByRole("link", { name: "Audit log" }).click();
  const rows = page.getByTestId("audit-row");
  const removed = rows.filter({ hasText: "Member removed" });
  await expect(removed).toHaveCount(1);
  await expect(removed).toContainText(ownerEmail);
  await expect(removed).toContainText(developerEmail);
  await expect(removed).toContainText("revokedKeys: 1");
  await expect(rows.filter({ hasText: "API key revoked" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Role changed" })).toContainText("developer → admin");
  await expect(rows.filter({ hasText: "Member joined" })).toContainText(developerEmail);
  await expect(rows.filter({ hasText: "Member invited" })).toHaveCount(1);
  await page.getByLabel("Action").selectOption("member.role_changed");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("Role changed");
});

test("an email-bound invitation refuses another account, can be revoked, and a member can leave", async ({ page, browser }) => {
  await signUp(page);
  await page.getByRole("link", { name: "Team" }).click();
  const invitedEmail = uniqueEmail("invited");
  const boundLink = await inviteByLink(page, "admin", invitedEmail);
  const openLink = await inviteByLink(page, "developer");
  await expect(page.getByTestId("invitation-row")).toHaveCount(2);

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUp(other);
  await other.goto(boundLink);
  await expect(other.getByText(`This invitation is for ${invitedEmail}, but you are signed in as`)).toBeVisible();
  await expect(other.getByRole("button", { name: "Accept invitation" })).toHaveCount(0);

  await page.getByRole("button", { name: `Revoke invitation for ${invitedEmail}` }).click();
  await expect(page.getByTestId("invitation-row")).toHaveCount(1);
  await other.goto(boundLink);
  await expect(other.getByRole("heading", { name: "Invitation revoked" })).toBeVisible();

  await other.goto(openLink);
  await other.getByRole("button", { name: "Accept invitation" }).click();
  await expect(other).toHaveURL(/\/dashboard\/team$/);
  await other.getByRole("button", { name: /^Leave / }).click();
  await other.getByRole("button", { name: "Leave organization" }).click();
  await expect(other).toHaveURL(/\/dashboard$/);
  await page.reload();
  await expect(page.getByTestId("member-row")).toHaveCount(1);
  // The only owner is told up front that they cannot leave.
  await expect(page.getByText("You are the only owner.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Leave / })).toBeDisabled();
  await otherContext.close();
});
