import { describe, expect, it } from 'vitest';
import { isLegalKind, legalBlocks } from './model';

describe('legalBlocks', () => {
  it('reads paragraphs, subheadings, lists and line breaks', () => {
    const text = [
      'Hinweis: Beispieltext.',
      '',
      '## Herausgeber',
      'Bezirksamt Lichtenberg',
      'Möllendorffstraße 6',
      '',
      '',
      'Ihre Rechte:',
      '- Auskunft',
      '* Berichtigung',
      'Weiter im Text.',
      '### Klein',
    ].join('\r\n');
    expect(legalBlocks(text)).toEqual([
      { type: 'paragraph', lines: ['Hinweis: Beispieltext.'] },
      { type: 'heading', level: 2, text: 'Herausgeber' },
      { type: 'paragraph', lines: ['Bezirksamt Lichtenberg', 'Möllendorffstraße 6'] },
      { type: 'paragraph', lines: ['Ihre Rechte:'] },
      { type: 'list', items: ['Auskunft', 'Berichtigung'] },
      { type: 'paragraph', lines: ['Weiter im Text.'] },
      { type: 'heading', level: 3, text: 'Klein' },
    ]);
  });

  it('keeps markup as text', () => {
    expect(legalBlocks('<script>alert(1)</script>')).toEqual([{ type: 'paragraph', lines: ['<script>alert(1)</script>'] }]);
    expect(legalBlocks('')).toEqual([]);
    expect(legalBlocks('##kein Titel')).toEqual([{ type: 'paragraph', lines: ['##kein Titel'] }]);
  });

  it('knows the three kinds', () => {
    expect(['imprint', 'privacy', 'accessibility', 'terms', 1].map(isLegalKind)).toEqual([true, true, true, false, false]);
  });
});
