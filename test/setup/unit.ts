import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// @webext-core/messaging calls the `chrome` namespace directly; point it at the same fake.
(globalThis as { chrome?: unknown }).chrome ??= fakeBrowser;

beforeEach(() => {
  fakeBrowser.reset();
});
