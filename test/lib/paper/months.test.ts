import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, monthOfName } from '@/lib/paper/months';

describe('monthOfName', () => {
  it('reads every month written in full, cut to three letters, or cut anywhere after', () => {
    MONTH_NAMES.forEach((name, index) => {
      expect(monthOfName(name)).toBe(index + 1);
      expect(monthOfName(name.slice(0, 3).toUpperCase())).toBe(index + 1);
      expect(monthOfName(` ${name.slice(0, 4)} `)).toBe(index + 1);
    });
    expect(monthOfName('Sept')).toBe(9);
  });

  it('reads an abbreviation with its period', () => {
    expect(monthOfName('Mar.')).toBe(3);
    expect(monthOfName('Sept.')).toBe(9);
    expect(monthOfName(' DEC. ')).toBe(12);
    expect(monthOfName('Ma.')).toBeUndefined();
    expect(monthOfName('Mar..')).toBeUndefined();
  });

  it('reads nothing else', () => {
    for (const text of ['', 'ju', 'ma', 'Juneteenth', 'Septiembre', 'Mayo', '7', 'jly']) {
      expect(monthOfName(text)).toBeUndefined();
    }
  });
});
