import { html, nothing } from 'lit';
import { t } from './i18n.js';

/**
 * The errors of a failed save, keyed by the field they name (`phones[1]`, `legalEntities[0].inn`),
 * so each input shows its own; errors naming no known field are listed above the form.
 */
export class FieldErrors {
  constructor(error = null, knownFields = []) {
    this.byField = new Map();
    this.general = [];
    if (!error) return;
    for (const { field, message } of error.fieldErrors ?? []) {
      if (field && knownFields.some((known) => field === known || field.startsWith(`${known}[`) || field.startsWith(`${known}.`))) {
        this.byField.set(field, [...(this.byField.get(field) ?? []), message]);
      } else {
        this.general.push(field ? `${field}: ${message}` : message);
      }
    }
    if (!this.byField.size && !this.general.length) this.general.push(errorText(error));
  }

  has(field) {
    return this.byField.has(field);
  }

  /** The message element for one input; its id is what the input's aria-describedby names. */
  for(field) {
    const messages = this.byField.get(field);
    return messages ? html`<p class="field-error" id=${errorId(field)} data-error-for=${field}>${messages.join('; ')}</p>` : nothing;
  }

  summary() {
    return this.general.length
      ? html`<div class="alert" role="alert">${this.general.map((line) => html`<p>${line}</p>`)}</div>`
      : nothing;
  }
}

export const errorId = (field) => `error-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** A sentence for any failure: offline, a problem's detail, or the HTTP status. */
export function errorText(error) {
  if (error?.offline) return t('error.offline');
  if (error?.status === 403) return t('error.forbidden');
  if (error?.status === 409) return error.problem?.detail || t('error.conflict');
  return error?.problem?.detail || error?.message || t('error.unknown');
}

/** The named form's values, trimmed, as a plain object. */
export function formValues(form) {
  const values = {};
  for (const [name, value] of new FormData(form)) {
    values[name] = typeof value === 'string' ? value.trim() : value;
  }
  return values;
}

/** Lines of a textarea or several inputs, without the empty ones. */
export const nonEmpty = (list) => list.map((value) => value.trim()).filter(Boolean);
