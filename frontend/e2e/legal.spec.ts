import { expect, test } from '@playwright/test';
import { cooperationIdFrom, expectAccessible, login, mainNav } from './helpers';

/** A suffix that keeps the texts unique when the suite runs twice against one database. */
const run = Date.now().toString(36).slice(-5);

test('an admin edits the imprint and anyone reads it on the public page without logging in', async ({ page, browser }) => {
  await login(page, 'admin@koop.test');
  const cooperationId = cooperationIdFrom(page);
  await mainNav(page).getByRole('link', { name: 'Rechtliche Angaben' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rechtliche Angaben' })).toBeVisible();
  const imprint = page.getByRole('textbox', { name: 'Impressum' });
  // the seeded demo texts are there, marked as examples
  await expect(imprint).toHaveValue(/Beispieltext der koop-Demo/);
  await expect(page.getByRole('textbox', { name: 'Datenschutzerklärung' })).toHaveValue(/Art\. 13|Art\. 26 DSGVO/);
  await expectAccessible(page, 'Rechtliche Angaben');

  const text = [
    `Herausgegeben vom Bezirksamt Lichtenberg (${run}).`,
    '',
    '## Anschrift',
    'Möllendorffstraße 6',
    '10367 Berlin',
    '',
    '<script>window.hacked = true</script>',
  ].join('\n');
  await imprint.fill(text);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Die rechtlichen Angaben sind gespeichert.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Speichern' })).toBeDisabled();

  // A fresh browser: no session, no cookie.
  const visitor = await browser.newContext();
  try {
    const publicPage = await visitor.newPage();
    await publicPage.goto(`/legal/${cooperationId}/imprint`);
    await expect(publicPage.getByRole('heading', { level: 1, name: 'Impressum' })).toBeVisible();
    await expect(publicPage.getByText(`Herausgegeben vom Bezirksamt Lichtenberg (${run}).`)).toBeVisible();
    await expect(publicPage.getByRole('heading', { level: 2, name: 'Anschrift' })).toBeVisible();
    // markup stays text
    await expect(publicPage.getByText('<script>window.hacked = true</script>')).toBeVisible();
    expect(await publicPage.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined();
    await expect(publicPage).toHaveURL(new RegExp(`/legal/${cooperationId}/imprint$`));
    await expectAccessible(publicPage, 'Impressum (öffentlich)');

    const links = publicPage.getByRole('navigation', { name: 'Rechtliche Hinweise' });
    await links.getByRole('link', { name: 'Erklärung zur Barrierefreiheit' }).click();
    await expect(publicPage.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' })).toBeVisible();
    await expect(publicPage.getByText('Beispieltext der koop-Demo', { exact: false })).toBeVisible();
    await expectAccessible(publicPage, 'Erklärung zur Barrierefreiheit (öffentlich)');

    // English: the page speaks English, the text stays German and says so.
    await publicPage.locator('label', { hasText: /^EN$/ }).click();
    await expect(publicPage.locator('html')).toHaveAttribute('lang', 'en');
    await expect(publicPage.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
    await expect(publicPage.getByText('The cooperation publishes this text in German.')).toBeVisible();
    await publicPage.getByRole('navigation', { name: 'Legal information' }).getByRole('link', { name: 'Privacy notice' }).click();
    await expect(publicPage.getByRole('heading', { level: 1, name: 'Privacy notice' })).toBeVisible();
    await expectAccessible(publicPage, 'Privacy notice (public, English)');

    await publicPage.goto(`/legal/${cooperationId}/agb`);
    await expect(publicPage.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  } finally {
    await visitor.close();
  }
});

test('a coordinator has no Rechtliche Angaben to edit', async ({ page }) => {
  await login(page, 'coordinator@koop.test');
  await expect(mainNav(page).getByRole('link', { name: 'Rechtliche Angaben' })).toHaveCount(0);
  await page.goto(`/c/${cooperationIdFrom(page)}/admin/legal`);
  await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
  await expectAccessible(page, 'Rechtliche Angaben (Koordination)');
});
