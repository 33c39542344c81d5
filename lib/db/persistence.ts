/**
 * Asks the browser to keep the shelf under storage pressure (navigator.storage.persist()).
 * Browsers evict "best-effort" storage when the disk fills up; a persistent origin is only
 * cleared by the user. Chrome grants or denies without asking, by its own heuristics (it denies
 * an extension without engagement, as in the browser tests); Firefox grants extension pages
 * without a prompt since version 77. Only extension pages can ask (StorageManager.persist is not
 * exposed to service workers), so the popup and options page call this when they open.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist || !storage.persisted) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    // Persistence is a safeguard: the shelf works the same without it.
    return false;
  }
}
