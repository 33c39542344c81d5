import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Preact binding for Dexie's liveQuery (dexie-react-hooks is React-only): re-runs `query` whenever
 * the tables it read change, in this page or any other context of the extension.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error) => console.error('Paper Shelf: reading the shelf failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
