/**
 * Export and import in real Chromium with the built extension: papers saved from an arXiv
 * listing are exported from the popup in every format (each download read back by an
 * independent parser), a backup is imported (and the listing's card follows), a malformed file
 * leaves the shelf unchanged with an error naming the line and field, and a replace restores a
 * backup exactly.
 */
import { readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import {
  EXPORT_FORMAT_IDS,
  EXPORT_FORMATS,
  type ExportFormat,
  exportPapers,
} from '../../lib/export';
import { parseImport } from '../../lib/import';
import type { PaperCandidate } from '../../lib/paper/schemas';
import { savedPaper } from '../fixtures/papers';
import {
  cardHost,
  type ExtensionBrowser,
  launchExtension,
  readFixture,
  waitForAnnotations,
} from './harness';

interface Expected {
  url: string;
  candidates: PaperCandidate[];
}

const listing = {
  html: readFixture('arxiv', 'list-new.html'),
  expected: JSON.parse(readFixture('arxiv', 'list-new.expected.json')) as Expected,
};
const [first, second, third, fourth] = listing.expected.candidates as [
  PaperCandidate,
  PaperCandidate,
  PaperCandidate,
  PaperCandidate,
];

let browser: ExtensionBrowser;
let tab: Page;
let popup: Page;
const pageErrors: string[] = [];
/** The JSON backup downloaded from the popup, restored at the end. */
let backupText = '';

beforeAll(async () => {
  browser = await launchExtension();
  await browser.servePage(listing.expected.url, listing.html);
  tab = await browser.context.newPage();
  tab.on('pageerror', (error) => pageErrors.push(`listing: ${error.message}`));
  await tab.goto(listing.expected.url);
  await waitForAnnotations(tab);

  // The shelf: three papers saved from the listing, one of them tagged.
  // (expect.poll is for tests only: hooks wait on locators.)
  for (const paper of [first, second, third]) {
    await cardHost(tab, paper.id)
      .getByRole('button', { name: /^Save\b/ })
      .click();
    await tab.locator(`paper-shelf-card[data-paper-id="${paper.id}"][data-saved="true"]`).waitFor();
  }
  const tagged = cardHost(tab, second.id);
  await tagged.getByRole('button', { name: /^Tag/ }).click();
  const input = tagged.getByRole('combobox', { name: 'Add tag' });
  await input.fill('theory');
  await input.press('Enter');
  await tab.locator(`paper-shelf-card[data-paper-id="${second.id}"][data-tags="theory"]`).waitFor();

  popup = await browser.openPopup();
  popup.on('pageerror', (error) => pageErrors.push(`popup: ${error.message}`));
  await popup.locator('[data-paper-id]').nth(2).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
  pageErrors.length = 0;
});

async function shelfIds(): Promise<string[]> {
  const ids = await popup
    .locator('[data-paper-id]')
    .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.paperId ?? ''));
  return ids.sort();
}

