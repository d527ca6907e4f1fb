import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { t } from 'atrium/i18n.js';
import { errorId } from 'atrium/forms.js';

/** One custom field's input, drawn by its type; `value` is what the API takes (null when empty). */
class CustomFieldInput extends AtriumElement {
  static properties = { field: { attribute: false }, initial: { attribute: false }, error: { attribute: false } };

  get value() {
    const { type } = this.field;
    const input = this.querySelector('[data-custom]');
    if (type === 'BOOLEAN') return input.checked;
    if (type === 'MULTI_PICKLIST') {
      const chosen = [...input.selectedOptions].map((option) => option.value);
      return chosen.length ? chosen : null;
    }
    const text = input.value.trim();
    if (!text) return null;
    if (type === 'NUMBER') return Number.parseInt(text, 10);
    return text;
  }

  render() {
    const { key, label, type, required, options } = this.field;
    const id = `cf-${key}`;
    const field = `customFields.${key}`;
    const attrs = { invalid: this.error ? 'true' : 'false', describedBy: this.error ? errorId(field) : nothing };
    const value = this.initial ?? this.field.defaultValue ?? '';
    let input;
    if (type === 'BOOLEAN') {
      input = html`<input type="checkbox" id=${id} data-custom .checked=${value === true || value === 'true'} aria-invalid=${attrs.invalid}>`;
    } else if (type === 'PICKLIST' || type === 'MULTI_PICKLIST') {
      const chosen = Array.isArray(value) ? value : [value];
      input = html`<select id=${id} data-custom ?multiple=${type === 'MULTI_PICKLIST'} aria-invalid=${attrs.invalid} aria-describedby=${attrs.describedBy}>
        ${type === 'PICKLIST' ? html`<option value="">—</option>` : nothing}
        ${options.map((option) => html`<option value=${option} ?selected=${chosen.includes(option)}>${option}</option>`)}
      </select>`;
    } else {
      const inputType = { NUMBER: 'number', DECIMAL: 'text', DATE: 'date' }[type] ?? 'text';
      input = html`<input id=${id} data-custom type=${inputType} .value=${String(value)} inputmode=${type === 'DECIMAL' ? 'decimal' : nothing}
        aria-invalid=${attrs.invalid} aria-describedby=${attrs.describedBy}>`;
    }
    return html`
      <div class="field ${type === 'BOOLEAN' ? 'check' : ''}">
        <label for=${id}>${label}${required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
        ${input}
        ${this.error ? html`<p class="field-error" id=${errorId(field)}>${this.error}</p>` : nothing}
      </div>`;
  }
}

customElements.define('custom-field-input', CustomFieldInput);
