import fc from 'fast-check';
import {
  arxivIdFrom,
  arxivIdOf,
  byStrength,
  canonicalId,
  canonicalIds,
  identityOf,
  idStrength,
  normalizeUrl,
  preferredId,
} from '../../../lib/paper/paper-id';

type Case = [input: string, expected: string | undefined];

const ARXIV_NEW_STYLE: Case[] = [
  ['2403.01234', 'arxiv:2403.01234'],
  ['2403.01234v2', 'arxiv:2403.01234'],
  ['2607.12345v12', 'arxiv:2607.12345'],
  ['0704.0001', 'arxiv:0704.0001'],
  ['1412.7878v1', 'arxiv:1412.7878'],
  ['arXiv:2403.01234', 'arxiv:2403.01234'],
  ['arxiv:2403.01234v3', 'arxiv:2403.01234'],
  ['ARXIV: 2403.01234', 'arxiv:2403.01234'],
  ['  arXiv:2403.01234\n', 'arxiv:2403.01234'],
  ['\t2403.01234v2 ', 'arxiv:2403.01234'],
  ['2403.01234.pdf', 'arxiv:2403.01234'],
  ['2403.01234v2.pdf', 'arxiv:2403.01234'],
];

const ARXIV_OLD_STYLE: Case[] = [
  ['hep-th/9901001', 'arxiv:hep-th/9901001'],
  ['hep-th/9901001v1', 'arxiv:hep-th/9901001'],
  ['arXiv:hep-th/9901001', 'arxiv:hep-th/9901001'],
  ['astro-ph/0601001v3', 'arxiv:astro-ph/0601001'],
  ['cs/0608082', 'arxiv:cs/0608082'],
  // The subject class is not part of the id: arXiv's own external form is math/0309136.
  ['math.GT/0309136', 'arxiv:math/0309136'],
  ['math.GT/0309136v2', 'arxiv:math/0309136'],
  ['arXiv:math.CA/0611800v2', 'arxiv:math/0611800'],
  ['cond-mat.str-el/0501001', 'arxiv:cond-mat/0501001'],
  ['Hep-Th/9901001', 'arxiv:hep-th/9901001'],
];

const ARXIV_URLS: Case[] = [
  ['https://arxiv.org/abs/2403.01234', 'arxiv:2403.01234'],
  ['https://arxiv.org/abs/2403.01234v2', 'arxiv:2403.01234'],
  ['http://arxiv.org/abs/2403.01234', 'arxiv:2403.01234'],
  ['https://www.arxiv.org/abs/2403.01234', 'arxiv:2403.01234'],
  ['https://arxiv.org/abs/2403.01234?context=cs.LG', 'arxiv:2403.01234'],
  ['https://arxiv.org/abs/2403.01234#S3', 'arxiv:2403.01234'],
  ['https://arxiv.org/abs/2403.01234/', 'arxiv:2403.01234'],
  ['https://arxiv.org/pdf/2403.01234', 'arxiv:2403.01234'],
  ['https://arxiv.org/pdf/2403.01234v2', 'arxiv:2403.01234'],
  ['https://arxiv.org/pdf/2403.01234.pdf', 'arxiv:2403.01234'],
  ['https://arxiv.org/pdf/2403.01234v2.pdf', 'arxiv:2403.01234'],
  ['https://arxiv.org/html/2403.01234v1', 'arxiv:2403.01234'],
  ['https://arxiv.org/html/2403.01234v1/', 'arxiv:2403.01234'],
  ['https://export.arxiv.org/abs/2403.01234', 'arxiv:2403.01234'],
  ['https://huggingface.co/papers/2403.01234', 'arxiv:2403.01234'],
  ['https://alphaxiv.org/abs/2403.01234', 'arxiv:2403.01234'],
  ['https://www.alphaxiv.org/abs/2403.01234v1', 'arxiv:2403.01234'],
  ['https://ar5iv.labs.arxiv.org/html/2403.01234', 'arxiv:2403.01234'],
  ['https://ar5iv.org/abs/2403.01234', 'arxiv:2403.01234'],
  ['https://doi.org/10.48550/arXiv.2403.01234', 'arxiv:2403.01234'],
  ['https://dx.doi.org/10.48550/arXiv.2403.01234', 'arxiv:2403.01234'],
  ['https://doi.org/10.48550/ARXIV.2403.01234', 'arxiv:2403.01234'],
  ['doi:10.48550/arXiv.2403.01234', 'arxiv:2403.01234'],
  ['10.48550/arXiv.2403.01234', 'arxiv:2403.01234'],
  ['https://arxiv.org/abs/hep-th/9901001v2', 'arxiv:hep-th/9901001'],
  ['https://arxiv.org/pdf/hep-th/9901001', 'arxiv:hep-th/9901001'],
  ['https://arxiv.org/abs/math.GT/0309136', 'arxiv:math/0309136'],
  ['https://export.arxiv.org/abs/cs/0608082', 'arxiv:cs/0608082'],
  ['https://doi.org/10.48550/arXiv.hep-th/9901001', 'arxiv:hep-th/9901001'],
  // DOIs are lower-cased before the arXiv check; the subject class must not split the paper.
  ['https://doi.org/10.48550/arXiv.math.GT/0309136', 'arxiv:math/0309136'],
];

