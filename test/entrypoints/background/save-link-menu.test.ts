import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  registerSaveLinkMenu,
  SAVE_LINK_MENU_ID,
  saveLinkedPaper,
} from '@/entrypoints/background/save-link-menu';
import { db } from '@/lib/db/db';
import { PAPER_LINK_MATCHES } from '@/lib/sites';

/**
 * The parts of the menus and scripting APIs that fakeBrowser leaves unimplemented. `create`
 * behaves as Chrome's: it returns the id and reports `createError` through runtime.lastError,
 * set only while its callback runs.
 */
function fakeMenusAndScripting(linkText: string | undefined, createError?: string) {
  const created: unknown[] = [];
  const executeScript = vi.fn(async (_options: object) => [{ result: linkText }]);
  Object.assign(fakeBrowser, {
    contextMenus: {
      removeAll: vi.fn(async () => {}),
      create: vi.fn((properties: { id: string }, callback?: () => void) => {
        if (!createError) created.push(properties);
        const runtime = fakeBrowser.runtime as { lastError?: { message: string } };
        setTimeout(() => {
          runtime.lastError = createError ? { message: createError } : undefined;
          callback?.();
          runtime.lastError = undefined;
        });
        return properties.id;
      }),
      onClicked: { addListener: vi.fn() },
    },
    scripting: { executeScript },
  });
  return { created, executeScript };
}

beforeEach(async () => {
  await db.papers.clear();
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
});

afterEach(() => {
  vi.restoreAllMocks();
});

it('puts the item on paper links of supported sites only', async () => {
  const { created } = fakeMenusAndScripting(undefined);
  registerSaveLinkMenu();
  await vi.waitFor(() => expect(created).toHaveLength(1));
  expect(created[0]).toEqual({
    id: SAVE_LINK_MENU_ID,
    title: 'Save to Paper Shelf',
    contexts: ['link'],
    targetUrlPatterns: PAPER_LINK_MATCHES,
  });
});

it('logs a failure to create the item, which Chrome reports through runtime.lastError', async () => {
  fakeMenusAndScripting(undefined, 'Cannot create item with duplicate id save-paper-link');
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  registerSaveLinkMenu();
  await vi.waitFor(() => expect(logged).toHaveBeenCalledTimes(1));
  const [message, error] = logged.mock.calls[0] ?? [];
  expect(message).toBe('Paper Shelf: the link menu could not be created');
  expect((error as Error).message).toBe('Cannot create item with duplicate id save-paper-link');
});

it('saves the linked paper, titled by the link text read in the page (Chrome)', async () => {
  const { executeScript } = fakeMenusAndScripting('Attention Is All You Need');
  const paper = await saveLinkedPaper(
    { menuItemId: SAVE_LINK_MENU_ID, linkUrl: 'https://arxiv.org/abs/1706.03762v7', frameId: 2 },
    7,
  );
  expect(executeScript).toHaveBeenCalledWith(
    expect.objectContaining({
      target: { tabId: 7, frameIds: [2] },
      args: ['https://arxiv.org/abs/1706.03762v7'],
    }),
  );
  expect(paper).toMatchObject({ id: 'arxiv:1706.03762', title: 'Attention Is All You Need' });
  expect(await db.papers.get('arxiv:1706.03762')).toMatchObject({ status: 'to-read' });
  expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
});

it('uses the link text Firefox passes, and the id where the page cannot be read', async () => {
  const { executeScript } = fakeMenusAndScripting(undefined);
  executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
  const firefox = await saveLinkedPaper(
    {
      menuItemId: SAVE_LINK_MENU_ID,
      linkUrl: 'https://huggingface.co/papers/2403.01234',
      linkText: 'A Paper',
    },
    7,
  );
  expect(firefox?.title).toBe('A Paper');
  expect(executeScript).not.toHaveBeenCalled();
  const unreadable = await saveLinkedPaper(
    { menuItemId: SAVE_LINK_MENU_ID, linkUrl: 'https://arxiv.org/pdf/2501.00001' },
    7,
  );
  expect(unreadable?.title).toBe('arXiv:2501.00001');
});

it('ignores other menu items and links that name no paper', async () => {
  fakeMenusAndScripting('Listing');
  expect(
    await saveLinkedPaper({ menuItemId: 'other', linkUrl: 'https://arxiv.org/abs/2501.00001' }, 1),
  ).toBeUndefined();
  expect(
    await saveLinkedPaper(
      { menuItemId: SAVE_LINK_MENU_ID, linkUrl: 'https://arxiv.org/list/cs.LG/new' },
      1,
    ),
  ).toBeUndefined();
  expect(await db.papers.count()).toBe(0);
});
