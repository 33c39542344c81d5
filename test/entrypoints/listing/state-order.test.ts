// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
/**
 * A listing tab keeps the latest state of each paper whatever order replies and broadcasts
 * arrive in (two tabs tagging one paper at once): a PageSession on the Hugging Face fixture,
 * with a client whose reply the test releases after a newer broadcast.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PageSession, type ShelfClient } from '@/entrypoints/listing/page-session';
import type { PaperCandidate, SavedState } from '@/lib/paper/schemas';
import { findAdapter } from '@/lib/sites';

const FIXTURES = join(import.meta.dirname, '../../fixtures/sites/huggingface');
const html = readFileSync(join(FIXTURES, 'daily.html'), 'utf8');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'daily.expected.json'), 'utf8')) as {
  url: string;
  candidates: PaperCandidate[];
};
const url = new URL(expected.url);
const paperId = expected.candidates[0]?.id as string;

let releaseReply: (state: SavedState) => void;

const client: ShelfClient = {
  getSavedStates: async (ids) =>
    Object.fromEntries(ids.map((id) => [id, { saved: false, tags: [], revision: 1 }])),
  savePaper: () =>
    new Promise((resolve) => {
      releaseReply = resolve;
    }),
  removePaper: async () => ({ saved: false, tags: [] }),
  editPaperTags: async () => ({ saved: true, tags: [] }),
  setPaperStatus: async () => ({ saved: true, tags: [] }),
  listTagNames: async () => [],
};

const host = () =>
  document.querySelector(`paper-shelf-card[data-paper-id="${paperId}"]`) as HTMLElement;

let session: PageSession;

beforeEach(async () => {
  document.documentElement.innerHTML = html
    .replace(/^[\s\S]*?<html[^>]*>/, '')
    .replace(/<\/html>\s*$/, '');
  const match = findAdapter(url);
  if (!match) throw new Error('no adapter');
  session = new PageSession(match, url, client);
  await session.start();
  await vi.waitFor(() => expect(host()?.dataset.saved).toBe('false'));
  // The user clicks Save; the reply is held back.
  (host().shadowRoot!.querySelector('button') as HTMLButtonElement).click();
});

afterEach(() => session.stop());

describe('a tab receiving states out of order', () => {
  it('keeps a newer broadcast over its own older reply', async () => {
    session.applyChanges([
      { ids: [paperId], state: { saved: true, tags: ['alpha', 'beta'], revision: 20 } },
    ]);
    releaseReply({ saved: true, tags: ['alpha'], revision: 10 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(host().dataset.tags).toBe('alpha,beta');
  });

  it('takes its own reply when it is the newer one', async () => {
    session.applyChanges([
      { ids: [paperId], state: { saved: true, tags: ['beta'], revision: 10 } },
    ]);
    releaseReply({ saved: true, tags: ['alpha', 'beta'], revision: 20 });
    await vi.waitFor(() => expect(host().dataset.tags).toBe('alpha,beta'));
  });
});
