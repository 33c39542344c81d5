import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { TagManager } from '@/components/TagManager';
import { tagActions } from '@/components/tag-actions';
import { App } from '@/entrypoints/options/app';
import { db } from '@/lib/db/db';
import { editPaperTags } from '@/lib/db/papers';
import { deliverRuntimeMessages } from '../fixtures/announcements';
import { candidate } from '../fixtures/papers';

beforeEach(async () => {
  await Promise.all([db.papers.clear(), db.tags.clear(), db.rules.clear()]);
  // What the page hands the background (lib/messaging/announce.ts): nobody listens here.
  deliverRuntimeMessages();
  await editPaperTags(candidate({ id: 'arxiv:2607.00001' }), { add: ['fine-tuning', 'LoRA'] });
  await editPaperTags(candidate({ id: 'arxiv:2607.00002' }), { add: ['fine-tuning'] });
});

afterEach(() => {
  vi.restoreAllMocks();
});

const row = async (name: string) =>
  within((await screen.findByText(name, { selector: '.chip-name' })).closest('li') as HTMLElement);

describe('TagManager', () => {
  it('lists every tag with its number of papers', async () => {
    render(<TagManager />);
    expect((await row('fine-tuning')).getByText('2 papers')).toBeTruthy();
    expect((await row('LoRA')).getByText('1 paper')).toBeTruthy();
  });

  it('renames a tag on its papers', async () => {
    render(<TagManager />);
    const fineTuning = await row('fine-tuning');
    fireEvent.click(fineTuning.getByRole('button', { name: 'Rename fine-tuning' }));
    fireEvent.input(fineTuning.getByLabelText('New name'), { target: { value: 'PEFT' } });
    fireEvent.click(fineTuning.getByRole('button', { name: 'Save name' }));
    await screen.findByText('Renamed “fine-tuning” to “PEFT” on 2 papers.');
    expect((await db.papers.get('arxiv:2607.00002'))?.tags).toEqual(['PEFT']);
  });

  it('shows why a rename is refused', async () => {
    render(<TagManager />);
    const lora = await row('LoRA');
    fireEvent.click(lora.getByRole('button', { name: 'Rename LoRA' }));
    fireEvent.input(lora.getByLabelText('New name'), { target: { value: 'Fine-Tuning' } });
    fireEvent.click(lora.getByRole('button', { name: 'Save name' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/merge the two instead/);
  });

  it('asks before deleting, saying how many papers carry the tag', async () => {
    render(<TagManager />);
    const fineTuning = await row('fine-tuning');
    fireEvent.click(fineTuning.getByRole('button', { name: 'Delete fine-tuning' }));
    const confirm = fineTuning.getByRole('group', { name: 'Confirm deleting fine-tuning' });
    expect(confirm.textContent).toMatch(/removed from 2 papers; the papers stay/);
    expect((await db.papers.get('arxiv:2607.00002'))?.tags).toEqual(['fine-tuning']);

    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(fineTuning.queryByRole('group')).toBeNull();

    fireEvent.click(fineTuning.getByRole('button', { name: 'Delete fine-tuning' }));
    fireEvent.click(fineTuning.getByRole('button', { name: 'Delete tag' }));
    await waitFor(() =>
      expect(screen.queryByText('fine-tuning', { selector: '.chip-name' })).toBeNull(),
    );
    expect(await db.papers.count()).toBe(2);
    expect((await db.papers.get('arxiv:2607.00002'))?.tags).toEqual([]);
  });

  it('merges a tag into another after describing the result', async () => {
    render(<TagManager />);
    const lora = await row('LoRA');
    fireEvent.click(lora.getByRole('button', { name: 'Merge LoRA into another tag' }));
    const merge = lora.getByRole('button', { name: 'Merge' });
    expect(merge).toHaveProperty('disabled', true);
    fireEvent.change(lora.getByLabelText('Merge into'), { target: { value: 'fine-tuning' } });
    expect(
      lora.getByText(/The 1 paper tagged “LoRA” will be tagged “fine-tuning” instead/),
    ).toBeTruthy();
    fireEvent.click(merge);
    await waitFor(() => expect(screen.queryByText('LoRA', { selector: '.chip-name' })).toBeNull());
    expect((await db.papers.get('arxiv:2607.00001'))?.tags).toEqual(['fine-tuning']);
  });

  it('recolours a tag', async () => {
    render(<TagManager />);
    fireEvent.change((await row('LoRA')).getByLabelText('Colour of LoRA'), {
      target: { value: '#123456' },
    });
    await waitFor(async () => expect((await db.tags.get('LoRA'))?.color).toBe('#123456'));
  });
});

/** What a browser does on a click: the button takes the focus, then acts. */
function press(button: HTMLElement) {
  button.focus();
  fireEvent.click(button);
}

describe('TagManager focus: no action leaves the keyboard on <body>', () => {
  it('puts the focus on the renamed row’s Rename button, found by its new name', async () => {
    render(<TagManager />);
    const fineTuning = await row('fine-tuning');
    press(fineTuning.getByRole('button', { name: 'Rename fine-tuning' }));
    fireEvent.input(fineTuning.getByLabelText('New name'), { target: { value: ' PEFT ' } });
    press(fineTuning.getByRole('button', { name: 'Save name' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename PEFT' })),
    );
    // The result is still said, in the status region.
    expect(screen.getByRole('status').textContent).toBe(
      'Renamed “fine-tuning” to “PEFT” on 2 papers.',
    );
  });

  it('closes the form, without a message or a write, when the name is unchanged', async () => {
    const rename = vi.spyOn(tagActions, 'rename');
    render(<TagManager />);
    const fineTuning = await row('fine-tuning');
    press(fineTuning.getByRole('button', { name: 'Rename fine-tuning' }));
    fireEvent.input(fineTuning.getByLabelText('New name'), { target: { value: '  fine-tuning ' } });
    press(fineTuning.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(fineTuning.queryByLabelText('New name')).toBeNull());
    expect(rename).not.toHaveBeenCalled();
    expect(screen.queryByRole('status')).toBeNull();
    expect(document.activeElement).toBe(
      fineTuning.getByRole('button', { name: 'Rename fine-tuning' }),
    );
  });

  it('renames when only the case changes, as renameTag does', async () => {
    render(<TagManager />);
    const lora = await row('LoRA');
    press(lora.getByRole('button', { name: 'Rename LoRA' }));
    fireEvent.input(lora.getByLabelText('New name'), { target: { value: 'lora' } });
    press(lora.getByRole('button', { name: 'Save name' }));
    await screen.findByText('Renamed “LoRA” to “lora” on 1 paper.');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename lora' })),
    );
    expect((await db.papers.get('arxiv:2607.00001'))?.tags).toEqual(['fine-tuning', 'lora']);
  });

  it('gives the focus back to the button that opened a form when it is cancelled', async () => {
    render(<TagManager />);
    const lora = await row('LoRA');
    press(lora.getByRole('button', { name: 'Rename LoRA' }));
    press(lora.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(lora.getByRole('button', { name: 'Rename LoRA' }));

    press(lora.getByRole('button', { name: 'Merge LoRA into another tag' }));
    lora.getByLabelText('Merge into').focus();
    fireEvent.keyDown(lora.getByLabelText('Merge into'), { key: 'Escape' });
    expect(lora.queryByLabelText('Merge into')).toBeNull();
    expect(document.activeElement).toBe(
      lora.getByRole('button', { name: 'Merge LoRA into another tag' }),
    );

    press(lora.getByRole('button', { name: 'Delete LoRA' }));
    press(lora.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(lora.getByRole('button', { name: 'Delete LoRA' }));
  });

  it('puts the focus on the next row after a delete, the previous one at the end, then the heading', async () => {
    await editPaperTags(candidate({ id: 'arxiv:2607.00003' }), { add: ['RLHF'] });
    render(<TagManager />);
    // fine-tuning, LoRA, RLHF
    const fineTuning = await row('fine-tuning');
    press(fineTuning.getByRole('button', { name: 'Delete fine-tuning' }));
    press(fineTuning.getByRole('button', { name: 'Delete tag' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename LoRA' })),
    );
    expect(screen.getByRole('status').textContent).toBe('Deleted “fine-tuning” from 2 papers.');

    const rlhf = await row('RLHF');
    press(rlhf.getByRole('button', { name: 'Delete RLHF' }));
    press(rlhf.getByRole('button', { name: 'Delete tag' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename LoRA' })),
    );

    const lora = await row('LoRA');
    press(lora.getByRole('button', { name: 'Delete LoRA' }));
    press(lora.getByRole('button', { name: 'Delete tag' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Tags' })),
    );
    expect(screen.getByRole('status').textContent).toBe('Deleted “LoRA” from 1 paper.');
  });

  it('puts the focus on the next row after a merge', async () => {
    await editPaperTags(candidate({ id: 'arxiv:2607.00003' }), { add: ['RLHF'] });
    render(<TagManager />);
    const fineTuning = await row('fine-tuning');
    press(fineTuning.getByRole('button', { name: 'Merge fine-tuning into another tag' }));
    fireEvent.change(fineTuning.getByLabelText('Merge into'), { target: { value: 'RLHF' } });
    press(fineTuning.getByRole('button', { name: 'Merge' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename LoRA' })),
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Merged “fine-tuning” into “RLHF” (2 papers changed).',
    );
  });

  it('leaves the focus alone when the user has moved it meanwhile', async () => {
    render(<TagManager />);
    const fineTuning = await row('fine-tuning');
    press(fineTuning.getByRole('button', { name: 'Delete fine-tuning' }));
    press(fineTuning.getByRole('button', { name: 'Delete tag' }));
    const elsewhere = (await row('LoRA')).getByLabelText('Colour of LoRA');
    elsewhere.focus();
    await screen.findByText('Deleted “fine-tuning” from 2 papers.');
    await waitFor(() =>
      expect(screen.queryByText('fine-tuning', { selector: '.chip-name' })).toBeNull(),
    );
    expect(document.activeElement).toBe(elsewhere);
  });
});

describe('on the options page', () => {
  it('lands the section a jump link goes to below the sticky header', async () => {
    // happy-dom applies the stylesheet; the header's height (no layout here) is in tagging.css.
    const style = document.createElement('style');
    style.textContent = readFileSync('components/tagging.css', 'utf8');
    document.head.append(style);
    try {
      render(<App />);
      await row('fine-tuning');
      const links = screen.getByRole('navigation', { name: 'Sections' }).querySelectorAll('a');
      expect(links.length).toBeGreaterThanOrEqual(3);
      for (const link of links) {
        const section = document.getElementById(link.hash.slice(1)) as HTMLElement;
        expect(getComputedStyle(section).scrollMarginTop, link.hash).toBe('56px');
      }
    } finally {
      style.remove();
    }
  });
});
