import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type ModelStore,
  SuggestionService,
  storedModels,
} from '@/entrypoints/background/suggestion-service';
import {
  createTagHandlers,
  MAX_PENDING_UNDOS,
  UNDO_STORAGE_KEY,
  UNDO_WINDOW_MS,
} from '@/entrypoints/background/tag-handlers';
import { db } from '@/lib/db/db';
import { applyImport } from '@/lib/db/import';
import { editPaperTags, savePaper } from '@/lib/db/papers';
import { renameTag } from '@/lib/db/tags';
import { exportPapers } from '@/lib/export';
import { parseImport } from '@/lib/import';
import {
  dispatchMessage,
  InvalidMessageError,
  type MessageHandler,
  type MessageHandlers,
  type MessageSender,
} from '@/lib/messaging/dispatch';
import type { MessageName } from '@/lib/messaging/protocol';
import type { PaperCandidate } from '@/lib/paper/schemas';
import { ForegroundWork, queueTask, yieldToOtherWork } from '@/lib/scheduling';
import type { LabeledPaper } from '@/lib/suggest/evaluate';
import type { SuggestionModel } from '@/lib/suggest/model';
import { candidate, savedPaper } from '../../fixtures/papers';
import { loadCorpus } from '../../fixtures/suggest/corpus';
import { recordTabMessages, type SentToTab } from '../../fixtures/tab-messages';

const corpus = loadCorpus();

function corpusCandidate(id: string, index: number): PaperCandidate {
  const paper = corpus.find((p) => p.id === id) as LabeledPaper;
  const arxivId = `2607.${String(10000 + index)}`;
  return candidate({
    id: `arxiv:${arxivId}`,
    url: `https://arxiv.org/abs/${arxivId}`,
    title: paper.title,
    abstract: paper.abstract,
  });
}

const contentScript: MessageSender = {
  id: fakeBrowser.runtime.id,
  url: 'https://arxiv.org/list/cs.LG/new',
  tab: { id: 3 },
};

let service: SuggestionService;
let handlers: MessageHandlers;
let broadcasts: SentToTab[];

function send(name: MessageName, data: unknown) {
  return dispatchMessage(name, handlers[name] as MessageHandler<typeof name>, data, contentScript);
}

beforeEach(async () => {
  await Promise.all([db.papers.clear(), db.tags.clear(), db.rules.clear()]);
  broadcasts = recordTabMessages([3]);
  service = new SuggestionService({ retrainDelayMs: 10 });
  handlers = createTagHandlers(service);
});

afterEach(() => {
  service.stop();
  vi.restoreAllMocks();
});

async function tagFromCorpus(ids: string[], tag: string, offset: number) {
  for (const [index, id] of ids.entries()) {
    await editPaperTags(corpusCandidate(id, offset + index), { add: [tag] });
  }
}

const request = (ids: string[]) =>
  ids.map((id, index) => {
    const { id: paperId, title, abstract } = corpusCandidate(id, 500 + index);
    return { id: paperId, title, abstract };
  });

