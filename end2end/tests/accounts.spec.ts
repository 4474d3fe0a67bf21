import { test, expect } from '@playwright/test';
import { DEMO_PASSWORD, watchPage, expectAccessible, expectAccessibleCopy, hydrated, linkFromOutbox, signIn, uniqueEmail, visit } from './helpers';

const PASSWORD = 'northern lights over tallinn';

watchPage();

test('a public buyer signs up, confirms the address, signs in, switches language and signs out; a moderator verifies the body', async ({ page, browser, baseURL }, testInfo) => {
  const email = uniqueEmail(testInfo, 'buyer');
  const body = `Tartu linn ${testInfo.project.name} ${Date.now()}`;

  await visit(page, '/');
  await page.getByRole('link', { name: 'Sign up as a public buyer' }).click();
  await expect(page).toHaveURL(/\/signup\/buyer$/);
  await expectAccessible(page);
  await hydrated(page);

  await page.getByLabel('Your name').fill('Kadri Tamm');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Public body').fill(body);
  await page.getByLabel('Country').selectOption('EE');
  await page.getByLabel('Regional or local authority').check();
  await page.getByLabel('Region (NUTS)').selectOption('EE008');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL(/\/signin\?notice=signup-sent/);
  await expect(page.getByRole('status')).toContainText('We have sent a link');
  await expectAccessible(page);

  const link = await linkFromOutbox(browser, baseURL!, email);
  expect(link).toContain('/verify-email?token=');
  await page.goto(link);
  await expect(page).toHaveURL(/notice=email-verified/);
  await expect(page.getByRole('status')).toContainText('Your e-mail address is confirmed');

  await signIn(page, email, PASSWORD);
  await visit(page, '/account');
  await expect(page.getByText(body)).toBeVisible();
  await expect(page.getByText('Waiting for a moderator')).toBeVisible();

  // Language: the switcher is a disclosure with one button per language.
  await page.locator('.language-switcher summary').click();
  await page.getByRole('button', { name: 'Eesti' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'et');
  await expect(page).toHaveURL(/\/account$/);
  await expectAccessible(page);
  await page.locator('.language-switcher summary').click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // A moderator verifies the public body.
  const modContext = await browser.newContext({ baseURL });
  const mod = await modContext.newPage();
  await modContext.addCookies([{ name: 'ppi_lang', value: 'en', url: baseURL! }]);
  await signIn(mod, 'moderator@demo.ppihub.eu', DEMO_PASSWORD);
  await visit(mod, '/moderation');
  const card = mod.locator('li.card', { has: mod.getByRole('heading', { name: body }) });
  await expect(card).toBeVisible();
  await hydrated(mod);
  await card.getByLabel('Verify').check();
  await card.getByRole('button', { name: 'Save decision' }).click();
  await expect(mod).toHaveURL(/notice=decision-saved/);
  await expect(mod.getByRole('heading', { name: body })).toHaveCount(0);
  await expectAccessible(mod);
  await modContext.close();

  await page.reload();
  await expect(page.getByText('Verified', { exact: true })).toBeVisible();

  // Sign out.
  const signOut = page.getByRole('button', { name: 'Sign out' });
  await signOut.click();
  await expect(page).toHaveURL(/notice=signed-out/);
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page);
});

test('a supplier signs up', async ({ page, browser, baseURL }, testInfo) => {
  const email = uniqueEmail(testInfo, 'supplier');
  await visit(page, '/signup');
  await page.getByRole('link', { name: 'Sign up as a supplier' }).click();
  await expectAccessible(page);
  await hydrated(page);
  await page.getByLabel('Your name').fill('Lukas Schmidt');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Company name').fill('Nordlicht Sensorik GmbH');
  await page.getByLabel('Country').selectOption('DE');
  // One company per register number: each run (desktop, phone) registers its own.
  const number = `HRB ${100000 + (Date.now() % 900000)}`;
  await page.getByLabel('Business registration number').fill(number);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/notice=signup-sent/);

  await page.goto(await linkFromOutbox(browser, baseURL!, email));
  await signIn(page, email, PASSWORD);
  await visit(page, '/account');
  await expect(page.getByText('Nordlicht Sensorik GmbH')).toBeVisible();
  await expect(page.getByText(number)).toBeVisible();
});

test('a forgotten password is reset through the e-mailed link', async ({ page, browser, baseURL }) => {
  await visit(page, '/signin');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expectAccessible(page);
  await hydrated(page);
  await page.getByLabel('E-mail address').fill('buyer.dk@demo.ppihub.eu');
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page).toHaveURL(/notice=reset-sent/);

  const link = await linkFromOutbox(browser, baseURL!, 'buyer.dk@demo.ppihub.eu');
  await page.goto(link);
  await expectAccessible(page);
  await hydrated(page);
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.locator('#reset-password-error')).toHaveText('The password must have at least 12 characters.');
  const fresh = `fresh passphrase ${Date.now()}`;
  await page.getByLabel('New password').fill(fresh);
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page).toHaveURL(/notice=password-reset/);
  await signIn(page, 'buyer.dk@demo.ppihub.eu', fresh);

  // Put the demo password back for the other journeys.
  await visit(page, '/account');
  await hydrated(page);
  await page.locator('#password-current_password').fill(fresh);
  await page.locator('#password-new_password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(/notice=password-changed/);
});

