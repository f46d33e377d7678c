import { describe, expect, it } from 'vitest';
import { formatChange } from '../features/admin/audit/components/AuditPage';
import { memberStatus } from '../features/admin/members/components/MembersPage';
import { berlinDayStart, formatDateTime } from './format';

describe('formatDateTime', () => {
  it('shows Berlin time whatever the zone of the browser', () => {
    expect(formatDateTime('2026-01-15T17:30:00Z', 'de')).toBe('15.01.2026, 18:30:00');
    expect(formatDateTime('2026-07-15T17:30:00Z', 'de')).toBe('15.07.2026, 19:30:00');
  });
});

describe('berlinDayStart', () => {
  it('is midnight in Berlin, summer or winter, and "until" includes the whole day', () => {
    expect(berlinDayStart('2026-01-15')).toBe('2026-01-15T00:00:00+01:00');
    expect(berlinDayStart('2026-07-01')).toBe('2026-07-01T00:00:00+02:00');
    expect(berlinDayStart('2026-03-28', true)).toBe('2026-03-29T00:00:00+01:00');
    expect(berlinDayStart('2026-03-29', true)).toBe('2026-03-30T00:00:00+02:00');
  });
});

describe('audit changes', () => {
  const labels = { redacted: '(vertraulich)', empty: '–' };
  it('lists field: old → new, and hides redacted values', () => {
    expect(formatChange({ field: 'role', old: 'MEMBER', new: 'COORDINATOR', redacted: false }, labels)).toBe(
      'role: MEMBER → COORDINATOR',
    );
    expect(formatChange({ field: 'name', old: null, new: 'Neu', redacted: false }, labels)).toBe('name: – → Neu');
    expect(formatChange({ field: 'passwordHash', old: null, new: null, redacted: true }, labels)).toBe(
      'passwordHash: (vertraulich)',
    );
  });
});

describe('member status', () => {
  it('is pending until the password is set, and deactivated wins', () => {
    expect(memberStatus({ active: true, user: { passwordSet: true } })).toBe('active');
    const now = Date.parse('2026-11-25T10:00:00Z');
    expect(memberStatus({ active: true, invitationExpiresAt: '2026-12-02T10:00:00Z', user: { passwordSet: false } }, now)).toBe('pending');
    expect(memberStatus({ active: true, invitationExpiresAt: '2026-11-25T09:59:59Z', user: { passwordSet: false } }, now)).toBe('expired');
    expect(memberStatus({ active: true, invitationExpiresAt: null, user: { passwordSet: false } }, now)).toBe('expired');
    expect(memberStatus({ active: false, user: { passwordSet: false } })).toBe('inactive');
  });
});