describe('suggestTags', () => {
  it('suggests the user’s tags for papers like the ones they tagged, keyed by id', async () => {
    await tagFromCorpus(['fl-01', 'fl-02', 'fl-03'], 'federated learning', 0);
    await tagFromCorpus(['mm-01', 'mm-02', 'mm-03'], 'model merging', 10);
    const reply = await send('suggestTags', {
      papers: request(['fl-07', 'mm-04', 'ot-03']),
    });
    expect(reply).toEqual({
      'arxiv:2607.10500': ['federated learning'],
      'arxiv:2607.10501': ['model merging'],
      'arxiv:2607.10502': [],
    });
  });

  it('answers with no suggestions while nothing is tagged', async () => {
    await savePaper(corpusCandidate('fl-01', 0));
    expect(await send('suggestTags', { papers: request(['fl-07']) })).toEqual({
      'arxiv:2607.10500': [],
    });
  });

  it('follows a rename made elsewhere (the options page writes to the database directly)', async () => {
    await tagFromCorpus(['fl-01', 'fl-02', 'fl-03'], 'federated learning', 0);
    await send('suggestTags', { papers: request(['fl-07']) });
    await renameTag('federated learning', 'FL');
    expect(await send('suggestTags', { papers: request(['fl-07']) })).toEqual({
      'arxiv:2607.10500': ['FL'],
    });
  });

  it('retrains in the background after the shelf changes, without waiting for a request', async () => {
    service.start();
    await tagFromCorpus(['fl-01', 'fl-02'], 'federated learning', 0);
    await expect.poll(() => service.trainedFingerprint, { timeout: 2000 }).toMatch(/^2:/);
    await tagFromCorpus(['fl-03'], 'federated learning', 2);
    await expect.poll(() => service.trainedFingerprint, { timeout: 2000 }).toMatch(/^3:/);
  });

  it('trains in slices: a message that arrives meanwhile is answered before it ends', async () => {
    await tagFromCorpus(['fl-01', 'fl-02', 'fl-03', 'fl-04'], 'federated learning', 0);
    await tagFromCorpus(['ft-01', 'ft-02', 'ft-03'], 'fine-tuning', 4);
    const log: string[] = [];
    // Seven papers are read in one page, so the first pause is one of counting or training: the
    // message arrives then.
    const foreground = new ForegroundWork();
    const whenIdle = foreground.whenIdle.bind(foreground);
    vi.spyOn(foreground, 'whenIdle').mockImplementation(() => {
      if (!log.includes('message queued')) {
        log.push('message queued');
        queueTask(() => log.push('message'));
      }
      return whenIdle();
    });
    const model = await new SuggestionService({
      retrainDelayMs: 10,
      sliceMs: 0,
      foreground,
    }).model();
    log.push('trained');
    expect(log).toEqual(['message queued', 'message', 'trained']);
    expect(model.profiles.map((profile) => profile.tag).sort()).toEqual([
      'federated learning',
      'fine-tuning',
    ]);
  });

  it('lets a lookup under way end before it goes on training', async () => {
    await tagFromCorpus(['fl-01', 'fl-02', 'fl-03'], 'federated learning', 0);
    const foreground = new ForegroundWork();
    const log: string[] = [];
    let endLookup!: () => void;
    const lookup = foreground.run(() => new Promise<void>((resolve) => (endLookup = resolve)));
    const training = new SuggestionService({ retrainDelayMs: 10, sliceMs: 0, foreground })
      .model()
      .then(() => log.push('trained'));
    // Far more turns of the event loop than reading and training three papers take.
    for (let turn = 0; turn < 300; turn++) await yieldToOtherWork();
    expect(log).toEqual([]);
    endLookup();
    await lookup;
    await training;
    expect(log).toEqual(['trained']);
  });

  it('stops a training the shelf has moved past; its callers get the newer model', async () => {
    await tagFromCorpus(['fl-01', 'fl-02', 'fl-03'], 'federated learning', 0);
    // A lookup under way holds the first training at its first pause while the shelf changes.
    const foreground = new ForegroundWork();
    let endLookup!: () => void;
    const lookup = foreground.run(() => new Promise<void>((resolve) => (endLookup = resolve)));
    const sliced = new SuggestionService({ retrainDelayMs: 10, sliceMs: 0, foreground });
    const older = sliced.model();
    await expect.poll(() => sliced.trainedFingerprint).toMatch(/^3:/);
    await tagFromCorpus(['ft-01', 'ft-02'], 'fine-tuning', 3);
    const newer = sliced.model();
    await expect.poll(() => sliced.trainedFingerprint).toMatch(/^5:/);
    endLookup();
    await lookup;
    const [olderModel, newerModel] = await Promise.all([older, newer]);
    expect(olderModel).toBe(newerModel);
    expect(newerModel.profiles.map((profile) => profile.tag).sort()).toEqual([
      'federated learning',
      'fine-tuning',
    ]);
    expect(sliced.trainedFingerprint).toMatch(/^5:/);
  });

  it('rejects malformed requests before doing anything', async () => {
    for (const data of [
      { papers: [{ id: 'nope', title: 'x' }] },
      { papers: [{ id: 'arxiv:2607.00001', title: 42 }] },
      { papers: 'all' },
    ]) {
      await expect(send('suggestTags', data)).rejects.toBeInstanceOf(InvalidMessageError);
    }
  });
});

