import { render } from '@testing-library/preact';
import fc from 'fast-check';
import { PaperRow, type PaperRowActions, rowElementId, venueLabel } from '@/components/PaperRow';
import type { Paper } from '@/lib/paper/schemas';
import { candidate, savedPaper } from '../fixtures/papers';

describe('rowElementId', () => {
  it('gives two papers whose ids differ only in punctuation two element ids', () => {
    expect(rowElementId('doi:10.1/a.b')).not.toBe(rowElementId('doi:10.1/a_b'));
    expect(rowElementId('arxiv:2401.00001')).toBe('paper-arxiv_3a_2401_2e_00001');
  });

  it('is one-to-one and always a valid # selector', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        fc.pre(a !== b);
        expect(rowElementId(a)).not.toBe(rowElementId(b));
        expect(() => document.querySelector(`#${rowElementId(a)}`)).not.toThrow();
      }),
    );
  });
});

describe('PaperRow', () => {
  const SAVED = { savedAt: 1_780_000_000_000, updatedAt: 1_780_000_000_000 };
  const actions: PaperRowActions = {
    onToggleSelect: vi.fn(),
    onSetStatus: vi.fn(),
    onEditNote: vi.fn(),
    onRemove: vi.fn(),
    onActivate: vi.fn(),
  };
  const renderRow = (paper: Paper) =>
    render(
      <ul>
        <PaperRow
          paper={paper}
          tagColors={new Map()}
          actions={actions}
          active
          selected={false}
          position={1}
          setSize={1}
          index={0}
          measureRef={() => {}}
        />
      </ul>,
    ).container;

  it('names the venue after the authors, as text, read as "… in venue"', () => {
    const venue = 'Journal of <b>Things</b>';
    const row = renderRow(savedPaper(candidate({ authors: ['Ada Lovelace'], venue }), SAVED));
    const cite = row.querySelector('.paper-byline cite.paper-venue');
    expect(cite?.textContent).toBe(venue);
    expect(cite?.getAttribute('title')).toBe(venue);
    expect(cite?.querySelector('b')).toBeNull();
    expect(row.querySelector('.paper-byline')?.textContent).toBe(`Ada Lovelace · in ${venue}`);
    expect(row.querySelector('.paper-byline [aria-hidden="true"]')?.textContent).toBe(' · ');
  });

  it('shows a proceedings title without "Proceedings of the", whole in its tooltip', () => {
    const venue = 'Proceedings of the 62nd Annual Meeting of the ACL (Volume 1: Long Papers)';
    const row = renderRow(savedPaper(candidate({ venue }), SAVED));
    const cite = row.querySelector('cite.paper-venue');
    expect(cite?.textContent).toBe('62nd Annual Meeting of the ACL (Volume 1: Long Papers)');
    expect(cite?.getAttribute('title')).toBe(venue);
    expect(venueLabel('Proceedings of Machine Learning Research')).toBe(
      'Machine Learning Research',
    );
    expect(venueLabel('Proceedings')).toBe('Proceedings');
  });

  it('shows no separator before the venue of a paper without authors', () => {
    const row = renderRow(savedPaper(candidate({ authors: [], venue: 'Nature' }), SAVED));
    expect(row.querySelector('.paper-byline')?.textContent).toBe('Nature');
    expect(row.querySelector('.paper-authors')).toBeNull();
  });

  it('shows only the authors, their whole line as the tooltip, when no venue is known', () => {
    const row = renderRow(savedPaper(candidate({ authors: ['Ada Lovelace'] }), SAVED));
    expect(row.querySelector('.paper-venue')).toBeNull();
    expect(row.querySelector('.paper-byline')?.textContent).toBe('Ada Lovelace');
    expect(row.querySelector('.paper-authors')?.getAttribute('title')).toBe('Ada Lovelace');
  });
});
