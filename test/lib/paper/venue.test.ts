import { venueTypeOf } from '@/lib/paper/venue';

describe('venueTypeOf', () => {
  it('keeps the type a page or file gave', () => {
    expect(venueTypeOf({ venue: 'Workshop on X', venueType: 'journal' })).toBe('journal');
    expect(venueTypeOf({ venue: 'Nature', venueType: 'conference' })).toBe('conference');
  });

  it('reads proceedings and the big conferences as conferences, anything else as a journal', () => {
    for (const venue of [
      'Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics',
      'Advances in Neural Information Processing Systems',
      'NeurIPS',
      'Neural Information Processing Systems',
      'Computer Vision and Pattern Recognition',
      'North American Chapter of the Association for Computational Linguistics',
      'Knowledge Discovery and Data Mining',
      'Robotics: Science and Systems',
      'International Conference on Machine Learning',
      'Findings of the Association for Computational Linguistics: EMNLP 2024',
      'ICLR 2025 Conference',
      'Proc. Interspeech 2024',
    ]) {
      expect(venueTypeOf({ venue }), venue).toBe('conference');
    }
    for (const venue of [
      'Nature',
      'Journal of Machine Learning Research',
      'Transactions of the Association for Computational Linguistics',
      'Physical Review D',
      'Chinese Journal of Physics',
      'ACM Computing Surveys',
      'IEEE Transactions on Pattern Analysis and Machine Intelligence',
    ]) {
      expect(venueTypeOf({ venue }), venue).toBe('journal');
    }
  });

  it('has no type without a venue', () => {
    expect(venueTypeOf({})).toBeUndefined();
    expect(venueTypeOf({ venueType: 'journal' })).toBeUndefined();
  });
});
