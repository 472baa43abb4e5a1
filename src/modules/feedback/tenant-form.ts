/**
 * The public feedback pages as HTML: the form (every field labelled and kept on a refusal or a
 * map click), the receipt and the status page, in the four tenant languages, without JavaScript.
 */
import { maskPersonalData } from '../../core/personal-data';
import { escapeHtml } from '../../shared/html';
import { type TenantLanguage, tenantPage } from '../../shared/tenant-page';
import type { LinkedAction } from '../rounds';
import { mapFrame } from './map';
import type { FeedbackForm, FieldError } from './submit.service';
import { feedbackTexts, fill } from './tenant-texts';
import { categoryTexts, type FeedbackStatus, feedbackCategories } from './vocabulary';

type FormArea = {
  name: string;
  organisationName: string;
  geometry: Parameters<typeof mapFrame>[0] | null;
};

const extraStyle =
  'input[type=text],input[type=email],input[type=tel],select{width:100%;font:inherit;padding:.5rem;border:1px solid #6b7280;border-radius:.25rem;min-height:2.75rem;background:#fff}' +
  'label{font-weight:600}p.field{margin:0 0 1rem}.map{display:block;max-width:none;border:1px solid #6b7280;border-radius:.25rem}' +
  '.answer{white-space:pre-line;background:#fff;border-inline-start:4px solid #0b4f8a;padding:.5rem .75rem}';

function page(
  lang: TenantLanguage,
  title: string,
  main: string,
  path: string,
  banner: string,
  noindex = false,
) {
  return tenantPage({
    language: lang,
    title,
    main: `<style>${extraStyle}</style>${main}`,
    path,
    noindex,
    banner: `<p><strong>${escapeHtml(banner)}</strong></p>`,
  });
}

const errorOf = (errors: FieldError[], field: FieldError['field']) => errors.find((e) => e.field === field);

/** A field's error under it, tied to the control by aria-describedby. */
function fieldError(errors: FieldError[], field: FieldError['field']): string {
  const error = errorOf(errors, field);
  return error ? `<br><span class="error" id="${field}-error">${escapeHtml(error.message)}</span>` : '';
}

function invalid(errors: FieldError[], field: FieldError['field'], hint?: string): string {
  const ids = [hint, errorOf(errors, field) ? `${field}-error` : undefined].filter(Boolean).join(' ');
  return `${errorOf(errors, field) ? ' aria-invalid="true"' : ''}${ids ? ` aria-describedby="${ids}"` : ''}`;
}

function textField(
  name: 'place' | 'email' | 'phone',
  type: string,
  label: string,
  value: string,
  errors: FieldError[],
  hint?: string,
  autocomplete = 'off',
) {
  const hintHtml = hint ? `<br><span class="hint" id="${name}-hint">${escapeHtml(hint)}</span>` : '';
  return `<p class="field"><label for="${name}">${escapeHtml(label)}</label>${hintHtml}<input type="${type}" id="${name}" name="${name}" value="${escapeHtml(value)}" maxlength="200" autocomplete="${autocomplete}"${invalid(errors, name, hint ? `${name}-hint` : undefined)}>${fieldError(errors, name)}</p>`;
}

/** The map as an image button: a click sends the form with `map.x` and `map.y`. */
function mapField(
  area: FormArea,
  form: FeedbackForm,
  lang: TenantLanguage,
  path: string,
  errors: FieldError[],
) {
  if (!area.geometry) return '';
  const t = feedbackTexts[lang];
  const { width, height } = mapFrame(area.geometry);
  const marked = form.lat !== null && form.lon !== null;
  const src = `${path}/karta.svg${marked ? `?lat=${form.lat}&lon=${form.lon}` : ''}`;
  return `<fieldset><legend>${escapeHtml(t.map)}</legend><p class="hint" id="map-hint">${escapeHtml(t.mapHint)}</p>${marked ? `<p role="status">${escapeHtml(t.mapMarked)}</p>` : ''}<input type="image" class="map" name="map" src="${escapeHtml(src)}" width="${width}" height="${height}" style="width:${width}px;height:${height}px" alt="${escapeHtml(`${t.map}: ${area.name}`)}" formnovalidate aria-describedby="map-hint">${fieldError(errors, 'map')}${marked ? `<input type="hidden" name="lat" value="${form.lat}"><input type="hidden" name="lon" value="${form.lon}">` : ''}</fieldset>`;
}

