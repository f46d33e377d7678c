import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test/render';
import { AppNavbar } from './layout/AppNavbar';
import { NAV_AREAS, visibleNav } from './nav';

describe('nav config', () => {
  it('lists every area in the domain order, built or not', () => {
    expect(NAV_AREAS.map((a) => a.key)).toEqual([
      'overview',
      'events',
      'award',
      'retreat',
      'workstreams',
      'goals',
      'agreements',
      'contacts',
      'report',
      'admin',
    ]);
  });

  it('shows only built areas, and Verwaltung only to ADMIN', () => {
    expect(visibleNav('ADMIN').map((e) => e.key)).toEqual(['overview', 'events', 'award', 'retreat', 'workstreams', 'goals', 'agreements', 'contacts', 'report', 'admin']);
    expect(visibleNav('ADMIN')[9]?.children?.map((e) => e.key)).toEqual(['members', 'audit', 'legal']);
    for (const role of ['COORDINATOR', 'MEMBER', 'VIEWER'] as const) {
      expect(visibleNav(role).map((e) => e.key)).toEqual(['overview', 'events', 'award', 'retreat', 'workstreams', 'goals', 'agreements', 'contacts', 'report']);
    }
    // outside members see the overview, the award (their own cycles) and the retreats they take part in; no Jahresbericht
    expect(visibleNav('EXTERNAL').map((e) => e.key)).toEqual(['overview', 'award', 'retreat']);
    expect(visibleNav(null).map((e) => e.key)).toEqual(['overview']);
  });

  it('drops a group whose children are all hidden', () => {
    const areas = [
      { key: 'g', labelKey: 'g', built: true, children: [{ key: 'c', labelKey: 'c', built: false, to: '/c/$cooperationId' as const }] },
    ];
    expect(visibleNav('ADMIN', areas)).toEqual([]);
  });
});

describe('AppNavbar', () => {
  function Admin() {
    return <AppNavbar cooperationId="co1" role="ADMIN" />;
  }
  function Member() {
    return <AppNavbar cooperationId="co1" role="MEMBER" />;
  }

  it('renders links for an admin, with Verwaltung › Mitglieder and Änderungsprotokoll', async () => {
    await renderRoute(Admin, { path: '/c/$cooperationId/admin/members', url: '/c/co1/admin/members' });
    expect(screen.getByRole('link', { name: 'Übersicht' })).toHaveAttribute('href', '/c/co1');
    expect(screen.getByRole('group', { name: 'Verwaltung' })).toBeInTheDocument();
    const members = screen.getByRole('link', { name: 'Mitglieder' });
    expect(members).toHaveAttribute('href', '/c/co1/admin/members');
    expect(members).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Übersicht' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'Übersicht' })).not.toHaveAttribute('data-active');
    expect(screen.getByRole('link', { name: 'Änderungsprotokoll' })).toHaveAttribute('href', '/c/co1/admin/audit');
    expect(screen.getByRole('link', { name: 'Veranstaltungen' })).toHaveAttribute('href', '/c/co1/events');
    expect(screen.getByRole('link', { name: 'Kontakte' })).toHaveAttribute('href', '/c/co1/contacts');
  });

  it('shows a member no Verwaltung', async () => {
    await renderRoute(Member, { path: '/c/$cooperationId', url: '/c/co1' });
    expect(screen.getByRole('link', { name: 'Übersicht' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByText('Verwaltung')).not.toBeInTheDocument();
    expect(screen.queryByText('Mitglieder')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Preis' })).toHaveAttribute('href', '/c/co1/award');
    expect(screen.getByRole('link', { name: 'Klausur' })).toHaveAttribute('href', '/c/co1/retreats');
    expect(screen.getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Übersicht',
      'Veranstaltungen',
      'Preis',
      'Klausur',
      'Projekte',
      'Ziele',
      'Vereinbarung',
      'Kontakte',
      'Jahresbericht',
    ]);
    expect(screen.getByRole('link', { name: 'Jahresbericht' })).toHaveAttribute('href', '/c/co1/report');
  });

  it('shows an outside member only Übersicht, Preis and Klausur', async () => {
    function External() {
      return <AppNavbar cooperationId="co1" role="EXTERNAL" />;
    }
    await renderRoute(External, {
      path: '/c/$cooperationId/award/$cycleId/score',
      url: '/c/co1/award/cy1/score',
      extraPaths: ['/c/$cooperationId', '/c/$cooperationId/award'],
    });
    expect(screen.getAllByRole('link').map((l) => l.textContent)).toEqual(['Übersicht', 'Preis', 'Klausur']);
    // the scoring screen lies below Preis: highlighted there
    expect(screen.getByRole('link', { name: 'Preis' })).toHaveAttribute('data-active');
    expect(screen.queryByRole('link', { name: 'Veranstaltungen' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Kontakte' })).toBeNull();
  });

  it('marks Klausur current on a retreat page below it', async () => {
    await renderRoute(Member, {
      path: '/c/$cooperationId/retreats/$retreatId',
      url: '/c/co1/retreats/r1',
      extraPaths: ['/c/$cooperationId', '/c/$cooperationId/retreats'],
    });
    expect(screen.getByRole('link', { name: 'Klausur' })).toHaveAttribute('data-active');
    expect(screen.getByRole('link', { name: 'Klausur' })).not.toHaveAttribute('aria-current', 'page');
  });

  it('marks Veranstaltungen current on an event page below it', async () => {
    await renderRoute(Member, {
      path: '/c/$cooperationId/events/$eventId',
      url: '/c/co1/events/e1',
      extraPaths: ['/c/$cooperationId', '/c/$cooperationId/events'],
    });
    // highlighted, but not aria-current="page": the event is not the list page itself
    expect(screen.getByRole('link', { name: 'Veranstaltungen' })).toHaveAttribute('data-active');
    expect(screen.getByRole('link', { name: 'Veranstaltungen' })).not.toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Übersicht' })).not.toHaveAttribute('data-active');
  });
});