const DOIS: Case[] = [
  ['https://doi.org/10.1145/3292500.3330701', 'doi:10.1145/3292500.3330701'],
  ['https://doi.org/10.1038/S41586-021-03819-2', 'doi:10.1038/s41586-021-03819-2'],
  ['http://dx.doi.org/10.1000/XYZ123', 'doi:10.1000/xyz123'],
  ['https://www.doi.org/10.1000/xyz123', 'doi:10.1000/xyz123'],
  ['https://doi.org/10.1002%2Fanie.202101234', 'doi:10.1002/anie.202101234'],
  ['doi:10.1000/ABC', 'doi:10.1000/abc'],
  ['DOI: 10.1000/abc', 'doi:10.1000/abc'],
  ['10.18653/v1/2023.acl-long.1', 'doi:10.18653/v1/2023.acl-long.1'],
  ['10.1000/abc.', 'doi:10.1000/abc'],
  ['10.1007/978-3-030-58452-8_13', 'doi:10.1007/978-3-030-58452-8_13'],
  ['https://dl.acm.org/doi/10.1145/3292500.3330701', 'doi:10.1145/3292500.3330701'],
  [
    'https://link.springer.com/article/10.1007/s11263-021-01453-z',
    'doi:10.1007/s11263-021-01453-z',
  ],
  ['https://onlinelibrary.wiley.com/doi/full/10.1002/anie.202101234', 'doi:10.1002/anie.202101234'],
  [
    'https://onlinelibrary.wiley.com/doi/10.1002/anie.202101234/abstract',
    'doi:10.1002/anie.202101234',
  ],
  // A trailing slash is no part of a DOI, however the DOI is written.
  ['https://doi.org/10.1000/xyz/', 'doi:10.1000/xyz'],
  ['https://dx.doi.org/10.1000/XYZ/', 'doi:10.1000/xyz'],
  ['https://www.doi.org/10.1000/xyz/', 'doi:10.1000/xyz'],
  ['doi:10.1000/xyz/', 'doi:10.1000/xyz'],
  ['10.1000/xyz/.', 'doi:10.1000/xyz'],
  ['https://dl.acm.org/doi/10.1145/3292500.3330701/', 'doi:10.1145/3292500.3330701'],
  // Percent-encoding twice over still names the same DOI.
  ['https://doi.org/10.1002%252Fanie.202101234', 'doi:10.1002/anie.202101234'],
];

