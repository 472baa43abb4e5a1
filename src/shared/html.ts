/**
 * Server-rendered public pages (tenant survey, public calendar, "you said – we did"): escaping and
 * the one layout they share. Plain HTML and one small inline stylesheet, no script, so a page works
 * without JavaScript, on an old phone and on a slow line.
 */

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and for attribute values in either kind of quotes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]);
}

// Languages written right to left that the pages may be asked for (the survey speaks Arabic).
const rightToLeft = new Set(['ar', 'fa', 'he', 'ku', 'ur']);

/** `rtl` for a language written right to left, else `ltr`. */
export function textDirection(language: string): 'rtl' | 'ltr' {
  return rightToLeft.has(language) ? 'rtl' : 'ltr';
}

/** The one stylesheet: readable on a 360 px phone, large touch targets, a visible focus ring. */
export const publicPageStyle = `*{box-sizing:border-box}body{margin:0;font:1.05rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans Arabic",sans-serif;color:#1a1a1a;background:#f6f7f9}
header,main,footer{max-width:42rem;margin:0 auto;padding:0 1rem}main{padding-bottom:1rem}
h1{font-size:1.5rem;margin:.5rem 0 1rem}h2{font-size:1.15rem;margin-top:1.5rem}h2 time{text-transform:capitalize}
a{color:#0b4f8a}li{margin:.3rem 0}small,.hint{color:#4b5563}.hint{font-size:.95rem}.error{color:#a30000;font-weight:600}
nav ul,ul.plain{list-style:none;padding:0}nav ul{display:flex;flex-wrap:wrap;gap:.25rem .75rem;margin:0 0 1rem}
nav a{padding:.25rem 0;display:inline-block}nav a[aria-current]{font-weight:700;color:#1a1a1a}
.entry{border-inline-start:4px solid #1c6b48;padding:.25rem .75rem;margin:.5rem 0}.entry span{display:block}
fieldset{border:1px solid #c4c9d0;border-radius:.5rem;background:#fff;margin:0 0 1rem;padding:.75rem}
legend{font-weight:600;padding:0 .25rem}.opts{display:flex;flex-direction:column;gap:.1rem}
.opts label{display:flex;align-items:center;gap:.6rem;min-height:2.75rem;padding:.1rem .25rem;border-radius:.25rem;cursor:pointer}
.opts label:hover{background:#eef3f8}input[type=radio]{width:1.4rem;height:1.4rem;margin:0;flex:none}
textarea{width:100%;min-height:6rem;font:inherit;padding:.5rem;border:1px solid #6b7280;border-radius:.25rem}
table{border-collapse:collapse;width:100%}th,td{padding:.3rem .4rem;text-align:start;vertical-align:top;border-bottom:1px solid #dde1e6;overflow-wrap:anywhere}
.scroll{overflow-x:auto;max-width:100%}
button{font:inherit;font-weight:600;color:#fff;background:#0b4f8a;border:0;border-radius:.5rem;padding:.8rem 1.5rem;min-height:3rem;width:100%;cursor:pointer}
:focus-visible{outline:3px solid #e0a100;outline-offset:2px}`;

/** One entry of the language switch: the language's own name, and the address in that language. */
export type LanguageLink = { language: string; name: string; href: string };

/** The language switch: each language named in itself, the current one marked. */
export function languageSwitch(current: string, label: string, links: LanguageLink[]): string {
  const items = links
    .map(({ language, name, href }) => {
      const marked = language === current ? ' aria-current="true"' : '';
      return `<li><a href="${escapeHtml(href)}" lang="${language}" hreflang="${language}"${marked}>${escapeHtml(name)}</a></li>`;
    })
    .join('');
  return `<nav aria-label="${escapeHtml(label)}"><ul>${items}</ul></nav>`;
}

export type PublicPage = {
  language: string;
  /** Plain text; escaped here. */
  title: string;
  /** HTML inside `<main>`. */
  main: string;
  /** HTML of the banner above the content (the organisation's name, the language switch). */
  header?: string;
  footer?: string;
  /** Extra HTML in `<head>`, such as a feed's `<link rel="alternate">`. */
  head?: string;
};

/**
 * The whole document of a public page: language and direction, title, the stylesheet, and the
 * landmarks (banner, main, contentinfo) that let a screen reader jump past the header to the content.
 */
export function publicPage({ language, title, main, header, footer, head = '' }: PublicPage): string {
  return `<!doctype html>
<html lang="${escapeHtml(language)}" dir="${textDirection(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
${head}<style>${publicPageStyle}</style>
</head>
<body>
${header ? `<header>${header}</header>\n` : ''}<main id="main">
${main}
</main>
${footer ? `<footer>${footer}</footer>\n` : ''}</body>
</html>`;
}
