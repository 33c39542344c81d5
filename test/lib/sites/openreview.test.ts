// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
/**
 * OpenReview rules the fixtures cannot show one by one: namesakes, MathJax 3 titles, dates, venue
 * lines; and the venues of the fixtures' notes.
 */
import { parsePage } from '../../../lib/sites';
import { TITLE_MATHJAX3_HTML } from '../../fixtures/sites/mathjax-output';
import { fixtureVenues } from './site-fixture';

const groupUrl = new URL('https://openreview.net/group?id=ICLR.cc/2026/Conference');

function groupPage(title: string, authors: string, metaInfo = ''): Document {
  return new DOMParser().parseFromString(
    `<div class="submissions-list"><ul class="list-unstyled list-paginated"><li><div class="note"><h4><a href="/forum?id=AbC123xYz">${title}</a></h4><div class="note-authors"><span>${authors}</span></div>${metaInfo}</div></li></ul></div>`,
    'text/html',
  );
}

function profile(id: string, name: string): string {
  return `<a href="/profile?id=${id}" title="${id}" data-toggle="tooltip" data-placement="top">${name}</a>`;
}

describe('OpenReview note authors', () => {
  it('keeps co-authors who share a name: their profiles tell them apart', () => {
    const doc = groupPage(
      'T',
      `${profile('~Wei_Wang1', 'Wei Wang')}, ${profile('~Wei_Wang2', 'Wei Wang')}, ${profile('~Ada_L1', 'Ada L')}`,
    );
    expect(parsePage(groupUrl, doc)[0]?.authors).toEqual(['Wei Wang', 'Wei Wang', 'Ada L']);
  });

  it('keeps namesakes without a profile, and drops the same profile shown twice', () => {
    const doc = groupPage(
      'T',
      `${profile('~Wei_Wang1', 'Wei Wang')}, <span>Li Na</span>, <span>Li Na</span>, ${profile('~Wei_Wang1', 'Wei Wang')}`,
    );
    expect(parsePage(groupUrl, doc)[0]?.authors).toEqual(['Wei Wang', 'Li Na', 'Li Na']);
  });

  it('tells namesakes apart on forum pages, where each author is wrapped with an institution', () => {
    const author = (id: string, sup: number) =>
      `<span class="note-author-with-institutions">${profile(id, 'Wei Wang')}<sup>${sup}</sup></span>`;
    const doc = new DOMParser().parseFromString(
      `<div class="forum-note"><div class="forum-title"><h2 class="citation_title">T</h2></div><div class="forum-authors mb-2"><h3><span>${author('~Wei_Wang1', 1)}, ${author('~Wei_Wang2', 2)}</span></h3></div></div>`,
      'text/html',
    );
    const [candidate] = parsePage(new URL('https://openreview.net/forum?id=AbC123xYz'), doc);
    expect(candidate?.authors).toEqual(['Wei Wang', 'Wei Wang']);
  });
});

describe('OpenReview titles typeset by MathJax 3', () => {
  it('reads the math once: MathJax 3 keeps no TeX, and draws its glyphs as CSS content', () => {
    const doc = groupPage(TITLE_MATHJAX3_HTML, profile('~Ada_L1', 'Ada L'));
    expect(parsePage(groupUrl, doc)[0]?.title).toBe('Bounds on ℓ1 Fixtures');
  });
});

describe('OpenReview note dates', () => {
  // The first meta item, as openreview-web's forumDate writes it: notes imported with only a
  // year (or a month and year) show no day, and their modified or imported date is the record's.
  it.each([
    ['Published: 22 Jan 2026, Last Modified: 01 Mar 2026', '2026-01-22'],
    ['Published: 22 Jan 2026, Uploaded: 20 Jan 2026', '2026-01-22'],
    ['27 Jan 2026 (modified: 01 Mar 2026)', '2026-01-27'],
    ['2019', '2019'],
    ['2019 (imported: 01 Mar 2026)', '2019'],
    ['2019 (modified: 01 Mar 2026)', '2019'],
    ['Jan 2019', '2019-01'],
    ['Sept 2019 (modified: 01 Mar 2026)', '2019-09'],
    ['ICLR 2026 Oral', undefined],
  ])('%j -> published %j', (metaItem, expected) => {
    const doc = groupPage(
      'T',
      profile('~Ada_L1', 'Ada L'),
      `<ul class="note-meta-info list-inline"><li>${metaItem}</li><li>ICLR 2026 Oral</li></ul>`,
    );
    expect(parsePage(groupUrl, doc)[0]?.published).toBe(expected);
  });
});

