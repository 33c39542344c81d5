// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
/**
 * dblp rules the fixtures cannot show one by one: CoRR keys, titles, homonyms, many editions; and
 * the venues the fixtures' entries name.
 */
import { LIMITS } from '../../../lib/paper/schemas';
import { parsePage } from '../../../lib/sites';
import { arxivIdOfDblpKey } from '../../../lib/sites/dblp';
import { fixtureVenues } from './site-fixture';

describe('arxivIdOfDblpKey', () => {
  it.each([
    ['journals/corr/abs-2607-08111', '2607.08111'],
    ['journals/corr/abs-1706-03762', '1706.03762'],
    ['journals/corr/abs-0704-0001', '0704.0001'],
    // Keys before 2018 name the authors; the arXiv id comes from the edition link then.
    ['journals/corr/KimL17', undefined],
    ['journals/corr/abs-2613-00001', undefined],
    ['conf/acl/abs-2607-08111', undefined],
  ])('%s -> %s', (key, expected) => {
    expect(arxivIdOfDblpKey(key)).toBe(expected);
  });
});

function entry(key: string, title: string, authors: string[], editions: string[] = []): string {
  const names = authors
    .map(
      (name) =>
        `<span itemprop="author"><a href="https://dblp.org/pid/1/2.html"><span itemprop="name">${name}</span></a></span>`,
    )
    .join(', ');
  const ee = editions.map((href) => `<li class="ee"><a href="${href}">edition</a></li>`).join('');
  return `<li class="entry inproceedings" id="${key}"><nav class="publ"><ul><li class="drop-down"><div class="head">${
    editions[0] ? `<a href="${editions[0]}">ee</a>` : ''
  }</div><div class="body"><ul>${ee}</ul></div></li></ul></nav><cite class="data">${names}:<br> <span class="title">${title}</span> <span itemprop="datePublished">2024</span></cite></li>`;
}

function parse(html: string) {
  const doc = new DOMParser().parseFromString(`<ul class="publ-list">${html}</ul>`, 'text/html');
  return parsePage(new URL('https://dblp.org/pid/271/4430.html'), doc);
}

describe('dblp entries', () => {
  it("drops dblp's closing period but keeps a title's own punctuation", () => {
    const titles = parse(
      entry('conf/x/A24', 'A Title.', ['A']) +
        entry('conf/x/B24', 'Is This a Question?', ['B']) +
        entry('conf/x/C24', 'Wait for It...', ['C']),
    ).map((candidate) => candidate.title);
    expect(titles).toEqual(['A Title', 'Is This a Question?', 'Wait for It...']);
  });

  it('drops the homonym number dblp appends to names', () => {
    const [candidate] = parse(entry('conf/x/W24', 'T.', ['Wei Wang 0042', 'Ada Lovelace']));
    expect(candidate?.authors).toEqual(['Wei Wang', 'Ada Lovelace']);
  });

  it('puts an arXiv edition first and keeps the dblp key when editions are many', () => {
    const dois = Array.from({ length: 20 }, (_, i) => `https://doi.org/10.1000/edition.${i}`);
    const [candidate] = parse(
      entry(
        'conf/x/Many24',
        'Many Editions.',
        ['A'],
        [...dois, 'https://arxiv.org/abs/2401.00001v2'],
      ),
    );
    expect(candidate?.id).toBe('arxiv:2401.00001');
    expect(candidate?.aliases).toHaveLength(LIMITS.aliases);
    expect(candidate?.aliases?.at(-1)).toBe('dblp:conf/x/Many24');
    expect(candidate?.pdfUrl).toBe('https://arxiv.org/pdf/2401.00001');
  });

  it('skips proceedings volumes (editor entries) and entries without a key', () => {
    const html =
      entry('conf/x/2024', 'Proceedings of X 2024.', ['Editor One']).replace(
        'entry inproceedings',
        'entry editor',
      ) +
      entry('conf/x/Real24', 'A Real Paper.', ['A']) +
      entry('', 'No Key.', ['B']);
    expect(parse(html).map((candidate) => candidate.id)).toEqual(['dblp:conf/x/Real24']);
  });
});

describe('dblp venues', () => {
  it.each([
    // Conference papers name their proceedings as dblp abbreviates them, journal papers their journal.
    ['author', 'openreview:bR7uWq1LmZ', { venue: 'ICLR', venueType: 'conference' }],
    ['author', 'dblp:conf/nips/KimWF25', { venue: 'NeurIPS', venueType: 'conference' }],
    [
      'author',
      'dblp:conf/naacl/KimL17',
      { venue: 'NAACL (Student Research Workshop)', venueType: 'conference' },
    ],
    [
      'author',
      'dblp:journals/jmlr/KimR25',
      { venue: 'J. Mach. Learn. Res.', venueType: 'journal' },
    ],
    [
      'search',
      'openreview:Xk3pQ9rT2a',
      { venue: 'Trans. Mach. Learn. Res.', venueType: 'journal' },
    ],
    ['conf', 'acl:2024.acl-long.6', { venue: 'ACL (1)', venueType: 'conference' }],
    // CoRR entries are `informal`: a preprint appeared nowhere.
    ['author', 'arxiv:2607.08111', {}],
    ['journals', 'arxiv:2607.08981', {}],
  ])('%s page: %s -> %j', (page, id, expected) => {
    expect(fixtureVenues('dblp', page).get(id)).toEqual(expected);
  });

  function typedEntry(type: string, venueNames: string[]): string {
    const partOf = venueNames
      .map(
        (name) =>
          `<span itemprop="isPartOf" itemscope itemtype="http://schema.org/Periodical"><span itemprop="name">${name}</span></span>`,
      )
      .join(' ');
    return `<li class="entry ${type} toc" id="journals/x/A24"><cite class="data"><span itemprop="author"><span itemprop="name">A</span></span>:<br> <span class="title">T.</span> <a href="https://dblp.org/db/journals/x/x1.html#A24">${partOf}</a> (<span itemprop="datePublished">2024</span>)</cite></li>`;
  }

  it("reads a journal's name, not its volume's, and no venue for other types or none named", () => {
    const volume = '<span itemprop="volumeNumber">12</span>';
    const venueOf = (html: string) => {
      const [candidate] = parse(html);
      return { venue: candidate?.venue, venueType: candidate?.venueType };
    };
    expect(venueOf(typedEntry('article', ['Trans. Assoc. Comput. Linguistics', volume]))).toEqual({
      venue: 'Trans. Assoc. Comput. Linguistics',
      venueType: 'journal',
    });
    // Older pages list CoRR papers as articles: a preprint server is still no journal.
    expect(venueOf(typedEntry('article', ['CoRR']))).toEqual({});
    expect(venueOf(typedEntry('incollection', ['Handbook of X']))).toEqual({});
    expect(venueOf(typedEntry('inproceedings', []))).toEqual({});
  });
});