/** Publisher URLs as Google Scholar and dblp link them: the DOI is in the path, query or slug. */
const PUBLISHER_DOIS: Case[] = [
  ['https://dl.acm.org/doi/abs/10.1145/3746059.3747211', 'doi:10.1145/3746059.3747211'],
  ['https://dl.acm.org/doi/pdf/10.1145/3746059.3747211', 'doi:10.1145/3746059.3747211'],
  [
    'https://link.springer.com/content/pdf/10.1007/978-3-031-72340-9_12.pdf',
    'doi:10.1007/978-3-031-72340-9_12',
  ],
  [
    'https://www.biorxiv.org/content/10.1101/2025.03.14.643210v2.full',
    'doi:10.1101/2025.03.14.643210',
  ],
  [
    'https://www.biorxiv.org/content/10.1101/2025.03.14.643210v2.full.pdf',
    'doi:10.1101/2025.03.14.643210',
  ],
  [
    'https://www.medrxiv.org/content/10.1101/2024.11.02.24316621v1',
    'doi:10.1101/2024.11.02.24316621',
  ],
  [
    'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0312345',
    'doi:10.1371/journal.pone.0312345',
  ],
  ['https://www.nature.com/articles/s41586-025-01234-5', 'doi:10.1038/s41586-025-01234-5'],
  ['https://www.nature.com/articles/nature14539.pdf', 'doi:10.1038/nature14539'],
  ['https://www.science.org/doi/10.1126/science.adf1234', 'doi:10.1126/science.adf1234'],
  ['https://www.pnas.org/doi/epdf/10.1073/pnas.2301234120', 'doi:10.1073/pnas.2301234120'],
  // IOP: the article, its abstract page, its PDF and its accepted manuscript.
  [
    'https://iopscience.iop.org/article/10.1088/1742-6596/1234/1/012001',
    'doi:10.1088/1742-6596/1234/1/012001',
  ],
  [
    'https://iopscience.iop.org/article/10.1088/1742-6596/1234/1/012001/meta',
    'doi:10.1088/1742-6596/1234/1/012001',
  ],
  [
    'https://iopscience.iop.org/article/10.1088/1742-6596/1234/1/012001/pdf',
    'doi:10.1088/1742-6596/1234/1/012001',
  ],
  [
    'https://iopscience.iop.org/article/10.1088/1361-6528/aaf0b4/ampdf',
    'doi:10.1088/1361-6528/aaf0b4',
  ],
  // IEEE Xplore has no DOI in its URLs, but one article has several paths.
  [
    'https://ieeexplore.ieee.org/abstract/document/10123456/',
    'url:https://ieeexplore.ieee.org/document/10123456',
  ],
  [
    'https://ieeexplore.ieee.org/document/10123456',
    'url:https://ieeexplore.ieee.org/document/10123456',
  ],
  // Not DOIs: a "v2" outside bioRxiv is part of the DOI, a Nature listing is no article.
  ['https://example.org/doi/10.5555/abcv2', 'doi:10.5555/abcv2'],
  // ... and /meta is stripped on IOP only.
  ['https://example.org/doi/10.5555/abc/meta', 'doi:10.5555/abc/meta'],
  ['https://www.nature.com/articles', 'url:https://nature.com/articles'],
  [
    'https://journals.plos.org/plosone/article?id=pone.0312345',
    'url:https://journals.plos.org/plosone/article?id=pone.0312345',
  ],
];

