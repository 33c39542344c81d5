import { fireEvent, render, screen } from '@testing-library/preact';
import { ExportMenu } from '@/components/ExportMenu';
import { candidate, savedPaper } from '../fixtures/papers';

const firstPage = [savedPaper(candidate(), { savedAt: 1, updatedAt: 1 })];

function openMenu(loading: boolean) {
  render(
    <ExportMenu
      scopes={[
        { id: 'selection', label: 'Selected papers', papers: firstPage },
        { id: 'all', label: 'All papers', papers: firstPage, loading },
      ]}
      tags={[]}
      open
      onOpenChange={() => {}}
    />,
  );
  fireEvent.click(screen.getByRole('radio', { name: /^All papers/ }));
}

describe('ExportMenu while the shelf is still being read', () => {
  it('offers no export of a scope still loading: it would write only its first page', () => {
    openMenu(true);
    expect(screen.getByRole('radio', { name: /^All papers/ }).parentElement?.textContent).toBe(
      'All papers (loading…)',
    );
    expect(screen.getByRole('button', { name: 'Download Backup (JSON)' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.getByRole('button', { name: 'Copy BibTeX' })).toHaveProperty('disabled', true);
    // Another scope, whose papers are all known, still exports.
    fireEvent.click(screen.getByRole('radio', { name: /^Selected papers/ }));
    expect(screen.getByRole('button', { name: 'Copy BibTeX' })).toHaveProperty('disabled', false);
  });

  it('exports it once loaded', () => {
    openMenu(false);
    expect(screen.getByRole('radio', { name: /^All papers/ }).parentElement?.textContent).toBe(
      'All papers (1)',
    );
    expect(screen.getByRole('button', { name: 'Copy BibTeX' })).toHaveProperty('disabled', false);
  });
});
