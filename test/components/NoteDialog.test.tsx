import { fireEvent, render, screen } from '@testing-library/preact';
import { NoteDialog } from '@/components/NoteDialog';
import { candidate, savedPaper } from '../fixtures/papers';

// happy-dom's <dialog> has no showModal(): open and close as the browser's would.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
});

const paper = savedPaper(candidate(), { note: 'saved note', savedAt: 1, updatedAt: 1 });

function openDialog(onSave = vi.fn()) {
  const view = render(<NoteDialog paper={paper} onSave={onSave} onClose={vi.fn()} />);
  return { view, onSave, textarea: screen.getByRole('textbox', { name: /^Note on/ }) };
}

function type(textarea: HTMLElement, value: string) {
  fireEvent.input(textarea, { target: { value } });
}

describe('NoteDialog drafts', () => {
  beforeEach(() => localStorage.clear());

  it('gives back what was typed when the popup closed before Save', () => {
    const first = openDialog();
    type(first.textarea, 'half a thought');
    first.view.unmount(); // the popup went away: no close event, no save

    const second = openDialog();
    expect((second.textarea as HTMLTextAreaElement).value).toBe('half a thought');
    expect(screen.getByRole('status').textContent).toMatch(/not saved yet/);
    fireEvent.submit(second.textarea.closest('form')!);
    expect(second.onSave).toHaveBeenCalledWith('half a thought');
  });

  it('opens on the saved note, with no notice, when there is no draft', () => {
    const { textarea } = openDialog();
    expect((textarea as HTMLTextAreaElement).value).toBe('saved note');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('Discard draft goes back to the saved note and forgets the draft', () => {
    const first = openDialog();
    type(first.textarea, 'not wanted');
    first.view.unmount();

    const second = openDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect((second.textarea as HTMLTextAreaElement).value).toBe('saved note');
    expect(screen.queryByRole('status')).toBeNull();
    second.view.unmount();
    expect((openDialog().textarea as HTMLTextAreaElement).value).toBe('saved note');
  });

  it('forgets the draft once the dialog is closed by the user (Save, Cancel, Escape)', () => {
    const first = openDialog();
    type(first.textarea, 'typed, then cancelled');
    const dialog = first.textarea.closest('dialog')!;
    fireEvent(dialog, new Event('close'));
    first.view.unmount();
    expect((openDialog().textarea as HTMLTextAreaElement).value).toBe('saved note');
  });

  it("keeps another paper's draft apart", () => {
    const first = openDialog();
    type(first.textarea, 'for this paper only');
    first.view.unmount();
    const other = { ...paper, id: 'arxiv:2607.04321', note: '' };
    render(<NoteDialog paper={other} onSave={vi.fn()} onClose={vi.fn()} />);
    expect((screen.getByRole('textbox', { name: /^Note on/ }) as HTMLTextAreaElement).value).toBe(
      '',
    );
  });
});
