import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, expectAccessibleCopy, hydrated, linkFromOutbox, signIn, uniqueEmail, DEMO_PASSWORD, watch, watchPage } from './helpers';

watchPage();

const COURSE = '/courses/trying-the-lesson-player';
const PASSWORD = 'lingonberry harbour 42';

async function answer(page: Page, question: RegExp, options: string[]) {
  const form = page.locator('form.quiz-form', { has: page.getByText(question) });
  for (const o of options) await form.getByLabel(o, { exact: true }).check();
  await form.getByRole('button', { name: 'Check my answer' }).click();
}

test('a visitor learns without an account, keeps the progress on signing up, continues on a phone and gets a certificate anyone can check', async ({ page, browser, baseURL }, testInfo) => {
  // Two lessons as a visitor: one read to its end, one quiz failed and then passed.
  await page.goto('/courses');
  await expectAccessible(page);
  await page.locator('.course-card', { hasText: 'Trying the lesson player' }).getByRole('link', { name: 'Start the course' }).click();
  await expect(page).toHaveURL(COURSE);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page).toHaveURL(`${COURSE}/welcome`);
  // Read to the end: the player tells the server the last section was reached.
  const place = page.waitForRequest((r) => r.url().endsWith('/welcome/place') && r.postData() === 'section=second');
  await page.locator('#lesson-end').scrollIntoViewIfNeeded();
  await place;
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Done, next lesson' }).click();
  await expect(page).toHaveURL(`${COURSE}/check`);
  await answer(page, /Which article of Directive/, ['Article 67']);
  const first = page.locator('#question-consultation');
  await expect(first.locator('.quiz-verdict')).toHaveText('Not right.');
  await expect(first).toContainText('Article 67 sets the award criteria');
  await expect(first.getByRole('link', { name: /market consultation/i })).toHaveAttribute('href', '/knowledge/materials/preliminary-market-consultation');
  await expect(first).not.toContainText('Right: Article 40', { useInnerText: true });
  await expectAccessible(page);
  await answer(page, /Which of these are procedures/, ['Innovation partnership', 'Competitive dialogue']);
  await expect(page.locator('.quiz-result')).toContainText('Not passed yet');
  await page.getByRole('button', { name: 'Try the quiz again' }).click();
  await answer(page, /Which article of Directive/, ['Article 40']);
  await answer(page, /Which of these are procedures/, ['Innovation partnership', 'Competitive dialogue']);
  await expect(page.locator('.quiz-result')).toContainText('Passed.');
  await expect(page.locator('#question-consultation')).toContainText('Right: Article 40');
  await expectAccessible(page);

  // Signing up keeps both lessons.
  const email = uniqueEmail(testInfo, 'learner');
  await page.goto('/signup/buyer');
  await hydrated(page);
  await page.getByLabel('Your name').fill('Liisa Learner');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Public body').fill('Espoon kaupunki');
  await page.getByLabel('Country').selectOption('FI');
  await page.getByLabel('Regional or local authority').check();
  await page.getByLabel('Region (NUTS)').selectOption('FI1B1');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).not.toHaveURL(/\/signup\/buyer$/);
  await page.goto(await linkFromOutbox(browser, baseURL!, email));
  await signIn(page, email, PASSWORD);
  await page.goto(COURSE);
  await expect(page.locator('#course-progress')).toHaveText('2 of 3 lessons done');

  // On a phone, Continue opens the next lesson; finishing it completes the course.
  const phoneContext = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, hasTouch: true });
  await phoneContext.addCookies([{ name: 'ppi_lang', value: 'en', url: baseURL! }]);
  const phone = await phoneContext.newPage();
  watch(phone);
  await signIn(phone, email, PASSWORD);
  await phone.goto('/courses');
  await phone.getByRole('link', { name: 'Continue “Trying the lesson player”' }).click();
  await expect(phone).toHaveURL(`${COURSE}/finish`);
  await expectAccessible(phone);
  await phone.getByRole('button', { name: 'Done, back to the course' }).click();
  await expect(phone).toHaveURL(`${COURSE}?notice=course-complete`);
  await expect(phone.locator('.notice').first()).toContainText('completed the course');
  await phone.getByRole('link', { name: 'Open your certificate' }).click();
  await expect(phone).toHaveURL(/\/certificates\/[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expectAccessible(phone);
  const code = phone.url().split('/').pop()!;
  await phoneContext.close();

  // Anyone checks it by its code, typed as it is printed.
  const other = await browser.newContext({ baseURL });
  await other.addCookies([{ name: 'ppi_lang', value: 'en', url: baseURL! }]);
  const anyone = await other.newPage();
  watch(anyone);
  await anyone.goto('/courses');
  await anyone.getByLabel('Certificate code').fill(code.toLowerCase());
  await anyone.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(anyone).toHaveURL(`/certificates/${code}`);
  await expect(anyone.locator('.certificate-name')).toHaveText('Liisa Learner');
  await expect(anyone.locator('.certificate-course')).toHaveText('Trying the lesson player');
  await expect(anyone.locator('.certificate-status')).toContainText('valid');
  await expectAccessible(anyone);
  await other.close();
});

