import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, expectAccessibleCopy, hydrated, inDays, personPage, pick, signIn, DEMO_PASSWORD, watchPage } from './helpers';

watchPage();

const BUYER = 'buyer@demo.ppihub.eu'; // Helsingin kaupunki, verified
const PENDING_BUYER = 'buyer.pending@demo.ppihub.eu'; // Riga, not verified yet
const SUPPLIER = 'supplier@demo.ppihub.eu';

async function fillTender(page: Page, title: string) {
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Description').fill('We want **street lighting** that dims itself when nobody is around.\n\n- open interfaces\n- a pilot first');
  await page.getByLabel('Supplies').check();
  await page.getByLabel('Procedure').selectOption({ label: 'Innovation partnership' });
  await page.getByLabel('Innovation character (optional)').selectOption({ label: 'Innovative product or service' });
  await pick(page, 'Main CPV code', 'street lighting', /^34928500-3/);
  await pick(page, 'Place of performance (NUTS)', 'helsinki', /^FI1B1/);
  await page.getByLabel('Deadline for questions').fill(inDays(10));
  await page.getByLabel('Deadline for tenders').fill(inDays(20));
  await page.getByLabel('Contact person').fill('Aino Virtanen');
  await page.getByLabel('Contact e-mail address').fill('hankinnat@hel.fi');
}

test('a buyer publishes with the pickers and the live threshold; a supplier finds it and asks; the buyer answers and moves the deadline', async ({ page, browser, baseURL }, testInfo) => {
  const title = `Adaptive street lighting ${testInfo.project.name} ${Date.now()}`;
  await signIn(page, BUYER, DEMO_PASSWORD);
  await page.goto('/tenders');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Publish a tender' }).click();
  await expect(page).toHaveURL(/\/tenders\/new$/);
  await hydrated(page);
  await expectAccessible(page);

  await fillTender(page, title);
  // The verdict follows the value as it is typed.
  const verdict = page.locator('#tender-threshold');
  await page.getByLabel('Estimated value', { exact: true }).fill('150 000');
  await expect(verdict).toContainText('Below the EU threshold: EUR 150,000 is less than the EUR 216,000');
  await page.getByLabel('Estimated value', { exact: true }).fill('300 000');
  await expect(verdict).toContainText('Above the EU threshold: EUR 300,000 is at least the EUR 216,000');
  await expectAccessible(page);
  // Above the threshold the notice is needed: the form says so at the field, then accepts TED.
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('#tender-notice_url-error')).toContainText('TED');
  await page.getByLabel('The notice is being published on TED').check();
  await page.getByRole('button', { name: 'Save draft' }).click();

  await expect(page).toHaveURL(/\/tenders\/\d+\?notice=draft-saved/);
  const tenderPath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await hydrated(page);
  await expectAccessible(page);
  // A document: the type is checked by content, so a renamed text file is refused at the field.
  const upload = page.getByLabel('Add a document');
  await upload.setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('just text, not a PDF') });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.locator('#upload-file-error')).toContainText('not a PDF');
  await expectAccessible(page);
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await page.getByLabel('Add a document').setInputFiles({ name: 'requirements.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('status')).toContainText('The document is added.');
  await expect(page.getByRole('link', { name: 'requirements.pdf' })).toBeVisible();
  await hydrated(page);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status')).toContainText('The tender is published.');
  await expect(page.locator('.threshold-note')).toContainText('Above the EU threshold');

  // A supplier finds it by words and by filters, and asks a question.
  const supplier = await personPage(browser, baseURL!, SUPPLIER);
  await supplier.goto('/tenders');
  await supplier.getByLabel('Words').fill(title);
  // The filters are folded until used.
  await supplier.locator('summary', { hasText: 'Filters' }).click();
  await supplier.getByLabel('Country').selectOption('FI');
  await supplier.getByLabel('CPV code').fill('349');
  await supplier.getByLabel('EU threshold').selectOption('above');
  await supplier.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(supplier).toHaveURL(/country=FI/);
  await expect(supplier.getByRole('heading', { name: '1 tender found' })).toBeVisible();
  await expectAccessible(supplier);
  await supplier.getByRole('link', { name: title }).click();
  await expect(supplier).toHaveURL(new RegExp(`${tenderPath}$`));
  await expect(supplier.getByText('street lighting', { exact: true })).toBeVisible();
  await hydrated(supplier);
  await expectAccessible(supplier);
  const [download] = await Promise.all([supplier.waitForEvent('download'), supplier.getByRole('link', { name: 'requirements.pdf' }).click()]);
  expect(download.suggestedFilename()).toBe('requirements.pdf');
  await supplier.getByLabel('Your question').fill('Must the lights report faults by themselves?');
  await supplier.getByRole('button', { name: 'Send the question' }).click();
  await expect(supplier.getByRole('status')).toContainText('Your question is sent');

  // The buyer answers; the answer is public, the asker anonymous.
  await page.goto(tenderPath);
  await hydrated(page);
  await expect(page.getByText('Must the lights report faults by themselves?')).toBeVisible();
  await page.getByRole('textbox', { name: 'Answer' }).fill('Yes, within one hour, over an open interface.');
  await page.getByRole('button', { name: 'Publish the answer' }).click();
  await expect(page.getByRole('status')).toContainText('The answer is published.');

  await supplier.reload();
  await expect(supplier.getByText('Yes, within one hour, over an open interface.')).toBeVisible();
  await expect(supplier.getByText('Baltic Smart Mobility')).toHaveCount(0);

  // The buyer moves the deadline; the change history shows it.
  await page.getByRole('link', { name: 'Amend the tender' }).click();
  await hydrated(page);
  await expectAccessible(page);
  const later = inDays(27);
  await page.getByLabel('Deadline for tenders').fill(later);
  await page.getByRole('button', { name: 'Save amendment' }).click();
  await expect(page.getByRole('status')).toContainText('The amendment is saved');
  const history = page.locator('section', { has: page.getByRole('heading', { name: 'Change history' }) });
  await expect(history).toContainText('Deadline for tenders');
  await expect(history).toContainText(later);
  await expectAccessible(page);

  await supplier.reload();
  await expect(supplier.locator('section', { has: supplier.getByRole('heading', { name: 'Change history' }) })).toContainText(later);
  const calendar = await supplier.request.get(`${tenderPath}/calendar.ics`);
  expect(await calendar.text()).toContain(`SUMMARY:Deadline: ${title}`);
  await supplier.context().close();
});

