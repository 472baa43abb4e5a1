import { describe, expect, it } from 'vitest';
import { type FollowUpPageData, publicFollowUpPage } from './public-follow-up';

// Moved from the rounds module with the page: every assertion as it was there.
const data: FollowUpPageData = {
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

const withDialogues: FollowUpPageData = {
  ...data,
  dialogues: [
    {
      title: 'Barnkonsultation på fritidsgården',
      heldOn: '2026-03-12',
      method: 'children_consultation',
      points: [
        {
          text: 'Lekplatsen är mörk på kvällen',
          response: 'Vi sätter upp belysning.',
          outcome: { done: true, closedOn: '2026-05-02', text: 'Ny belysning vid lekplatsen' },
        },
        {
          text: 'Fler bänkar vid fotbollsplanen',
          response: '',
          outcome: { done: false, closedOn: null, text: 'Fler bänkar vid fotbollsplanen' },
        },
        { text: 'Mer grönska', response: 'Vi planterar i vår.', outcome: null },
      ],
    },
  ],
};

describe('publicFollowUpPage with dialogues', () => {
  it('shows what was raised, the response, a done action with its day and an open one as under way', () => {
    const html = publicFollowUpPage('sv', withDialogues, '/ni-sa-vi-gjorde/alfa/A-N');
    expect(html).toContain('<h2>Dialoger</h2>');
    expect(html).toContain('<h3>Barnkonsultation 2026-03-12: Barnkonsultation på fritidsgården</h3>');
    expect(html).toContain('<p><strong>Ni sa:</strong> Lekplatsen är mörk på kvällen</p>');
    expect(html).toContain('<p><strong>Vårt svar:</strong> Vi sätter upp belysning.</p>');
    expect(html).toContain(
      '<p class="outcome"><strong>Vi gjorde:</strong> Ny belysning vid lekplatsen <small>(Klart 2026-05-02)</small></p>',
    );
    // The open action's wording is the point's own, so it is not repeated.
    expect(html).toContain('<p class="outcome"><strong>Pågår</strong></p>');
    expect(html).toContain('<h2>Trygghetsvandringar</h2>');
    // The language links keep the page's own address.
    expect(html).toContain('href="/ni-sa-vi-gjorde/alfa/A-N?lang=so"');
  });

  it('speaks Arabic right to left and Somali, marking the staff’s Swedish words as Swedish', () => {
    const ar = publicFollowUpPage('ar', withDialogues);
    expect(ar).toContain('<html lang="ar" dir="rtl">');
    expect(ar).toContain('<h1>قلتم – فعلنا: Bäckby norra</h1>');
    expect(ar).toContain('<strong>قلتم:</strong> <span lang="sv">Lekplatsen är mörk på kvällen</span>');
    const so = publicFollowUpPage('so', withDialogues);
    expect(so).toContain('<html lang="so" dir="ltr">');
    expect(so).toContain('<h1>Waxaad tiraahdeen – waxaan samaynay: Bäckby norra</h1>');
    expect(so).toContain('<strong>Waa socotaa</strong>');
  });

  it('says so when the area has had no dialogue yet', () => {
    expect(publicFollowUpPage('en', data)).toContain('We have not held a dialogue here yet.');
  });
});
