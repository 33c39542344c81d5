/**
 * A message in @webext-core/messaging's own shape (id, type, data, timestamp), for the sends that
 * call the browser's API themselves rather than the library's sendMessage: the library's
 * listeners on the other side take it as one of theirs. Two reasons to bypass the library: its
 * tab send hands Chrome a callback that never reads runtime.lastError (lib/messaging/broadcast.ts),
 * and its sendMessage awaits before it calls the browser, while an extension page that may close
 * the moment after needs its message gone at once (lib/messaging/announce.ts).
 */
import type { ProtocolMap } from './protocol';

let nextMessageId = Math.floor(Math.random() * 10_000);

export function messageEnvelope<Name extends keyof ProtocolMap>(
  type: Name,
  data: Parameters<ProtocolMap[Name]>[0],
) {
  return { id: nextMessageId++, type, data, timestamp: Date.now() };
}
