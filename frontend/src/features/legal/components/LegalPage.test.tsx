import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlResponse, renderRoute, testClient } from '../../../test/render';
import { LegalPage } from './LegalPage';

function client(imprint: string) {
  return testClient(() =>
    Promise.resolve(
      graphqlResponse({
        data: {
          legalTexts: {
            __typename: 'LegalTexts',
            cooperationId: 'c1',
            cooperationName: 'Kooperation Bezirksamt Lichtenberg – WKHL',
            imprint,
            privacy: '',
            accessibility: '',
            updatedAt: '2026-11-25T10:00:00Z',
            version: 2,
          },
        },
      }),
    ),
  );
}

describe('LegalPage', () => {
  it('shows the text as paragraphs and headings, never as HTML, with links to the other texts', async () => {
    const { container } = await renderRoute(LegalPage, {
      path: '/legal/$cooperationId/$kind',
      url: '/legal/c1/imprint',
      client: client('<b>Fett?</b> <img src=x onerror=alert(1)>\n\n## Herausgeber\nBezirksamt Lichtenberg\nMöllendorffstraße 6'),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Impressum' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Herausgeber' })).toBeInTheDocument();
    expect(screen.getByText('<b>Fett?</b> <img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('b, img')).toBeNull();
    expect(screen.getByText('Kooperation Bezirksamt Lichtenberg – WKHL')).toBeInTheDocument();
    expect(screen.getByText('Stand: 25.11.2026')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Rechtliche Hinweise' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Impressum', '/legal/c1/imprint'],
      ['Datenschutzerklärung', '/legal/c1/privacy'],
      ['Erklärung zur Barrierefreiheit', '/legal/c1/accessibility'],
    ]);
    expect(links[0]).toHaveAttribute('aria-current', 'page');
  });

  it('says so when a text is empty', async () => {
    await renderRoute(LegalPage, { path: '/legal/$cooperationId/$kind', url: '/legal/c1/privacy', client: client('x') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Datenschutzerklärung' })).toBeInTheDocument();
    expect(screen.getByText('Für diese Kooperation wurde noch kein Text hinterlegt.')).toBeInTheDocument();
  });

  it('answers an unknown kind with "not found"', async () => {
    await renderRoute(LegalPage, { path: '/legal/$cooperationId/$kind', url: '/legal/c1/agb', client: client('x') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeInTheDocument();
  });
});
