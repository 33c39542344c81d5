import { render, screen } from '@testing-library/preact';
import { ShelfToolbar } from '@/components/ShelfToolbar';
import { countShelf, NO_FILTERS } from '@/lib/shelf/query';
import { candidate, savedPaper } from '../fixtures/papers';

function renderToolbar(filters = NO_FILTERS) {
  const papers = [savedPaper(candidate(), { tags: ['fine-tuning'], savedAt: 1, updatedAt: 1 })];
  render(
    <ShelfToolbar
      query=""
      filters={filters}
      sort="relevance"
      counts={countShelf(papers)}
      searchRef={{ current: null }}
      onQuery={vi.fn()}
      onFilters={vi.fn()}
      onSort={vi.fn()}
      onLeaveSearch={vi.fn()}
    />,
  );
}

const menu = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;

describe('ShelfToolbar filters', () => {
  it('lists each tag and site of the shelf with its count', () => {
    renderToolbar();
    expect([...menu('Filter by tag').options].map((option) => option.text)).toEqual([
      'All tags',
      'fine-tuning (1)',
    ]);
    expect(menu('Filter by tag').value).toBe('');
  });

  it('still shows a chosen tag and site that no paper has any more, at 0, not "All"', () => {
    renderToolbar({ ...NO_FILTERS, tag: 'federated learning', site: 'dblp' });
    expect(menu('Filter by tag').value).toBe('federated learning');
    expect(menu('Filter by tag').selectedOptions[0]?.text).toBe('federated learning (0)');
    expect(menu('Filter by site').value).toBe('dblp');
  });
});
