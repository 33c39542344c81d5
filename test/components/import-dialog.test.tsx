/** The import dialog on fake-indexeddb: a bad file changes nothing; a good one previews, then applies. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ImportDialog } from '@/components/ImportDialog';
import { db } from '@/lib/db/db';
import { savePaper } from '@/lib/db/papers';
import { candidate } from '../fixtures/papers';

beforeEach(async () => {
  await db.papers.clear();
  await db.tags.clear();
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
    chooseFile('broken.bib', '@misc{a,\n  title = {T},\n  journal = undefinedmacro,\n}\n');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'broken.bib: Line 3, entry a, field "journal": "undefinedmacro" is not a defined @string macro',
    );
    expect(await db.papers.toCollection().primaryKeys()).toEqual(['arxiv:2607.01234']);
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
});
