import { isSameKnownVenue, venueSearchText, venueTypeOf } from '@/lib/paper/venue';

describe('venueTypeOf', () => {
  it('keeps the type a page or file gave', () => {
    expect(venueTypeOf({ venue: 'Workshop on X', venueType: 'journal' })).toBe('journal');
    expect(venueTypeOf({ venue: 'Nature', venueType: 'conference' })).toBe('conference');
  });

  it.each([
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
    'ICLR 2026',
    'CoRL 2023',
    'COLM 2024',
    'UAI 2024',
    'AISTATS',
    'Medical Image Computing and Computer Assisted Intervention – MICCAI 2024',
    'Proc. Interspeech 2024',
    'Workshop on Efficient Systems for Foundation Models',
  ])('reads %j as a conference', (venue) => {
    expect(venueTypeOf({ venue })).toBe('conference');
  });

  it.each([
    'Nature',
    'Journal of Machine Learning Research',
    'J. Mach. Learn. Res.',
    'Transactions of the Association for Computational Linguistics',
    'Trans. Assoc. Comput. Linguistics',
    'Computational Linguistics',
    'Physical Review D',
    'Chinese Journal of Physics',
    'Chi Medical Journal',
    'ACM Computing Surveys',
    'IEEE Transactions on Pattern Analysis and Machine Intelligence',
    // Journals named like proceedings.
    'Proceedings of the National Academy of Sciences',
    'Proc. Natl. Acad. Sci. USA',
    'Proceedings of the IEEE',
    'Proc. IEEE',
    'Proceedings of the VLDB Endowment',
    'Proc. VLDB Endow.',
    'Proc. ACM Program. Lang.',
    'Proceedings of the ACM on Human-Computer Interaction',
    'Proceedings of the Royal Society A',
  ])('reads %j as a journal', (venue) => {
    expect(venueTypeOf({ venue })).toBe('journal');
  });

  it('has no type without a venue', () => {
    expect(venueTypeOf({})).toBeUndefined();
    expect(venueTypeOf({ venueType: 'journal' })).toBeUndefined();
  });
});

describe('venueSearchText', () => {
  it.each([
    [
      'Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics',
      'ACL',
    ],
    ['North American Chapter of the Association for Computational Linguistics', 'NAACL'],
    ['Neural Information Processing Systems', 'NeurIPS'],
    ['International Conference on Machine Learning', 'ICML'],
    ['Conference on Empirical Methods in Natural Language Processing', 'EMNLP'],
  ])('adds to %j its acronym %j', (venue, acronym) => {
    expect(venueSearchText(venue)).toBe(`${venue} ${acronym}`);
  });

  it.each([
    ['J. Mach. Learn. Res.', 'JMLR Journal of Machine Learning Research'],
    ['Trans. Mach. Learn. Res.', 'TMLR Transactions on Machine Learning Research'],
    ['ACL (1)', 'ACL Annual Meeting of the Association for Computational Linguistics'],
    ['NeurIPS', 'NeurIPS Neural Information Processing Systems'],
  ])('adds to %j, which does not spell it out, the full name: %j', (venue, added) => {
    expect(venueSearchText(venue)).toBe(`${venue} ${added}`);
  });

  it('leaves a venue it does not know as it is', () => {
    expect(venueSearchText('Nature')).toBe('Nature');
  });
});

describe('isSameKnownVenue', () => {
  it('tells the names of one known venue from two venues', () => {
    expect(isSameKnownVenue('ACL (1)', 'Proceedings of the 62nd Annual Meeting of the ACL')).toBe(
      true,
    );
    expect(isSameKnownVenue('NeurIPS', 'Advances in Neural Information Processing Systems')).toBe(
      true,
    );
    expect(isSameKnownVenue('J. Mach. Learn. Res.', 'Journal of Machine Learning Research')).toBe(
      true,
    );
    expect(isSameKnownVenue('ACL', 'NAACL')).toBe(false);
    expect(isSameKnownVenue('Nature', 'Nature')).toBe(false);
  });
});