/** The form, filled with what was posted, with the refusals at the top and beside each field. */
export function renderForm(
  area: FormArea,
  lang: TenantLanguage,
  path: string,
  form: FeedbackForm,
  errors: FieldError[] = [],
): string {
  const t = feedbackTexts[lang];
  const title = fill(t.formTitle, { area: area.name });
  const options = feedbackCategories
    .map(
      (code) =>
        `<option value="${code}"${form.category === code ? ' selected' : ''}>${escapeHtml(categoryTexts[code][lang].name)}</option>`,
    )
    .join('');
  const summary = errors.length
    ? `<div role="alert"><h2>${escapeHtml(t.errorHeading)}</h2><ul>${errors.map((e) => `<li class="error">${escapeHtml(e.message)}</li>`).join('')}</ul></div>`
    : '';
  const main = `<h1>${escapeHtml(title)}</h1>${summary}<p>${escapeHtml(t.intro)}</p><p class="hint">${escapeHtml(t.noPersonal)}</p>
<form method="post" action="${escapeHtml(path)}" enctype="multipart/form-data"><input type="hidden" name="lang" value="${lang}">
<p class="field"><label for="category">${escapeHtml(t.category)}</label><select id="category" name="category" required${invalid(errors, 'category')}><option value="">${escapeHtml(t.choose)}</option>${options}</select>${fieldError(errors, 'category')}</p>
${textField('place', 'text', t.place, form.place, errors, t.placeHint)}
${mapField(area, form, lang, path, errors)}
<p class="field"><label for="description">${escapeHtml(t.description)}</label><br><span class="hint" id="description-hint">${escapeHtml(t.descriptionHint)}</span><textarea id="description" name="description" maxlength="2000" required${invalid(errors, 'description', 'description-hint')}>${escapeHtml(form.description)}</textarea>${fieldError(errors, 'description')}</p>
<p class="field"><label for="photo">${escapeHtml(t.photo)}</label><br><span class="hint" id="photo-hint">${escapeHtml(t.photoHint)}</span><br><input type="file" id="photo" name="photo" accept="image/jpeg,image/png,image/heic,image/webp"${invalid(errors, 'photo', 'photo-hint')}>${fieldError(errors, 'photo')}</p>
<fieldset><legend>${escapeHtml(t.contact)}</legend><p class="hint">${escapeHtml(t.contactHint)}</p>
${textField('email', 'email', t.email, form.email, errors, undefined, 'email')}
${textField('phone', 'tel', t.phone, form.phone, errors, undefined, 'tel')}</fieldset>
<button type="submit">${escapeHtml(t.submit)}</button></form>`;
  return page(lang, title, main, path, area.organisationName);
}

export type StatusView = {
  category: (typeof feedbackCategories)[number];
  status: FeedbackStatus;
  receivedOn: string;
  answer: string | null;
  action: LinkedAction | null;
  areaName: string;
  organisationName: string;
};

/** The status page behind the private link; the receipt on top right after sending. */
export function renderStatus(view: StatusView, lang: TenantLanguage, path: string, isNew: boolean): string {
  const t = feedbackTexts[lang];
  const receipt = isNew
    ? `<div role="status"><h1>${escapeHtml(t.receivedTitle)}</h1><p>${escapeHtml(t.receivedBody)}</p><p><a href="${escapeHtml(`${path}?lang=${lang}`)}">${escapeHtml(t.statusLink)}</a></p><p class="hint">${escapeHtml(t.keepLink)}</p></div><h2>${escapeHtml(t.statusTitle)}</h2>`
    : `<h1>${escapeHtml(t.statusTitle)}</h1>`;
  const action = view.action
    ? `<h2>${escapeHtml(t.actionHeading)}</h2><p>${escapeHtml(t.actionStatuses[view.action.status])}${
        view.action.publicText
          ? `: ${escapeHtml(maskPersonalData(lang === 'en' && view.action.publicTextEn ? view.action.publicTextEn : view.action.publicText))}`
          : ''
      }</p>`
    : '';
  const answer = view.answer
    ? `<h2>${escapeHtml(t.answer)}</h2><div class="answer">${escapeHtml(view.answer)}</div>`
    : '';
  const main = `${receipt}<dl><dt>${escapeHtml(t.statusLabel)}</dt><dd id="status">${escapeHtml(t.statuses[view.status])}</dd><dt>${escapeHtml(t.category)}</dt><dd>${escapeHtml(categoryTexts[view.category][lang].name)}</dd><dt>${escapeHtml(t.receivedOn)}</dt><dd><time datetime="${view.receivedOn}">${view.receivedOn}</time></dd></dl>${answer}${action}`;
  return page(lang, isNew ? t.receivedTitle : t.statusTitle, main, path, view.organisationName, true);
}

/** A page for an unknown link or area, in the tenant's language. */
export function renderNotFound(lang: TenantLanguage, path: string): string {
  const t = feedbackTexts[lang];
  return tenantPage({
    language: lang,
    title: t.notFound,
    main: `<h1>${escapeHtml(t.notFound)}</h1><p>${escapeHtml(t.notFoundBody)}</p>`,
    path,
    noindex: true,
  });
}
