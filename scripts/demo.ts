/**
 * `npm run demo`: Chromium with the freshly built extension on the bundled sample listings
 * (answered locally by routing, no network). It saves and tags a few papers the way a user would,
 * writes screenshots to docs/screenshots/, and, where there is a display, leaves the window open
 * to play with (close it to end the demo). Without a display it runs headless and exits.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  cardHost,
  FIXTURES_DIR,
  launchExtension,
  PROJECT_DIR,
  waitForAnnotations,
} from '../test/e2e/harness';

const SCREENSHOTS = join(PROJECT_DIR, 'docs/screenshots');
const headless =
  !process.env.DISPLAY || process.env.CI === 'true' || process.argv.includes('--headless');

interface SamplePage {
  site: string;
  page: string;
  url: string;
  html: string;
  ids: string[];
}

/**
 * A test fixture as a sample page: without the hostile <style> blocks the tests need, and with a
 * stand-in for the site's stylesheet (scripts/demo-styles/), so screenshots look like the site.
 */
function samplePage(site: string, page: string): SamplePage {
  const expected = JSON.parse(
    readFileSync(join(FIXTURES_DIR, site, `${page}.expected.json`), 'utf8'),
  );
  const html = readFileSync(join(FIXTURES_DIR, site, `${page}.html`), 'utf8');
  return {
    site,
    page,
    url: expected.url,
    html: html.replace(/<style>[\s\S]*?<\/style>/g, ''),
    ids: expected.candidates.map((candidate: { id: string }) => candidate.id),
  };
}

const SITE_STYLESHEETS: Record<string, RegExp> = {
  huggingface: /^https:\/\/huggingface\.co\/.*\.css(\?.*)?$/,
  arxiv: /^https:\/\/arxiv\.org\/.*\.css(\?.*)?$/,
};

async function tagPaper(page: Page, id: string, tag: string): Promise<void> {
  const host = cardHost(page, id);
  await host.getByRole('button', { name: /^Tag/ }).click();
  const input = host.getByRole('combobox', { name: 'Add tag' });
  await input.fill(tag);
  await input.press('Enter');
  await host.locator(`xpath=self::*[contains(concat(',', @data-tags, ','), ',${tag},')]`).waitFor();
}

async function main(): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const samples = [
    samplePage('huggingface', 'daily'),
    samplePage('arxiv', 'list-new'),
    samplePage('dblp', 'author'),
  ];
  const browser = await launchExtension({ headless, viewport: { width: 1280, height: 860 } });
  for (const sample of samples) {
    await browser.servePage(sample.url, sample.html);
    const stylesheet = SITE_STYLESHEETS[sample.site];
    if (!stylesheet) continue;
    const css = readFileSync(
      join(PROJECT_DIR, 'scripts/demo-styles', `${sample.site}.css`),
      'utf8',
    );
    await browser.serve(stylesheet, css, 'text/css');
  }

  const [hf, arxiv, dblp] = samples as [SamplePage, SamplePage, SamplePage];
  const hfPage = await browser.context.newPage();
  await hfPage.goto(hf.url);
  await waitForAnnotations(hfPage);
  await cardHost(hfPage, hf.ids[0]!)
    .getByRole('button', { name: /^Save\b/ })
    .click();
  await tagPaper(hfPage, hf.ids[1]!, 'fine-tuning');
  await tagPaper(hfPage, hf.ids[2]!, 'federated learning');
  await hfPage.keyboard.press('Escape');
  await hfPage.screenshot({ path: join(SCREENSHOTS, 'huggingface-daily.png') });

  const arxivPage = await browser.context.newPage();
  await arxivPage.goto(arxiv.url);
  await waitForAnnotations(arxivPage);
  await cardHost(arxivPage, arxiv.ids[0]!)
    .getByRole('button', { name: /^Save\b/ })
    .click();
  await tagPaper(arxivPage, arxiv.ids[1]!, 'model merging');
  await arxivPage.screenshot({ path: join(SCREENSHOTS, 'arxiv-new.png') });

  // A paper saved from dblp: its row in the popup names the venue it appeared in.
  const dblpPage = await browser.context.newPage();
  await dblpPage.goto(dblp.url);
  await waitForAnnotations(dblpPage);
  await cardHost(dblpPage, 'dblp:conf/nips/KimWF25')
    .getByRole('button', { name: /^Save\b/ })
    .click();
  await cardHost(dblpPage, 'dblp:conf/nips/KimWF25')
    .and(dblpPage.locator('[data-saved="true"]'))
    .waitFor();

  const popup = await browser.context.newPage();
  // The popup's own size (components/shelf.css, .layout-popup).
  await popup.setViewportSize({ width: 600, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.locator('[data-paper-id]').first().waitFor();
  // The arXiv titles hold TeX: typeset once Temml has loaded (components/TexText).
  await popup.locator('.paper-title math').first().waitFor();
  await popup.screenshot({ path: join(SCREENSHOTS, 'popup.png') });

  console.log(`Screenshots written to ${SCREENSHOTS}`);
  if (headless) {
    await browser.close();
    return;
  }
  console.log(
    'Chromium is open with Paper Shelf on the sample pages; close the window to end the demo.',
  );
  await hfPage.bringToFront();
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
