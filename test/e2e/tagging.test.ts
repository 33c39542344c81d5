/**
 * Tagging end to end, in real Chromium with the built extension: tag papers on one listing
 * (Hugging Face), see suggestions for the same topics on another (arXiv) and accept one with a
 * click, use the listing toolbar, then rename, merge and delete tags in the options page and
 * check that every paper follows: in the database, the popup and the cards of an open listing.
 *
 * The fixture pair (date-topical, list-new-topical) is derived from the daily and list-new
 * fixtures with topical papers put in: three each on fine-tuning, federated learning and model
 * merging on Hugging Face; on arXiv nine papers on those topics, one on two of them, a title-only
 * federated learning survey, and fourteen papers on other subjects.
 */
import type { Locator, Page } from 'playwright-core';
import { cardHost, sitePage, useExtensionBrowser, waitForAnnotations } from './harness';

const hf = sitePage('huggingface', 'date-topical');
const arxiv = sitePage('arxiv', 'list-new-topical');
const hfId = (index: number) => hf.expected.candidates[index]!.id;
const arxivId = (index: number) => arxiv.expected.candidates[index]!.id;

const FT = 'fine-tuning';
const FL = 'federated learning';
const MM = 'model merging';

/** Which Hugging Face cards the user tags (by position in the fixture). */
const TAGGED_ON_HF: Record<string, number[]> = {
  [FT]: [1, 8, 12],
  [FL]: [2, 10, 15],
  [MM]: [6, 13, 16],
};

/** What the arXiv cards should be offered, by position; every other card gets nothing. */
const EXPECTED_ON_ARXIV: Record<number, string[]> = {
  2: [MM],
  4: [FT],
  5: [FT, FL], // federated fine-tuning
  7: [MM],
  9: [FL],
  12: [FT],
  14: [MM],
  16: [FL],
  18: [FT],
  23: [FL], // title only: "Federated Learning Under Client Drift: A Survey"
};

const shelf = useExtensionBrowser([hf, arxiv]);
const openPage = (url: string) => shelf.open(url);

async function openOptions(): Promise<Page> {
  return openPage(`chrome-extension://${shelf.browser.extensionId}/options.html`);
}

/** Types a tag into the card's picker and applies it with Enter. */
async function tagCard(host: Locator, tag: string): Promise<void> {
  const input = host.getByRole('combobox', { name: 'Add tag' });
  if (!(await input.isVisible())) await host.getByRole('button', { name: /^Tag/ }).click();
  await input.fill(tag);
  await input.press('Enter');
  await expect.poll(async () => (await host.getAttribute('data-tags'))?.split(',')).toContain(tag);
}

/** Every paper and tag record straight from the extension's IndexedDB. */
async function readShelf(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ papers: Array<{ id: string; tags: string[] }>; tags: string[] }>(
        (resolve, reject) => {
          const request = indexedDB.open('paper-shelf');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const transaction = request.result.transaction(['papers', 'tags'], 'readonly');
            const papers = transaction.objectStore('papers').getAll();
            const tags = transaction.objectStore('tags').getAllKeys();
            transaction.oncomplete = () => {
              resolve({
                papers: (papers.result as Array<{ id: string; tags: string[] }>).map((p) => ({
                  id: p.id,
                  tags: p.tags,
                })),
                tags: tags.result as string[],
              });
              request.result.close();
            };
          };
        },
      ),
  );
}

/** Every tag a paper carries has its record, and `gone` appears nowhere. */
async function expectConsistent(page: Page, gone: string[]): Promise<Map<string, string[]>> {
  const shelf = await readShelf(page);
  const records = new Set(shelf.tags);
  for (const paper of shelf.papers) {
    for (const tag of paper.tags) expect(records.has(tag), `${paper.id}: "${tag}"`).toBe(true);
    for (const tag of gone) expect(paper.tags).not.toContain(tag);
  }
  for (const tag of gone) expect(records.has(tag)).toBe(false);
  return new Map(shelf.papers.map((paper) => [paper.id, paper.tags]));
}

async function suggestionsOf(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('paper-shelf-card')].every((host) =>
        host.hasAttribute('data-suggested-tags'),
      ),
    undefined,
    { timeout: 30_000 },
  );
  return page
    .locator('paper-shelf-card')
    .evaluateAll((hosts) => hosts.map((host) => host.getAttribute('data-suggested-tags') ?? ''));
}

