/** The import dialog on fake-indexeddb: a bad file changes nothing; a good one previews, then applies. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportDialog, type ImportDialogProps } from '@/components/ImportDialog';
import { buildBackupFile } from '@/lib/backup/backup-file';
import { loadBackupSettings } from '@/lib/backup/reminder';
import { db } from '@/lib/db/db';
import { editPaperTags, savePaper } from '@/lib/db/papers';
import { addRule, updateRule } from '@/lib/db/rules';
import { ensureTags, recolorTag } from '@/lib/db/tags';
import { deliverRuntimeMessages, type SentRuntimeMessage } from '../fixtures/announcements';
import { captureDownloads } from '../fixtures/downloads';
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

/** Everything a replace can take away or change, as stored. */
async function wholeShelf() {
  return {
    papers: await db.papers.orderBy('id').toArray(),
    tags: await db.tags.orderBy('name').toArray(),
    rules: await db.rules.orderBy('id').toArray(),
  };
}

/**
 * A shelf of one tagged paper and its rule, backed up; then two more papers, a rule and a tag
 * that the backup does not hold. Returns the backup's text.
 */
async function shelfGrownSinceBackup(): Promise<string> {
  await editPaperTags(candidate(), { add: ['kept'] }, 1000);
  await addRule({ tag: 'kept', field: 'any', pattern: 'kept', isRegex: false });
  const backup = (await buildBackupFile()).text;
  await editPaperTags(candidate({ id: 'arxiv:2607.00002' }), { add: ['new'] }, 2000);
  await savePaper(candidate({ id: 'arxiv:2607.00003' }), 3000);
  await addRule({ tag: 'kept', field: 'title', pattern: 'later', isRegex: false });
  return backup;
}

async function previewReplace(name: string, text: string): Promise<void> {
  chooseFile(name, text);
  await screen.findByRole('list', { name: 'What will change' });
  fireEvent.click(screen.getByLabelText('Replace my shelf with this backup'));
  await screen.findByRole('button', { name: 'Replace shelf' });
}

/** The dialog as the toolbar shows it once its Import button is pressed (TransferTools holds `open`). */
function renderOpenDialog(props: Partial<ImportDialogProps> = {}) {
  return render(<ImportDialog open onOpenChange={() => {}} {...props} />);
}