const OTHER_IDS: Case[] = [
  ['https://openreview.net/forum?id=AbC123xyz', 'openreview:AbC123xyz'],
  ['https://openreview.net/forum?id=AbC123xyz&noteId=Zz9', 'openreview:AbC123xyz'],
  ['https://openreview.net/pdf?id=AbC123xyz', 'openreview:AbC123xyz'],
  ['https://openreview.net/attachment?id=AbC123xyz&name=pdf', 'openreview:AbC123xyz'],
  ['https://aclanthology.org/2024.acl-long.1/', 'acl:2024.acl-long.1'],
  ['https://aclanthology.org/2024.acl-long.1.pdf', 'acl:2024.acl-long.1'],
  ['https://aclanthology.org/P19-1001/', 'acl:P19-1001'],
  ['https://aclanthology.org/P19-1001.bib', 'acl:P19-1001'],
  ['https://www.aclweb.org/anthology/P19-1001', 'acl:P19-1001'],
  ['https://aclanthology.org/2023.findings-emnlp.123/', 'acl:2023.findings-emnlp.123'],
  ['P19-1001', 'acl:P19-1001'],
  ['2024.acl-long.1', 'acl:2024.acl-long.1'],
  // Revised PDFs (the Anthology keeps every version) name the same paper.
  ['https://aclanthology.org/2024.acl-long.5v2.pdf', 'acl:2024.acl-long.5'],
  ['https://aclanthology.org/P19-1001v3.pdf', 'acl:P19-1001'],
  ['https://aclanthology.org/W19-5301/', 'acl:W19-5301'],
  ['https://aclanthology.org/2024.acl-long.1//', 'acl:2024.acl-long.1'],
  // New-style venue codes are lower-case; the volume name is kept as written.
  ['2024.ACL-long.1', 'acl:2024.acl-long.1'],
  ['https://aclanthology.org/2024.findings-acl.12', 'acl:2024.findings-acl.12'],
  // What the ACL adapter reads: the title link and the PDF badge of an entry.
  ['https://aclanthology.org/2024.acl-long.3/', 'acl:2024.acl-long.3'],
  ['https://aclanthology.org/2024.acl-long.3.pdf', 'acl:2024.acl-long.3'],
  [
    'https://www.semanticscholar.org/paper/Attention-is-All-you-Need-Vaswani-Shazeer/204e3073870fae3d05bcbc2f6a8e263d9b72e776',
    's2:204e3073870fae3d05bcbc2f6a8e263d9b72e776',
  ],
  [
    'https://www.semanticscholar.org/paper/204E3073870FAE3D05BCBC2F6A8E263D9B72E776',
    's2:204e3073870fae3d05bcbc2f6a8e263d9b72e776',
  ],
  ['204e3073870fae3d05bcbc2f6a8e263d9b72e776', 's2:204e3073870fae3d05bcbc2f6a8e263d9b72e776'],
  // Title links of search rows, with the trackers and anchors Semantic Scholar adds.
  [
    'https://www.semanticscholar.org/paper/When-Do-Reward-Models-Overfit-A-Scaling-Study-of-Mbeki-Mbeki/9d38818d414f3a6567e9069c6e9a736080c94af0?utm_source=direct_link',
    's2:9d38818d414f3a6567e9069c6e9a736080c94af0',
  ],
  [
    'https://www.semanticscholar.org/paper/9d38818d414f3a6567e9069c6e9a736080c94af0#citing-papers',
    's2:9d38818d414f3a6567e9069c6e9a736080c94af0',
  ],
  ['https://dblp.org/rec/conf/nips/VaswaniSPUJGKP17', 'dblp:conf/nips/VaswaniSPUJGKP17'],
  ['https://dblp.org/rec/conf/nips/VaswaniSPUJGKP17.html', 'dblp:conf/nips/VaswaniSPUJGKP17'],
  ['https://dblp.org/rec/conf/nips/VaswaniSPUJGKP17.bib', 'dblp:conf/nips/VaswaniSPUJGKP17'],
  [
    'https://dblp.uni-trier.de/rec/journals/corr/abs-1706-03762.html',
    'dblp:journals/corr/abs-1706-03762',
  ],
  // dblp's export links carry a view parameter; the key is still the record.
  ['https://dblp.org/rec/conf/acl/KimMY24.html?view=bibtex', 'dblp:conf/acl/KimMY24'],
  ['https://dblp.org/rec/journals/corr/abs-2607-08111.xml', 'dblp:journals/corr/abs-2607-08111'],
  // Electronic editions dblp lists for a CoRR record: both name the arXiv paper.
  ['http://arxiv.org/abs/1703.01234', 'arxiv:1703.01234'],
  ['https://doi.org/10.48550/arXiv.2607.08111', 'arxiv:2607.08111'],
];

