import { fakeBrowser } from 'wxt/testing/fake-browser';
import { paperHandlers, RESAVE_RESTORES_WITHIN_MS } from '@/entrypoints/background/paper-handlers';
import { db } from '@/lib/db/db';
import { savePaper } from '@/lib/db/papers';
import { renameTag } from '@/lib/db/tags';
import {
  dispatchMessage,
  InvalidMessageError,
  type MessageHandler,
  MessageRefusedError,
  type MessageSender,
  registerHandlers,
} from '@/lib/messaging/dispatch';
import type { MessageName } from '@/lib/messaging/protocol';
import { removeAllListeners, sendMessage } from '@/lib/messaging/protocol';
import type { SavedState } from '@/lib/paper/schemas';
import { candidate } from '../../fixtures/papers';
import { contentScriptSender, popupSender } from '../../fixtures/senders';
import { recordTabMessages, type SentToTab } from '../../fixtures/tab-messages';

const contentScript = contentScriptSender;
const popup = popupSender;

function send(name: MessageName, data: unknown, sender: MessageSender = contentScript) {
  const handler = paperHandlers[name] as MessageHandler<typeof name>;
  return dispatchMessage(name, handler, data, sender);
}

let sentToTabs: SentToTab[];

beforeEach(async () => {
  await db.papers.clear();
  await db.tags.clear();
  // Two listing tabs are open; what they would receive is recorded.
  sentToTabs = recordTabMessages();
});

afterEach(() => {
  vi.restoreAllMocks();
  removeAllListeners();
});

