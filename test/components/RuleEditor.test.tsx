import { fireEvent, render, screen, within } from '@testing-library/preact';
import { RuleEditor } from '@/components/RuleEditor';
import { db } from '@/lib/db/db';
import { savePaper } from '@/lib/db/papers';
import { deliverRuntimeMessages } from '../fixtures/announcements';
import { candidate } from '../fixtures/papers';
import { autoTagRule } from '../fixtures/rules';

beforeEach(async () => {
  await Promise.all([db.papers.clear(), db.tags.clear(), db.rules.clear()]);
  // What the page hands the background (lib/messaging/announce.ts): nobody listens here.
  deliverRuntimeMessages();
  await savePaper(
    candidate({ id: 'arxiv:2607.00001', title: 'Secure Aggregation for Federated Learning' }),
  );
  await savePaper(candidate({ id: 'arxiv:2607.00002', title: 'Diffusion Samplers in Ten Steps' }));
});

afterEach(() => {
  vi.restoreAllMocks();
});

function fill(label: string, value: string) {
  const form = screen.getByRole('form', { name: 'New rule' });
  fireEvent.input(within(form).getByLabelText(label), { target: { value } });
}

describe('RuleEditor', () => {
  it('refuses an unsafe regular expression before it is stored', async () => {
    render(<RuleEditor />);
    const form = screen.getByRole('form', { name: 'New rule' });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Regular expression' }));
    fill('Tag', 'x');
    fill('Pattern', '(a+)+$');
    expect(within(form).getByText(/could freeze saving/)).toBeTruthy();
    expect(within(form).getByRole('button', { name: 'Add rule' })).toHaveProperty('disabled', true);
    expect(within(form).getByLabelText('Pattern').getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a pattern of spaces alone, keyword or regex, as it is typed', async () => {
    render(<RuleEditor />);
    const form = screen.getByRole('form', { name: 'New rule' });
    fill('Tag', 'x');
    fill('Keywords', '   ');
    expect(within(form).getByText('Type at least one keyword')).toBeTruthy();
    expect(within(form).getByRole('button', { name: 'Add rule' })).toHaveProperty('disabled', true);
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Regular expression' }));
    fill('Pattern', ' ');
    expect(within(form).getByText(/spaces alone would match almost every paper/)).toBeTruthy();
    expect(within(form).getByRole('button', { name: 'Add rule' })).toHaveProperty('disabled', true);
    fireEvent.submit(form);
    expect(await db.rules.count()).toBe(0);
  });

  it('marks a stored rule whose pattern it refuses, and can turn it off but not on', async () => {
    // As an import from a backup may leave it: saving skips it (tagsFromRules).
    await db.rules.put(autoTagRule({ id: 'r1', tag: 'bad', pattern: '(a+)+$', isRegex: true }));
    render(<RuleEditor />);
    const rules = await screen.findByRole('list', { name: 'Your rules' });
    const problem = within(rules).getByText(/^Not applied: /);
    expect(problem.textContent).toBe(
      'Not applied: this pattern could freeze saving: a repeated group contains another repeat, as in (a+)+; remove the inner one',
    );
    const box = within(rules).getByRole('checkbox', {
      name: 'On: the rule for bad',
    }) as HTMLInputElement;
    expect(box.getAttribute('aria-describedby')?.split(' ')).toContain(problem.id);
    expect(
      within(rules).getByRole('button', { name: 'Apply to saved papers: the rule for bad' }),
    ).toHaveProperty('disabled', true);

    fireEvent.click(box);
    await vi.waitFor(async () => expect((await db.rules.get('r1'))?.enabled).toBe(false));
    await vi.waitFor(() => expect(box.checked).toBe(false));
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(box);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could freeze saving/);
    expect((await db.rules.get('r1'))?.enabled).toBe(false);
    expect(box.checked).toBe(false);
  });

  it('adds a keyword rule, previews the saved papers it matches, and applies it', async () => {
    render(<RuleEditor />);
    fill('Tag', 'federated learning');
    fill('Keywords', 'federat*, FedAvg');
    fireEvent.submit(screen.getByRole('form', { name: 'New rule' }));

    const preview = await screen.findByRole('group', {
      name: 'Preview of the rule for federated learning',
    });
    expect(within(preview).getByText('Secure Aggregation for Federated Learning')).toBeTruthy();
    expect(within(preview).queryByText('Diffusion Samplers in Ten Steps')).toBeNull();
    expect((await db.papers.get('arxiv:2607.00001'))?.tags).toEqual([]);

    fireEvent.click(
      within(preview).getByRole('button', { name: 'Tag 1 saved paper “federated learning”' }),
    );
    await screen.findByText('Tagged 1 saved paper “federated learning”.');
    expect((await db.papers.get('arxiv:2607.00001'))?.tags).toEqual(['federated learning']);
    const rules = await screen.findByRole('list', { name: 'Your rules' });
    expect(rules.textContent).toContain(
      'federated learning when title, abstract or authors contains federat*, FedAvg',
    );
  });

  it('turns a rule off and deletes it', async () => {
    render(<RuleEditor />);
    fill('Tag', 'diffusion');
    fill('Keywords', 'diffusion');
    fireEvent.submit(screen.getByRole('form', { name: 'New rule' }));
    const rules = await screen.findByRole('list', { name: 'Your rules' });
    fireEvent.click(within(rules).getByRole('checkbox', { name: 'On: the rule for diffusion' }));
    await vi.waitFor(async () => expect((await db.rules.toArray())[0]?.enabled).toBe(false));
    fireEvent.click(within(rules).getByRole('button', { name: 'Delete the rule for diffusion' }));
    await vi.waitFor(async () => expect(await db.rules.count()).toBe(0));
  });
});

