import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, expectAccessibleCopy, hydrated, inDays, personPage, pick, signIn, DEMO_PASSWORD, watchPage } from './helpers';

watchPage();

const BUYER = 'buyer@demo.ppihub.eu'; // Helsingin kaupunki, verified
const OTHER_BUYER = 'buyer.dk@demo.ppihub.eu'; // Region Hovedstaden, verified
const MODERATOR = 'moderator@demo.ppihub.eu';
const OODI = '/knowledge/cases/helsinki-oodi-library-logistics-robotics-innovation-partnership';

/** The number a facet link shows for a value. */
/** The number a facet link shows, found by the parameter it sets (`country=FI`). */
async function facetCount(page: Page, param: string): Promise<number> {
  const link = page.locator(`#facets a[href*="${param}"]`);
  return Number((await link.locator('.count').textContent())!.replace(/\D/g, ''));
}

test('a buyer searches the knowledge in Finnish, narrows by two facets, reads a case and writes to its buyer', async ({ page, context, baseURL }) => {
  await signIn(page, OTHER_BUYER, DEMO_PASSWORD);
  await context.addCookies([{ name: 'ppi_lang', value: 'fi', url: baseURL! }]);
  await page.goto('/knowledge');
  await expectAccessible(page);
  await page.locator('#knowledge-q').fill('automaattibussi');
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await expect(page).toHaveURL(/q=automaattibussi/);
  await expect(page.locator('.results .card')).toHaveCount(1);
  await expect(page.locator('.results mark').first()).toBeVisible();
  await expectAccessible(page);

  // Without words: two facets narrow, and the other facets' counts follow.
  await page.goto('/knowledge/cases');
  const before = await facetCount(page, 'procedure=pcp');
  await page.locator('#facets a[href*="country=FI"]').click();
  await expect(page).toHaveURL(/country=FI/);
  const after = await facetCount(page, 'procedure=pcp');
  expect(after).toBeLessThan(before);
  await page.locator('#facets a[href*="procedure=innovation"]').click();
  await expect(page).toHaveURL(/country=FI.*procedure=innovation|procedure=innovation.*country=FI/);
  await expectAccessible(page);
  await page.getByRole('link', { name: /Oodi/ }).click();
  await expect(page).toHaveURL(new RegExp(OODI));
  // Its numbers and lessons; it is in English, and says so.
  await expect(page.locator('.notice-inline')).toContainText('Englanti');
  await expect(page.getByRole('heading', { name: 'Challenge' })).toBeVisible();
  await expect(page.locator('.detail-side dl.facts').first()).toContainText('7');
  await hydrated(page);
  await expectAccessible(page);

  // Ask this buyer: the message reaches Helsingin kaupunki.
  await page.getByLabel('Aihe').fill('Oodin robotiikka');
  await page.getByLabel('Viesti').fill('Miten kirjoititte vertailuperusteet?');
  await page.getByRole('button', { name: 'Lähetä' }).click();
  await expect(page).toHaveURL(/\/messages\/\d+/);
  await expect(page.getByText('Miten kirjoititte vertailuperusteet?')).toBeVisible();
});

test('a buyer drafting a tender sees cases like it, with the reasons', async ({ page }, testInfo) => {
  await signIn(page, BUYER, DEMO_PASSWORD);
  await page.goto('/tenders/new');
  await hydrated(page);
  await page.getByLabel('Title', { exact: true }).fill(`Robots for library logistics ${testInfo.project.name} ${Date.now()}`);
  await page.getByLabel('Description').fill('We want robots that carry returned books to the shelves.');
  await page.getByRole('radio', { name: 'Services' }).check();
  await page.getByLabel('Procedure', { exact: true }).selectOption({ label: 'Innovation partnership' });
  await page.getByLabel('Estimated value', { exact: true }).fill('150 000');
  await pick(page, 'Main CPV code', 'robot', /^42997300/);
  await pick(page, 'Place of performance (NUTS)', 'helsinki', /^FI1B1/);
  await page.getByLabel('Deadline for questions').fill(inDays(10));
  await page.getByLabel('Deadline for tenders').fill(inDays(20));
  await page.getByLabel('Contact person').fill('Aino Virtanen');
  await page.getByLabel('Contact e-mail address').fill('hankinnat@hel.fi');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page).toHaveURL(/\/tenders\/\d+\?notice=draft-saved/);
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Cases like this tender' }) });
  await expect(section.locator('.card').first()).toBeVisible();
  await expect(section).toContainText('Same procedure: Innovation partnership');
  await expect(section.getByRole('link', { name: /Oodi/ })).toBeVisible();
  await expectAccessible(page);
});

