/**
 * Values computed from the shelf, kept in the `derived` table so that a fresh service worker need
 * not compute them again: Chromium stops an idle extension worker after 30 s, and its memory goes
 * with it. A value read back is the one computed for the same shelf (`fingerprint`) by code of
 * the same `format`, or nothing.
 */
import { type DerivedRecord, db } from './db';

export async function readDerived(
  name: string,
  format: string,
  fingerprint: string,
): Promise<unknown> {
  const record = await db.derived.get(name);
  return record?.format === format && record.fingerprint === fingerprint ? record.value : undefined;
}

export async function writeDerived(record: DerivedRecord): Promise<void> {
  await db.derived.put(record);
}
