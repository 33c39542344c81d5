import { db } from '@/lib/db/db';
import { editPapersTags, editPaperTags, listPapers } from '@/lib/db/papers';
import { addRule, listRules } from '@/lib/db/rules';
import {
  deleteTag,
  listTags,
  listTagUsage,
  mergeTags,
  recolorTag,
  renameTag,
  TagError,
  withTagColors,
} from '@/lib/db/tags';
import { paperSchema } from '@/lib/paper/schemas';
import { TAG_PALETTE } from '@/lib/paper/tag-colors';
import { candidate } from '../../fixtures/papers';

const A = 'arxiv:2607.00001';
const B = 'arxiv:2607.00002';
const C = 'arxiv:2607.00003';

beforeEach(async () => {
  await Promise.all([db.papers.clear(), db.tags.clear(), db.rules.clear()]);
  await editPaperTags(candidate({ id: A }), { add: ['fine-tuning', 'LoRA'] }, 1);
  await editPaperTags(candidate({ id: B }), { add: ['federated learning', 'fine-tuning'] }, 2);
  await editPaperTags(candidate({ id: C }), { add: ['model merging'] }, 3);
});

async function tagsOf(id: string): Promise<string[] | undefined> {
  return (await db.papers.get(id))?.tags;
}

/** Every paper still valid, and every tag a paper carries has its record (and no other). */
async function expectConsistentShelf(): Promise<void> {
  const papers = await listPapers();
  for (const paper of papers) paperSchema.parse(paper);
  const used = new Set(papers.flatMap((paper) => paper.tags));
  const records = new Set((await listTags()).map((tag) => tag.name));
  for (const tag of used) expect(records.has(tag), `record for "${tag}"`).toBe(true);
}

describe('listTagUsage', () => {
  it('counts the papers of every tag', async () => {
    const usage = await listTagUsage();
    expect(usage.map(({ name, papers }) => [name, papers])).toEqual([
      ['federated learning', 1],
      ['fine-tuning', 2],
      ['LoRA', 1],
      ['model merging', 1],
    ]);
  });
});

describe('a name that differs from a tag only in case', () => {
  const D = 'arxiv:2607.00004';
  const E = 'arxiv:2607.00005';

  it('is that tag: "ML" on one paper and "ml" on another are one tag "ML"', async () => {
    await editPaperTags(candidate({ id: D }), { add: ['ML'] }, 4);
    await editPaperTags(candidate({ id: E }), { add: ['ml'] }, 5);
    expect(await tagsOf(E)).toEqual(['ML']);
    const usage = await listTagUsage();
    expect(usage.filter((tag) => tag.name.toLowerCase() === 'ml').map((tag) => tag.name)).toEqual([
      'ML',
    ]);
    expect(usage.find((tag) => tag.name === 'ML')?.papers).toBe(2);
    await expectConsistentShelf();
  });

  it('is that tag from every writer: bulk tagging, rules and merges', async () => {
    await editPapersTags([C], { add: ['lora', 'FINE-TUNING'] }, 4);
    expect(await tagsOf(C)).toEqual(['model merging', 'LoRA', 'fine-tuning']);
    expect((await addRule({ tag: 'Lora', field: 'title', pattern: 'x', isRegex: false })).tag).toBe(
      'LoRA',
    );
    await mergeTags(['federated learning'], 'Model Merging', 5);
    expect(await tagsOf(B)).toEqual(['model merging', 'fine-tuning']);
    // A source spelled otherwise is a rename by merging: the spelling asked for is kept.
    await mergeTags(['LoRA'], 'LORA', 6);
    expect(await tagsOf(A)).toEqual(['fine-tuning', 'LORA']);
    expect((await listTags()).map((tag) => tag.name)).toEqual([
      'LORA',
      'fine-tuning',
      'model merging',
    ]);
    await expectConsistentShelf();
  });
});

describe('renameTag', () => {
  it('renames on every paper in place, keeps the colour, moves rules, dates the change', async () => {
    await recolorTag('fine-tuning', '#123456');
    await addRule({ tag: 'fine-tuning', field: 'title', pattern: 'adapter*', isRegex: false });
    const changed = await renameTag('fine-tuning', '  parameter-efficient   tuning ', 50);
    expect(changed.map((paper) => paper.id).sort()).toEqual([A, B]);
    expect(await tagsOf(A)).toEqual(['parameter-efficient tuning', 'LoRA']);
    expect(await tagsOf(B)).toEqual(['federated learning', 'parameter-efficient tuning']);
    expect((await db.papers.get(A))?.updatedAt).toBe(50);
    expect((await db.papers.get(C))?.updatedAt).toBe(3);
    expect(await db.tags.get('fine-tuning')).toBeUndefined();
    expect(await db.tags.get('parameter-efficient tuning')).toMatchObject({ color: '#123456' });
    expect((await listRules()).map((rule) => rule.tag)).toEqual(['parameter-efficient tuning']);
    await expectConsistentShelf();
  });

  it('changes only the case of a name', async () => {
    await renameTag('LoRA', 'lora');
    expect(await tagsOf(A)).toEqual(['fine-tuning', 'lora']);
    expect((await listTags()).map((tag) => tag.name)).toContain('lora');
  });

  it('refuses to rename onto another tag, whatever its case, and changes nothing', async () => {
    const before = await listPapers();
    await expect(renameTag('LoRA', 'Fine-Tuning')).rejects.toThrow(/merge/);
    await expect(renameTag('LoRA', '   ')).rejects.toBeInstanceOf(TagError);
    await expect(renameTag('nope', 'x')).rejects.toThrow(/no tag named "nope"/);
    expect(await listPapers()).toEqual(before);
  });
});