describe('tags learned on one listing are suggested on another', () => {
  let hfPage: Page;

  it('tags papers on Hugging Face from the card picker, by keyboard and type-ahead', async () => {
    hfPage = await openPage(hf.expected.url);
    await waitForAnnotations(hfPage, hf.expected.candidates.length);
    for (const [tag, positions] of Object.entries(TAGGED_ON_HF)) {
      const [first, ...rest] = positions as [number, ...number[]];
      await tagCard(cardHost(hfPage, hfId(first)), tag);
      for (const position of rest) {
        // The tag exists now: type its start, pick it from the list with the arrow key.
        const host = cardHost(hfPage, hfId(position));
        await host.getByRole('button', { name: /^Tag/ }).click();
        const input = host.getByRole('combobox', { name: 'Add tag' });
        await input.fill(tag.slice(0, 4));
        await host.getByRole('option', { name: tag }).waitFor();
        await input.press('ArrowDown');
        await input.press('Enter');
        await expect.poll(() => host.getAttribute('data-tags')).toBe(tag);
        await input.press('Escape');
        await expect(host.getByRole('combobox', { name: 'Add tag' }).count()).resolves.toBe(0);
      }
    }
    // A second, overlapping tag on one paper, merged away later in the options page.
    await tagCard(cardHost(hfPage, hfId(13)), 'weight averaging');

    for (const positions of Object.values(TAGGED_ON_HF)) {
      for (const position of positions) {
        expect(await cardHost(hfPage, hfId(position)).getAttribute('data-saved')).toBe('true');
      }
    }
  });

  it('suggests those topics on the relevant arXiv cards, and nothing on the others', async () => {
    const page = await openPage(arxiv.expected.url);
    await waitForAnnotations(page, arxiv.expected.candidates.length);
    const suggested = await suggestionsOf(page);
    const expected = arxiv.expected.candidates.map((_, index) =>
      [...(EXPECTED_ON_ARXIV[index] ?? [])].sort(),
    );
    expect(suggested.map((tags) => (tags ? tags.split(',').sort() : []))).toEqual(expected);
    await page.close();
  });

  it('accepts a suggestion with one click: the paper is saved with the tag', async () => {
    const page = await openPage(arxiv.expected.url);
    await waitForAnnotations(page);
    await suggestionsOf(page);
    const host = cardHost(page, arxivId(9));
    expect(await host.getAttribute('data-saved')).toBe('false');
    await host.getByRole('button', { name: `Add suggested tag ${FL}` }).click();
    await expect.poll(() => host.getAttribute('data-tags')).toBe(FL);
    expect(await host.getAttribute('data-saved')).toBe('true');
    expect(await host.getAttribute('data-suggested-tags')).toBe('');
    await expect(host.getByRole('button', { name: /^Add suggested tag/ }).count()).resolves.toBe(0);
    await page.close();
  });

  it('opens the picker and the status menu over the page: the listing does not move', async () => {
    const page = await openPage(arxiv.expected.url);
    await waitForAnnotations(page);
    const host = cardHost(page, arxivId(9));
    const tagButton = host.getByRole('button', { name: /^Tag/ });
    const nextEntry = page.locator('dt', { has: cardHost(page, arxivId(10)) });
    /** Where the element is in the page (the click scrolls the card into view). */
    const top = (locator: Locator) =>
      locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const before = await top(nextEntry);

    await tagButton.click();
    const picker = host.locator('.picker');
    await picker.waitFor();
    expect(await picker.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    expect(await top(nextEntry)).toBe(before);
    // Under its button, and it follows the button as the page scrolls.
    const under = async () => (await top(picker)) - (await top(tagButton));
    expect(await under()).toBeGreaterThan(0);
    expect(await under()).toBeLessThan(40);
    const beforeScroll = await under();
    await page.mouse.wheel(0, 120);
    await expect.poll(under).toBeCloseTo(beforeScroll, 0);

    // A click on the page, outside the widget, closes it and leaves the focus to the page.
    await page.locator('h1').first().click();
    await expect.poll(() => picker.count()).toBe(0);
    expect(await tagButton.getAttribute('aria-expanded')).toBe('false');

    // The status menu (the card was saved with a suggestion before) likewise.
    const beforeMenu = await top(nextEntry);
    await host.getByRole('button', { name: /^Reading status/ }).click();
    const menu = host.getByRole('menu', { name: 'Reading status' });
    expect(await menu.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    expect(await top(nextEntry)).toBe(beforeMenu);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);

    // Near the bottom of the window, the picker opens above its button once its options come,
    // and stays inside the window.
    const low = cardHost(page, arxivId(3));
    await low.evaluate((host) => {
      const box = host.getBoundingClientRect();
      window.scrollBy(0, box.bottom - window.innerHeight + 30);
    });
    await low.getByRole('button', { name: /^Tag/ }).click();
    await low.getByRole('combobox', { name: 'Add tag' }).fill('f');
    await low.getByRole('option').first().waitFor();
    const inWindow = () =>
      low.locator('.picker').evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
    await expect.poll(inWindow).toBe(true);
    await page.close();
  });

  it('the toolbar counts, highlights, saves all suggested with undo, and hides saved cards', async () => {
    const page = await openPage(arxiv.expected.url);
    await waitForAnnotations(page);
    await suggestionsOf(page);
    const toolbar = page.locator('paper-shelf-toolbar');
    const pill = toolbar.getByRole('button', { name: /^Paper Shelf: 24 cards · 1 saved/ });
    await pill.click();

    const panel = toolbar.getByRole('region', { name: 'Paper Shelf listing toolbar' });
    const highlight = panel.getByLabel('Highlight cards suggested for');
    const fineTuningCards = [2, 4, 5, 12, 18].filter((i) => EXPECTED_ON_ARXIV[i]?.includes(FT));
    const highlighted = () =>
      page
        .locator('paper-shelf-card[data-highlighted]')
        .evaluateAll((hosts) => hosts.map((host) => host.getAttribute('data-paper-id')));
    // selectOption sets the value from a script and dispatches the events itself, as a page
    // script could: the toolbar must not act on them (user-events.ts).
    await highlight.selectOption(FT);
    await page.waitForTimeout(300);
    expect(await highlighted()).toEqual([]);
    // The user's way: the keyboard, whose events are trusted.
    await highlight.selectOption({ index: 0 });
    await highlight.focus();
    for (let step = 0; step < 20 && (await highlight.inputValue()) !== FT; step++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect.poll(highlighted).toEqual(fineTuningCards.map(arxivId));
    const dt = page.locator('dt', { has: cardHost(page, arxivId(4)) });
    expect(await dt.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

    await panel.getByRole('button', { name: `Save all 4 cards suggested for ${FT}` }).click();
    await panel.getByRole('status').getByText(`Tagged 4 papers “${FT}”.`).waitFor();
    for (const index of fineTuningCards) {
      const host = cardHost(page, arxivId(index));
      await expect.poll(() => host.getAttribute('data-saved')).toBe('true');
      expect((await host.getAttribute('data-tags'))?.split(',')).toContain(FT);
    }
    await toolbar.getByRole('region').getByText('24 cards · 5 saved').waitFor();

    await panel.getByRole('button', { name: 'Undo' }).click();
    await panel
      .getByRole('status')
      .getByText(/^Undone/)
      .waitFor();
    for (const index of fineTuningCards) {
      await expect
        .poll(() => cardHost(page, arxivId(index)).getAttribute('data-saved'))
        .toBe('false');
    }

    await panel.getByRole('radio', { name: 'Hide' }).check();
    const savedDt = page.locator('dt', { has: cardHost(page, arxivId(9)) });
    await expect.poll(() => savedDt.isVisible()).toBe(false);
    expect(await savedDt.locator('xpath=following-sibling::dd[1]').isVisible()).toBe(false);
    await panel.getByRole('radio', { name: 'Show' }).check();
    await expect.poll(() => savedDt.isVisible()).toBe(true);
    await page.close();
  });

  describe('options page: rename, merge, delete keep every paper consistent', () => {
    let options: Page;

    beforeAll(async () => {
      options = await openOptions();
    });

    const tagRow = (name: string) => options.locator(`li.tag-row[data-tag="${name}"]`);

    it('renames a tag on every paper, the open listing and the popup', async () => {
      await tagRow(FT)
        .getByRole('button', { name: `Rename ${FT}` })
        .click();
      const name = tagRow(FT).getByLabel('New name');
      await name.fill('parameter-efficient tuning');
      await name.press('Enter');
      await options
        .getByText(/^Renamed “fine-tuning” to “parameter-efficient tuning” on 3 papers/)
        .waitFor();

      const tags = await expectConsistent(options, [FT]);
      for (const position of TAGGED_ON_HF[FT]!) {
        expect(tags.get(hfId(position))).toEqual(['parameter-efficient tuning']);
        await expect
          .poll(() => cardHost(hfPage, hfId(position)).getAttribute('data-tags'))
          .toBe('parameter-efficient tuning');
      }
      const popup = await shelf.browser.openPopup();
      const row = popup.locator(`[data-paper-id="${hfId(1)}"]`);
      await row.getByText('parameter-efficient tuning').waitFor();
      expect(await row.getByText(FT, { exact: true }).count()).toBe(0);
      await popup.close();
    });

    it("recolours a tag: the open listing's chips take the colour, their text stays readable", async () => {
      const cards = [6, 16].map((position) => cardHost(hfPage, hfId(position)));
      for (const card of cards) expect(await card.getAttribute('data-tags')).toContain(MM);
      await tagRow(MM).getByLabel(`Colour of ${MM}`).fill('#ffd60a');
      await options.getByText(`“${MM}” recoloured.`).waitFor();
      for (const card of cards) {
        const chip = card.locator('.chip', { hasText: MM });
        await expect
          .poll(() => chip.evaluate((element) => getComputedStyle(element).backgroundColor))
          .toBe('rgb(255, 214, 10)');
        // Black on a light chip: white text would be 1.5:1.
        expect(await chip.evaluate((element) => getComputedStyle(element).color)).toBe(
          'oklch(0 0 0)',
        );
      }
      // A reload asks the shelf again: the colour comes with the saved states.
      await hfPage.reload();
      await waitForAnnotations(hfPage);
      expect(
        await cards[0]!
          .locator('.chip', { hasText: MM })
          .evaluate((element) => getComputedStyle(element).backgroundColor),
      ).toBe('rgb(255, 214, 10)');
    });

    it('merges a tag into another, once per paper', async () => {
      await tagRow('weight averaging')
        .getByRole('button', { name: 'Merge weight averaging into another tag' })
        .click();
      await tagRow('weight averaging').getByLabel('Merge into').selectOption(MM);
      await tagRow('weight averaging')
        .getByText(/The 1 paper tagged “weight averaging” will be tagged “model merging”/)
        .waitFor();
      await tagRow('weight averaging').getByRole('button', { name: 'Merge', exact: true }).click();
      await tagRow('weight averaging').waitFor({ state: 'detached' });

      const tags = await expectConsistent(options, ['weight averaging']);
      expect(tags.get(hfId(13))).toEqual([MM]);
      await expect.poll(() => cardHost(hfPage, hfId(13)).getAttribute('data-tags')).toBe(MM);
      await tagRow(MM).getByText('3 papers').waitFor();
    });

    it('deletes a tag after saying how many papers carry it; the papers stay', async () => {
      await tagRow(FL)
        .getByRole('button', { name: `Delete ${FL}` })
        .click();
      const confirm = tagRow(FL).getByRole('group', { name: `Confirm deleting ${FL}` });
      // Three tagged on Hugging Face and the suggestion accepted on arXiv.
      await confirm.getByText(`It will be removed from 4 papers`, { exact: false }).waitFor();
      await confirm.getByRole('button', { name: 'Delete tag' }).click();
      await tagRow(FL).waitFor({ state: 'detached' });

      const tags = await expectConsistent(options, [FL]);
      for (const position of TAGGED_ON_HF[FL]!) {
        expect(tags.get(hfId(position))).toEqual([]);
        const host = cardHost(hfPage, hfId(position));
        await expect.poll(() => host.getAttribute('data-tags')).toBe('');
        expect(await host.getAttribute('data-saved')).toBe('true');
      }
      expect(tags.get(arxivId(9))).toEqual([]);
      const popup = await shelf.browser.openPopup();
      await popup.locator(`[data-paper-id="${hfId(2)}"]`).waitFor();
      expect(await popup.getByText(FL, { exact: true }).count()).toBe(0);
      await popup.close();
    });

    it('adds an auto-tag rule, previews it on saved papers, applies it, and tags new saves', async () => {
      const form = options.getByRole('form', { name: 'New rule' });
      await form.getByLabel('Tag').fill('privacy');
      await form.getByLabel('Keywords').fill('secure aggregation, differential privacy');
      await form.getByRole('button', { name: 'Add rule' }).click();
      const preview = options.getByRole('group', { name: 'Preview of the rule for privacy' });
      await preview.getByText('1 saved paper without “privacy” match this rule:').waitFor();
      await preview.getByText(hf.expected.candidates[15]!.title).waitFor();
      await preview.getByRole('button', { name: 'Tag 1 saved paper “privacy”' }).click();
      await expect.poll(() => cardHost(hfPage, hfId(15)).getAttribute('data-tags')).toBe('privacy');

      // A regex that could freeze saving is refused before it is stored.
      await form.getByRole('checkbox', { name: 'Regular expression' }).check();
      await form.getByLabel('Pattern').fill('(a+)+$');
      await form.getByText(/could freeze saving/).waitFor();
      expect(await form.getByRole('button', { name: 'Add rule' }).isDisabled()).toBe(true);

      // Saving a matching paper now gives it the tag.
      const page = await openPage(arxiv.expected.url);
      await waitForAnnotations(page);
      const host = cardHost(page, arxivId(16)); // robust aggregation against poisoned clients
      await form.getByRole('checkbox', { name: 'Regular expression' }).uncheck();
      await form.getByLabel('Tag').fill('security');
      await form.getByLabel('Keywords').fill('poison*, backdoor');
      await form.getByRole('button', { name: 'Add rule' }).click();
      await options.getByRole('group', { name: 'Preview of the rule for security' }).waitFor();
      await host.getByRole('button', { name: /^Save\b/ }).click();
      await expect.poll(() => host.getAttribute('data-tags')).toBe('security');
      await page.close();
    });
  });
});