test('an unverified buyer can prepare a draft but not publish it; a supplier cannot publish at all', async ({ page }, testInfo) => {
  await signIn(page, PENDING_BUYER, DEMO_PASSWORD);
  await page.goto('/tenders/new');
  await hydrated(page);
  await fillTender(page, `Waiting for verification ${testInfo.project.name} ${Date.now()}`);
  await page.getByLabel('Estimated value', { exact: true }).fill('90 000');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page).toHaveURL(/notice=draft-saved/);
  await expect(page.getByText('You can publish once a moderator has verified your public body.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
  // Calling the server directly does not help.
  const publish = await page.request.post(`${new URL(page.url()).pathname}/publish`, { form: {}, headers: { origin: new URL(page.url()).origin } });
  expect(publish.status()).toBe(403);
  await expectAccessible(page);
  // Nor can it be cancelled into public view: a draft is deleted, and is then gone.
  await expect(page.getByText('Cancel the tender')).toHaveCount(0);
  const draftPath = new URL(page.url()).pathname;
  await page.getByText('Delete this draft').click();
  await page.getByRole('button', { name: 'Delete the draft' }).click();
  await expect(page).toHaveURL(/\/tenders\/mine\?notice=tender-draft-deleted/);
  await expect(page.getByText('The draft is deleted.')).toBeVisible();
  expect((await page.request.get(draftPath)).status()).toBe(404);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, SUPPLIER, DEMO_PASSWORD);
  const res = await page.goto('/tenders/new');
  expect(res?.status()).toBe(403);
  await expect(page.getByRole('link', { name: 'Publish a tender' })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('search, filters, paging and the plain code search work', async ({ page, browser }) => {
    await page.goto('/tenders');
    await page.getByLabel('Sort by').selectOption('value');
    await page.locator('summary', { hasText: 'Filters' }).click();
    await page.getByLabel('Type of contract').selectOption('works');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/contract=works/);
    await expect(page).toHaveURL(/sort=value/);
    await expect(page.locator('summary', { hasText: 'Filters (1 in use)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /tenders? found/ })).toBeVisible();
    await expectAccessibleCopy(page, browser);
    await page.goto('/tenders?status=all');
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
    await page.goBack();
    await expect(page.getByText(/Page 1 of \d+/)).toBeVisible();

    await page.goto('/reference/cpv');
    await page.getByLabel('Words or code').fill('street lighting');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('cell', { name: '34928500-3' })).toBeVisible();
    await expectAccessibleCopy(page, browser);
  });
});