describe('paper handlers', () => {
  it('saves, reports the state and tells every listing tab', async () => {
    const state = await send('savePaper', { candidate: candidate() });
    expect(state).toEqual({
      saved: true,
      tags: [],
      status: 'to-read',
      revision: expect.any(Number),
    });
    expect(await db.papers.count()).toBe(1);
    expect(sentToTabs.map((sent) => sent.tabId)).toEqual([3, 4]);
    expect(sentToTabs[0]?.message).toMatchObject({
      type: 'savedStatesChanged',
      // The broadcast and the reply carry the same state, revision included.
      data: { changes: [{ ids: ['arxiv:2607.01234'], state }] },
    });
  });

  it('fills in saved papers from a page, tells the tabs of what it wrote, and saves nothing', async () => {
    await send('savePaper', { candidate: candidate() });
    sentToTabs.length = 0;
    const venue = { venue: 'NeurIPS', venueType: 'conference' } as const;
    const unsaved = candidate({ id: 'arxiv:2607.09999', url: 'https://arxiv.org/abs/2607.09999' });
    await send('fillPaperDetails', { candidates: [candidate(venue), { ...unsaved, ...venue }] });
    expect(await db.papers.get('arxiv:2607.01234')).toMatchObject(venue);
    expect(await db.papers.count()).toBe(1);
    expect(sentToTabs[0]?.message).toMatchObject({
      type: 'savedStatesChanged',
      data: { changes: [{ ids: ['arxiv:2607.01234'], state: { saved: true } }] },
    });
    // Nothing more to add: nothing written, nothing told.
    sentToTabs.length = 0;
    await send('fillPaperDetails', { candidates: [candidate(venue)] });
    expect(sentToTabs).toEqual([]);
    // A malformed candidate is refused before the database is touched.
    await expect(
      send('fillPaperDetails', { candidates: [{ ...candidate(), venue: 'x'.repeat(501) }] }),
    ).rejects.toBeInstanceOf(InvalidMessageError);
  });

  it('answers getSavedStates for a whole scan in one call', async () => {
    await send('editPaperTags', { candidate: candidate(), add: ['graphs'] });
    const states = await send('getSavedStates', { ids: ['arxiv:2607.01234', 'arxiv:2607.00001'] });
    expect(states).toMatchObject({
      'arxiv:2607.01234': { saved: true, tags: ['graphs'], status: 'to-read' },
      'arxiv:2607.00001': { saved: false, tags: [] },
    });
  });

  it("gives every state it sends its tags' colours: reply, broadcast and lookup alike", async () => {
    const tagged = await send('editPaperTags', { candidate: candidate(), add: ['graphs'] });
    const color = (await db.tags.get('graphs'))?.color;
    expect(color).toMatch(/^#[0-9a-f]{6}$/);
    expect(tagged).toMatchObject({ tagColors: { graphs: color } });
    expect(sentToTabs[0]?.message).toMatchObject({
      data: { changes: [{ state: tagged }] },
    });
    await db.tags.update('graphs', { color: '#0f766e' });
    expect(await send('getSavedStates', { ids: ['arxiv:2607.01234'] })).toMatchObject({
      'arxiv:2607.01234': { tags: ['graphs'], tagColors: { graphs: '#0f766e' } },
    });
  });

  it('sets the status from a card, and every tab learns it', async () => {
    await send('savePaper', { candidate: candidate({ aliases: ['doi:10.1000/xyz'] }) });
    sentToTabs.length = 0;
    const state = await send('setPaperStatus', { id: 'doi:10.1000/xyz', status: 'read' });
    expect(state).toEqual({ saved: true, tags: [], status: 'read', revision: expect.any(Number) });
    expect((await db.papers.get('arxiv:2607.01234'))?.status).toBe('read');
    expect(sentToTabs[0]?.message).toMatchObject({
      // The reply is the broadcast's state, revision included.
      data: { changes: [{ ids: ['doi:10.1000/xyz', 'arxiv:2607.01234'], state }] },
    });
  });

  it('sets a note; neither message saves a paper that is not on the shelf', async () => {
    await send('savePaper', { candidate: candidate() });
    await send('setPaperNote', { id: 'arxiv:2607.01234', note: 'Read §3' });
    expect((await db.papers.get('arxiv:2607.01234'))?.note).toBe('Read §3');
    expect(await send('setPaperStatus', { id: 'arxiv:2607.09999', status: 'read' })).toMatchObject({
      saved: false,
      tags: [],
    });
    expect(await send('setPaperNote', { id: 'arxiv:2607.09999', note: 'x' })).toMatchObject({
      saved: false,
      tags: [],
    });
    expect(await db.papers.count()).toBe(1);
  });

  it('stamps every state with a revision later than the changes it reflects', async () => {
    const saved = (await send('savePaper', { candidate: candidate() })) as SavedState;
    const tagged = (await send('editPaperTags', {
      candidate: candidate(),
      add: ['graphs'],
    })) as SavedState;
    const reading = (await send('setPaperStatus', {
      id: 'arxiv:2607.01234',
      status: 'reading',
    })) as SavedState;
    const noted = (await send('setPaperNote', {
      id: 'arxiv:2607.01234',
      note: '§3',
    })) as SavedState;
    const read = (await send('getSavedStates', {
      ids: ['arxiv:2607.01234', 'arxiv:2607.00001'],
    })) as Record<string, SavedState>;
    const removed = (await send('removePaper', { id: 'arxiv:2607.01234' })) as SavedState;
    const revisions = [
      saved.revision,
      tagged.revision,
      reading.revision,
      noted.revision,
      read['arxiv:2607.01234']?.revision,
      removed.revision,
    ] as number[];
    // A reply without a revision would overwrite any newer broadcast (isOlderState).
    for (const revision of revisions) expect(revision).toEqual(expect.any(Number));
    expect([...revisions].sort((a, b) => a - b)).toEqual(revisions);
    expect(new Set(revisions).size).toBe(revisions.length);
    // One read, one moment: every state of a getSavedStates reply has the same revision.
    expect(read['arxiv:2607.00001']?.revision).toBe(read['arxiv:2607.01234']?.revision);
  });

  it('removes and broadcasts the unsaved state', async () => {
    await send('savePaper', { candidate: candidate() });
    sentToTabs.length = 0;
    expect(await send('removePaper', { id: 'arxiv:2607.01234' })).toMatchObject({
      saved: false,
      tags: [],
    });
    expect(await db.papers.count()).toBe(0);
    expect(sentToTabs).toHaveLength(2);
  });

  describe('a paper removed from a card by a slip of the mouse', () => {
    const doi = 'doi:10.1000/xyz';
    beforeEach(async () => {
      await send('editPaperTags', { candidate: candidate({ aliases: [doi] }), add: ['graphs'] });
      await send('setPaperStatus', { id: doi, status: 'reading' });
      await send('setPaperNote', { id: doi, note: 'two pages of notes' });
      await send('removePaper', { id: 'arxiv:2607.01234' });
    });

    it('comes back whole when saved again, from any site that names it', async () => {
      const state = await send('savePaper', {
        candidate: candidate({ id: doi, url: 'https://doi.org/10.1000/xyz', site: 'scholar' }),
      });
      expect(state).toMatchObject({ saved: true, tags: ['graphs'], status: 'reading' });
      const paper = await db.papers.get('arxiv:2607.01234');
      expect(paper).toMatchObject({
        note: 'two pages of notes',
        aliases: expect.arrayContaining([doi]),
      });
      // One record: the paper put back and the save merged.
      expect(await db.papers.count()).toBe(1);
    });

    it('comes back whole when tagged again, with the new tag', async () => {
      const state = await send('editPaperTags', { candidate: candidate(), add: ['theory'] });
      expect(state).toMatchObject({ saved: true, tags: ['graphs', 'theory'], status: 'reading' });
    });

    it('is saved afresh once the removal is older than RESAVE_RESTORES_WITHIN_MS', async () => {
      const later = Date.now() + RESAVE_RESTORES_WITHIN_MS + 1;
      vi.spyOn(Date, 'now').mockReturnValue(later);
      const state = await send('savePaper', { candidate: candidate() });
      expect(state).toMatchObject({ saved: true, tags: [], status: 'to-read' });
      expect((await db.papers.get('arxiv:2607.01234'))?.note ?? '').toBe('');
    });

    it('comes back without a tag renamed or deleted since, and does not make it again', async () => {
      await renameTag('graphs', 'graph learning');
      const state = await send('savePaper', { candidate: candidate() });
      expect(state).toMatchObject({ saved: true, tags: [], status: 'reading' });
      expect(await db.tags.get('graphs')).toBeUndefined();
    });

    it('is not brought back over what an extension page did to the paper since', async () => {
      // Say an import added it again, then the popup removed it: both announced.
      await send(
        'announceChanges',
        { changes: [{ ids: [doi], state: { saved: false, tags: [], revision: 1 } }] },
        popup(),
      );
      const state = await send('savePaper', { candidate: candidate() });
      expect(state).toMatchObject({ saved: true, tags: [], status: 'to-read' });
    });

    it('is not merged into the paper when it was saved again some other way', async () => {
      await savePaper(candidate({ id: doi, url: 'https://doi.org/10.1000/xyz' }));
      const state = await send('editPaperTags', { candidate: candidate(), add: ['theory'] });
      expect(state).toMatchObject({ saved: true, tags: ['theory'], status: 'to-read' });
    });

    it('is not kept when an extension page removes it (they have their own Undo)', async () => {
      await send('savePaper', { candidate: candidate() });
      await send('removePapers', { ids: ['arxiv:2607.01234'] }, popup());
      const state = await send('savePaper', { candidate: candidate() });
      expect(state).toMatchObject({ tags: [], status: 'to-read' });
    });
  });

  it('a tab that cannot be reached does not fail the save', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    await expect(send('savePaper', { candidate: candidate() })).resolves.toMatchObject({
      saved: true,
      tags: [],
      status: 'to-read',
    });
  });
});

