/** navigator.storage.persist() is asked for once per page, and never breaks the page. */
import { requestPersistentStorage } from '@/lib/db/persistence';

/** happy-dom has no navigator.storage: each test gives it the StorageManager it needs. */
function stubStorage(storage: Partial<StorageManager> | undefined) {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('requestPersistentStorage', () => {
  it('asks for persistence when the storage is not persistent yet', async () => {
    const persist = vi.fn(async () => true);
    stubStorage({ persisted: async () => false, persist });
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('does not ask again once granted', async () => {
    const persist = vi.fn(async () => true);
    stubStorage({ persisted: async () => true, persist });
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('reports a refusal, a failure or a missing API as false', async () => {
    stubStorage({ persisted: async () => false, persist: async () => false });
    expect(await requestPersistentStorage()).toBe(false);
    stubStorage({
      persisted: async () => false,
      persist: async () => {
        throw new DOMException('denied', 'NotAllowedError');
      },
    });
    expect(await requestPersistentStorage()).toBe(false);
    stubStorage(undefined);
    expect(await requestPersistentStorage()).toBe(false);
  });
});
