/**
 * The reading list's Export and Import panels together: one open at a time, closed by Escape or a
 * press elsewhere. (What the import panel keeps open while it holds work: import-dialog.test.tsx.)
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { TransferTools } from '@/components/TransferTools';
import { candidate, savedPaper } from '../fixtures/papers';

type Panel = 'Export' | 'Import';

function renderTools(): void {
  render(
    <>
      <button type="button">Elsewhere</button>
      <TransferTools
        scopes={[
          {
            id: 'all',
            label: 'All papers',
            papers: [savedPaper(candidate(), { savedAt: 1, updatedAt: 1 })],
          },
        ]}
        tags={[]}
        onImported={() => {}}
      />
    </>,
  );
}

const toggle = (panel: Panel) => screen.getByRole('button', { name: panel });
const panelShown = (panel: Panel) => screen.queryByRole('region', { name: `${panel} papers` });

/** A click as the browser dispatches it: the press first (which closes a panel), then the click. */
function press(element: Element): void {
  fireEvent.pointerDown(element);
  fireEvent.click(element);
}

function expectOpen(open: Panel | undefined): void {
  for (const panel of ['Export', 'Import'] as const) {
    expect(toggle(panel).getAttribute('aria-expanded')).toBe(String(panel === open));
    expect(panelShown(panel) !== null).toBe(panel === open);
  }
}

describe('TransferTools', () => {
  it('opens one panel at a time: the import panel no longer lies over the export’s rows', () => {
    renderTools();
    expectOpen(undefined);
    press(toggle('Import'));
    expectOpen('Import');
    press(toggle('Export'));
    expectOpen('Export');
    screen.getByRole('button', { name: 'Download BibTeX' });
    press(toggle('Import'));
    expectOpen('Import');
    // Its own button closes it.
    press(toggle('Import'));
    expectOpen(undefined);
  });

  it('closes on Escape, the focus back on the button, and keeps the key from the page', () => {
    renderTools();
    press(toggle('Export'));
    const download = screen.getByRole('button', { name: 'Download BibTeX' });
    download.focus();
    // Not prevented, the same key would close the popup or act on the list (ShelfView).
    expect(fireEvent.keyDown(download, { key: 'Escape' })).toBe(false);
    expectOpen(undefined);
    expect(document.activeElement).toBe(toggle('Export'));
    // Closed, the panel leaves Escape to the page.
    expect(fireEvent.keyDown(toggle('Export'), { key: 'Escape' })).toBe(true);
  });

  it('closes on a press elsewhere, leaving the focus where that press put it', () => {
    renderTools();
    press(toggle('Import'));
    // Inside the panel is not elsewhere.
    fireEvent.pointerDown(screen.getByLabelText('Import file'));
    expectOpen('Import');

    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    elsewhere.focus();
    fireEvent.pointerDown(elsewhere);
    expectOpen(undefined);
    expect(document.activeElement).toBe(elsewhere);
  });
});
