import { test, expect } from '@playwright/test';
import { expectAccessible, expectAccessibleCopy, hydrated, signIn, DEMO_PASSWORD, watchPage } from './helpers';

watchPage();

const DANISH_BUYER = 'buyer.dk@demo.ppihub.eu'; // Region Hovedstaden
const MODERATOR = 'moderator@demo.ppihub.eu';

test('a buyer asks in Danish how to run a market consultation, the answer streams in Danish and its citation opens the passage', async ({ page, context, baseURL }) => {
  await signIn(page, DANISH_BUYER, DEMO_PASSWORD);
  await context.addCookies([{ name: 'ppi_lang', value: 'da', url: baseURL! }]);
  await page.goto('/assistant');
  await expect(page.locator('form#ask')).toHaveAttribute('data-ready', 'true');
  await expectAccessible(page);
  const streamed = page.waitForRequest((r) => r.url().endsWith('/assistant/ask') && (r.headers()['accept'] ?? '').includes('text/event-stream'));
  await page.getByLabel('Dit spørgsmål').fill('Hvordan gennemfører vi en indledende markedsdialog, og hvilke formater kan vi vælge?');
  await page.getByRole('button', { name: 'Spørg', exact: true }).click();
  await streamed;
  await expect(page).toHaveURL(/\/assistant\/c\/\d+#turn-\d+/);
  const answer = page.locator('.answer').first();
  await expect(answer).toHaveAttribute('lang', 'da');
  await expect(answer.locator('.answer-intro')).toHaveText('Videncentret siger:');
  await expect(answer.locator('.sources li').first()).toContainText('markedsdialog');
  await expectAccessible(page);
  // The citation leads to its source, and the source to the material at the cited section.
  await answer.locator('a.cite').first().click();
  await expect(page).toHaveURL(/#source-\d+-1$/);
  const source = answer.locator('.sources li').first().getByRole('link');
  const href = await source.getAttribute('href');
  expect(href).toMatch(/^\/knowledge\/materials\/preliminary-market-consultation\?lang=da#[a-z-]+$/);
  await source.click();
  const section = href!.split('#')[1];
  await expect(page.locator(`[id="${section}"]`)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expectAccessible(page);
  // The conversation is among the buyer's own.
  await page.goto('/assistant');
  await expect(page.getByRole('heading', { name: 'Dine samtaler' })).toBeVisible();
});

test('a threshold question gets the rule’s verdict, an off-topic one an honest refusal that moderators see', async ({ page, browser, baseURL }) => {
  await page.goto('/assistant');
  await expect(page.locator('form#ask')).toHaveAttribute('data-ready', 'true');
  await page.getByLabel('Your question').fill('Is a EUR 250,000 supplies contract of a municipality above the EU threshold?');
  await page.getByRole('button', { name: 'Ask', exact: true }).click();
  await expect(page).toHaveURL(/\/assistant\/c\/\d+/);
  await expect(page.locator('.rule-answer')).toContainText('Above the EU threshold');
  await expect(page.locator('.rule-used')).toContainText('EU threshold rule');
  await expectAccessible(page);
  // A follow-up in the same conversation that the knowledge does not cover.
  const question = `Who will win the football world cup? (${test.info().project.name} ${Date.now()})`;
  await page.getByLabel('Ask a follow-up question').fill(question);
  await page.getByRole('button', { name: 'Ask', exact: true }).click();
  await expect(page.locator('.refusal')).toHaveCount(1);
  await expect(page.locator('.suggestions').getByRole('link', { name: /partner posts/ })).toBeVisible();
  await expectAccessible(page);
  // A question the box refuses at once, keeping focus on it.
  await page.getByLabel('Ask a follow-up question').fill('   ');
  await page.getByRole('button', { name: 'Ask', exact: true }).click();
  await expect(page.locator('#ask-question-error')).toHaveText('Write your question.');
  await expect(page.locator('#ask-question')).toBeFocused();
  // The moderators' queue has the unanswered question.
  const context = await browser.newContext({ baseURL });
  const moderator = await context.newPage();
  await signIn(moderator, MODERATOR, DEMO_PASSWORD);
  await moderator.goto('/assistant/queue');
  const queued = moderator.locator('li.queued', { hasText: question });
  await expect(queued).toBeVisible();
  await hydrated(moderator);
  await expectAccessible(moderator);
  // The demo moderator reads the platform in Estonian.
  await queued.getByRole('button', { name: 'Märgi lahendatuks' }).click();
  await expect(moderator.locator('li.queued', { hasText: question })).toHaveCount(0);
  await context.close();
});

test('without JavaScript the same form posts and the answer arrives whole', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  await context.addCookies([{ name: 'ppi_lang', value: 'en', url: baseURL! }]);
  const page = await context.newPage();
  await page.goto('/assistant');
  await page.getByLabel('Your question').fill('   ');
  await page.getByRole('button', { name: 'Ask', exact: true }).click();
  await expect(page.locator('#ask-question-error')).toHaveText('Write your question.');
  await page.getByLabel('Your question').fill('How do we write a functional specification instead of naming a brand?');
  await page.getByRole('button', { name: 'Ask', exact: true }).click();
  await expect(page).toHaveURL(/\/assistant\/c\/\d+/);
  await expect(page.locator('.answer-sentences p').first()).toBeVisible();
  // The section that answers it, not just any section of the right material.
  await expect(page.locator('.sources li').first()).toContainText('Writing functional, performance and outcome-based specifications – Brand names and standards');
  await expectAccessibleCopy(page, browser);
  // Rating the answer works without script too.
  await page.locator('details.rating summary').click();
  await page.getByLabel('No').check();
  await page.getByLabel('What was missing or wrong? (optional)').fill('I wanted an example.');
  await page.getByRole('button', { name: 'Send rating' }).click();
  await expect(page.getByText('Thank you: your rating was saved.')).toBeVisible();
  await context.close();
});