const URL_FALLBACKS: Case[] = [
  [
    'https://www.example.com/paper.pdf?utm_source=x&b=2&a=1#page=3',
    'url:https://example.com/paper.pdf?a=1&b=2',
  ],
  ['http://Example.COM/Path/', 'url:https://example.com/Path'],
  ['https://example.com/Path//?b=1', 'url:https://example.com/Path?b=1'],
  [
    'https://proceedings.mlr.press/v235/smith24a.html?ref=twitter&fbclid=abc&gclid=x&utm_medium=y',
    'url:https://proceedings.mlr.press/v235/smith24a.html',
  ],
  ['https://www.example.com/?utm_source=x', 'url:https://example.com/'],
  // Reserved words under /papers/ and listing pages are pages, not papers.
  ['https://huggingface.co/papers/trending', 'url:https://huggingface.co/papers/trending'],
  [
    'https://huggingface.co/papers/date/2026-07-14',
    'url:https://huggingface.co/papers/date/2026-07-14',
  ],
  ['https://huggingface.co/papers/submit', 'url:https://huggingface.co/papers/submit'],
  ['https://arxiv.org/list/cs.LG/new', 'url:https://arxiv.org/list/cs.LG/new'],
  [
    'https://openreview.net/group?id=ICLR.cc/2025/Conference',
    'url:https://openreview.net/group?id=ICLR.cc%2F2025%2FConference',
  ],
  ['https://aclanthology.org/events/acl-2024/', 'url:https://aclanthology.org/events/acl-2024'],
  // Supplementary material is not the paper.
  [
    'https://openreview.net/attachment?id=AbC123xyz&name=supplementary_material',
    'url:https://openreview.net/attachment?id=AbC123xyz&name=supplementary_material',
  ],
  // Listing, people and volume pages of the sites are pages, not papers.
  [
    'https://aclanthology.org/volumes/2024.acl-long/',
    'url:https://aclanthology.org/volumes/2024.acl-long',
  ],
  ['https://aclanthology.org/people/laura-niss/', 'url:https://aclanthology.org/people/laura-niss'],
  [
    'https://www.semanticscholar.org/search?q=reward%20model&sort=relevance',
    'url:https://semanticscholar.org/search?q=reward+model&sort=relevance',
  ],
  [
    'https://www.semanticscholar.org/author/Ming-Kim/2281234567',
    'url:https://semanticscholar.org/author/Ming-Kim/2281234567',
  ],
  ['https://dblp.org/pid/271/4430.html', 'url:https://dblp.org/pid/271/4430.html'],
  [
    'https://dblp.org/db/conf/acl/acl2024-1.html#KimMY24',
    'url:https://dblp.org/db/conf/acl/acl2024-1.html',
  ],
];

const NOT_PAPERS: Case[] = [
  ['', undefined],
  ['   ', undefined],
  ['hello', undefined],
  ['not a url', undefined],
  ['arXiv:', undefined],
  ['doi:', undefined],
  ['2413.01234', undefined],
  ['2403.123', undefined],
  ['2403.01234v0', undefined],
  ['10.1/abc', undefined],
  // Nothing is left of the DOI once the trailing punctuation is dropped.
  ['10.1000/.', undefined],
  ['doi:10.1000//', undefined],
  ['ftp://example.com/paper.pdf', undefined],
  ['javascript:alert(1)', undefined],
  ['mailto:someone@example.com', undefined],
  ['https://', undefined],
];

const ALREADY_CANONICAL: Case[] = [
  ['arxiv:2403.01234', 'arxiv:2403.01234'],
  ['arxiv:hep-th/9901001', 'arxiv:hep-th/9901001'],
  ['doi:10.1000/abc', 'doi:10.1000/abc'],
  ['openreview:AbC123xyz', 'openreview:AbC123xyz'],
  ['acl:2024.acl-long.1', 'acl:2024.acl-long.1'],
  ['s2:204e3073870fae3d05bcbc2f6a8e263d9b72e776', 's2:204e3073870fae3d05bcbc2f6a8e263d9b72e776'],
  ['dblp:conf/nips/VaswaniSPUJGKP17', 'dblp:conf/nips/VaswaniSPUJGKP17'],
  ['url:https://www.example.com/x?utm_source=y', 'url:https://example.com/x'],
  ['url:https://arxiv.org/abs/2403.01234', 'arxiv:2403.01234'],
  // Semantic Scholar ids are hex in any case; the Anthology writes its ids in one case.
  ['s2:204E3073870FAE3D05BCBC2F6A8E263D9B72E776', 's2:204e3073870fae3d05bcbc2f6a8e263d9b72e776'],
  ['acl:p19-1001', 'acl:P19-1001'],
  ['acl:P19-1001', 'acl:P19-1001'],
  ['acl:2024.ACL-long.1', 'acl:2024.acl-long.1'],
  ['acl:2023.Findings-emnlp.123', 'acl:2023.findings-emnlp.123'],
  // No Anthology or S2 grammar: kept as written.
  ['acl:SomethingElse', 'acl:SomethingElse'],
  ['s2:CorpusID:12345', 's2:CorpusID:12345'],
];

