/** Number formatting for the reading list; one formatter, since toLocaleString() builds one per call. */
const numberFormat = new Intl.NumberFormat();

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** "1 paper", "10,000 papers"; `nouns` for a plural that is not noun + s ("entries"). */
export function countOf(n: number, noun: string, nouns = `${noun}s`): string {
  return n === 1 ? `1 ${noun}` : `${formatNumber(n)} ${nouns}`;
}