/** What a browser does on a click: the button takes the focus, then acts. */
function press(button: HTMLElement) {
  button.focus();
  fireEvent.click(button);
}

const ruleRow = (id: string) =>
  within(document.querySelector(`li[data-rule-id="${id}"]`) as HTMLElement);

/** A row's Apply button, found by the name that says which rule it is for. */
const applyButton = (id: string, tag: string) =>
  ruleRow(id).getByRole('button', { name: `Apply to saved papers: the rule for ${tag}` });

describe('RuleEditor focus: no action leaves the keyboard on <body>', () => {
  beforeEach(async () => {
    await db.rules.bulkPut([
      autoTagRule({ id: 'r1', tag: 'federated learning', pattern: 'federated', createdAt: 1 }),
      autoTagRule({ id: 'r2', tag: 'diffusion', pattern: 'diffusion', createdAt: 2 }),
      autoTagRule({ id: 'r3', tag: 'agents', pattern: 'agents', createdAt: 3 }),
    ]);
  });

  it('puts the focus on the rule’s own row after tagging the saved papers it matches', async () => {
    render(<RuleEditor />);
    await screen.findByRole('list', { name: 'Your rules' });
    press(applyButton('r1', 'federated learning'));
    const preview = await screen.findByRole('group', {
      name: 'Preview of the rule for federated learning',
    });
    press(within(preview).getByRole('button', { name: 'Tag 1 saved paper “federated learning”' }));
    await screen.findByText('Tagged 1 saved paper “federated learning”.');
    expect(screen.getByRole('status').textContent).toBe(
      'Tagged 1 saved paper “federated learning”.',
    );
    expect(document.activeElement).toBe(applyButton('r1', 'federated learning'));
  });

  it('puts the focus on the rule’s row when its preview is closed', async () => {
    render(<RuleEditor />);
    await screen.findByRole('list', { name: 'Your rules' });
    press(applyButton('r3', 'agents'));
    const preview = await screen.findByRole('group', { name: 'Preview of the rule for agents' });
    press(within(preview).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('group', { name: /^Preview/ })).toBeNull();
    expect(document.activeElement).toBe(applyButton('r3', 'agents'));
  });

  it('puts the focus on the rule’s row after applying the preview of a rule just added', async () => {
    render(<RuleEditor />);
    fill('Tag', 'secure');
    fill('Keywords', 'secure');
    fireEvent.submit(screen.getByRole('form', { name: 'New rule' }));
    const preview = await screen.findByRole('group', { name: 'Preview of the rule for secure' });
    press(within(preview).getByRole('button', { name: 'Tag 1 saved paper “secure”' }));
    await screen.findByText('Tagged 1 saved paper “secure”.');
    const added = (await db.rules.where('tag').equals('secure').first())?.id as string;
    await vi.waitFor(() => expect(document.activeElement).toBe(applyButton(added, 'secure')));
  });

  it('puts the focus on the next rule after a delete, the previous one at the end, then the heading', async () => {
    render(<RuleEditor />);
    await screen.findByRole('list', { name: 'Your rules' });
    press(screen.getByRole('button', { name: 'Delete the rule for federated learning' }));
    await vi.waitFor(() => expect(document.activeElement).toBe(applyButton('r2', 'diffusion')));
    expect(screen.getByRole('status').textContent).toBe('Rule for “federated learning” deleted.');

    press(screen.getByRole('button', { name: 'Delete the rule for agents' }));
    await vi.waitFor(() => expect(document.activeElement).toBe(applyButton('r2', 'diffusion')));

    press(screen.getByRole('button', { name: 'Delete the rule for diffusion' }));
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Auto-tag rules' })),
    );
    expect(screen.getByRole('status').textContent).toBe('Rule for “diffusion” deleted.');
  });

  it('puts the focus on the On box of a next rule that cannot be applied', async () => {
    await db.rules.put(autoTagRule({ id: 'r2', tag: 'bad', pattern: '(a+)+$', isRegex: true }));
    render(<RuleEditor />);
    await screen.findByRole('list', { name: 'Your rules' });
    press(screen.getByRole('button', { name: 'Delete the rule for federated learning' }));
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(
        ruleRow('r2').getByRole('checkbox', { name: 'On: the rule for bad' }),
      ),
    );
  });
});

