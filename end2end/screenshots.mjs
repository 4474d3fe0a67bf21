// Screenshots of pages at desktop and phone widths, for looking at what people see.
// Usage: node screenshots.mjs <out-dir> <path> [<path> …]   (server at BASE_URL or :3000)
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const [out, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 740 }]]) {
  const page = await browser.newPage({ viewport, locale: process.env.LOCALE ?? 'en' });
  if (process.env.EMAIL) {
    await page.goto(`${base}/signin`);
    await page.fill('input[name=email]', process.env.EMAIL);
    await page.fill('input[name=password]', process.env.PASSWORD ?? 'demo-password-2026');
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/signin')), page.click('form#signin button[type=submit]')]);
  }
  for (const path of paths) {
    await page.goto(`${base}${path}`);
    const file = `${out}/${name}-${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
