/**
 * The extension's IndexedDB database. Apart from lib/db/db.ts so that the plain-IndexedDB reader
 * (lib/db/first-page.ts) names it without loading Dexie.
 */
export const DATABASE_NAME = 'paper-shelf';