test('a buyer shares a case, a moderator returns it, the buyer fixes it, the moderator publishes; the history shows the versions', async ({ page, browser, baseURL }, testInfo) => {
  const title = `Warm schools ${testInfo.project.name} ${Date.now()}`;
  await signIn(page, BUYER, DEMO_PASSWORD);
  await page.goto('/knowledge');
  await page.getByRole('link', { name: 'Share a case' }).click();
  await hydrated(page);
  await expectAccessible(page);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Summary', { exact: true }).fill('Heat pumps bought as a service for three schools.');
  await page.getByLabel('Procedure', { exact: true }).selectOption({ label: 'Competitive dialogue' });
  await page.getByLabel('Energy and climate').check();
  await page.getByLabel('Challenge', { exact: true }).fill('Three schools were cold in winter and costly to heat.');
  await page.getByLabel('Outcome', { exact: true }).fill('The schools are warm and use less energy.');
  await page.getByLabel('Source title').fill('Our report');
  await page.getByLabel('Source publisher').fill('Helsingin kaupunki');
  // Without its source the case is refused at that field, and nothing typed is lost.
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.locator('#case-source_url-error')).toContainText('fill in');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  await page.getByLabel('Source address').fill('https://www.hel.fi/report');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page).toHaveURL(/notice=knowledge-draft-saved/);
  const casePath = new URL(page.url()).pathname;
  await hydrated(page);
  await page.getByRole('button', { name: 'Send to the moderators' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sent to the moderators' })).toBeVisible();

  const moderator = await personPage(browser, baseURL!, MODERATOR);
  await moderator.goto('/knowledge/review');
  await expectAccessible(moderator);
  await moderator.getByRole('link', { name: title }).click();
  await hydrated(moderator);
  await moderator.locator('summary', { hasText: 'Return with a comment' }).click();
  await moderator.getByLabel('What should the public body change?').fill('Please give the awarded value.');
  await moderator.locator('form#case-return button[type=submit]').click();
  await expect(moderator.getByRole('status').filter({ hasText: 'Returned to the public body' })).toBeVisible();

  await page.goto(casePath);
  await expect(page.getByText('Please give the awarded value.')).toBeVisible();
  await page.getByRole('link', { name: 'Edit' }).click();
  await hydrated(page);
  await page.getByLabel('Awarded value').fill('450 000');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/notice=knowledge-saved/);
  await hydrated(page);
  await page.getByRole('button', { name: 'Send to the moderators' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sent to the moderators' })).toBeVisible();

  await moderator.goto(casePath);
  await hydrated(moderator);
  await moderator.locator('form#case-publish button[type=submit]').click();
  await expect(moderator.getByRole('status').filter({ hasText: /^Published.$/ })).toBeVisible();
  const history = moderator.locator('section', { has: moderator.getByRole('heading', { name: 'Versions' }) });
  await expect(history).toContainText('Version 1');
  await expect(history).toContainText('Changed: awarded_value_eur');
  await expect(history).toContainText('Version 3');
  await expectAccessible(moderator);
  // Anyone now finds it.
  await page.goto(`/knowledge?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
});

test('a moderator adds a material with a file', async ({ page }, testInfo) => {
  const title = `Needs checklist ${testInfo.project.name} ${Date.now()}`;
  await signIn(page, MODERATOR, DEMO_PASSWORD);
  await page.goto('/knowledge/materials/new');
  await hydrated(page);
  await expectAccessible(page);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Summary', { exact: true }).fill('What to check before you buy.');
  await page.getByLabel('Type of material').selectOption({ label: 'Checklist' });
  await page.getByLabel('Needs assessment').check();
  await page.getByLabel('Public buyers').check();
  await page.getByLabel('Level').selectOption({ label: 'Introductory' });
  await page.getByLabel('Version date').fill('2026-12');
  await page.getByLabel('Text', { exact: true }).fill('## Before you start {#before}\n- [ ] Name the need, not the product');
  await page.getByLabel('What it rests on').fill('Directive 2014/24/EU | https://eur-lex.europa.eu/eli/dir/2014/24/oj');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page).toHaveURL(/\/knowledge\/materials\/needs-checklist/);
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await page.getByLabel('Attach a file').setInputFiles({ name: 'checklist.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The file is attached.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download checklist.pdf' })).toBeVisible();
  await expectAccessible(page);
});

test('the knowledge search works without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  await context.addCookies([{ name: 'ppi_lang', value: 'en', url: baseURL! }]);
  const page = await context.newPage();
  await page.goto('/knowledge');
  await page.locator('#knowledge-q').fill('innovation partnership');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/q=innovation\+partnership/);
  const total = Number((await page.locator('#results-heading').textContent())!.replace(/\D/g, ''));
  await page.getByRole('navigation', { name: 'Narrow the results' }).getByRole('link', { name: /^Finland \(/ }).click();
  await expect(page).toHaveURL(/country=FI/);
  await expect(page.locator('#knowledge-q')).toHaveValue('innovation partnership');
  const narrowed = Number((await page.locator('#results-heading').textContent())!.replace(/\D/g, ''));
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(total);
  await expectAccessibleCopy(page, browser);
  await context.close();
});
