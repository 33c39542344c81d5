/** After a scan, the saved cards that name a venue go to the background in one message. */
import { fillDetailsOfSavedCards } from '@/entrypoints/listing/fill-details';
import type { PageSession, SessionObserver } from '@/entrypoints/listing/page-session';
import { sendMessage } from '@/lib/messaging/protocol';
import type { PaperCandidate, SavedState } from '@/lib/paper/schemas';
import { candidate } from '../../fixtures/papers';

vi.mock('@/lib/messaging/protocol', () => ({ sendMessage: vi.fn(() => Promise.resolve()) }));

function scanOf(cards: Array<[PaperCandidate, SavedState | undefined]>) {
  let observer: SessionObserver | undefined;
  const session = { observe: (added: SessionObserver) => (observer = added) };
  fillDetailsOfSavedCards(session as unknown as PageSession);
  const hosts = cards.map(([card, state]) => ({ candidate: card, currentState: state }));
  observer?.cardsAdded?.(hosts as never);
}

const saved: SavedState = { saved: true, tags: [] };
const withVenue = (id: string) =>
  candidate({ id, url: `https://arxiv.org/abs/${id.slice(6)}`, venue: 'NeurIPS' });

describe('fillDetailsOfSavedCards', () => {
  beforeEach(() => vi.mocked(sendMessage).mockClear());

  it('sends the saved cards that name a venue, all in one message', () => {
    const [a, b] = [withVenue('arxiv:2607.00001'), withVenue('arxiv:2607.00002')];
    scanOf([
      [a, saved],
      [withVenue('arxiv:2607.00003'), { saved: false, tags: [] }],
      [candidate({ id: 'arxiv:2607.00004' }), saved],
      [withVenue('arxiv:2607.00005'), undefined],
      [b, saved],
    ]);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith('fillPaperDetails', { candidates: [a, b] });
  });

  it('sends nothing when no saved card names a venue', () => {
    scanOf([
      [candidate(), saved],
      [withVenue('arxiv:2607.00003'), { saved: false, tags: [] }],
    ]);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