describe('canonicalId', () => {
  describe.each([
    ['new-style arXiv ids', ARXIV_NEW_STYLE],
    ['old-style arXiv ids', ARXIV_OLD_STYLE],
    ['arXiv URL forms', ARXIV_URLS],
    ['DOIs', DOIS],
    ['publisher URLs', PUBLISHER_DOIS],
    ['OpenReview, ACL, Semantic Scholar and dblp', OTHER_IDS],
    ['url: fallback', URL_FALLBACKS],
    ['things that are not papers', NOT_PAPERS],
    ['ids that are already canonical', ALREADY_CANONICAL],
  ] as const)('%s', (_group, cases) => {
    it.each(cases)('%j -> %j', (input, expected) => {
      expect(canonicalId(input)).toBe(expected);
    });
  });

  const everyCanonicalId = [
    ...ARXIV_NEW_STYLE,
    ...ARXIV_OLD_STYLE,
    ...ARXIV_URLS,
    ...DOIS,
    ...PUBLISHER_DOIS,
    ...OTHER_IDS,
    ...URL_FALLBACKS,
  ].flatMap(([, id]) => (id ? [id] : []));

  it.each([...new Set(everyCanonicalId)])('%s is a fixed point', (id) => {
    expect(canonicalId(id)).toBe(id);
  });
});

describe('arxivIdFrom / arxivIdOf', () => {
  it('reads bare ids only', () => {
    expect(arxivIdFrom('arXiv:2403.01234v2')).toBe('2403.01234');
    expect(arxivIdFrom('math.GT/0309136')).toBe('math/0309136');
    expect(arxivIdFrom('https://arxiv.org/abs/2403.01234')).toBeUndefined();
    expect(arxivIdFrom('see 2403.01234')).toBeUndefined();
  });

  it('strips the prefix of arXiv canonical ids only', () => {
    expect(arxivIdOf('arxiv:hep-th/9901001')).toBe('hep-th/9901001');
    expect(arxivIdOf('doi:10.1000/abc')).toBeUndefined();
  });
});

describe('canonicalIds', () => {
  it('keeps the first of each paper, in order, skipping what names no paper', () => {
    expect(
      canonicalIds([
        'https://arxiv.org/abs/2403.01234v2',
        null,
        'hello',
        'https://doi.org/10.1000/ABC',
        undefined,
        'https://huggingface.co/papers/2403.01234',
        '',
        'doi:10.1000/abc',
      ]),
    ).toEqual(['arxiv:2403.01234', 'doi:10.1000/abc']);
  });
});

describe('normalizeUrl', () => {
  it('drops www., the fragment and tracking parameters, sorts the query, forces https', () => {
    expect(normalizeUrl(new URL('http://www.Example.org/a/b/?z=1&utm_campaign=c&a=2#top'))).toBe(
      'https://example.org/a/b?a=2&z=1',
    );
  });
});

