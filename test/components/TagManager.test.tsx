import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { TagManager } from '@/components/TagManager';
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