async function openPanel(name: 'Export' | 'Import'): Promise<void> {
  const toggle = popup.getByRole('button', { name, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

const exportPanel = () => popup.getByRole('region', { name: 'Export papers' });
const importPanel = () => popup.getByRole('region', { name: 'Import papers' });

async function download(format: ExportFormat): Promise<{ name: string; text: string }> {
  await openPanel('Export');
  const [file] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name: `Download ${EXPORT_FORMATS[format].label}` }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function importFile(name: string, text: string): Promise<void> {
  await openPanel('Import');
  await popup
    .getByLabel('Import file')
    .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

const savedIds = [first.id, second.id, third.id].sort();

describe('export from the popup', () => {
  it.each(EXPORT_FORMAT_IDS)('downloads %s with every saved paper', async (format) => {
    const { name, text } = await download(format);
    expect(name).toMatch(
      new RegExp(
        `^paper-shelf(-backup)?-\\d{4}-\\d{2}-\\d{2}${EXPORT_FORMATS[format].extension.replace(/\./g, '\\.')}$`,
      ),
    );
    const status = exportPanel().getByRole('status');
    await expect.poll(() => status.textContent()).toBe(`Saved 3 papers as ${name}`);

    if (format === 'bibtex') {
      const library = parseBibtex(text, {
        sentenceCase: false,
        english: false,
        unsupported: (_n, tex) => tex,
      });
      expect(library.errors).toEqual([]);
      const eprints = library.entries.map((entry) => `arxiv:${entry.fields.eprint}`);
      expect(eprints.sort()).toEqual(savedIds);
      for (const entry of library.entries) {
        expect(entry.fields.archiveprefix).toBe('arXiv');
        expect(entry.fields.primaryclass).toBe('cs.LG');
      }
    } else if (format === 'csl-json') {
      const items = JSON.parse(text) as Array<{ number: string; title: string }>;
      expect(items.map((item) => `arxiv:${item.number.slice('arXiv:'.length)}`).sort()).toEqual(
        savedIds,
      );
      expect(items.map((item) => item.title)).toContain(first.title);
    } else if (format === 'ris') {
      expect(text.match(/^TY {2}- GEN\r$/gm)).toHaveLength(3);
      expect(
        parseImport(text, 'ris')
          .papers.map((paper) => paper.id)
          .sort(),
      ).toEqual(savedIds);
    } else if (format === 'csv') {
      const rows = parseCsv(text, { bom: true, columns: true }) as Array<Record<string, string>>;
      expect(rows.map((row) => row.id).sort()).toEqual(savedIds);
      expect(rows.find((row) => row.id === second.id)?.tags).toBe('theory');
    } else if (format === 'markdown') {
      expect(text).toMatch(/^# Reading list\n\n3 papers\n\n## theory\n/);
      expect(text).toContain('## Untagged');
      for (const paper of [first, second, third])
        expect(text).toContain(`arXiv:${paper.id.slice(6)}`);
    } else {
      backupText = text;
      const backup = parseImport(text);
      expect(backup.format).toBe('json');
      expect(backup.papers.map((paper) => paper.id).sort()).toEqual(savedIds);
      expect(backup.tags.map((tag) => tag.name)).toEqual(['theory']);
      expect(JSON.parse(text)).toMatchObject({ schemaVersion: 1, rules: [] });
    }
  });

  it('copies a format to the clipboard', async () => {
    await openPanel('Export');
    await popup.getByRole('button', { name: 'Copy Markdown' }).click();
    await expect
      .poll(() => exportPanel().getByRole('status').textContent())
      .toBe('Copied 3 papers as Markdown');
    // Chromium grants clipboard-read to web origins only: read it back from the listing's tab.
    await browser.context.grantPermissions(['clipboard-read'], { origin: 'https://arxiv.org' });
    await tab.bringToFront();
    const copied = await tab.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^# Reading list\n\n3 papers\n/);
    await popup.bringToFront();
  });
});

describe('import into the popup', () => {
  it('refuses a malformed file, naming the line and field, and leaves the shelf unchanged', async () => {
    const bib = `@misc{good,\n  title = {Fine},\n  eprint = {${fourth.id.slice(6)}},\n  archivePrefix = {arXiv},\n}\n\n@misc{broken,\n  title = {Unclosed {brace},\n  eprint = {2401.00001},\n}\n`;
    await importFile('broken.bib', bib);
    const alert = importPanel().getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toBe(
        'broken.bib: Line 8, entry broken, field "title": this value is never closed (unbalanced braces)',
      );
    expect(await shelfIds()).toEqual(savedIds);
    expect(await cardHost(tab, fourth.id).getAttribute('data-saved')).toBe('false');
  });

  it('previews and merges a backup; the listing’s card of the new paper turns to Saved', async () => {
    const now = Date.now();
    const incoming = savedPaper(fourth, {
      tags: ['from-backup'],
      status: 'reading',
      note: 'Imported with a note: {braces}, "quotes", $\\TeX$',
      savedAt: now,
      updatedAt: now,
    });
    await importFile(
      'backup.json',
      exportPapers('json', [incoming], [{ name: 'from-backup', color: '#166534', createdAt: now }]),
    );
    const counts = popup.getByRole('list', { name: 'What will change' });
    await expect.poll(() => counts.textContent()).toContain('1 new paper');
    expect(await counts.textContent()).toContain('1 new tag');
    expect(await shelfIds()).toEqual(savedIds);

    await popup.getByRole('button', { name: 'Apply import' }).click();
    await expect
      .poll(() => importPanel().getByRole('status').textContent())
      .toBe('Imported: 1 paper added, 0 updated.');
    await expect.poll(shelfIds).toEqual([...savedIds, fourth.id].sort());
    const host = cardHost(tab, fourth.id);
    await expect.poll(() => host.getAttribute('data-saved')).toBe('true');
    expect(await host.getAttribute('data-tags')).toBe('from-backup');
  });

  it('replaces the shelf with the downloaded backup: the extra paper goes, its card follows', async () => {
    expect(backupText).not.toBe('');
    await importFile('paper-shelf-backup.json', backupText);
    await popup.getByLabel('Replace my shelf with this backup').check();
    const counts = popup.getByRole('list', { name: 'What will change' });
    await expect.poll(() => counts.textContent()).toContain('1 removed');
    expect(await counts.textContent()).toContain('3 unchanged');

    await popup.getByRole('button', { name: 'Replace shelf' }).click();
    await expect.poll(shelfIds).toEqual(savedIds);
    await expect.poll(() => cardHost(tab, fourth.id).getAttribute('data-saved')).toBe('false');
    expect(await cardHost(tab, second.id).getAttribute('data-tags')).toBe('theory');
  });
});