describe('validation before the database', () => {
  const malformed: Array<[MessageName, unknown, RegExp]> = [
    ['savePaper', { candidate: { ...candidate(), id: 'not-an-id' } }, /candidate\.id/],
    ['savePaper', { candidate: { ...candidate(), url: 'javascript:alert(1)' } }, /candidate\.url/],
    ['savePaper', { candidate: { ...candidate(), title: '' } }, /candidate\.title/],
    ['savePaper', { candidate: { ...candidate(), authors: 'Ada' } }, /candidate\.authors/],
    ['savePaper', {}, /candidate/],
    ['savePaper', null, /payload/],
    ['getSavedStates', { ids: 'arxiv:2607.01234' }, /ids/],
    ['editPaperTags', { candidate: candidate(), add: ['   '] }, /add\.0/],
    ['editPaperTags', { candidate: candidate(), add: ['x'.repeat(65)] }, /add\.0/],
    ['removePaper', { id: 42 }, /id/],
    ['setPaperStatus', { id: 'arxiv:2607.01234', status: 'done' }, /status/],
    ['setPaperStatus', { id: 'javascript:1', status: 'read' }, /id/],
    ['setPaperNote', { id: 'arxiv:2607.01234', note: 'x'.repeat(100_001) }, /note/],
    ['setPaperNote', { id: 'arxiv:2607.01234' }, /note/],
  ];

  it.each(malformed)('%s rejects %j naming the field', async (name, data, field) => {
    const error = await send(name, data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidMessageError);
    expect((error as Error).message).toMatch(field);
    expect(await db.papers.count()).toBe(0);
    expect(await db.tags.count()).toBe(0);
    expect(sentToTabs).toEqual([]);
  });
});

