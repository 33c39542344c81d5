import { db } from '@/lib/db/db';
import { editPaperTags, savePaper } from '@/lib/db/papers';
import {
  addRule,
  applyRuleToSaved,
  deleteRule,
  listRules,
  previewRule,
  updateRule,
} from '@/lib/db/rules';
import { RulePatternError } from '@/lib/rules/match';
import { candidate } from '../../fixtures/papers';
import { autoTagRule } from '../../fixtures/rules';

beforeEach(async () => {
  await Promise.all([db.papers.clear(), db.tags.clear(), db.rules.clear()]);
});

const federated = candidate({
  id: 'arxiv:2607.00001',
  title: 'Client Drift in Federated Optimization',
  abstract: 'Clients with non-IID data drift during FedAvg rounds.',
});
const merging = candidate({
  id: 'arxiv:2607.00002',
  title: 'TIES-Merging Revisited',
  abstract: 'Task vectors interfere when merged.',
  authors: ['Grace Hopper'],
});

describe('rules', () => {
  it('stores a rule in the shape the backup uses, and creates its tag', async () => {
    const rule = await addRule(
      { tag: ' federated  learning ', field: 'any', pattern: ' federat*, FedAvg ', isRegex: false },
      100,
    );
    expect(rule).toEqual({
      id: expect.any(String),
      tag: 'federated learning',
      field: 'any',
      pattern: 'federat*, FedAvg',
      isRegex: false,
      enabled: true,
      createdAt: 100,
    });
    expect(await listRules()).toEqual([rule]);
    expect(await db.tags.get('federated learning')).toBeDefined();
  });

  it('refuses an unsafe or broken regex and stores nothing', async () => {
    await expect(
      addRule({ tag: 'x', field: 'title', pattern: '(a+)+$', isRegex: true }),
    ).rejects.toBeInstanceOf(RulePatternError);
    await expect(
      addRule({ tag: 'x', field: 'title', pattern: 'fine(-tun', isRegex: true }),
    ).rejects.toThrow(/Not a valid regular expression/);
    expect(await db.rules.count()).toBe(0);
  });

  it('refuses a pattern of spaces alone, keyword or regex, when added or changed', async () => {
    await expect(
      addRule({ tag: 'x', field: 'title', pattern: ' ', isRegex: true }),
    ).rejects.toThrow(/spaces alone/);
    await expect(
      addRule({ tag: 'x', field: 'title', pattern: ' \t ', isRegex: false }),
    ).rejects.toBeInstanceOf(RulePatternError);
    const rule = await addRule({ tag: 'x', field: 'title', pattern: 'x', isRegex: true });
    await expect(updateRule(rule.id, { pattern: '  ' })).rejects.toBeInstanceOf(RulePatternError);
    expect(await listRules()).toEqual([rule]);
  });

  it('turns off or retags a stored rule whose pattern it refuses, but never turns it on', async () => {
    // As an import from a backup or an older version may leave it: it never runs.
    const unsafe = autoTagRule({ id: 'r1', tag: 'bad', pattern: '(a+)+$', isRegex: true });
    await db.rules.put(unsafe);
    expect(await updateRule('r1', { enabled: false })).toEqual({ ...unsafe, enabled: false });
    await updateRule('r1', { tag: 'worse', enabled: undefined });
    expect(await db.rules.get('r1')).toEqual({ ...unsafe, tag: 'worse', enabled: false });

    await expect(updateRule('r1', { enabled: true })).rejects.toBeInstanceOf(RulePatternError);
    await expect(updateRule('r1', { field: 'any' })).rejects.toBeInstanceOf(RulePatternError);
    expect(await db.rules.get('r1')).toEqual({ ...unsafe, tag: 'worse', enabled: false });

    await updateRule('r1', { pattern: 'a+$', enabled: true });
    expect(await db.rules.get('r1')).toMatchObject({ pattern: 'a+$', enabled: true });
  });

  it('tags a paper new to the shelf on save, by keyword and by regex', async () => {
    await addRule(
      { tag: 'federated learning', field: 'any', pattern: 'fedavg', isRegex: false },
      1,
    );
    await addRule(
      { tag: 'merging', field: 'title', pattern: '\\bmerg(e|ing)\\b', isRegex: true },
      2,
    );
    await addRule({ tag: 'hopper', field: 'authors', pattern: 'Hopper', isRegex: false }, 3);
    expect((await savePaper(federated)).tags).toEqual(['federated learning']);
    expect((await editPaperTags(merging, { add: ['read later'] })).tags).toEqual([
      'merging',
      'hopper',
      'read later',
    ]);
  });

  it('leaves papers already saved alone on a later save, and skips disabled rules', async () => {
    await savePaper(federated);
    const rule = await addRule({ tag: 'fl', field: 'title', pattern: 'federated', isRegex: false });
    expect((await savePaper(federated)).tags).toEqual([]);
    await updateRule(rule.id, { enabled: false });
    expect((await savePaper(merging)).tags).toEqual([]);
    await deleteRule(rule.id);
    expect(await listRules()).toEqual([]);
  });

  it('previews, then applies a rule to saved papers that lack its tag', async () => {
    await savePaper(federated, 1);
    await savePaper(merging, 2);
    await editPaperTags(candidate({ id: 'arxiv:2607.00003', title: 'Federated RL' }), {
      add: ['Federated Learning'],
    });
    const rule = await addRule({
      tag: 'federated learning',
      field: 'title',
      pattern: 'federated',
      isRegex: false,
    });
    const preview = await previewRule(rule);
    expect(preview.map((paper) => paper.id)).toEqual(['arxiv:2607.00001']);
    expect(await db.papers.get('arxiv:2607.00001')).toMatchObject({ tags: [] });

    const changed = await applyRuleToSaved(rule.id, 99);
    expect(changed.map((paper) => paper.id)).toEqual(['arxiv:2607.00001']);
    // The rule was written "federated learning": the shelf's "Federated Learning" tag.
    expect(rule.tag).toBe('Federated Learning');
    expect(await db.papers.get('arxiv:2607.00001')).toMatchObject({
      tags: ['Federated Learning'],
      updatedAt: 99,
    });
    expect((await db.papers.get('arxiv:2607.00002'))?.tags).toEqual([]);
  });
});