describe('canonicalId properties', () => {
  const twoDigits = (min: number, max: number) =>
    fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
  const newStyleId = fc
    .tuple(
      twoDigits(7, 99),
      twoDigits(1, 12),
      fc.oneof(
        fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, '0')),
        fc.integer({ min: 1, max: 99999 }).map((n) => String(n).padStart(5, '0')),
      ),
    )
    .map(([year, month, number]) => `${year}${month}.${number}`);
  const version = fc.option(
    fc.integer({ min: 1, max: 40 }).map((n) => `v${n}`),
    { nil: '' },
  );

  /** Every way the same paper is written in the wild (shared/reference/site-markup.md). */
  const NEW_STYLE_FORMS: ((id: string, v: string) => string)[] = [
    (id, v) => `${id}${v}`,
    (id, v) => `arXiv:${id}${v}`,
    (id, v) => ` arxiv: ${id}${v}.pdf `,
    (id, v) => `https://arxiv.org/abs/${id}${v}`,
    (id, v) => `http://www.arxiv.org/abs/${id}${v}?context=cs`,
    (id, v) => `https://arxiv.org/pdf/${id}${v}`,
    (id, v) => `https://arxiv.org/pdf/${id}${v}.pdf`,
    (id, v) => `https://arxiv.org/html/${id}${v}/`,
    (id, v) => `https://export.arxiv.org/abs/${id}${v}`,
    (id, v) => `https://huggingface.co/papers/${id}${v}#community`,
    (id, v) => `https://www.alphaxiv.org/abs/${id}${v}`,
    (id, v) => `https://ar5iv.labs.arxiv.org/html/${id}${v}`,
    (id) => `https://doi.org/10.48550/arXiv.${id}`,
    (id) => `doi:10.48550/ARXIV.${id}`,
    (id) => `arxiv:${id}`,
  ];

  it('maps every URL form of a new-style id and version to arxiv:<id>', () => {
    fc.assert(
      fc.property(newStyleId, version, (id, v) => {
        for (const form of NEW_STYLE_FORMS) expect(canonicalId(form(id, v))).toBe(`arxiv:${id}`);
      }),
    );
  });

  const oldStyleId = fc
    .tuple(
      fc.constantFrom(
        'hep-th',
        'hep-ph',
        'astro-ph',
        'cond-mat',
        'quant-ph',
        'gr-qc',
        'math',
        'cs',
        'nlin',
      ),
      fc.constantFrom('', '.GT', '.CA', '.LG', '.str-el'),
      twoDigits(91, 99).chain((year) => twoDigits(1, 12).map((month) => `${year}${month}`)),
      fc.integer({ min: 1, max: 999 }).map((n) => String(n).padStart(3, '0')),
    )
    .map(([archive, subject, yearMonth, number]) => ({
      written: `${archive}${subject}/${yearMonth}${number}`,
      canonical: `arxiv:${archive}/${yearMonth}${number}`,
    }));

  it('maps every form of an old-style id to arxiv:<archive>/<number>, without subject class', () => {
    fc.assert(
      fc.property(oldStyleId, version, ({ written, canonical }, v) => {
        expect(canonicalId(`${written}${v}`)).toBe(canonical);
        expect(canonicalId(`arXiv:${written}${v}`)).toBe(canonical);
        expect(canonicalId(`https://arxiv.org/abs/${written}${v}`)).toBe(canonical);
        expect(canonicalId(`https://arxiv.org/pdf/${written}${v}.pdf`)).toBe(canonical);
        expect(canonicalId(`https://doi.org/10.48550/arXiv.${written}`)).toBe(canonical);
      }),
    );
  });

  it('reads a site’s URLs with or without www., so that the url: fallback is its own canonical id', () => {
    const cases: Case[] = [
      ['https://www.openreview.net/forum?id=AbC123xyz', 'openreview:AbC123xyz'],
      ['https://www.huggingface.co/papers/2607.01234', 'arxiv:2607.01234'],
      ['https://www.dblp.org/rec/conf/nips/VaswaniSPUJGKP17', 'dblp:conf/nips/VaswaniSPUJGKP17'],
      ['https://www.aclanthology.org/2024.acl-long.1/', 'acl:2024.acl-long.1'],
      ['https://aclweb.org/anthology/P19-1001', 'acl:P19-1001'],
      ['https://www.arxiv.org/abs/2607.01234v2', 'arxiv:2607.01234'],
      [
        'https://semanticscholar.org/paper/204e3073870fae3d05bcbc2f6a8e263d9b72e776',
        's2:204e3073870fae3d05bcbc2f6a8e263d9b72e776',
      ],
      ['https://www.example.org/p/?utm_source=x#top', 'url:https://example.org/p'],
    ];
    for (const [url, expected] of cases) {
      expect(canonicalId(url)).toBe(expected);
      expect(canonicalId(expected as string)).toBe(expected);
    }
  });

  const scheme = fc.constantFrom(
    '',
    'arxiv:',
    'doi:',
    'openreview:',
    'acl:',
    's2:',
    'dblp:',
    'url:',
    'https://',
  );

  it('never throws and returns a schema-shaped id or undefined for any string', () => {
    fc.assert(
      fc.property(scheme, fc.string({ maxLength: 80 }), (prefix, rest) => {
        const text = prefix + rest;
        const id = canonicalId(text);
        if (id !== undefined) expect(id).toMatch(/^(arxiv|doi|openreview|acl|s2|dblp|url):\S+$/);
      }),
    );
  });

  /** Strings shaped like the ids and URLs the canonical forms are made of. */
  const idLike = fc
    .tuple(
      fc.constantFrom(
        '',
        'doi:',
        'https://doi.org/',
        'https://dx.doi.org/',
        'https://dl.acm.org/doi/',
        'https://iopscience.iop.org/article/',
        'https://aclanthology.org/',
        'https://www.semanticscholar.org/paper/',
        'acl:',
        's2:',
        'url:https://example.org/',
      ),
      fc.constantFrom('', '10.1000/', '10.48550/arXiv.', '2024.', 'P19-'),
      fc.array(fc.constantFrom(...'aBf09./-_%2F%25,;:?#&=AcL'.split('')), { maxLength: 24 }),
      fc.constantFrom('', '/', '//', '/meta', '/pdf', '.pdf', '.', '/?x=1'),
    )
    .map(([prefix, stem, chars, suffix]) => `${prefix}${stem}${chars.join('')}${suffix}`);

  it('is idempotent: the canonical id of a canonical id is itself', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          idLike,
          fc.tuple(scheme, fc.string({ maxLength: 60 })).map((t) => t.join('')),
        ),
        (text) => {
          const id = canonicalId(text);
          if (id !== undefined) expect(canonicalId(id)).toBe(id);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('id strength', () => {
  it('ranks arXiv over DOI over the other schemes, URLs last', () => {
    const ranked = [
      'arxiv:2607.08111',
      'doi:10.1/a',
      'openreview:Xk3vQ9pL2m',
      'acl:2025.acl-long.123',
      's2:0f3a6c2e9b1d4f5a7c8e9d0b1a2c3d4e5f6a7b8c',
      'dblp:conf/nips/A26',
      'url:https://x.org/a',
    ];
    expect(ranked.map(idStrength)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(byStrength([...ranked].reverse())).toEqual(ranked);
  });

  it('prefers arXiv ids over DOIs over URLs', () => {
    expect(preferredId(['url:https://x.org/a', 'doi:10.1/a', 'arxiv:2607.01234'])).toBe(
      'arxiv:2607.01234',
    );
    expect(preferredId(['url:https://x.org/a', 'dblp:conf/x/A26'])).toBe('dblp:conf/x/A26');
    expect(preferredId([])).toBe('');
  });

  it('keeps the order of equally strong ids and drops repeats', () => {
    expect(byStrength(['doi:10.1/b', 'url:https://x.org', 'doi:10.1/a', 'doi:10.1/b'])).toEqual([
      'doi:10.1/b',
      'doi:10.1/a',
      'url:https://x.org',
    ]);
  });
});

describe('identityOf', () => {
  it('names a card by its strongest id and keeps the others as aliases', () => {
    expect(identityOf(['doi:10.1145/3746059.3747211', 'arxiv:2607.08111'])).toEqual({
      id: 'arxiv:2607.08111',
      aliases: ['doi:10.1145/3746059.3747211'],
    });
  });

  it('has no aliases for a card with one id, and nothing for a card with none', () => {
    expect(identityOf(['arxiv:2607.08111', 'arxiv:2607.08111'])).toEqual({
      id: 'arxiv:2607.08111',
    });
    expect(identityOf([])).toBeUndefined();
  });

  it('gives one identity for every way a Scholar card can show the same paper', () => {
    const fromCard = (...links: string[]) => identityOf(canonicalIds(links));
    const expected = { id: 'arxiv:2607.08111', aliases: ['doi:10.1145/3746059.3747211'] };
    expect(
      fromCard(
        'https://dl.acm.org/doi/abs/10.1145/3746059.3747211',
        'https://arxiv.org/pdf/2607.08111',
      ),
    ).toEqual(expected);
    expect(
      fromCard('https://arxiv.org/abs/2607.08111v2', 'https://doi.org/10.1145/3746059.3747211'),
    ).toEqual(expected);
  });
});