describe('canonical ids only', () => {
  // One paper, as arXiv, a version of it and its arXiv DOI (any case) name it.
  const otherForms = [
    'arxiv:2607.01234v2',
    'doi:10.48550/arXiv.2607.01234',
    'doi:10.48550/ARXIV.2607.01234',
  ];

  beforeEach(async () => {
    await send('savePaper', { candidate: candidate() });
    sentToTabs.length = 0;
  });

  it.each(otherForms)('refuses %s, naming the canonical id, before the database', async (id) => {
    const before = await db.papers.toArray();
    const attempts: Array<[MessageName, unknown]> = [
      ['savePaper', { candidate: candidate({ id }) }],
      ['savePaper', { candidate: candidate({ aliases: [id] }) }],
      ['editPaperTags', { candidate: candidate({ id }), add: ['graphs'] }],
      ['setPaperStatus', { id, status: 'read' }],
      ['setPaperNote', { id, note: 'x' }],
      ['removePaper', { id }],
    ];
    for (const [name, data] of attempts) {
      const error = await send(name, data).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(InvalidMessageError);
      expect((error as Error).message).toMatch(
        /not a canonical paper id: this paper's id is arxiv:2607\.01234/,
      );
    }
    expect(await db.papers.toArray()).toEqual(before);
    expect(await db.tags.count()).toBe(0);
    expect(sentToTabs).toEqual([]);
  });

  it.each(otherForms)('answers a lookup that holds %s: a read never fails the page', async (id) => {
    const states = await send('getSavedStates', { ids: ['arxiv:2607.01234', id] });
    expect(states).toMatchObject({ 'arxiv:2607.01234': { saved: true }, [id]: { saved: false } });
  });

  it('refuses an id of the right shape that names no paper', async () => {
    const error = await send('savePaper', {
      candidate: candidate({ id: 'arxiv:not-an-id' }),
    }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /candidate\.id: not a canonical paper id: it names no/,
    );
    expect(await db.papers.count()).toBe(1);
  });
});

describe('privileged messages', () => {
  beforeEach(async () => {
    await send('savePaper', { candidate: candidate() });
  });

  it('refuses bulk removal from a content script and keeps the shelf', async () => {
    await expect(send('removePapers', { ids: ['arxiv:2607.01234'] })).rejects.toBeInstanceOf(
      MessageRefusedError,
    );
    expect(await db.papers.count()).toBe(1);
  });

  it('refuses a sender that only pretends to be an extension page from another extension', async () => {
    const other = {
      id: 'another-extension',
      url: 'chrome-extension://another-extension/popup.html',
    };
    await expect(send('removePapers', { ids: ['arxiv:2607.01234'] }, other)).rejects.toBeInstanceOf(
      MessageRefusedError,
    );
    expect(await db.papers.count()).toBe(1);
  });

  it('accepts bulk removal from the popup', async () => {
    expect(await send('removePapers', { ids: ['arxiv:2607.01234'] }, popup())).toEqual({
      removed: 1,
    });
    expect(await db.papers.count()).toBe(0);
  });
});