function chooseFile(name: string, text: string): void {
  const input = screen.getByLabelText('Import file') as HTMLInputElement;
  const file = new File([text], name, { type: 'text/plain' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('ImportDialog', () => {
  it('shows where a malformed file is wrong and leaves the shelf unchanged', async () => {
    await savePaper(candidate(), 1000);
    renderOpenDialog();
    chooseFile('broken.bib', '@misc{a,\n  title = {T},\n  journal = ,\n}\n');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'broken.bib: Line 3, entry a, field "journal": expected a value',
    );
    expect(await db.papers.toCollection().primaryKeys()).toEqual(['arxiv:2607.01234']);
  });

  it('warns, with its line, that an undefined @string macro was read as a word', async () => {
    renderOpenDialog();
    chooseFile(
      'refs.bib',
      '@article{a,\n  title = {A},\n  eprint = {2401.00001},\n  journal = jacm,\n}\n' +
        '@article{b,\n  title = {B},\n  eprint = {2401.00002},\n  journal = JACM,\n}\n',
    );
    const warnings = (await screen.findByText('1 warning')).closest('details');
    expect(warnings?.querySelector('li')?.textContent).toBe(
      'Line 4, the @string macro "jacm" is not defined in this file (used 2 times); it was read as the word "jacm"',
    );
    expect(screen.getByRole('list', { name: 'What will change' }).textContent).toContain(
      '2 new papers',
    );
  });

  it('previews what will change, then imports on confirmation', async () => {
    await savePaper(candidate(), 1000);
    const onImported = vi.fn();
    renderOpenDialog({ onImported });
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
    renderOpenDialog({ onImported: () => sentBeforeListener.push(announced.length) });
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
    renderOpenDialog();
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
    renderOpenDialog();
    chooseFile('backup.json', backup);
    await screen.findByRole('list', { name: 'What will change' });
    // A merge takes nothing away.
    expect(screen.queryByText(/will be removed/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Apply import' })).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByLabelText('Replace my shelf with this backup'));
    const replace = await screen.findByRole('button', { name: 'Replace shelf' });
    screen.getByText(
      '2 auto-tag rules and 3 tags on your shelf are not in this backup and will be removed.',
    );
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
    renderOpenDialog();
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
    renderOpenDialog();
    chooseFile('backup.json', backup);
    await screen.findByRole('list', { name: 'What will change' });
    fireEvent.click(screen.getByLabelText('Replace my shelf with this backup'));
    await screen.findByText(
      '1 auto-tag rule on your shelf is not in this backup and will be removed.',
    );

    await ensureTags(['unused'], 1);
    chooseFile('backup.json', backup);
    await screen.findByRole('list', { name: 'What will change' });
    fireEvent.click(screen.getByLabelText('Replace my shelf with this backup'));
    await screen.findByText(
      '1 auto-tag rule and 1 tag on your shelf are not in this backup and will be removed.',
    );
  });

  it('says in the danger colour what a replace removes, and removes nothing unconfirmed', async () => {
    const backup = await shelfGrownSinceBackup();
    const before = await wholeShelf();
    renderOpenDialog();
    chooseFile('backup.json', backup);
    await screen.findByRole('list', { name: 'What will change' });
    // A merge takes nothing away: the usual button, no warning, no backup offered.
    expect(screen.getByRole('button', { name: 'Apply import' }).className).toBe('is-primary');
    expect(document.querySelector('.transfer-loss')).toBeNull();
    expect(
      screen.queryByRole('button', { name: 'Download a backup of my shelf first' }),
    ).toBeNull();

    fireEvent.click(screen.getByLabelText('Replace my shelf with this backup'));
    const replace = await screen.findByRole('button', { name: 'Replace shelf' });
    expect(replace.className).toBe('is-danger');
    const removed = document.querySelector('[data-count="removed"]');
    expect(removed?.textContent).toBe('2 removed');
    expect(removed?.className).toBe('is-danger');
    const loss = screen.getByText(
      '2 papers, 1 auto-tag rule and 1 tag on your shelf are not in this backup and will be removed.',
    );
    expect(loss.className).toBe('transfer-loss');
    const noUndo = screen.getByText(/^Replacing cannot be undone\./);
    // Screen readers hear both with the button.
    expect(replace.getAttribute('aria-describedby')).toBe(`${loss.id} ${noUndo.id}`);
    screen.getByRole('button', { name: 'Download a backup of my shelf first' });
    expect(await wholeShelf()).toEqual(before);

    fireEvent.click(replace);
    await waitFor(async () =>
      expect(await db.papers.toCollection().primaryKeys()).toEqual(['arxiv:2607.01234']),
    );
    expect(await db.rules.count()).toBe(1);
    expect((await db.tags.toArray()).map((tag) => tag.name)).toEqual(['kept']);
  });

  it('says one paper in the singular, and shows no removed count in red when none goes', async () => {
    await savePaper(candidate(), 1000);
    const backup = (await buildBackupFile()).text;
    await savePaper(candidate({ id: 'arxiv:2607.00002' }), 2000);
    renderOpenDialog();
    await previewReplace('backup.json', backup);
    screen.getByText('1 paper on your shelf is not in this backup and will be removed.');

    await db.papers.delete('arxiv:2607.00002');
    await previewReplace('backup.json', backup);
    const removed = document.querySelector('[data-count="removed"]');
    expect(removed?.textContent).toBe('0 removed');
    expect(removed?.className).toBe('');
    expect(screen.queryByText(/will be removed/)).toBeNull();
    // The shelf is the backup already: nothing to lose, nothing to back up first.
    expect(
      screen.queryByRole('button', { name: 'Download a backup of my shelf first' }),
    ).toBeNull();
    expect(screen.getByRole('button', { name: 'Replace shelf' })).toHaveProperty('disabled', true);
  });

  it('offers the shelf’s backup before a replace that only overwrites, with no removal', async () => {
    await savePaper(candidate(), 1000);
    const backup = (await buildBackupFile()).text;
    await editPaperTags(candidate(), { add: ['later'] }, 2000);
    await db.tags.clear();
    renderOpenDialog();
    await previewReplace('backup.json', backup);
    expect(screen.getByRole('list', { name: 'What will change' }).textContent).toContain(
      '1 updated',
    );
    expect(screen.queryByText(/will be removed/)).toBeNull();
    const noUndo = screen.getByText(/^Replacing cannot be undone\./);
    expect(
      screen.getByRole('button', { name: 'Replace shelf' }).getAttribute('aria-describedby'),
    ).toBe(noUndo.id);
    screen.getByRole('button', { name: 'Download a backup of my shelf first' });
  });

  it('downloads a backup of the shelf before replacing, which puts the shelf back exactly', async () => {
    const downloads = captureDownloads();
    const backup = await shelfGrownSinceBackup();
    await recolorTag('new', '#123456');
    const before = await wholeShelf();
    renderOpenDialog();
    await previewReplace('backup.json', backup);

    fireEvent.click(screen.getByRole('button', { name: 'Download a backup of my shelf first' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toMatch(/^Backed up 3 papers to paper-shelf-backup-.*\.json$/);
    expect(downloads).toHaveLength(1);
    expect(status.textContent).toContain(downloads[0]?.name);
    // A backup like any other: the reminder waits again. And the shelf is as it was.
    expect((await loadBackupSettings()).lastBackupAt).toBeGreaterThan(Date.now() - 60_000);
    expect(await wholeShelf()).toEqual(before);
    // The preview stays, to replace now.
    fireEvent.click(screen.getByRole('button', { name: 'Replace shelf' }));
    await waitFor(async () => expect(await db.papers.count()).toBe(1));

    // The way back: the downloaded file, restored with Replace.
    const [download] = downloads as [{ name: string; blob: Blob }];
    await previewReplace(download.name, await download.blob.text());
    expect(screen.getByRole('list', { name: 'What will change' }).textContent).toContain(
      '2 new papers',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Replace shelf' }));
    await waitFor(async () => expect(await db.papers.count()).toBe(3));
    expect(await wholeShelf()).toEqual(before);
  });

  it('says so when the backup fails, and still lets the user choose', async () => {
    const downloads = captureDownloads();
    const backup = await shelfGrownSinceBackup();
    vi.spyOn(db.papers, 'orderBy').mockImplementation(() => {
      throw new Error('the disk is gone');
    });
    renderOpenDialog();
    await previewReplace('backup.json', backup);
    fireEvent.click(screen.getByRole('button', { name: 'Download a backup of my shelf first' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The backup failed: the disk is gone',
    );
    expect(downloads).toHaveLength(0);
    expect((await loadBackupSettings()).lastBackupAt).toBeUndefined();
    expect(await db.papers.count()).toBe(3);
    expect(screen.getByRole('button', { name: 'Replace shelf' })).toHaveProperty('disabled', false);
  });
});

/**
 * Closing the panel (its button, Escape, the Export panel opening: TransferTools sets `open`)
 * never loses an import under way; a press elsewhere does not even hide it.
 */
describe('ImportDialog in the toolbar, closed and opened again', () => {
  const pressElsewhere = () => fireEvent.pointerDown(document.body);

  it('stays open on a press elsewhere while a preview waits, and keeps it when closed', async () => {
    const onOpenChange = vi.fn();
    const { rerender } = renderOpenDialog({ onOpenChange });
    chooseFile('list.txt', '2401.00001\n');
    await screen.findByRole('list', { name: 'What will change' });
    pressElsewhere();
    expect(onOpenChange).not.toHaveBeenCalled();

    rerender(<ImportDialog open={false} onOpenChange={onOpenChange} />);
    expect(screen.queryByRole('region', { name: 'Import papers' })).toBeNull();
    rerender(<ImportDialog open onOpenChange={onOpenChange} />);
    expect(screen.getByRole('list', { name: 'What will change' }).textContent).toContain(
      '1 new paper',
    );

    // Cancelled, nothing is left to lose.
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    pressElsewhere();
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('stays open on a press elsewhere while the import runs, and shows its end when reopened', async () => {
    const onOpenChange = vi.fn();
    const { rerender } = renderOpenDialog({ onOpenChange });
    chooseFile('list.txt', '2401.00001\n');
    await screen.findByRole('list', { name: 'What will change' });
    // The import's transaction waits until released.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) =>
      held.then(() => transaction(...args))) as typeof db.transaction);
    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));
    await screen.findByText('Importing…');
    pressElsewhere();
    expect(onOpenChange).not.toHaveBeenCalled();

    rerender(<ImportDialog open={false} onOpenChange={onOpenChange} />);
    release();
    await waitFor(async () => expect(await db.papers.count()).toBe(1));
    rerender(<ImportDialog open onOpenChange={onOpenChange} />);
    expect((await screen.findByRole('status')).textContent).toBe(
      'Imported: 1 paper added, 0 updated.',
    );

    // Its end seen, a press elsewhere closes the panel, and it opens again with nothing in it.
    pressElsewhere();
    expect(onOpenChange).toHaveBeenCalledWith(false);
    rerender(<ImportDialog open={false} onOpenChange={onOpenChange} />);
    rerender(<ImportDialog open onOpenChange={onOpenChange} />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
