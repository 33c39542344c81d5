// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
/**
 * ACL Anthology rules the fixtures cannot show one by one: front matter, years, abstracts,
 * journals; and the volumes the fixtures' entries appeared in.
 */
import { venueTypeOf } from '../../../lib/paper/venue';
import { parsePage } from '../../../lib/sites';
import { isFrontMatter, yearOfAnthologyId } from '../../../lib/sites/acl';
import { fixtureVenues } from './site-fixture';

function parse(url: string, body: string, head = '') {
  const doc = new DOMParser().parseFromString(
    `<html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
  return parsePage(new URL(url), doc);
}

function entry(id: string, title: string, abstractId?: string): string {
  return `<div class="d-sm-flex align-items-stretch mb-3"><div class="d-block me-2 list-button-row"><a class="badge text-bg-primary align-middle me-1" href=https://aclanthology.org/${id}.pdf>pdf</a></div><span class=d-block><strong><a class=align-middle href=/${id}/>${title}</a></strong><br><a href=/people/ada-lovelace/>Ada Lovelace</a></span></div>${
    abstractId
      ? `<div class="card bg-light mb-2 mb-lg-3 collapse abstract-collapse" id=${abstractId}><div class="card-body p-3 small">Abstract of ${abstractId}.</div></div>`
      : ''
  }`;
}

describe('isFrontMatter', () => {
  it.each([
    ['2024.acl-long.0', true],
    ['2024.acl-long.10', false],
    ['2023.findings-emnlp.0', true],
    ['P19-1000', true],
    ['P19-1100', false],
    ['P19-1001', false],
    // Workshop volumes take two digits: W19-5300 is volume 53, paper 0.
    ['W19-5300', true],
    ['W19-5301', false],
    ['W19-5100', true],
    // D19 workshops (volume 5 and up) also take two digits, the main volumes one.
    ['D19-5700', true],
    ['D19-1000', true],
    ['D19-1100', false],
    ['C69-0100', true],
    ['C69-0101', false],
  ])('%s -> %s', (id, expected) => {
    expect(isFrontMatter(id)).toBe(expected);
  });
});

describe('yearOfAnthologyId', () => {
  it.each([
    ['2024.acl-long.1', '2024'],
    ['P19-1001', '2019'],
    ['J79-1001', '1979'],
    ['A00-1001', '2000'],
    ['not-an-id', undefined],
  ])('%s -> %s', (id, expected) => {
    expect(yearOfAnthologyId(id)).toBe(expected);
  });
});

describe('ACL Anthology entries', () => {
  const url = 'https://aclanthology.org/volumes/2024.acl-long/';

  it('skips the front matter and keeps the papers', () => {
    const candidates = parse(
      url,
      entry('2024.acl-long.0', 'Proceedings of the 62nd Annual Meeting') +
        entry('2024.acl-long.1', 'First Paper'),
    );
    expect(candidates.map((c) => c.id)).toEqual(['acl:2024.acl-long.1']);
  });

  it("never takes another entry's abstract: the collapse must carry the entry's own id", () => {
    const candidates = parse(
      url,
      entry('2024.acl-long.1', 'No Abstract Here') +
        // An abstract whose entry is missing (a removed paper) sits after the next entry's.
        `<div class="card bg-light collapse abstract-collapse" id=abstract-2024--acl-long--7><div class=card-body>Stray.</div></div>` +
        entry('2024.acl-long.2', 'With Abstract', 'abstract-2024--acl-long--2'),
    );
    expect(candidates.map((c) => [c.id, c.abstract])).toEqual([
      ['acl:2024.acl-long.1', undefined],
      ['acl:2024.acl-long.2', 'Abstract of abstract-2024--acl-long--2.'],
    ]);
  });

  it('reads the older <p> template the same way', () => {
    const candidates = parse(
      'https://aclanthology.org/volumes/P19-1/',
      `<p class="d-sm-flex align-items-stretch"><span class="d-block mr-2 text-nowrap list-button-row"><a class="badge badge-primary align-middle mr-1" href="https://aclanthology.org/P19-1001.pdf">pdf</a></span><span class="d-block"><strong><a class="align-middle" href="/P19-1001/">Old <span class="acl-fixed-case">T</span>itle</a></strong><br /><a href="/people/a/ada-lovelace/">Ada Lovelace</a> |
        <a href="/people/c/charles-babbage/">Charles Babbage</a></span></p>`,
    );
    expect(candidates).toEqual([
      {
        id: 'acl:P19-1001',
        title: 'Old Title',
        authors: ['Ada Lovelace', 'Charles Babbage'],
        url: 'https://aclanthology.org/P19-1001/',
        site: 'acl',
        pdfUrl: 'https://aclanthology.org/P19-1001.pdf',
        published: '2019',
      },
    ]);
  });

  it('reads a relative PDF link, resolved against the page', () => {
    const withPdf = (href: string) =>
      `<div class="d-sm-flex align-items-stretch"><div class="d-block"><a class="badge" href="${href}">pdf</a></div><span class="d-block"><strong><a class="align-middle" href="/2024.acl-long.1/">T</a></strong><br><a href="/people/ada-lovelace/">Ada Lovelace</a></span></div>`;
    const pdfUrlOf = (href: string) => parse(url, withPdf(href))[0]?.pdfUrl;
    expect(pdfUrlOf('/2024.acl-long.1.pdf')).toBe('https://aclanthology.org/2024.acl-long.1.pdf');
    expect(pdfUrlOf('/2024.acl-long.1v2.pdf')).toBe(
      'https://aclanthology.org/2024.acl-long.1v2.pdf',
    );
    expect(pdfUrlOf('https://aclanthology.org/2024.acl-long.1.pdf')).toBe(
      'https://aclanthology.org/2024.acl-long.1.pdf',
    );
    // Relative to /volumes/2024.acl-long/: a file of the volume page, not the paper's PDF.
    expect(pdfUrlOf('2024.acl-long.1.pdf')).toBeUndefined();
    expect(pdfUrlOf('/2024.acl-long.2.pdf')).toBeUndefined();
  });

  it('names a paper page without a DOI by its Anthology id alone', () => {
    const [candidate] = parse(
      'https://aclanthology.org/W19-5301/',
      '<section id=main><h2 id=title><a href=https://aclanthology.org/W19-5301.pdf>Findings of the 2019 Conference on Machine Translation</a></h2><p class=lead><a href=/people/ondrej-bojar/>Ondřej Bojar</a></p></section>',
      '<meta content="Findings of the 2019 Conference on Machine Translation" name=citation_title><meta content="Ondřej Bojar" name=citation_author><meta content="2019/8" name=citation_publication_date>',
    );
    expect(candidate).toEqual({
      id: 'acl:W19-5301',
      title: 'Findings of the 2019 Conference on Machine Translation',
      authors: ['Ondřej Bojar'],
      url: 'https://aclanthology.org/W19-5301/',
      site: 'acl',
      published: '2019-08',
    });
  });
});

describe('ACL Anthology venues', () => {
  const LONG =
    'Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics';

  it.each([
    // Event page: the heading of the volume's section.
    ['event', 'acl:2024.acl-long.1', `${LONG} (Volume 1: Long Papers)`],
    ['event', 'acl:2024.acl-short.4', `${LONG} (Volume 2: Short Papers)`],
    [
      'event',
      'acl:2024.findings-acl.2',
      'Findings of the Association for Computational Linguistics: ACL 2024',
    ],
    // Volume page: its own title.
    [
      'volume',
      'acl:P19-1007',
      'Proceedings of the 57th Annual Meeting of the Association for Computational Linguistics',
    ],
    // Paper page: the volume its details name.
    ['paper', 'doi:10.18653/v1/2024.acl-long.3', `${LONG} (Volume 1: Long Papers)`],
  ])('%s page: %s appeared in %j', (page, id, venue) => {
    // Untyped: lib/paper/venue.ts reads the Anthology's volumes as proceedings, TACL and CL as
    // journals.
    expect(fixtureVenues('acl', page).get(id)).toEqual({ venue, venueType: undefined });
    expect(venueTypeOf({ venue })).toBe('conference');
  });

  /** An event page section: the volume's heading, linked to it, over its entries. */
  function section(volumeId: string, title: string, entries: string): string {
    return `<div id=${volumeId.replace(/\W/g, '')}><small><a href=# class=text-muted>up</a></small><h4 class="d-sm-flex pb-2 border-bottom"><span class="d-block me-2 list-button-row"><a class="badge text-bg-primary align-middle me-1" href=https://aclanthology.org/${volumeId}.pdf>pdf&nbsp;(full)</a></span><a class=align-middle href=/volumes/${volumeId}/>${title}</a></h4>${entries}</div>`;
  }

  const venuesOf = (url: string, body: string) =>
    parse(url, body).map(({ id, venue, venueType }) => [
      id,
      venue,
      venueType ?? venueTypeOf({ venue }),
    ]);

  it("names a journal paper's journal, without the volume, and each entry by its own volume", () => {
    const body =
      section(
        '2024.tacl-1',
        'Transactions of the Association for Computational Linguistics, Volume 12',
        entry('2024.tacl-1.5', 'A TACL Paper'),
      ) +
      section(
        '2024.cl-1',
        'Computational Linguistics, Volume 50, Issue 1 - March 2024',
        entry('2024.cl-1.2', 'A CL Article'),
      ) +
      section(
        'W19-53',
        'Proceedings of the Fourth Conference on Machine Translation (Volume 2: Shared Task Papers, Day 1)',
        entry('W19-5301', 'Findings of the 2019 Conference on Machine Translation') +
          // Listed under a volume it is not part of: its own volume is not on the page.
          entry('W19-5401', 'Elsewhere'),
      ) +
      // Outside any volume's section.
      entry('2024.acl-long.9', 'No Heading');
    expect(venuesOf('https://aclanthology.org/events/acl-2024/', body)).toEqual([
      [
        'acl:2024.tacl-1.5',
        'Transactions of the Association for Computational Linguistics',
        'journal',
      ],
      ['acl:2024.cl-1.2', 'Computational Linguistics', 'journal'],
      [
        'acl:W19-5301',
        'Proceedings of the Fourth Conference on Machine Translation (Volume 2: Shared Task Papers, Day 1)',
        'conference',
      ],
      ['acl:W19-5401', undefined, undefined],
      ['acl:2024.acl-long.9', undefined, undefined],
    ]);
  });

  it("reads an old TACL volume page's title as the journal", () => {
    const body = `<section id=main><h2 id=title><a href=https://aclanthology.org/Q19-1.pdf>Transactions of the Association for Computational Linguistics, Volume 7</a></h2><div id=q19-1>${entry('Q19-1001', 'An Old TACL Paper')}</div></section>`;
    expect(venuesOf('https://aclanthology.org/volumes/Q19-1/', body)).toEqual([
      ['acl:Q19-1001', 'Transactions of the Association for Computational Linguistics', 'journal'],
    ]);
  });
});
