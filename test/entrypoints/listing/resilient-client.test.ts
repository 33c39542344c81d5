import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShelfClient } from '@/entrypoints/listing/page-session';
import type { TaggingClient } from '@/entrypoints/listing/page-suggestions';
import {
  READ_TIMEOUT_MS,
  resilientClient,
  resilientTaggingClient,
} from '@/entrypoints/listing/resilient-client';

const saved = { saved: true, tags: [], status: 'to-read' } as never;

function fakeClient(overrides: Partial<ShelfClient>): ShelfClient {
  const unused = () => Promise.reject(new Error('not used by this test'));
  return {
    getSavedStates: unused,
    savePaper: unused,
    removePaper: unused,
    editPaperTags: unused,
    setPaperStatus: unused,
    listTagNames: unused,
    ...overrides,
  };
}

describe('resilientClient', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks again for saved states that got no reply in time, and takes the second reply', async () => {
    const getSavedStates = vi
      .fn<ShelfClient['getSavedStates']>()
      .mockReturnValueOnce(new Promise(() => {}))
      .mockResolvedValueOnce({ 'arxiv:2401.00001': saved });
    const client = resilientClient(fakeClient({ getSavedStates }), { isInvalid: false });
    const reply = client.getSavedStates(['arxiv:2401.00001']);
    await vi.advanceTimersByTimeAsync(READ_TIMEOUT_MS + 1_000);
    await expect(reply).resolves.toEqual({ 'arxiv:2401.00001': saved });
    expect(getSavedStates).toHaveBeenCalledTimes(2);
  });

  it('fails when the second ask gets no reply either, so the cards can say so', async () => {
    const getSavedStates = vi.fn<ShelfClient['getSavedStates']>(() => new Promise(() => {}));
    const client = resilientClient(fakeClient({ getSavedStates }), { isInvalid: false });
    const reply = client.getSavedStates(['arxiv:2401.00001']);
    const failed = expect(reply).rejects.toThrow(/No reply/);
    await vi.advanceTimersByTimeAsync(2 * READ_TIMEOUT_MS + 1_000);
    await failed;
    expect(getSavedStates).toHaveBeenCalledTimes(2);
  });

  it('never sends a slow write twice', async () => {
    let finish: (state: never) => void = () => {};
    const savePaper = vi.fn<ShelfClient['savePaper']>(
      () => new Promise((resolve) => (finish = resolve)),
    );
    const client = resilientClient(fakeClient({ savePaper }), { isInvalid: false });
    const reply = client.savePaper({} as never);
    await vi.advanceTimersByTimeAsync(3 * READ_TIMEOUT_MS);
    finish(saved);
    await expect(reply).resolves.toBe(saved);
    expect(savePaper).toHaveBeenCalledTimes(1);
  });

  it('sends a message the worker keeps dropping up to three times more, then says it failed', async () => {
    const dropped = () =>
      Promise.reject(new Error('The message port closed before a response was received.'));
    const savePaper = vi
      .fn<ShelfClient['savePaper']>()
      .mockImplementationOnce(dropped)
      .mockImplementationOnce(dropped)
      .mockImplementationOnce(dropped)
      .mockResolvedValueOnce(saved);
    const client = resilientClient(fakeClient({ savePaper }), { isInvalid: false });
    const reply = client.savePaper({} as never);
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(reply).resolves.toBe(saved);
    expect(savePaper).toHaveBeenCalledTimes(4);

    const removePaper = vi.fn<ShelfClient['removePaper']>(dropped);
    const failing = resilientClient(fakeClient({ removePaper }), { isInvalid: false });
    const failed = expect(failing.removePaper('arxiv:2401.00001')).rejects.toThrow(/port closed/);
    await vi.advanceTimersByTimeAsync(5_000);
    await failed;
    expect(removePaper).toHaveBeenCalledTimes(4);
  });

  it('sends a failed message again, unless the extension context is gone', async () => {
    const savePaper = vi
      .fn<ShelfClient['savePaper']>()
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce(saved);
    const client = resilientClient(fakeClient({ savePaper }), { isInvalid: false });
    const reply = client.savePaper({} as never);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(reply).resolves.toBe(saved);

    const orphaned = vi.fn<ShelfClient['savePaper']>().mockRejectedValue(new Error('invalidated'));
    const gone = resilientClient(fakeClient({ savePaper: orphaned }), { isInvalid: true });
    await expect(gone.savePaper({} as never)).rejects.toThrow('invalidated');
    expect(orphaned).toHaveBeenCalledTimes(1);
  });
});

describe('resilientTaggingClient', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const dropped = () => Promise.reject(new Error('The message port closed before a response'));

  it('asks for suggestions again when the worker dropped the message', async () => {
    const suggestTags = vi
      .fn<TaggingClient['suggestTags']>()
      .mockImplementationOnce(dropped)
      .mockResolvedValueOnce({ 'arxiv:2401.00001': ['theory'] });
    const client = resilientTaggingClient(
      { suggestTags, tagPapers: vi.fn(), undoTagPapers: vi.fn() },
      { isInvalid: false },
    );
    const reply = client.suggestTags([{ id: 'arxiv:2401.00001', title: 'A paper' }]);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(reply).resolves.toEqual({ 'arxiv:2401.00001': ['theory'] });
    expect(suggestTags).toHaveBeenCalledTimes(2);
  });

  it('sends the toolbar’s actions once: a second Save all or undo would not do the same', async () => {
    const tagPapers = vi.fn<TaggingClient['tagPapers']>(dropped);
    const undoTagPapers = vi.fn<TaggingClient['undoTagPapers']>(dropped);
    const client = resilientTaggingClient(
      { suggestTags: vi.fn(), tagPapers, undoTagPapers },
      { isInvalid: false },
    );
    await expect(client.tagPapers([], 'theory')).rejects.toThrow(/port closed/);
    await expect(client.undoTagPapers('token')).rejects.toThrow(/port closed/);
    expect(tagPapers).toHaveBeenCalledTimes(1);
    expect(undoTagPapers).toHaveBeenCalledTimes(1);
  });
});