describe('OpenReview venues', () => {
  it.each([
    // An accepted paper's venue line, on the venue page's "Accept (Oral)" tab and on its forum.
    ['group', 'openreview:Xk3vQ9pL2m', { venue: 'ICLR 2026' }],
    ['group', 'openreview:33Y6Vz7yLc', { venue: 'ICLR 2026' }],
    ['forum', 'openreview:Xk3vQ9pL2m', { venue: 'ICLR 2026' }],
    // The "Rejected Submissions" tab: "Submitted to ICLR 2026".
    ['group', 'openreview:Qm7RtV2xNc', {}],
    ['group', 'openreview:Lw3ZpE8sKd', {}],
  ])('%s page: %s -> %j', (page, id, expected) => {
    expect(fixtureVenues('openreview', page).get(id)).toEqual(expected);
  });

  const venueOf = (line: string) =>
    parsePage(
      groupUrl,
      groupPage(
        'T',
        profile('~Ada_L1', 'Ada L'),
        `<ul class="note-meta-info list-inline"><li>Published: 22 Jan 2026</li><li>${line}</li><li class="readers">Readers: Everyone</li></ul>`,
      ),
    )[0]?.venue;

  it.each([
    ['ICLR 2026 Poster', 'ICLR 2026'],
    ['ICLR 2026 Oral', 'ICLR 2026'],
    ['NeurIPS 2025 spotlight', 'NeurIPS 2025'],
    ['ICLR 2023 notable top 5%', 'ICLR 2023'],
    ['ICML 2024 Main Track', 'ICML 2024'],
    ['ICLR 2024 Conference Oral', 'ICLR 2024'],
    ['ICLR 2025 Oral Presentation', 'ICLR 2025'],
    ['NeurIPS 2022 Accept', 'NeurIPS 2022'],
    ['ICLR 2023 Conference notable top 25%', 'ICLR 2023'],
    ['NeurIPS 2023 Datasets and Benchmarks Track Poster', 'NeurIPS 2023 Datasets and Benchmarks'],
    ['ICML 2024 Spotlight Talk', 'ICML 2024'],
    ['Accepted by TMLR', 'TMLR'],
    ['Accepted at ICLR 2026 Oral', 'ICLR 2026'],
    ['Published at ICML 2025 Accepted', 'ICML 2025'],
    ['TMLR', 'TMLR'],
    ['ICLR 2026', 'ICLR 2026'],
    [
      'Published in Transactions on Machine Learning Research',
      'Transactions on Machine Learning Research',
    ],
  ])('reads %j as the venue %j, without how it was accepted', (line, venue) => {
    expect(venueOf(line)).toBe(venue);
  });

  it.each([
    'Submitted to ICLR 2026',
    'ICLR 2026 Conference Submission',
    'ICLR 2026 Conference Withdrawn Submission',
    'ICLR 2026 Conference Desk Rejected Submission',
    'ICLR 2019 Conference Blind Submission',
    'Under review for TMLR',
    'Rejected by TMLR',
    'Decision pending for TMLR',
    'CoRR 2023',
  ])('reads no venue from %j', (line) => {
    expect(venueOf(line)).toBeUndefined();
  });

  it("takes no venue from a rejected paper's citation_conference_title", () => {
    // openreview-web fills the tag from the BibTeX's booktitle with "Submitted to" cut off.
    const forum = new DOMParser().parseFromString(
      `<html><head><meta name="citation_title" content="T"><meta name="citation_conference_title" content="The Fourteenth International Conference on Learning Representations"></head><body><div class="forum-note"><div class="forum-title"><h2 class="citation_title">T</h2></div><div class="clearfix mb-1"><div class="forum-meta"><span class="date item">Published: 22 Jan 2026</span><span class="item">Submitted to ICLR 2026</span></div></div></div></body></html>`,
      'text/html',
    );
    const [candidate] = parsePage(new URL('https://openreview.net/forum?id=AbC123xYz'), forum);
    expect(candidate?.venue).toBeUndefined();
  });
});
