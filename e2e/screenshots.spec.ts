import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";

// Saves a picture of every main page into test-results/screenshots/ for people to look at (layout, dark mode,
// phone width). Nothing is compared: these pass whenever the pages render.

const SCREENSHOT_DIR = "test-results/screenshots";

const MARKETING_PAGES = [
  { name: "landing", path: "/" },
  { name: "pricing", path: "/pricing" },
  { name: "models", path: "/models" },
  { name: "model-claude-sonnet-4-5", path: "/models/claude-sonnet-4-5" },
  { name: "providers", path: "/providers" },
  { name: "calculator", path: "/calculator" },
  { name: "docs", path: "/docs" },
  { name: "docs-quick-start", path: "/docs/quick-start" },
  { name: "docs-api", path: "/docs/api" },
  { name: "docs-migrate-openrouter", path: "/docs/migrate/openrouter" },
  { name: "docs-self-hosting", path: "/docs/self-hosting" },
];

/** Dashboard pages some of which other work may not have added yet; a 404 is skipped, not failed. */
const DASHBOARD_PAGES = [
  "/dashboard",
  "/dashboard/api-keys",
  "/dashboard/provider-keys",
  "/dashboard/logs",
  "/dashboard/settings",
  "/dashboard/billing",
  "/dashboard/analytics",
  "/dashboard/playground",
  "/dashboard/team",
  "/dashboard/audit-log",
];

const PHONE = { width: 390, height: 844 };

async function useTheme(page: Page, theme: "light" | "dark") {
  await page.addInitScript((value) => localStorage.setItem("sb:theme", value), theme);
}

async function save(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true, animations: "disabled" });
}

async function visit(page: Page, path: string): Promise<boolean> {
  const response = await page.goto(path);
  const status = response?.status() ?? 0;
  if (status === 404) return false;
  expect(status, path).toBeLessThan(400);
  return true;
}

for (const theme of ["light", "dark"] as const) {
  test(`marketing pages, ${theme}`, async ({ page }) => {
    test.setTimeout(120_000);
    await useTheme(page, theme);
    for (const { name, path } of MARKETING_PAGES) {
      expect(await visit(page, path), path).toBe(true);
      await save(page, `${name}${theme === "dark" ? "-dark" : ""}`);
    }
  });
}

test("marketing pages on a phone", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  await useTheme(page, "light");
  for (const { name, path } of MARKETING_PAGES) {
    expect(await visit(page, path), path).toBe(true);
    await save(page, `${name}-phone`);
  }
  await page.goto("/");
  await page.getByRole("button", { name: "Menu" }).click();
  await save(page, "landing-phone-menu");
});

for (const variant of ["light", "dark", "phone"] as const) {
  test(`dashboard pages, ${variant}`, async ({ page }) => {
    test.setTimeout(180_000);
    if (variant === "phone") await page.setViewportSize(PHONE);
    await useTheme(page, variant === "dark" ? "dark" : "light");
    await signUp(page);
    for (const path of DASHBOARD_PAGES) {
      if (!(await visit(page, path))) continue;
      // Dashboard pages load their data after the first paint; wait until the loading placeholders are gone.
      await expect(page.getByText("Loading your workspace…")).toHaveCount(0);
      const name = path === "/dashboard" ? "dashboard" : `dashboard-${path.split("/").pop()}`;
      await save(page, variant === "light" ? name : `${name}-${variant}`);
    }
  });
}