describe('RuleEditor: each rule’s controls say which rule they are for', () => {
  it('names them after the rule’s tag and describes them with its summary', async () => {
    await db.rules.bulkPut([
      autoTagRule({ id: 'r1', tag: 'diffusion', createdAt: 1 }),
      autoTagRule({
        id: 'r2',
        tag: 'diffusion',
        field: 'abstract',
        pattern: 'score matching',
        createdAt: 2,
      }),
      autoTagRule({ id: 'r3', tag: 'agents', createdAt: 3 }),
    ]);
    render(<RuleEditor />);
    await screen.findByRole('list', { name: 'Your rules' });

    // The visible labels alone would be read the same in every row.
    expect(screen.queryByRole('button', { name: 'Apply to saved papers…' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'On' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'On: the rule for agents' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Apply to saved papers: the rule for agents' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete the rule for agents' })).toBeTruthy();

    // Two rules for one tag: their summaries tell them apart.
    const row = ruleRow('r2');
    const description = 'diffusion when abstract contains score matching';
    expect(
      row.getByRole('checkbox', { name: 'On: the rule for diffusion', description }),
    ).toBeTruthy();
    expect(
      row.getByRole('button', {
        name: 'Apply to saved papers: the rule for diffusion',
        description,
      }),
    ).toBeTruthy();
    expect(
      row.getByRole('button', { name: 'Delete the rule for diffusion', description }),
    ).toBeTruthy();
    expect(
      ruleRow('r1').getByRole('button', {
        name: 'Delete the rule for diffusion',
        description: 'diffusion when title contains diffusion',
      }),
    ).toBeTruthy();
  });
});
