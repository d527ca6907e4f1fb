import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { t, pick } from 'atrium/i18n.js';
import { FieldErrors, errorId, errorText } from 'atrium/forms.js';

// What the automation pages share: the labels of trigger and action types as the server declares
// them, inputs for a type's parameters drawn from its declaration, errors kept to the inputs shown.

/** A label the server sends as `{byLanguage: {en, es, ru}}` (or the map itself), in the page's language. */
export const labelText = (label) => pick(label?.byLanguage ?? label);

/** The type's label, or its id while the type is not installed. */
export function typeLabel(types, id) {
  const type = types?.find((candidate) => candidate.id === id);
  return type ? labelText(type.label) || id : id;
}

/**
 * The errors of a failed save, each beside the input of the field it names when the editor shows
 * that input (`shown`, the exact paths); any other goes above the form, so none is lost.
 */
export function errorsFor(error, shown) {
  const errors = new FieldErrors(error, shown);
  for (const [field, messages] of [...errors.byField]) {
    if (!shown.includes(field)) {
      errors.byField.delete(field);
      errors.general.push(...messages.map((message) => `${field}: ${message}`));
    }
  }
  return errors;
}

/** aria-describedby of an input: its hints and, when there is one, its error. */
export const describedBy = (errors, field, ...hints) => [...hints, errors.has(field) ? errorId(field) : ''].filter(Boolean).join(' ') || nothing;

const INPUT_TYPES = { NUMBER: 'number', DAYS: 'number' };

/**
 * Inputs for the parameters a trigger or action type declares (name, label, type, required), as
 * the workflow editor asks for them; values are text, as the API keeps them. `path` is what the
 * server's errors name (`trigger.arguments`, `actions[1].arguments`); `suggestions` maps a
 * parameter's name to `{value, label}` choices offered beside the typed value (templates, stages …).
 */
export function parameterInputs({ parameters, values, path, idPrefix, errors, onChange, suggestions = {} }) {
  return parameters.map((parameter) => {
    const field = `${path}.${parameter.name}`;
    const id = `${idPrefix}-${parameter.name}`;
    const value = values[parameter.name] ?? '';
    const label = labelText(parameter.label) || parameter.name;
    // an error is about the value the server saw: it goes once the user changes that value
    const changed = (next) => { errors.byField.delete(field); onChange(parameter.name, next); };
    if (parameter.type === 'BOOLEAN') {
      return html`
        <div class="field check" data-parameter=${parameter.name}>
          <input type="checkbox" id=${id} .checked=${value === 'true'} aria-invalid=${String(errors.has(field))}
            aria-describedby=${describedBy(errors, field)} @change=${(e) => changed(e.target.checked ? 'true' : 'false')}>
          <label for=${id}>${label}</label>
          ${errors.for(field)}
        </div>`;
    }
    const choices = suggestions[parameter.name] ?? [];
    return html`
      <div class="field" data-parameter=${parameter.name}>
        <label for=${id}>${label}${parameter.required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
        <input id=${id} type=${INPUT_TYPES[parameter.type] ?? 'text'} step=${parameter.type === 'DAYS' ? '1' : 'any'}
          ?required=${parameter.required} .value=${value} list=${choices.length ? `${id}-choices` : nothing}
          aria-invalid=${String(errors.has(field))} aria-describedby=${describedBy(errors, field)}
          @input=${(e) => changed(e.target.value)}>
        ${choices.length ? html`<datalist id="${id}-choices">${choices.map((choice) => html`<option value=${choice.value}>${choice.label}</option>`)}</datalist>` : nothing}
        ${choices.length && value ? html`<p class="hint" data-chosen=${parameter.name}>${choices.find((c) => c.value === value)?.label ?? ''}</p>` : nothing}
        ${errors.for(field)}
      </div>`;
  });
}

/** Arguments without the empty ones: an optional parameter left empty is not sent. */
export const filledArguments = (values) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '' && value != null));

/** A status as a badge whose class colours it (`run-SUCCEEDED`, `run-FAILED` …). */
export const statusBadge = (status, prefix = 'run') => html`<span class="badge ${prefix}-${status}" data-status=${status}>${t(`${prefix}.status.${status}`)}</span>`;

/**
 * Finds a client by what the user types (name, phone, e-mail …) and fires `picked` with `{id, name}`.
 * Lists a few matches as buttons, so the keyboard reaches them.
 */
class ClientPicker extends AtriumElement {
  static properties = { label: {}, inputId: { attribute: 'input-id' }, found: { state: true }, picked: { state: true }, error: { state: true } };

  constructor() {
    super();
    this.found = [];
  }

  search(text) {
    clearTimeout(this.timer);
    this.timer = setTimeout(async () => {
      if (!text.trim()) {
        this.found = [];
        return;
      }
      try {
        this.found = (await api(`/clients${queryString({ q: text.trim(), limit: 8 })}`)).items;
        this.error = null;
      } catch (error) {
        this.error = errorText(error);
      }
    }, 250);
  }

  pick(client) {
    this.picked = client;
    this.found = [];
    this.dispatchEvent(new CustomEvent('picked', { detail: { id: client.id, name: client.name } }));
  }

  render() {
    return html`
      <div class="field">
        <label for=${this.inputId}>${this.label}</label>
        <input id=${this.inputId} type="search" autocomplete="off" @input=${(e) => this.search(e.target.value)}>
        ${this.picked ? html`<p class="hint" data-picked=${this.picked.id}>${t('automation.picked', { name: this.picked.name })}</p>` : nothing}
        ${this.error ? html`<p class="field-error">${this.error}</p>` : nothing}
        ${this.found.length ? html`<ul class="plain picker-results">${this.found.map((client) => html`
          <li><button type="button" class="link" data-client=${client.id} @click=${() => this.pick(client)}>${client.name}</button></li>`)}</ul>` : nothing}
      </div>`;
  }
}

customElements.define('client-picker', ClientPicker);

/** Copies a text to the clipboard; where the clipboard is refused, selects it in `fallback` for Ctrl+C. */
export async function copyText(text, fallback) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallback?.select();
    return false;
  }
}
