import { describe, expect, it } from 'vitest';
import { publicFollowUpPage } from './public-follow-up';

const data = {
  area: { name: 'Bäckby norra', organisationName: 'Bostäder Alfa' },
  walks: [
    {
      title: 'Kvällsvandring <script>alert(1)</script>',
      walkOn: '2026-04-16',
      done: [
        {
          text: 'Ny belysning i "gångtunneln" & vid lekplatsen',
          textEn: 'New lighting in the "underpass" & by the playground',
          closedOn: '2026-05-20',
        },
        { text: 'Buskarna vid hållplatsen är klippta', textEn: null, closedOn: '2026-06-02' },
      ],
    },
    { title: 'Vårvandring', walkOn: '2025-04-10', done: [] },
  ],
};

describe('publicFollowUpPage', () => {
  it('lists what was done per walk in plain Swedish, with text escaped', () => {
    const html = publicFollowUpPage('sv', data);
    expect(html).toContain('<html lang="sv" dir="ltr">');
    expect(html).toContain('<h1>Ni sa – vi gjorde: Bäckby norra</h1>');
    expect(html).toContain(
      '<li>Ny belysning i &quot;gångtunneln&quot; &amp; vid lekplatsen <small>(Klart 2026-05-20)</small></li>',
    );
    expect(html).toContain('Kvällsvandring &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Inga åtgärder är klara ännu.');
    expect(html).toContain('href="?lang=en"');
  });

  it('speaks English when asked, and marks an action written only in Swedish as Swedish', () => {
    const html = publicFollowUpPage('en', data);
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('<h1>You said – we did: Bäckby norra</h1>');
    expect(html).toContain(
      '<li>New lighting in the &quot;underpass&quot; &amp; by the playground <small>(Done 2026-05-20)</small></li>',
    );
    expect(html).toContain(
      '<li><span lang="sv">Buskarna vid hållplatsen är klippta</span> <small>(Done 2026-06-02)</small></li>',
    );
    expect(html).not.toContain('Ny belysning');
  });

  it('says so when the area has had no walk yet', () => {
    expect(publicFollowUpPage('sv', { ...data, walks: [] })).toContain(
      'Det har inte varit någon trygghetsvandring här ännu.',
    );
  });
});
