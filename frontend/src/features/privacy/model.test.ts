import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  canConfirmErasure,
  canEraseContact,
  canExportContact,
  confirmationMatches,
  downloadText,
  isValidRetentionYears,
  keepListed,
  safeFileName,
  selectionState,
  toggleId,
  type EraseState,
} from './model';

describe('roles', () => {
  it('lets ADMIN and COORDINATOR export, only ADMIN erase', () => {
    expect(['ADMIN', 'COORDINATOR', 'MEMBER', 'VIEWER', 'EXTERNAL'].map((r) => canExportContact(r as never))).toEqual([true, true, false, false, false]);
    expect(['ADMIN', 'COORDINATOR', 'MEMBER', 'VIEWER', 'EXTERNAL'].map((r) => canEraseContact(r as never))).toEqual([true, false, false, false, false]);
    expect(canEraseContact(null)).toBe(false);
  });
});

describe('confirmationMatches', () => {
  it.each([
    ['Schulz', 'Schulz', true],
    ['  schulz ', 'Schulz', true],
    ['von  der Heide', 'von der Heide', true],
    ['Müller', 'Mu\u0308ller', true],
    ['Schulze', 'Schulz', false],
    ['', 'Schulz', false],
    ['', '', false],
  ])('%j for %j is %s', (typed, lastName, want) => {
    expect(confirmationMatches(typed, lastName)).toBe(want);
  });
});

describe('canConfirmErasure', () => {
  const ready: EraseState = { plan: { blockers: [] }, reason: 'Antrag nach Art. 17 DSGVO vom 28.11.2026', lastName: 'Schulz', typed: 'schulz', ticked: false };
  it('allows erasing when everything is there', () => {
    expect(canConfirmErasure(ready)).toBe(true);
  });
  it.each<[string, Partial<EraseState>]>([
    ['the plan is loading', { plan: null }],
    ['something must happen first', { plan: { blockers: ['Offene Aufgaben: 2'] } }],
    ['no reason', { reason: '   ' }],
    ['the wrong name', { typed: 'Schmidt' }],
    ['no name typed', { typed: '' }],
  ])('refuses when %s', (_, patch) => {
    expect(canConfirmErasure({ ...ready, ...patch })).toBe(false);
  });
  it('asks for a tick where there is no last name', () => {
    expect(canConfirmErasure({ ...ready, lastName: '', typed: '' })).toBe(false);
    expect(canConfirmErasure({ ...ready, lastName: null, typed: '', ticked: true })).toBe(true);
    // a tick does not replace the typed name
    expect(canConfirmErasure({ ...ready, typed: '', ticked: true })).toBe(false);
  });
});

describe('retention years', () => {
  it.each([
    [1, true],
    [30, true],
    [5, true],
    [0, false],
    [31, false],
    [2.5, false],
    ['3', false],
    [Number.NaN, false],
  ])('%j is %s', (v, want) => {
    expect(isValidRetentionYears(v)).toBe(want);
  });
});

describe('safeFileName', () => {
  it.each([
    ['koop-personendaten-schulz-2026-11-30.json', 'koop-personendaten-schulz-2026-11-30.json'],
    ['../../etc/passwd', 'passwd.json'],
    ['C:\\temp\\a?b*.json', 'ab.json'],
    ['export', 'export.json'],
    ['  ', 'koop-personendaten.json'],
    ['...', 'koop-personendaten.json'],
  ])('%j → %j', (input, want) => {
    expect(safeFileName(input)).toBe(want);
  });
});

describe('downloadText', () => {
  afterEach(() => vi.restoreAllMocks());
  it('offers the text as a file with the given name', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:x';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    downloadText('a.json', '{"name":"Schulz"}');
    expect(click).toHaveBeenCalledTimes(1);
    const clicked = click.mock.contexts[0] as HTMLAnchorElement;
    expect(clicked.download).toBe('a.json');
    expect(clicked.getAttribute('href')).toBe('blob:x');
    const text = await new Promise<string>((resolve) => {
      const r = new FileReader();
      r.onload = () => resolve(r.result as string);
      r.readAsText(blobs[0] as Blob);
    });
    expect(text).toBe('{"name":"Schulz"}');
    expect(blobs[0]?.type).toContain('application/json');
    await new Promise((r) => setTimeout(r, 1));
    expect(revoke).toHaveBeenCalledWith('blob:x');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});

describe('selection', () => {
  it('toggles, summarises and prunes', () => {
    let s = toggleId(new Set(), 'a');
    expect([...s]).toEqual(['a']);
    expect(selectionState(['a', 'b'], s)).toBe('some');
    s = toggleId(s, 'b');
    expect(selectionState(['a', 'b'], s)).toBe('all');
    s = toggleId(s, 'a');
    expect([...s]).toEqual(['b']);
    expect(selectionState(['a'], s)).toBe('none');
    expect(selectionState([], new Set())).toBe('none');
    expect([...keepListed(new Set(['a', 'b', 'c']), ['c', 'a'])].sort()).toEqual(['a', 'c']);
  });
});
