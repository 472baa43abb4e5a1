import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, languageSwitch, publicPage, textDirection } from './html';

// Text made mostly of the characters that matter here, so that every run meets them, entity-like runs among them.
const markup = fc.oneof(
  fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", ';', '#', 'a', 'm', 'p', '3', '9', 'ب', ' ') }),
  fc.string(),
);

describe('escapeHtml', () => {
  it('writes the five characters with meaning in HTML as entities (HTML 5, §13.1.4 and §13.5)', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml('Bäckby – ١٢٣')).toBe('Bäckby – ١٢٣');
  });

  it('leaves no raw <, no quote and no & that does not start one of its entities, whatever the text', () => {
    fc.assert(
      fc.property(markup, (text) => {
        const escaped = escapeHtml(text);
        return !/[<>"']/.test(escaped) && !/&(?!(amp|lt|gt|quot|#39);)/.test(escaped);
      }),
    );
  });

  it('is undone by a browser-style decoding of the five entities', () => {
    const decode = (s: string) =>
      s.replace(
        /&(amp|lt|gt|quot|#39);/g,
        (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!,
      );
    fc.assert(fc.property(markup, (text) => decode(escapeHtml(text)) === text));
  });
});

describe('publicPage', () => {
  const page = (language: string) =>
    publicPage({ language, title: 'Bo & trivas <3', header: '<p>Bostäder</p>', main: '<h1>Hej</h1>' });

  it('writes Arabic right to left and the other languages left to right', () => {
    expect(page('ar')).toContain('<html lang="ar" dir="rtl">');
    for (const language of ['sv', 'en', 'so']) {
      expect(page(language)).toContain(`<html lang="${language}" dir="ltr">`);
      expect(textDirection(language)).toBe('ltr');
    }
  });

  it('escapes the title and puts the content in the main landmark after the banner, without script', () => {
    const html = page('sv');
    expect(html).toContain('<title>Bo &amp; trivas &lt;3</title>');
    expect(html.indexOf('<header><p>Bostäder</p></header>')).toBeLessThan(html.indexOf('<main id="main">'));
    expect(html).toContain('<main id="main">\n<h1>Hej</h1>\n</main>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<footer>');
  });

  it('marks the current language in the switch and names each language in itself', () => {
    const nav = languageSwitch('so', 'Luqadda', [
      { language: 'sv', name: 'Svenska', href: '/s/x?lang=sv' },
      { language: 'so', name: 'Soomaali', href: '/s/x?lang=so' },
    ]);
    expect(nav).toBe(
      '<nav aria-label="Luqadda"><ul><li><a href="/s/x?lang=sv" lang="sv" hreflang="sv">Svenska</a></li><li><a href="/s/x?lang=so" lang="so" hreflang="so" aria-current="true">Soomaali</a></li></ul></nav>',
    );
  });
});
