/**
 * English month names, as listings ("13 July, 2026", "13 Jul 2026") and BibTeX files
 * (`month = jul`, `month = {September}`) write them. Shared by the site adapters' date reading
 * (lib/sites/dom-text.ts) and the BibTeX import (lib/import/bibtex.ts); `yearMonth` by every
 * reader of a date.
 */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/**
 * 1-12 for a month name written in full or cut after three letters or more, in any case ("Jul",
 * "Sept", "JULY"), with or without the period of an abbreviation ("Mar.", `month = {Sept.}`);
 * undefined for anything else.
 */
export function monthOfName(name: string): number | undefined {
  const lower = name.trim().toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(lower));
  return index === -1 ? undefined : index + 1;
}

/** "2024-03": a year and a month as a paper's `published` date writes them (lib/paper/schemas.ts). */
export function yearMonth(year: number | string, month: number | string): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
