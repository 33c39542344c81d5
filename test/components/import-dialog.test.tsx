/** The import dialog on fake-indexeddb: a bad file changes nothing; a good one previews, then applies. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportDialog } from '@/components/ImportDialog';
import { buildBackupFile } from '@/lib/backup/backup-file';
import { db } from '@/lib/db/db';
import { editPaperTags, savePaper } from '@/lib/db/papers';
import { addRule, updateRule } from '@/lib/db/rules';
import { ensureTags, recolorTag } from '@/lib/db/tags';
import { deliverRuntimeMessages, type SentRuntimeMessage } from '../fixtures/announcements';
import { candidate } from '../fixtures/papers';

/** What the dialog hands the background to tell listing tabs (lib/messaging/announce.ts). */
let announced: SentRuntimeMessage[];

beforeEach(async () => {
  await db.papers.clear();
  await db.tags.clear();
  await db.rules.clear();
  ({ sent: announced } = deliverRuntimeMessages());
});

afterEach(() => {
  vi.restoreAllMocks();
});

function chooseFile(name: string, text: string): void {
  const input = screen.getByLabelText('Import file') as HTMLInputElement;
  const file = new File([text], name, { type: 'text/plain' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('ImportDialog', () => {
  it('shows where a malformed file is wrong and leaves the shelf unchanged', async () => {
    await savePaper(candidate(), 1000);
    render(<ImportDialog />);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    chooseFile('broken.bib', '@misc{a,\n  title = {T},\n  journal = ,\n}\n');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'broken.bib: Line 3, entry a, field "journal": expected a value',
    );
    expect(await db.papers.toCollection().primaryKeys()).toEqual(['arxiv:2607.01234']);
  });

  it('warns, with its line, that an undefined @string macro was kept as its name', async () => {
    render(<ImportDialog />);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    chooseFile(
      'refs.bib',
      '@article{a,\n  title = {A},\n  eprint = {2401.00001},\n  journal = jacm,\n}\n' +
        '@article{b,\n  title = {B},\n  eprint = {2401.00002},\n  journal = JACM,\n}\n',
    );
    const warnings = (await screen.findByText('1 warning')).closest('details');
    expect(warnings?.querySelector('li')?.textContent).toBe(
      'Line 4, the @string macro "jacm" is not defined in this file (used 2 times); its name is kept as the text',
    );
    expect(screen.getByRole('list', { name: 'What will change' }).textContent).toContain(
      '2 new papers',
    );
  });

  it('previews what will change, then imports on confirmation', async () => {
    await savePaper(candidate(), 1000);
    const onImported = vi.fn();
    render(<ImportDialog onImported={onImported} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    chooseFile('list.txt', '2607.01234\n2401.00001\n');
    const counts = await screen.findByRole('list', { name: 'What will change' });
    expect(counts.textContent).toContain('1 new paper');
    expect(counts.textContent).toContain('0 updated');
    expect(counts.textContent).toContain('1 unchanged');
    expect(await db.papers.count()).toBe(1);
    // Only a backup can replace the shelf.
    expect(screen.queryByLabelText('Replace my shelf with this backup')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledOnce());
    expect(await db.papers.toCollection().primaryKeys()).toEqual([
      'arxiv:2401.00001',
      'arxiv:2607.01234',
    ]);
    expect((await screen.findByRole('status')).textContent).toBe(
      'Imported: 1 paper added, 0 updated.',
    );
  });

  it('hands the changed papers to the background in one message, first', async () => {
    await savePaper(candidate({ aliases: ['doi:10.1000/xyz'] }), 1000);
    const tabQuery = vi.spyOn(fakeBrowser.tabs, 'query');
    // The options page may be closed the moment the import is applied: its own listener runs
    // after the message left.
    const sentBeforeListener: number[] = [];
    render(<ImportDialog onImported={() => sentBeforeListener.push(announced.length)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    chooseFile('list.txt', '2401.00001\n');
    fireEvent.click(await screen.findByRole('button', { name: 'Apply import' }));
    await waitFor(() => expect(sentBeforeListener).toEqual([1]));
    expect(announced).toHaveLength(1);
    expect(announced[0]).toMatchObject({
      type: 'announceChanges',
      data: {
        changes: [
          {
            ids: ['arxiv:2401.00001'],
            state: { saved: true, tags: [], status: 'to-read', revision: expect.any(Number) },
          },
        ],
      },
    });
    // Telling the tabs is the background's part.
    expect(tabQuery).not.toHaveBeenCalled();
  });

  it('can apply a backup whose only news is an auto-tag rule', async () => {
    await savePaper(candidate(), 1000);
    await addRule({ tag: 'rl', field: 'any', pattern: 'reinforcement', isRegex: false });
    const backup = (await buildBackupFile()).text;
    await db.rules.clear();
    render(<ImportDialog />);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    chooseFile('backup.json', backup);
    const counts = await screen.findByRole('list', { name: 'What will change' });
    expect(counts.textContent).toBe('0 new papers0 updated1 unchanged');
    screen.getByText('1 auto-tag rule from this backup will be added.');

    const apply = screen.getByRole('button', { name: 'Apply import' }) as HTMLButtonElement;
    expect(apply.disabled).toBe(false);
    fireEvent.click(apply);
    await waitFor(async () => expect(await db.rules.count()).toBe(1));
  });

  it('says which auto-tag rules and tags a replace takes away', async () => {
    await savePaper(candidate(), 1000);
    const backup = (await buildBackupFile()).text;
    await addRule({ tag: 'rl', field: 'any', pattern: 'reinforcement', isRegex: false });
    await addRule({ tag: 'diffusion', field: 'title', pattern: 'diffusion', isRegex: false });
    await ensureTags(['unused'], 1);
    render(<ImportDialog />);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    chooseFile('backup.json', backup);
    await screen.findByRole('list', { name: 'What will change' });
    // A merge takes nothing away.
    expect(screen.queryByText(/will be removed/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Apply import' })).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByLabelText('Replace my shelf with this backup'));
    const replace = await screen.findByRole('button', { name: 'Replace shelf' });
    screen.getByText('2 auto-tag rules and 3 tags not in this backup will be removed.');
    // Nothing else changes, but the replace still does something.
    expect(replace).toHaveProperty('disabled', false);
    fireEvent.click(replace);
    // Tabs drop the suggestions that name a tag gone with the replace.
    await waitFor(() => expect(announced).toHaveLength(1));
    expect(announced[0]).toMatchObject({ type: 'announceChanges', data: { tagsChanged: true } });
  });

  it('shows that a replace puts back an edited rule and a tag’s colour, and lets it apply', async () => {
    await editPaperTags(candidate(), { add: ['rl'] }, 1000);
    const rule = await addRule({
      tag: 'rl',
      field: 'any',
      pattern: 'reinforcement',
      isRegex: false,
    });
    const backup = (await buildBackupFile()).text;
    await updateRule(rule.id, { pattern: 'reinforcement, reward' });
    render(<ImportDialog />);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    chooseFile('backup.json', backup);
    await screen.findByRole('list', { name: 'What will change' });
    fireEvent.click(screen.getByLabelText('Replace my shelf with this backup'));
    const replace = await screen.findByRole('button', { name: 'Replace shelf' });
    screen.getByText('1 auto-tag rule will be changed to match this backup.');
    expect(replace).toHaveProperty('disabled', false);
    fireEvent.click(replace);
    await waitFor(async () => expect((await db.rules.get(rule.id))?.pattern).toBe('reinforcement'));

    await recolorTag('rl', '#000000');
    chooseFile('backup.json', backup);
    await screen.findByRole('list', { name: 'What will change' });
    fireEvent.click(screen.getByLabelText('Replace my shelf with this backup'));
    await screen.findByText('1 tag colour will be changed to match this backup.');
    expect(screen.getByRole('button', { name: 'Replace shelf' })).toHaveProperty('disabled', false);
  });

  it('names one rule or one tag in the singular, and a rule alone', async () => {
    await editPaperTags(candidate(), { add: ['kept'] }, 1000);
    const backup = (await buildBackupFile()).text;
    // Its tag is on the backup's paper: only the rule goes.
    await addRule({ tag: 'kept', field: 'any', pattern: 'kept', isRegex: false });
    render(<ImportDialog />);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    chooseFile('backup.json', backup);
    await screen.findByRole('list', { name: 'What will change' });
    fireEvent.click(screen.getByLabelText('Replace my shelf with this backup'));
    await screen.findByText('1 auto-tag rule not in this backup will be removed.');

    await ensureTags(['unused'], 1);
    chooseFile('backup.json', backup);
    await screen.findByRole('list', { name: 'What will change' });
    fireEvent.click(screen.getByLabelText('Replace my shelf with this backup'));
    await screen.findByText('1 auto-tag rule and 1 tag not in this backup will be removed.');
  });
});