describe('the model kept for the next worker', () => {
  const format = 'test-format';

  beforeEach(async () => {
    await db.derived.clear();
    await tagFromCorpus(['fl-01', 'fl-02', 'fl-03'], 'federated learning', 0);
  });

  /** A worker that trained on the shelf as it is, and stored its model; the shelf's fingerprint. */
  async function trainedAndStored(): Promise<string> {
    const worker = new SuggestionService({ store: storedModels(format) });
    await worker.model();
    await expect.poll(() => db.derived.count()).toBe(1);
    return worker.trainedFingerprint as string;
  }

  const tagsOf = (model: SuggestionModel) => model.profiles.map((profile) => profile.tag).sort();

  it('is what a new worker answers with while the shelf is unchanged: no training', async () => {
    const fingerprint = await trainedAndStored();
    // A model no training of this shelf could give: only the stored copy has it.
    const marker: SuggestionModel = {
      idf: new Map([['federated', 1.5]]),
      unseenIdf: 2,
      profiles: [
        { tag: 'stored', examples: 2, centroid: new Map([['federated', 1]]), threshold: 0.2 },
      ],
    };
    await storedModels(format).save(fingerprint, marker);
    const restarted = new SuggestionService({ store: storedModels(format) });
    expect(await restarted.model()).toEqual(marker);
  });

  it('is trained again, and stored again, once the shelf changed', async () => {
    const before = await trainedAndStored();
    await tagFromCorpus(['ft-01', 'ft-02'], 'fine-tuning', 3);
    const restarted = new SuggestionService({ store: storedModels(format) });
    expect(tagsOf(await restarted.model())).toEqual(['federated learning', 'fine-tuning']);
    expect(restarted.trainedFingerprint).not.toBe(before);
    await expect
      .poll(async () => (await db.derived.get('suggestion-model'))?.fingerprint)
      .toBe(restarted.trainedFingerprint);
  });

  it('is trained again after a paper is removed and an older one merged in from a file', async () => {
    await tagFromCorpus(['ft-01', 'ft-02'], 'fine-tuning', 3);
    const before = await trainedAndStored();
    // Removed from the popup while no worker runs (not the newest update: that is ft-02), then a
    // backup merged in that holds a paper new to the shelf, dated before everything on it.
    await db.papers.delete(corpusCandidate('ft-01', 3).id);
    const file = savedPaper(corpusCandidate('fl-04', 9), {
      tags: ['federated learning'],
      savedAt: 1,
      updatedAt: 1,
    });
    await applyImport(parseImport(exportPapers('json', [file], [])), 'merge');
    const restarted = new SuggestionService({ store: storedModels(format) });
    const model = await restarted.model();
    expect(restarted.trainedFingerprint).not.toBe(before);
    expect(model).toEqual(await new SuggestionService().model());
  });

  it('is not used by other code (another format), nor when what is stored is no model', async () => {
    const fingerprint = await trainedAndStored();
    expect(await storedModels('another-format').load(fingerprint)).toBeUndefined();
    expect(await storedModels(format).load(fingerprint)).toBeDefined();
    await db.derived.update('suggestion-model', { value: { idf: {}, profiles: 'none' } });
    expect(await storedModels(format).load(fingerprint)).toBeUndefined();
    const restarted = new SuggestionService({ store: storedModels(format) });
    expect(tagsOf(await restarted.model())).toEqual(['federated learning']);
  });

  it('is looked for once a worker: its later trainings follow changes it has seen', async () => {
    const store = storedModels(format);
    const load = vi.spyOn(store, 'load');
    const worker = new SuggestionService({ store });
    await worker.model();
    await tagFromCorpus(['ft-01', 'ft-02'], 'fine-tuning', 3);
    expect(tagsOf(await worker.model())).toEqual(['federated learning', 'fine-tuning']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('costs nothing when the store fails: the worker trains and answers', async () => {
    const failing: ModelStore = {
      load: () => Promise.reject(new Error('storage gone')),
      save: () => Promise.reject(new Error('quota')),
    };
    const worker = new SuggestionService({ store: failing });
    expect(tagsOf(await worker.model())).toEqual(['federated learning']);
  });
});

describe('tagPapers and undoTagPapers', () => {
  const saved = candidate({ id: 'arxiv:2607.00001', url: 'https://arxiv.org/abs/2607.00001' });
  const fresh = candidate({ id: 'arxiv:2607.00002', url: 'https://arxiv.org/abs/2607.00002' });
  const already = candidate({ id: 'arxiv:2607.00003', url: 'https://arxiv.org/abs/2607.00003' });

  beforeEach(async () => {
    await editPaperTags(saved, { add: ['to read'] });
    await editPaperTags(already, { add: ['diffusion'] });
    broadcasts.length = 0;
  });

  it('tags every paper, saving the unsaved, broadcasts once, and undo restores the shelf', async () => {
    const { changes, undoToken } = (await send('tagPapers', {
      candidates: [saved, fresh, already],
      tag: 'diffusion',
    })) as { changes: Array<{ ids: string[]; state: unknown }>; undoToken: string };
    // Each tag in the colour the shelf gave it: two tags, two colours.
    const colors = Object.fromEntries(
      (await db.tags.toArray()).map((tag) => [tag.name, tag.color]),
    );
    expect(new Set(Object.values(colors)).size).toBe(2);
    expect(changes.map((change) => change.state)).toEqual([
      {
        saved: true,
        tags: ['to read', 'diffusion'],
        status: 'to-read',
        revision: expect.any(Number),
        tagColors: colors,
      },
      {
        saved: true,
        tags: ['diffusion'],
        status: 'to-read',
        revision: expect.any(Number),
        tagColors: { diffusion: colors.diffusion },
      },
    ]);
    // The reply is what the tabs were told, revisions included: a tab keeps whichever is newer.
    expect(broadcasts).toHaveLength(1);
    expect(broadcasts[0]?.message.data).toEqual({ changes });
    expect(await db.papers.count()).toBe(3);

    const undone = (await send('undoTagPapers', { undoToken })) as {
      changes: Array<{ ids: string[]; state: unknown }>;
    };
    expect(undone.changes.map((change) => [change.ids[0], change.state])).toEqual([
      ['arxiv:2607.00002', { saved: false, tags: [], revision: expect.any(Number) }],
      [
        'arxiv:2607.00001',
        {
          saved: true,
          tags: ['to read'],
          status: 'to-read',
          revision: expect.any(Number),
          tagColors: { 'to read': expect.stringMatching(/^#[0-9a-f]{6}$/) },
        },
      ],
    ]);
    expect(broadcasts[1]?.message.data).toEqual({ changes: undone.changes });
    expect(await db.papers.get('arxiv:2607.00002')).toBeUndefined();
    expect((await db.papers.get('arxiv:2607.00003'))?.tags).toEqual(['diffusion']);
    await expect(send('undoTagPapers', { undoToken })).rejects.toThrow(/no longer/);
  });

  it('keeps a paper the action saved when the user worked on it since, taking back only the tag', async () => {
    const { undoToken } = (await send('tagPapers', { candidates: [fresh], tag: 'diffusion' })) as {
      undoToken: string;
    };
    await editPaperTags(fresh, { add: ['keep me'] }, Date.now() + 1000);
    await send('undoTagPapers', { undoToken });
    expect((await db.papers.get('arxiv:2607.00002'))?.tags).toEqual(['keep me']);
  });

  it('refuses a candidate under an id that is not canonical, tagging nothing', async () => {
    const version = { ...fresh, id: 'arxiv:2607.00002v1' };
    await expect(
      send('tagPapers', { candidates: [saved, version], tag: 'diffusion' }),
    ).rejects.toThrow(
      /candidates\.1\.id: not a canonical paper id: this paper's id is arxiv:2607\.00002/,
    );
    expect(await db.papers.count()).toBe(2);
    expect((await db.papers.get('arxiv:2607.00001'))?.tags).toEqual(['to read']);
    expect(broadcasts).toEqual([]);
  });

  it('undoes after the worker restarted: the token outlives the handlers that issued it', async () => {
    const { undoToken } = (await send('tagPapers', { candidates: [fresh], tag: 'diffusion' })) as {
      undoToken: string;
    };
    // Chrome stopped the idle worker; the next one builds its handlers afresh.
    handlers = createTagHandlers(service);
    await send('undoTagPapers', { undoToken });
    expect(await db.papers.get('arxiv:2607.00002')).toBeUndefined();
  });

  it('refuses an undo once its window has passed, after a restart or not', async () => {
    const { undoToken } = (await send('tagPapers', { candidates: [fresh], tag: 'diffusion' })) as {
      undoToken: string;
    };
    const issued = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(issued + UNDO_WINDOW_MS + 1);
    handlers = createTagHandlers(service);
    await expect(send('undoTagPapers', { undoToken })).rejects.toThrow(/no longer/);
    expect((await db.papers.get('arxiv:2607.00002'))?.tags).toEqual(['diffusion']);
    // The expired entry is gone from storage, not only refused.
    expect(await fakeBrowser.storage.session.get(UNDO_STORAGE_KEY)).toEqual({
      [UNDO_STORAGE_KEY]: {},
    });
  });

  it('keeps a few undos, the newest, each naming its papers without their text', async () => {
    const tokens: string[] = [];
    for (let index = 0; index < MAX_PENDING_UNDOS + 2; index++) {
      const paper = candidate({
        id: `arxiv:2607.1000${index}`,
        url: `https://arxiv.org/abs/2607.1000${index}`,
        abstract: 'A long abstract. '.repeat(100),
      });
      const reply = (await send('tagPapers', { candidates: [paper], tag: 'batch' })) as {
        undoToken: string;
      };
      tokens.push(reply.undoToken);
    }
    const stored = (await fakeBrowser.storage.session.get(UNDO_STORAGE_KEY))[
      UNDO_STORAGE_KEY
    ] as Record<string, { entry: { saved: object[] } }>;
    expect(Object.keys(stored).sort()).toEqual(tokens.slice(2).sort());
    expect(stored[tokens[2] as string]?.entry.saved).toEqual([
      {
        id: 'arxiv:2607.10002',
        title: fresh.title,
        url: 'https://arxiv.org/abs/2607.10002',
        site: 'arxiv',
        authors: [],
      },
    ]);
    await expect(send('undoTagPapers', { undoToken: tokens[0] })).rejects.toThrow(/no longer/);
    await send('undoTagPapers', { undoToken: tokens[2] });
    expect(await db.papers.get('arxiv:2607.10002')).toBeUndefined();
  });

  it('refuses an unknown token', async () => {
    await expect(send('undoTagPapers', { undoToken: 'forged' })).rejects.toThrow(/no longer/);
    expect(await db.papers.count()).toBe(2);
  });
});
