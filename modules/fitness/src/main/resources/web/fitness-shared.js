// Pieces the fitness pages and the client tab share: club days from the API's dates, labelled
// inputs that show their own API errors, lists read to the end, client names, and charts.
import { html, nothing } from 'lit';
import Chart from 'chart.js/auto';
import { api, queryString } from 'atrium/api.js';
import { errorId } from 'atrium/forms.js';
import { currentLanguage, formatNumber, locale } from 'atrium/i18n.js';
import { text } from './fitness-text.js';

export const STAGES = ['ADAPTATION', 'ACTIVE', 'DECLINING', 'EXPIRING', 'LAPSED'];
export const COLORS = { accent: '#1f5fbf', ok: '#1e7a3c', danger: '#b3261e', muted: '#5b6575', warn: '#9a5b00' };

/** An API date ("2026-01-15") at local midnight, so no time zone moves it to another day. */
export function day(iso) {
  if (!iso) return null;
  const [year, month, date] = String(iso).slice(0, 10).split('-').map(Number);
  return new Date(year, month - 1, date);
}

const pad = (n) => String(n).padStart(2, '0');

/** A Date as the API's date, in local time: 2026-01-15. */
export const isoDay = (date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

export function addDays(date, days) {
  const moved = new Date(date);
  moved.setDate(moved.getDate() + days);
  return moved;
}

/** The Monday (local midnight) of a date's week: club weeks run Monday to Sunday. */
export function monday(date = new Date()) {
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  return addDays(start, -((start.getDay() + 6) % 7));
}

/** "12 Jan" in the user's language, for chart axes where the full date is too long. */
export const shortDay = (date) => new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short' }).format(date);

/** "Jan 2026" for a month of the API ("2026-01"). */
export function monthName(yearMonth, style = 'long') {
  const [year, month] = yearMonth.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { month: style, year: 'numeric' }).format(new Date(year, month - 1, 1));
}

/** A rate from 0 to 1 as a percentage with one decimal; a dash when there is none. */
export const percent = (rate) => (rate === null || rate === undefined
  ? '—' : text('percent', { value: formatNumber(Math.round(rate * 1000) / 10) }));

/** A number with up to two decimals; a dash when there is none. */
export const decimal = (value) => (value === null || value === undefined ? '—' : formatNumber(Math.round(value * 100) / 100));

/** The ids an input's aria-describedby names: its hint and, after a failed save, its error. */
export function describedBy(errors, field, ...hints) {
  return [...hints, errors.has(field) ? errorId(field) : ''].filter(Boolean).join(' ') || nothing;
}

/**
 * A labelled input that shows the API's errors for its field (`name`). `value` is the initial
 * value (a form reset goes back to it); `attributes` may hold min, max, step, inputmode, autocomplete.
 */
export function inputField(errors, { id, name, label, type = 'text', value = '', required = false, hint = '', attributes = {} }) {
  const hintId = hint ? `${id}-hint` : '';
  const a = attributes;
  return html`
    <div class="field">
      <label for=${id}>${label}${required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
      <input id=${id} name=${name} type=${type} value=${value ?? ''} ?required=${required}
        min=${a.min ?? nothing} max=${a.max ?? nothing} step=${a.step ?? nothing} inputmode=${a.inputmode ?? nothing}
        maxlength=${a.maxlength ?? nothing} autocomplete=${a.autocomplete ?? 'off'} spellcheck=${a.spellcheck ?? nothing}
        aria-invalid=${String(errors.has(name))} aria-describedby=${describedBy(errors, name, hintId)}>
      ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing}
      ${errors.for(name)}
    </div>`;
}

/** A labelled select of `options` ([{value, label}]) that shows the API's errors for its field. */
export function selectField(errors, { id, name, label, options, value = '', required = false, hint = '', onChange = null }) {
  const hintId = hint ? `${id}-hint` : '';
  return html`
    <div class="field">
      <label for=${id}>${label}${required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
      <select id=${id} name=${name} ?required=${required} @change=${onChange ?? (() => {})}
        aria-invalid=${String(errors.has(name))} aria-describedby=${describedBy(errors, name, hintId)}>
        ${options.map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`)}
      </select>
      ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing}
      ${errors.for(name)}
    </div>`;
}

/** A whole number from a form's text, or null when empty (the API then names what is missing). */
export const whole = (value) => (value === '' || value === undefined || value === null ? null : Number(value));

/** After a refused save, the first input the API named gets the focus. */
export function focusFirstError(element) {
  element.updateComplete.then(() => element.querySelector('[aria-invalid="true"]')?.focus());
}

/** Every item of a paged list (`{items, next}`), up to `max`. */
export async function allItems(path, parameters = {}, max = 1000) {
  const items = [];
  let after = null;
  do {
    const page = await api(`${path}${queryString({ ...parameters, after, limit: 200 })}`);
    items.push(...page.items);
    after = page.next;
  } while (after && items.length < max);
  return items;
}

/** A fresh id for a check-in request; a retry of the same attempt sends the same one. */
export function newRequestId() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  // pages served over plain HTTP (not localhost) have getRandomValues but not randomUUID
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const names = new Map();

/** Names of clients by id, read once per page life, a few at a time; null where unknown or not allowed. */
export async function clientNames(ids) {
  const missing = [...new Set(ids)].filter((id) => id && !names.has(id));
  for (let i = 0; i < missing.length; i += 6) {
    await Promise.all(missing.slice(i, i + 6).map(async (id) => {
      try {
        names.set(id, (await api(`/clients/${encodeURIComponent(id)}`)).name);
      } catch {
        names.set(id, null);
      }
    }));
  }
  return new Map(ids.filter(Boolean).map((id) => [id, names.get(id) ?? null]));
}

/** A link to a client's card, by name when known. */
export const clientLink = (id, name) => (id
  ? html`<a href="#/clients/${encodeURIComponent(id)}" data-client=${id}>${name || text('client.unnamed')}</a>`
  : html`<span class="muted">—</span>`);

/**
 * Keeps one Chart.js chart on a canvas of an element: made on first draw, updated when its data
 * or the language changes, made again if the canvas was replaced, destroyed with `release`.
 */
export class ChartHolder {
  draw(canvas, config) {
    if (this.chart && this.chart.canvas !== canvas) this.release();
    if (!canvas) return;
    const key = JSON.stringify([config.data, currentLanguage()]);
    if (!this.chart) {
      this.chart = new Chart(canvas, config);
    } else if (key !== this.key) {
      this.chart.data = config.data;
      this.chart.options = config.options;
      this.chart.update('none');
    }
    this.key = key;
  }

  release() {
    this.chart?.destroy();
    this.chart = null;
    this.key = null;
  }
}