test('a wrong password and an invalid form show their errors and keep the input', async ({ page }) => {
  await visit(page, '/signin');
  await hydrated(page);
  await page.getByLabel('E-mail address').fill('buyer@demo.ppihub.eu');
  await page.getByLabel('Password', { exact: true }).fill('not my password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The e-mail address or the password is wrong.' })).toBeVisible();
  await expect(page.getByLabel('E-mail address')).toHaveValue('buyer@demo.ppihub.eu');
  await expectAccessible(page);
  // Enter in a field does exactly what the button does.
  await visit(page, '/signin');
  await hydrated(page);
  await page.getByLabel('E-mail address').fill('buyer@demo.ppihub.eu');
  await page.getByLabel('Password', { exact: true }).fill('still not my password');
  await page.getByLabel('Password', { exact: true }).press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'The e-mail address or the password is wrong.' })).toBeVisible();
  await page.getByLabel('E-mail address').press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'The e-mail address or the password is wrong.' })).toBeVisible();

  await visit(page, '/signup/buyer');
  await hydrated(page);
  // Checked as you leave each field.
  await page.getByLabel('E-mail address').fill('anna@');
  await page.getByLabel('E-mail address').press('Tab');
  await expect(page.locator('#signup-email-error')).toHaveText('Enter an e-mail address such as name@example.com.');
  await expect(page.getByLabel('E-mail address')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Your name').fill('Anna Berg');
  await page.getByLabel('Country').selectOption('DK');
  await page.getByLabel('Region (NUTS)').selectOption('FI1B1');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#signup-nuts-error')).toHaveText('This region is not in the country you chose.');
  await expect(page.locator('#signup-organisation-error')).toHaveText('Please fill in this field.');
  // Focus goes to the first field in error.
  await expect(page.getByLabel('E-mail address')).toBeFocused();
  await expect(page.getByLabel('Your name')).toHaveValue('Anna Berg');
  await expectAccessible(page);

  // A common password is refused by the server; the error arrives in place.
  await page.getByLabel('E-mail address').fill('anna@example.dk');
  await page.getByLabel('Password', { exact: true }).fill('1qaz2wsx3edc');
  await page.getByLabel('Public body').fill('Aarhus Kommune');
  await page.getByLabel('Regional or local authority').check();
  await page.getByLabel('Region (NUTS)').selectOption('DK042');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#signup-password-error')).toHaveText('This password is among the most common ones. Choose another.');
  await expect(page).toHaveURL(/\/signup\/buyer$/);
  await expect(page.getByLabel('Public body')).toHaveValue('Aarhus Kommune');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('forms post, errors render on the server and the input is kept', async ({ page, browser }) => {
    await page.goto('/signup/buyer');
    await expectAccessibleCopy(page, browser);
    await page.getByLabel('Your name').fill('Mikkel <b>Holm</b>');
    await page.getByLabel('E-mail address').fill('mikkel@');
    await page.getByLabel('Public body').fill('Odense Kommune');
    await page.getByLabel('Country').selectOption('DK');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.locator('#signup-email-error')).toHaveText('Enter an e-mail address such as name@example.com.');
    await expect(page.locator('#signup-password-error')).toHaveText('Please fill in this field.');
    await expect(page.getByLabel('Your name')).toHaveValue('Mikkel <b>Holm</b>');
    await expect(page.getByLabel('Public body')).toHaveValue('Odense Kommune');
    await expect(page.getByLabel('Country')).toHaveValue('DK');
    await expectAccessibleCopy(page, browser);

    await page.goto('/signin');
    await page.getByLabel('E-mail address').fill('supplier@demo.ppihub.eu');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

    // The language switcher works without script too.
    await page.locator('.language-switcher summary').click();
    await page.getByRole('button', { name: 'Dansk' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expectAccessibleCopy(page, browser);
  });
});

test('every public page passes axe and works at this width', async ({ page }) => {
  for (const path of ['/', '/signup', '/signup/buyer', '/signup/supplier', '/signin', '/password/forgot', '/accessibility', '/privacy', '/tenders', '/suppliers', '/partners', '/knowledge', '/courses', '/assistant', '/no-such-page']) {
    await visit(page, path);
    // Nothing wider than the screen: no sideways scrolling on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
});

test('the staff pages pass axe', async ({ page }) => {
  await signIn(page, 'admin@demo.ppihub.eu', DEMO_PASSWORD);
  for (const path of ['/moderation', '/admin/outbox', '/account']) {
    await visit(page, path);
  }
  await visit(page, '/account?notice=profile-saved');
  await expect(page.getByRole('status')).toHaveText('Your details are saved.');
});

test('the language switcher and a form work by keyboard alone', async ({ page }) => {
  await page.goto('/signin');
  await hydrated(page);
  // Skip link first.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.locator('.language-switcher summary').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Suomi' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await hydrated(page);
  await page.locator('#signin-email').focus();
  await page.keyboard.type('supplier@demo.ppihub.eu');
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/signin/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
});
