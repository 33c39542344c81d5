import fc from 'fast-check';
import { rowElementId } from '@/components/PaperRow';

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