test('a public body invites a colleague, who joins and completes a course; the team view shows the completion and the PDF certificate opens', async ({ page, browser, baseURL }, testInfo) => {
  // The demo buyer, owner of a verified public body, invites a colleague by e-mail.
  const email = uniqueEmail(testInfo, 'colleague');
  const name = `Kaisa Colleague ${testInfo.project.name}`;
  await signIn(page, 'buyer@demo.ppihub.eu', DEMO_PASSWORD);
  await page.goto('/bodies/team');
  await expectAccessible(page);
  await hydrated(page);
  await page.getByLabel("Colleague's e-mail address").fill(email);
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(page.locator('.notice').first()).toHaveText('The invitation is sent.');

  // The colleague joins from the mailed link and takes the course to its end.
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: 'ppi_lang', value: 'en', url: baseURL! }]);
  const colleague = await context.newPage();
  watch(colleague);
  await colleague.goto(await linkFromOutbox(browser, baseURL!, email));
  await hydrated(colleague);
  await colleague.getByLabel('Your name').fill(name);
  await colleague.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await colleague.getByRole('button', { name: 'Create the account and join' }).click();
  await expect(colleague.locator('.notice').first()).toHaveText("Welcome: you are now one of your organisation's people on PPI Hub.");
  await colleague.goto(`${COURSE}/welcome`);
  const place = colleague.waitForRequest((r) => r.url().endsWith('/welcome/place') && r.postData() === 'section=second');
  await colleague.locator('#lesson-end').scrollIntoViewIfNeeded();
  await place;
  await colleague.getByRole('button', { name: 'Done, next lesson' }).click();
  await expect(colleague).toHaveURL(`${COURSE}/check`);
  await answer(colleague, /Which article of Directive/, ['Article 40']);
  await answer(colleague, /Which of these are procedures/, ['Innovation partnership', 'Competitive dialogue']);
  await expect(colleague.locator('.quiz-result')).toContainText('Passed.');
  await colleague.goto(`${COURSE}/finish`);
  await colleague.getByRole('button', { name: 'Done, back to the course' }).click();
  await expect(colleague).toHaveURL(`${COURSE}?notice=course-complete`);
  await colleague.getByRole('link', { name: 'Open your certificate' }).click();
  const pdfLink = colleague.getByRole('link', { name: 'Download as PDF to print' });
  const pdf = await colleague.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await context.close();

  // The owner's team view shows the colleague's completion.
  await page.goto('/courses/team');
  await expectAccessible(page);
  const team = page.locator('section', { has: page.getByRole('heading', { name: 'Trying the lesson player' }) });
  const row = team.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('3 of 3 lessons done');
  await expect(row.getByRole('cell').last()).not.toHaveText('–');
});

test('the lesson player works without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  await context.addCookies([{ name: 'ppi_lang', value: 'en', url: baseURL! }]);
  const page = await context.newPage();
  await page.goto(`${COURSE}/check`);
  await page.getByLabel('Article 40', { exact: true }).check();
  await page.locator('#quiz-consultation').getByRole('button', { name: 'Check my answer' }).click();
  await expect(page.locator('#question-consultation .quiz-verdict')).toHaveText('Right.');
  // A question sent without an answer comes back with the message at the field.
  await page.locator('#quiz-procedures').getByRole('button', { name: 'Check my answer' }).click();
  await expect(page.locator('#quiz-procedures-option-error')).toHaveText('Choose an answer.');
  await page.getByLabel('Innovation partnership', { exact: true }).check();
  await page.getByLabel('Competitive dialogue', { exact: true }).check();
  await page.locator('#quiz-procedures').getByRole('button', { name: 'Check my answer' }).click();
  await expect(page.locator('.quiz-result')).toContainText('Passed.');
  await expectAccessibleCopy(page, browser);
  await page.getByRole('button', { name: 'Done, next lesson' }).click();
  await expect(page).toHaveURL(`${COURSE}/finish`);
  await page.goto(COURSE);
  await expect(page.locator('#course-progress')).toHaveText('1 of 3 lessons done');
  await context.close();
});

test('a buyer assesses its readiness, sees the chart and is recommended a course for its weakest area', async ({ page }) => {
  await signIn(page, 'buyer@demo.ppihub.eu', DEMO_PASSWORD);
  await page.goto('/courses/readiness');
  await expectAccessible(page);
  // Every statement "Largely", but the strategy ones "Not at all": strategy is the weakest.
  const questions = page.locator('fieldset.readiness-question');
  const n = await questions.count();
  expect(n).toBeGreaterThanOrEqual(22);
  await page.getByRole('button', { name: 'See our results' }).click();
  await expect(page.locator('#readiness-form-error')).toContainText('marked below');
  for (let i = 0; i < n; i++) {
    const q = questions.nth(i);
    const id = await q.getAttribute('id');
    await q.getByLabel(id!.startsWith('readiness-q-strategy') ? 'Not at all' : 'Largely', { exact: true }).check();
  }
  await page.getByRole('button', { name: 'See our results' }).click();
  await expect(page).toHaveURL(/\/courses\/readiness\/\d+$/);
  await expect(page.locator('svg.readiness-chart')).toBeVisible();
  await expect(page.locator('svg.readiness-chart title')).toHaveText(/Score per area/);
  await expect(page.locator('.readiness-table tbody tr').first()).toContainText('0 %');
  const advice = page.locator('.readiness-advice').first();
  await expect(advice.locator('h3')).toHaveText('Strategy and leadership');
  await expect(advice.locator('a[href^="/courses/"]').first()).toBeVisible();
  await expectAccessible(page);
});