describe("announceChanges: an extension page's write, told to the tabs from here", () => {
  const announcement = (revision = 1_700_000_000_000) => ({
    changes: [
      { ids: ['arxiv:2607.01234', 'doi:10.1000/xyz'], state: { saved: false, tags: [], revision } },
      {
        ids: ['arxiv:2607.00002'],
        state: { saved: true, tags: ['graphs'], status: 'reading', revision: revision + 1 },
      },
    ],
  });

  it('from the popup: tells every listing tab, with the revisions the page stamped', async () => {
    const payload = announcement();
    expect(await send('announceChanges', payload, popup())).toBeUndefined();
    expect(sentToTabs.map((sent) => sent.tabId)).toEqual([3, 4]);
    for (const { message } of sentToTabs) {
      expect(message).toMatchObject({ type: 'savedStatesChanged', data: payload });
      expect(message.data).not.toHaveProperty('tagsChanged');
    }
  });

  it('passes on that tags changed, with no paper changed, and refreshes the badge', async () => {
    await send('savePaper', { candidate: candidate() });
    await fakeBrowser.action.setBadgeText({ text: '' });
    sentToTabs.length = 0;
    await send('announceChanges', { changes: [], tagsChanged: true }, popup());
    expect(sentToTabs[0]?.message).toMatchObject({ data: { changes: [], tagsChanged: true } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('drops keys a change should not carry to the tabs', async () => {
    const [change] = announcement().changes;
    await send(
      'announceChanges',
      { changes: [{ ...change, html: '<img>', state: { ...change?.state, note: 'x' } }] },
      popup(),
    );
    expect(sentToTabs[0]?.message.data).toEqual({ changes: [change] });
  });

  it('is refused from a content script, however valid: tabs are told nothing', async () => {
    for (const sender of [
      contentScript,
      { ...contentScript, url: `https://evil.example/${popup().url}` },
      { id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' },
      {},
    ]) {
      await expect(send('announceChanges', announcement(), sender)).rejects.toBeInstanceOf(
        MessageRefusedError,
      );
    }
    expect(sentToTabs).toEqual([]);
  });

  const valid = announcement();
  const [removal, saved] = valid.changes as [
    (typeof valid.changes)[number],
    (typeof valid.changes)[number],
  ];
  const malformed: Array<[string, unknown, RegExp]> = [
    ['no payload', null, /payload/],
    ['changes that are no list', { changes: removal }, /changes/],
    [
      'a state without its revision',
      { changes: [{ ...removal, state: { saved: false, tags: [] } }] },
      /changes\.0\.state\.revision/,
    ],
    [
      'a revision that is no time',
      { changes: [{ ...removal, state: { ...removal.state, revision: Number.NaN } }] },
      /revision/,
    ],
    ['an id of no paper', { changes: [{ ...removal, ids: ['javascript:alert(1)'] }] }, /ids\.0/],
    [
      'saved as a string',
      { changes: [{ ...saved, state: { ...saved.state, saved: 'yes' } }] },
      /saved/,
    ],
    [
      'an unknown status',
      { changes: [{ ...saved, state: { ...saved.state, status: 'done' } }] },
      /status/,
    ],
    [
      'a tag longer than any tag',
      { changes: [{ ...saved, state: { ...saved.state, tags: ['x'.repeat(65)] } }] },
      /tags\.0/,
    ],
    [
      'more tags than any state has',
      {
        changes: [
          { ...saved, state: { ...saved.state, tags: Array.from({ length: 1_001 }, () => 't') } },
        ],
      },
      /tags/,
    ],
    ['tagsChanged as a string', { changes: [], tagsChanged: 'true' }, /tagsChanged/],
  ];

  it.each(malformed)('from the popup, refuses %s naming the field', async (_, data, field) => {
    const error = await send('announceChanges', data, popup()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidMessageError);
    expect((error as Error).message).toMatch(field);
    expect(sentToTabs).toEqual([]);
  });
});

describe('through the messaging library', () => {
  it('round-trips a message and carries the validation error back to the sender', async () => {
    registerHandlers(paperHandlers);
    await expect(sendMessage('savePaper', { candidate: candidate() })).resolves.toMatchObject({
      saved: true,
      tags: [],
      status: 'to-read',
    });
    await expect(
      sendMessage('savePaper', { candidate: { ...candidate(), id: 'bogus' } }),
    ).rejects.toThrow(/candidate\.id/);
    expect(await db.papers.count()).toBe(1);
  });
});
