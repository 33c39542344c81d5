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

  it('refuses links that name no paper of a supported site', () => {
    expect(candidateFromLink('https://arxiv.org/list/cs.LG/new', 'cs.LG')).toBeUndefined();
    expect(
      candidateFromLink('https://huggingface.co/papers/date/2024-01-01', 'Daily'),
    ).toBeUndefined();
    expect(candidateFromLink('https://example.org/abs/2403.01234', 'Mirror')).toBeUndefined();
    expect(candidateFromLink('https://arxiv.org/abs/not-an-id', 'Broken')).toBeUndefined();
  });
});
