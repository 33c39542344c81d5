/** Revisions order the states of one paper, also within a millisecond. */
import { isOlderState, nextRevision, withRevision } from '@/lib/messaging/revision';

describe('revisions', () => {
  it('strictly increase, even for many in the same millisecond', () => {
    const revisions = Array.from({ length: 1_000 }, () => nextRevision());
    for (let i = 1; i < revisions.length; i += 1) {
      expect(revisions[i]).toBeGreaterThan(revisions[i - 1] as number);
    }
    expect(revisions[0]).toBeGreaterThanOrEqual(Date.now() - 1_000);
  });

  it('stamp a state once', () => {
    const stamped = withRevision({ saved: true, tags: [] });
    expect(stamped.revision).toEqual(expect.any(Number));
    expect(withRevision(stamped)).toBe(stamped);
  });

  it('tell an older state from a newer one; states without revision are never older', () => {
    const old = { saved: true, tags: ['a'], revision: 10 };
    const newer = { saved: true, tags: ['a', 'b'], revision: 11 };
    expect(isOlderState(old, newer)).toBe(true);
    expect(isOlderState(newer, old)).toBe(false);
    expect(isOlderState(old, old)).toBe(false);
    expect(isOlderState({ saved: false, tags: [] }, newer)).toBe(false);
    expect(isOlderState(old, { saved: false, tags: [] })).toBe(false);
    expect(isOlderState(old, undefined)).toBe(false);
  });
});
