import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, hydrated, inDays, linkFromOutbox, personPage, pick, signIn, uniqueEmail, watchPage } from './helpers';

watchPage();

const BUYER = 'buyer@demo.ppihub.eu'; // Helsingin kaupunki (FI), verified
const BUYER_DK = 'buyer.dk@demo.ppihub.eu'; // Region Hovedstaden (DK), verified
const THIRD = 'supplier@demo.ppihub.eu'; // another company, in none of the conversations
const PASSWORD = 'a long passphrase for tests 2026';

/** Saves a step and checks the next one: accessible, hydrated. */
async function saveStep(page: Page, button: string, next: RegExp) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page).toHaveURL(next);
  await hydrated(page);
  await expectAccessible(page);
}

test('a supplier onboards (left half-way, resumed), is found and suggested; a buyer writes, the supplier answers, a third party cannot read; public bodies find partners across borders', async ({ page, browser, baseURL }, testInfo) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const email = uniqueEmail(testInfo, 'lumen');
  const company = `Lumenlux${stamp} SIA`;
  // Latvian registration numbers are 11 digits without a check digit: unique per run.
  const registration = String(stamp).slice(-11);

  // Sign-up and confirmation.
  await page.goto('/signup/supplier');
  await hydrated(page);
  await page.getByLabel('Your name').fill('Līga Ozola');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Company name').fill(company);
  await page.getByLabel('Country').selectOption({ label: 'Latvia' });
  await page.getByLabel('Business registration number').fill(registration);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/signin\?notice=signup-sent/);
  await page.goto(await linkFromOutbox(browser, baseURL!, email));
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expectAccessible(page);

  // The guided profile, step by step.
  await page.getByRole('link', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(/\/suppliers\/profile\/company$/);
  await hydrated(page);
  await expectAccessible(page);
  await expect(page.getByRole('heading', { name: 'Step 1 of 7: Company' })).toBeVisible();
  await page.getByLabel('VAT number (optional)').fill('LV123');
  await page.getByLabel('VAT number (optional)').blur();
  await expect(page.locator('#step-vat_number-error')).toContainText('country');
  await page.getByLabel('VAT number (optional)').fill(`LV${registration}`);
  await page.getByLabel(/^Small enterprise/).check();
  await saveStep(page, 'Save and continue', /\/suppliers\/profile\/logo\?notice=step-saved$/);
  await saveStep(page, 'Continue without a logo', /\/suppliers\/profile\/offer$/);
  await pick(page, 'CPV codes you supply', 'street lighting', /^34928500-3/);
  await pick(page, 'Regions you serve (optional)', 'helsinki', /^FI1B –/);
  await page.getByLabel('English').check();
  await page.getByLabel('Latvian').check();
  await saveStep(page, 'Save and continue', /\/suppliers\/profile\/about\?notice=step-saved$/);

  // Left half-way: elsewhere, then back through the dashboard, at the step not done yet.
  await page.goto('/tenders');
  await page.goto('/dashboard');
  await page.getByRole('link', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(/\/suppliers\/profile\/about$/);
  await hydrated(page);
  await expect(page.getByText('3 of 7 steps done')).toBeVisible();
  await page.getByLabel('Capability statement').fill('Street lighting with motion sensors and remote dimming, installed and maintained.');
  await page.getByLabel('Innovation offer (optional)').fill('Lights that learn when streets are used.');
  await saveStep(page, 'Save and continue', /\/suppliers\/profile\/references\?notice=step-saved$/);
  await saveStep(page, 'Continue', /\/suppliers\/profile\/contact$/);
  await page.getByRole('textbox', { name: 'Contact person' }).fill('Līga Ozola');
  await page.getByLabel('Contact e-mail').fill(email);
  await saveStep(page, 'Save and continue', /\/suppliers\/profile\/review\?notice=step-saved$/);
  await page.getByRole('button', { name: 'Publish in the directory' }).click();
  await expect(page).toHaveURL(/\/suppliers\/\d+\?notice=profile-published$/);
  await expectAccessible(page);
  const profileUrl = new URL(page.url()).pathname;

  // The directory finds the company by a word of its name.
  await page.goto('/suppliers');
  await expectAccessible(page);
  await page.getByLabel('Words').fill(`lumenlux${stamp}`);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('link', { name: company })).toBeVisible();
  await expect(page.getByRole('heading', { name: '1 company found' })).toBeVisible();

  // A buyer drafts a matching tender and finds the company among the suggestions.
  const buyer = await personPage(browser, baseURL!, BUYER);
  await buyer.goto('/tenders/new');
  await hydrated(buyer);
  await buyer.getByLabel('Title').fill(`Adaptive lighting ${stamp}`);
  await buyer.getByLabel('Description').fill('Street lighting that dims itself when nobody is around.');
  await buyer.getByLabel('Supplies').check();
  await buyer.getByLabel('Procedure').selectOption({ label: 'Open procedure' });
  await buyer.getByLabel('Estimated value', { exact: true }).fill('90 000');
  await pick(buyer, 'Main CPV code', 'street lighting', /^34928500-3/);
  await pick(buyer, 'Place of performance (NUTS)', 'helsinki', /^FI1B1/);
  await buyer.getByLabel('Deadline for questions').fill(inDays(10));
  await buyer.getByLabel('Deadline for tenders').fill(inDays(20));
  await buyer.getByLabel('Contact person').fill('Aino Virtanen');
  await buyer.getByLabel('Contact e-mail address').fill('hankinnat@hel.fi');
  await buyer.getByRole('button', { name: 'Save draft' }).click();
  await expect(buyer).toHaveURL(/\/tenders\/\d+\?notice=draft-saved$/);
  const suggestions = buyer.locator('section', { has: buyer.getByRole('heading', { name: 'Suppliers who may fit' }) });
  const match = suggestions.locator('li.card', { has: buyer.getByRole('link', { name: company }) });
  await expect(match).toContainText("Supplies the tender's main code, 34928500-3");
  await expect(match).toContainText('Serves FI1B');
  await expectAccessible(buyer);

  // The buyer writes to the company from its profile.
  await match.getByRole('link', { name: company }).click();
  await expect(buyer).toHaveURL(new RegExp(`${profileUrl}$`));
  await hydrated(buyer);
  await expectAccessible(buyer);
  await buyer.getByRole('textbox', { name: 'Subject' }).fill('Market dialogue on adaptive lighting');
  await buyer.getByRole('textbox', { name: 'Message', exact: true }).fill('Hello! Would you join our market dialogue in January?');
  await buyer.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(buyer).toHaveURL(/\/messages\/\d+\?notice=message-sent/);
  const thread = new URL(buyer.url()).pathname;

  // The supplier sees it unread, reads and replies.
  await page.goto('/messages');
  await expectAccessible(page);
  await expect(page.getByText('1 unread').first()).toBeVisible();
  await page.getByRole('link', { name: 'Market dialogue on adaptive lighting' }).click();
  await expect(page).toHaveURL(new RegExp(`${thread}$`));
  await hydrated(page);
  await expect(page.getByText('Would you join our market dialogue in January?')).toBeVisible();
  await page.getByLabel('Your reply').fill('Gladly: we will bring a demonstrator.');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page).toHaveURL(/notice=message-sent/);
  await expectAccessible(page);
  await buyer.goto(thread);
  await expect(buyer.getByText('Gladly: we will bring a demonstrator.')).toBeVisible();

  // A third organisation reads nothing, neither in the interface nor by a direct request.
  const third = await personPage(browser, baseURL!, THIRD);
  await third.goto(thread);
  await expect(third.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(third.getByText('Gladly')).toHaveCount(0);
  const direct = await third.request.get(thread);
  expect(direct.status()).toBe(404);
  expect(await direct.text()).not.toContain('Gladly');
  await third.goto('/messages');
  await expect(third.getByText('Market dialogue on adaptive lighting')).toHaveCount(0);

  // A public body posts a partner need; one from another country expresses interest.
  const postTitle = `Joint procurement of e-buses ${stamp}`;
  await buyer.goto('/partners/new');
  await hydrated(buyer);
  await expectAccessible(buyer);
  await buyer.getByLabel('Title').fill(postTitle);
  await buyer.getByLabel('Theme').selectOption({ label: 'Mobility and transport' });
  await buyer.getByLabel('Description').fill('We look for **cities** that buy electric buses in 2027.');
  await buyer.getByLabel('Timeline').fill('Market dialogue in Q1 2027, tender in Q3 2027');
  await buyer.getByLabel('Denmark').check();
  await buyer.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(buyer).toHaveURL(/\/partners\/\d+\?notice=partner-post-published$/);
  await expectAccessible(buyer);
  const dk = await personPage(browser, baseURL!, BUYER_DK);
  await dk.goto('/partners');
  await expectAccessible(dk);
  await dk.getByRole('link', { name: postTitle }).click();
  await hydrated(dk);
  await dk.getByRole('textbox', { name: 'Message', exact: true }).fill('Copenhagen region plans 60 e-buses; let us talk.');
  await dk.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(dk.getByText('Your interest is sent.')).toBeVisible();
  await expectAccessible(dk);
  await buyer.reload();
  await expect(buyer.getByText('Region Hovedstaden')).toBeVisible();
  await third.close();
  await dk.close();
  await buyer.close();
});
