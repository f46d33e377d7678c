import { describe, expect, it } from 'vitest';
import { memberOptions } from './model';

describe('memberOptions', () => {
  it('labels members with their partner, sorts them and keeps people the record names who are gone', () => {
    const org = { name: 'Wirtschaftskreis Hohenschönhausen-Lichtenberg e. V.', shortName: 'WKHL' };
    const options = memberOptions(
      [
        { id: 'm2', user: { name: 'Mira Maaß' }, organisation: org },
        { id: 'm1', user: { name: 'Clara Conrad' }, organisation: { name: 'Bezirksamt Lichtenberg', shortName: '' } },
        { id: 'm3', user: { name: 'Erik Extern' }, organisation: null },
      ],
      [
        { membershipId: 'm2', name: 'Mira Maaß', partner: { organisation: org } },
        { membershipId: 'm9', name: 'Frieda Früher', partner: { organisation: org } },
      ],
    );
    expect(options).toEqual([
      { value: 'm1', label: 'Clara Conrad (Bezirksamt Lichtenberg)' },
      { value: 'm3', label: 'Erik Extern' },
      { value: 'm2', label: 'Mira Maaß (WKHL)' },
      { value: 'm9', label: 'Frieda Früher (WKHL)' },
    ]);
  });
});
