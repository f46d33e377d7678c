import { describe, expect, it } from 'vitest';
import { basisPointsToInput, centsToInput, formatEuro, formatPercent, parseHundredths } from './money';

describe('parseHundredths', () => {
  it.each([
    ['1.234,50', 123450],
    ['1234,5', 123450],
    ['1234,50 €', 123450],
    ['12', 1200],
    ['0,01', 1],
    ['1.000.000', 100000000],
    ['1234.50', 123450],
    ['33,33', 3333],
    ['40 %', 4000],
    ['-5', -500],
    ['  7,5 ', 750],
  ])('reads %j as %d', (input, want) => {
    expect(parseHundredths(input)).toBe(want);
  });

  it.each(['', 'abc', '1,234', '12,345', '1.23.4', '1..0', ',', '1.2345'])('refuses %j', (input) => {
    expect(parseHundredths(input)).toBeNull();
  });
});

describe('formatting', () => {
  it('shows euros with Intl, German first', () => {
    expect(formatEuro(123450, 'de').replace(/\s/g, ' ')).toBe('1.234,50 €');
    expect(formatEuro(123450, 'en')).toBe('€1,234.50');
    expect(formatPercent(3333, 'de').replace(/\s/g, ' ')).toBe('33,33 %');
    expect(formatPercent(4000, 'en')).toBe('40%');
  });

  it('fills form fields the German way and reads them back', () => {
    expect(centsToInput(123450)).toBe('1.234,50');
    expect(basisPointsToInput(3333)).toBe('33,33');
    expect(basisPointsToInput(4000)).toBe('40');
    expect(parseHundredths(centsToInput(100000001))).toBe(100000001);
  });
});