describe('mergeTags', () => {
  it('moves every paper of the sources to the target, once per paper, and removes the sources', async () => {
    await addRule({ tag: 'LoRA', field: 'any', pattern: 'low-rank', isRegex: false });
    const changed = await mergeTags(['LoRA', 'federated learning'], 'fine-tuning', 60);
    expect(changed.map((paper) => paper.id).sort()).toEqual([A, B]);
    expect(await tagsOf(A)).toEqual(['fine-tuning']);
    expect(await tagsOf(B)).toEqual(['fine-tuning']);
    expect(await tagsOf(C)).toEqual(['model merging']);
    expect((await listTags()).map((tag) => tag.name)).toEqual(['fine-tuning', 'model merging']);
    expect((await listRules()).map((rule) => rule.tag)).toEqual(['fine-tuning']);
    await expectConsistentShelf();
  });

  it('merges into a new name', async () => {
    await mergeTags(['LoRA', 'model merging'], 'efficiency');
    expect(await tagsOf(C)).toEqual(['efficiency']);
    expect(await db.tags.get('efficiency')).toBeDefined();
  });

  it('fails as a whole when a source does not exist', async () => {
    const before = await listPapers();
    await expect(mergeTags(['LoRA', 'ghost'], 'fine-tuning')).rejects.toThrow(/ghost/);
    expect(await listPapers()).toEqual(before);
    expect(await db.tags.get('LoRA')).toBeDefined();
  });
});

describe('deleteTag', () => {
  it('removes the tag from every paper, keeps the papers, and drops its rules', async () => {
    await addRule({ tag: 'fine-tuning', field: 'title', pattern: 'tuning', isRegex: false });
    await addRule({ tag: 'model merging', field: 'title', pattern: 'merg*', isRegex: false });
    const changed = await deleteTag('fine-tuning', 70);
    expect(changed.map((paper) => paper.id).sort()).toEqual([A, B]);
    expect(await db.papers.count()).toBe(3);
    expect(await tagsOf(A)).toEqual(['LoRA']);
    expect(await tagsOf(B)).toEqual(['federated learning']);
    expect(await db.tags.get('fine-tuning')).toBeUndefined();
    expect((await listRules()).map((rule) => rule.tag)).toEqual(['model merging']);
    await expectConsistentShelf();
  });
});

describe('recolorTag', () => {
  it('sets a hex colour and refuses anything else', async () => {
    await recolorTag('LoRA', '#ABCDEF');
    expect((await db.tags.get('LoRA'))?.color).toBe('#abcdef');
    await expect(recolorTag('LoRA', 'red')).rejects.toBeInstanceOf(TagError);
    await expect(recolorTag('ghost', '#000000')).rejects.toBeInstanceOf(TagError);
  });

  it('returns the papers that carry the tag, whose cards then show the colour', async () => {
    const papers = await recolorTag('fine-tuning', '#0f766e');
    expect(papers.map((paper) => paper.id).sort()).toEqual([A, B]);
  });
});

describe('a new tag', () => {
  it('takes a colour no other tag has while the palette lasts, then the least used', async () => {
    // beforeEach made four tags; four more use up the palette.
    await editPaperTags(candidate({ id: C }), { add: ['e', 'f', 'g', 'h'] }, 4);
    const colors = (await listTags()).map((tag) => tag.color);
    expect(new Set(colors).size).toBe(TAG_PALETTE.length);
    await editPaperTags(candidate({ id: C }), { add: ['ninth', 'tenth'] }, 5);
    const [ninth, tenth] = await db.tags.bulkGet(['ninth', 'tenth']);
    expect(ninth?.color).not.toBe(tenth?.color);
  });
});

describe('withTagColors', () => {
  it('gives each state the stored colours of its tags, in one read', async () => {
    await recolorTag('LoRA', '#0f766e');
    const fineTuning = (await db.tags.get('fine-tuning'))?.color;
    const [tagged, untagged] = await withTagColors([
      { saved: true, tags: ['LoRA', 'fine-tuning'], revision: 7 },
      { saved: false, tags: [] },
    ]);
    expect(tagged).toEqual({
      saved: true,
      tags: ['LoRA', 'fine-tuning'],
      revision: 7,
      tagColors: { LoRA: '#0f766e', 'fine-tuning': fineTuning },
    });
    expect(untagged).toEqual({ saved: false, tags: [] });
  });
});
