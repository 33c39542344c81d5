import { candidateFromLink } from '@/lib/paper/link-candidate';

describe('candidateFromLink', () => {
  it('reads an arXiv abstract or PDF link, with its text as the title', () => {
    const expected = {
      id: 'arxiv:2403.01234',
      title: 'Scaling Laws for Fixtures',
      authors: [],
      url: 'https://arxiv.org/abs/2403.01234',
      site: 'arxiv',
      pdfUrl: 'https://arxiv.org/pdf/2403.01234',
    };
    expect(
      candidateFromLink('https://arxiv.org/abs/2403.01234v2', '  Scaling Laws\n for Fixtures '),
    ).toEqual(expected);
    expect(
      candidateFromLink('http://export.arxiv.org/pdf/2403.01234.pdf', 'Scaling Laws for Fixtures'),
    ).toEqual(expected);
  });

  it('reads a Hugging Face paper page link', () => {
    expect(
      candidateFromLink('https://huggingface.co/papers/2403.01234#community', 'A Paper'),
    ).toEqual({
      id: 'arxiv:2403.01234',
      title: 'A Paper',
      authors: [],
      url: 'https://huggingface.co/papers/2403.01234',
      site: 'huggingface',
      pdfUrl: 'https://arxiv.org/pdf/2403.01234',
    });
  });

  it.each([
    ['https://openreview.net/forum?id=AbC123xYz', 'openreview:AbC123xYz', 'openreview'],
    [
      'https://www.semanticscholar.org/paper/Attention/204e3073870fae3d05bcbc2f6a8e263d9b72e776',
      's2:204e3073870fae3d05bcbc2f6a8e263d9b72e776',
      'semanticscholar',
    ],
    [
      'https://dblp.org/rec/conf/nips/VaswaniSPUJGKP17.html',
      'dblp:conf/nips/VaswaniSPUJGKP17',
      'dblp',
    ],
    ['https://aclanthology.org/2024.acl-long.1/', 'acl:2024.acl-long.1', 'acl'],
    ['https://aclanthology.org/P19-1001.pdf', 'acl:P19-1001', 'acl'],
  ])('reads a paper link of the other sites: %s', (link, id, site) => {
    expect(candidateFromLink(link, 'A Title')).toMatchObject({ id, site, title: 'A Title' });
  });

  it('names the paper by its id when the link text is only an address or an id', () => {
    for (const text of [
      undefined,
      '',
      'arxiv.org/abs/2403.0…',
      'https://arxiv.org/abs/2403.01234',
      'arXiv:2403.01234',
    ]) {
      expect(candidateFromLink('https://arxiv.org/abs/2403.01234', text)?.title).toBe(
        'arXiv:2403.01234',
      );
    }
  });

  // The DB replaces only an id stand-in with the real title later (lib/db/papers.ts): a label
  // taken for the title would stay for good.
  it.each([
    ['https://arxiv.org/pdf/2607.01234', 'pdf', 'arXiv:2607.01234'],
    ['https://arxiv.org/pdf/2607.01234v2', '[PDF] arxiv.org', 'arXiv:2607.01234'],
    [
      'https://arxiv.org/abs/2607.01234',
      'electronic edition @ arxiv.org (open access)',
      'arXiv:2607.01234',
    ],
    ['https://aclanthology.org/2024.acl-long.1.pdf', 'pdf', 'acl:2024.acl-long.1'],
    ['https://openreview.net/pdf?id=AbC123xYz', 'Download PDF', 'openreview:AbC123xYz'],
    ['https://arxiv.org/abs/2607.01234', '2607', 'arXiv:2607.01234'],
    ['https://arxiv.org/abs/2607.01234', '[12]', 'arXiv:2607.01234'],
    ['https://arxiv.org/abs/2607.01234', 'abs', 'arXiv:2607.01234'],
    ['https://arxiv.org/abs/2607.01234', 'Abstract', 'arXiv:2607.01234'],
    ['https://arxiv.org/abs/2607.01234', 'View PDF', 'arXiv:2607.01234'],
    ['https://arxiv.org/abs/2607.01234', 'HTML (experimental)', 'arXiv:2607.01234'],
    ['https://arxiv.org/abs/2607.01234', 'Other formats', 'arXiv:2607.01234'],
    ['https://arxiv.org/abs/2607.01234', 'Full text', 'arXiv:2607.01234'],
    ['https://arxiv.org/abs/2607.01234', 'paper', 'arXiv:2607.01234'],
    ['https://arxiv.org/abs/2607.01234', 'View arXiv page', 'arXiv:2607.01234'],
    ['https://aclanthology.org/2024.acl-long.1/', 'bib', 'acl:2024.acl-long.1'],
    ['https://arxiv.org/abs/2607.01234', '→', 'arXiv:2607.01234'],
    ['https://arxiv.org/abs/2607.01234', 'Go', 'arXiv:2607.01234'],
  ])('names the paper by its id when the link text is a label: %s %j', (link, text, title) => {
    expect(candidateFromLink(link, text)?.title).toBe(title);
  });

  it('keeps short titles and titles that use a label word', () => {
    for (const title of ['BERT', 'PDF Parsing with Transformers', 'Full Text Search at Scale']) {
      expect(candidateFromLink('https://arxiv.org/abs/2607.01234', title)?.title).toBe(title);
    }
  });

  it.each([
    [
      'https://openreview.net/pdf?id=AbC123xYz',
      'openreview:AbC123xYz',
      'https://openreview.net/forum?id=AbC123xYz',
    ],
    [
      'https://aclanthology.org/2024.acl-long.1.pdf',
      'acl:2024.acl-long.1',
      'https://aclanthology.org/2024.acl-long.1/',
    ],
  ])('takes a PDF link %s as the PDF, and the paper page as its url', (link, id, page) => {
    expect(candidateFromLink(link, 'A Paper on Fixtures')).toMatchObject({
      id,
      url: page,
      pdfUrl: link,
    });
  });

  it('refuses links that name no paper of a supported site', () => {
    expect(candidateFromLink('https://arxiv.org/list/cs.LG/new', 'cs.LG')).toBeUndefined();
    expect(
      candidateFromLink('https://huggingface.co/papers/date/2024-01-01', 'Daily'),
    ).toBeUndefined();
    expect(candidateFromLink('https://example.org/abs/2403.01234', 'Mirror')).toBeUndefined();
    expect(candidateFromLink('https://arxiv.org/abs/not-an-id', 'Broken')).toBeUndefined();
    expect(candidateFromLink('https://aclanthology.org/events/acl-2024/', 'ACL')).toBeUndefined();
    expect(candidateFromLink('https://dblp.org/pid/12/345.html', 'Someone')).toBeUndefined();
  });
});
