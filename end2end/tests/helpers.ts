import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page, type Browser, type TestInfo } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-password-2026';

/** axe-core with the WCAG 2.1 A and AA rules: no violations allowed. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `accessibility violations on ${page.url()}`).toEqual([]);
}

/**
 * axe needs script in the page; for a page rendered without JavaScript, check a copy of its
 * HTML, loaded at the same address in a scripted page.
 */
export async function expectAccessibleCopy(page: Page, browser: Browser) {
  const html = await page.content();
  const context = await browser.newContext({ javaScriptEnabled: true });
  const copy = await context.newPage();
  await copy.route('**/pkg/*.js', (route) => route.abort());
  await copy.goto(page.url());
  await copy.setContent(html, { waitUntil: 'load' });
  await expectAccessible(copy);
  await context.close();
}

/** Goes to a path and checks the page with axe. */
export async function visit(page: Page, path: string) {
  await page.goto(path);
  await expectAccessible(page);
}

/** An address unique to this run and project, so desktop and phone runs do not collide. */
export function uniqueEmail(testInfo: TestInfo, who: string) {
  return `${who}.${testInfo.project.name}.${Date.now()}@example.org`;
}

/** Waits until every form on the page has hydrated (from then on it checks as you type). */
export async function hydrated(page: Page) {
  await page.waitForFunction(() => [...document.querySelectorAll('form.smart-form')].every((f) => f.getAttribute('data-ready') === 'true'));
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/signin');
  await hydrated(page);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

/** The first link in the newest mail to `email`, read from the outbox as an admin. */
export async function linkFromOutbox(browser: Browser, baseURL: string, email: string): Promise<string> {
  const context = await browser.newContext({ baseURL });
  const admin = await context.newPage();
  await signIn(admin, 'admin@demo.ppihub.eu', DEMO_PASSWORD);
  await admin.goto('/admin/outbox');
  await expectAccessible(admin);
  const mail = admin.locator('article.mail', { has: admin.locator('.mail-to', { hasText: email }) }).first();
  await expect(mail).toBeVisible();
  const href = await mail.locator('.mail-body a').first().getAttribute('href');
  await context.close();
  expect(href).toBeTruthy();
  return href!;
}

/**
 * For every journey of the file: pages read English (demo users have their own languages), and
 * any script error in a page (a failed hydration, a panic) fails the journey.
 */
const pageErrors: string[] = [];

/** Records a page's script errors for the journey's end. */
export function watch(page: Page) {
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // A page opened on purpose with a 4xx (a 404, a refused page) logs its own load as failed;
    // any other failed resource (a form island's post, a script, a picker's suggestions) counts.
    const failedLoad = m.text().startsWith('Failed to load resource');
    const ownDocument = m.location().url.split('#')[0] === page.url().split('#')[0];
    if (!failedLoad || !ownDocument) pageErrors.push(`${m.text()} (${m.location().url})`);
  });
}

export function watchPage() {
  test.beforeEach(async ({ context, baseURL }) => {
    pageErrors.length = 0;
    await context.addCookies([{ name: 'ppi_lang', value: 'en', url: baseURL! }]);
    context.on('page', watch);
    for (const p of context.pages()) watch(p);
  });
  test.afterEach(() => {
    expect(pageErrors, 'script errors in the page').toEqual([]);
  });
}

/** A signed-in page of its own (a second person in the same journey), reading English. */
export async function personPage(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: 'ppi_lang', value: 'en', url: baseURL }]);
  const page = await context.newPage();
  watch(page);
  await signIn(page, email, DEMO_PASSWORD);
  return page;
}

/** `YYYY-MM-DDTHH:MM`, `days` from now, as a datetime-local input takes it. */
export function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T12:00`;
}

/** Picks a suggestion of a code picker: types, waits for the list, chooses by keyboard. */
export async function pick(page: Page, label: string, typed: string, option: RegExp) {
  const field = page.getByRole('combobox', { name: label });
  await field.fill(typed);
  // The suggestions are named by the field they fill (not by the fallback search link).
  const listbox = page.getByRole('listbox', { name: label }).filter({ has: page.getByRole('option') });
  await expect(listbox.getByRole('option', { name: option })).toBeVisible();
  // Arrow down until the wanted option is the active one, then Enter.
  for (let i = 0; i < 12; i++) {
    await field.press('ArrowDown');
    const active = await field.getAttribute('aria-activedescendant');
    if (active && option.test((await page.locator(`#${active}`).textContent()) ?? '')) break;
  }
  await field.press('Enter');
  await expect(listbox).toHaveCount(0);
}
