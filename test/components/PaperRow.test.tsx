import { render } from '@testing-library/preact';
import fc from 'fast-check';
import { PaperRow, type PaperRowActions, rowElementId } from '@/components/PaperRow';
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
          top={0}
        />
      </ul>,
    ).container;

  it('names the venue after the authors, as text', () => {
    const venue = 'Proceedings of <b>ACL</b> 2024';
    const row = renderRow(savedPaper(candidate({ authors: ['Ada Lovelace'], venue }), SAVED));
    const cite = row.querySelector('.paper-byline cite.paper-venue');
    expect(cite?.textContent).toBe(venue);
    expect(cite?.getAttribute('title')).toBe(venue);
    expect(cite?.querySelector('b')).toBeNull();
    expect(row.querySelector('.paper-byline')?.textContent).toBe(`Ada Lovelace · ${venue}`);
  });

  it('shows only the authors when no venue is known', () => {
    const row = renderRow(savedPaper(candidate({ authors: ['Ada Lovelace'] }), SAVED));
    expect(row.querySelector('.paper-venue')).toBeNull();
    expect(row.querySelector('.paper-byline')?.textContent).toBe('Ada Lovelace');
  });
});
