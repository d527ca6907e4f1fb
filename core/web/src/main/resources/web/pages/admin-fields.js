import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { AtriumElement } from 'atrium/element.js';
import { api } from 'atrium/api.js';
import { t } from 'atrium/i18n.js';
import { FieldErrors, errorId, errorText, formValues, nonEmpty } from 'atrium/forms.js';
import { nestedErrors, RecordListPage } from './admin-shared.js';

const RECORD_KINDS = ['CLIENT', 'OPPORTUNITY', 'TASK', 'ACTIVITY'];
const TYPES = ['TEXT', 'NUMBER', 'DECIMAL', 'DATE', 'BOOLEAN', 'PICKLIST', 'MULTI_PICKLIST'];
// the fields with an input that shows their errors; errors of any other go above the form
const FIELDS = ['recordKind', 'key', 'label', 'type', 'defaultValue', 'options'];

const isPicklist = (type) => type === 'PICKLIST' || type === 'MULTI_PICKLIST';

/** Custom fields of every kind of record: define, change and delete them. */
class AdminFields extends RecordListPage {
  static properties = { ...RecordListPage.properties, busy: { state: true } };

  constructor() {
    super('/custom-fields');
  }

  saved(field) {
    this.close(t('fields.saved', { label: field.label }));
    this.load();
  }

  async deleteField(field) {
    this.busy = field.id;
    this.error = null;
    this.notice = null;
    try {
      await api(`/custom-fields/${encodeURIComponent(field.id)}`, { method: 'DELETE', record: field });
      if (this.editing?.id === field.id) this.editing = undefined;
      this.notice = t('fields.deleted', { label: field.label });
      this.querySelector('#new-field')?.focus();
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.busy = null;
      await this.load();
    }
  }

  render() {
    return html`
      <section class="page admin-fields">
        <div class="page-head">
          <h1 tabindex="-1">${t('fields.title')}</h1>
          <button type="button" class="primary" id="new-field" @click=${(e) => this.open(null, e)}>${t('fields.new')}</button>
        </div>
        <p class="muted">${t('fields.intro')}</p>
        ${this.notice ? html`<p class="notice" role="status" id="fields-notice">${this.notice}</p>` : nothing}
        ${this.error ? html`<div class="alert" role="alert" id="fields-error">${this.error}</div>` : nothing}
        ${this.editing !== undefined ? keyed(this.editing?.id ?? 'new', html`
          <custom-field-form .field=${this.editing} @saved=${(e) => this.saved(e.detail)}
            @reloaded=${() => this.load()} @cancel=${() => this.close()}></custom-field-form>`) : nothing}
        ${this.records ? this.renderTable() : this.error ? nothing : html`<p role="status">${t('common.loading')}</p>`}
      </section>`;
  }

  renderTable() {
    return html`
      <div class="table-wrap">
        <table class="data" id="custom-fields">
          <caption class="visually-hidden">${t('fields.title')}</caption>
          <thead><tr>
            <th scope="col">${t('fields.label')}</th><th scope="col">${t('fields.recordKind')}</th>
            <th scope="col">${t('fields.key')}</th><th scope="col">${t('fields.type')}</th>
            <th scope="col">${t('fields.required')}</th><th scope="col">${t('fields.defaultValue')}</th>
            <th scope="col">${t('fields.options')}</th>
            <th scope="col"><span class="visually-hidden">${t('common.actions')}</span></th>
          </tr></thead>
          <tbody>
            ${this.records.length ? nothing : html`<tr class="empty"><td colspan="8">${t('fields.none')}</td></tr>`}
            ${this.records.map((field) => html`
              <tr data-field=${field.id} data-key=${field.key} data-kind=${field.recordKind}>
                <th scope="row">${field.label}</th>
                <td>${t(`fields.kind.${field.recordKind}`)}</td>
                <td><code>${field.key}</code></td>
                <td>${t(`fields.type.${field.type}`)}</td>
                <td>${field.required ? t('common.yes') : t('common.no')}</td>
                <td>${field.defaultValue ?? ''}</td>
                <td>${field.options.join(', ')}</td>
                <td><div class="actions">
                  <button type="button" class="link" data-action="edit-field" data-field=${field.id}
                    aria-label=${t('fields.editNamed', { label: field.label })}
                    @click=${(e) => this.open(field, e)}>${t('common.edit')}</button>
                  <confirm-delete data-field=${field.id} .label=${t('fields.deleteNamed', { label: field.label })}
                    ?busy=${this.busy === field.id} @confirm=${() => this.deleteField(field)}></confirm-delete>
                </div></td>
              </tr>`)}
          </tbody>
        </table>
      </div>`;
  }
}

/**
 * Defines a custom field or changes one (`field` set): kind, key and type are fixed once created,
 * so they show but cannot change. Picklist options are typed one per line. Fires `saved`,
 * `reloaded` (after a conflict) or `cancel`.
 */
class CustomFieldForm extends AtriumElement {
  static properties = {
    field: { attribute: false }, type: { state: true }, errors: { state: true }, saving: { state: true },
  };

  constructor() {
    super();
    this.errors = new FieldErrors();
  }

  willUpdate(changed) {
    if (changed.has('field')) this.type = this.field?.type ?? 'TEXT';
  }

  firstUpdated() {
    this.querySelector(this.field ? '#field-label' : '#field-kind')?.focus();
  }

  draft(form) {
    const values = formValues(form);
    return {
      recordKind: this.field?.recordKind ?? values.recordKind,
      key: this.field?.key ?? values.key,
      label: values.label,
      type: this.type,
      required: form.querySelector('#field-required').checked,
      defaultValue: values.defaultValue || null,
      // the API refuses options on a field that is not a picklist
      options: isPicklist(this.type) ? nonEmpty(form.querySelector('#field-options').value.split('\n')) : [],
    };
  }

  async submit(event) {
    event.preventDefault();
    const draft = this.draft(event.target);
    this.saving = true;
    this.errors = new FieldErrors();
    try {
      const saved = this.field
        ? await api(`/custom-fields/${encodeURIComponent(this.field.id)}`, { method: 'PUT', body: draft, record: this.field })
        : await api('/custom-fields', { method: 'POST', body: draft });
      this.dispatchEvent(new CustomEvent('saved', { detail: saved }));
    } catch (error) {
      this.errors = new FieldErrors(error, FIELDS);
      if (error.status === 409) await this.reload();
      this.updateComplete.then(() => this.querySelector('[aria-invalid="true"]')?.focus());
    } finally {
      this.saving = false;
    }
  }

  /** After a conflict: the field as stored now, so the next save is checked against it. */
  async reload() {
    try {
      this.field = await api(`/custom-fields/${encodeURIComponent(this.field.id)}`);
      this.dispatchEvent(new CustomEvent('reloaded', { detail: this.field }));
    } catch {
      // the conflict message already says to try again
    }
  }

  render() {
    const f = this.field ?? { recordKind: 'CLIENT', key: '', label: '', required: false, defaultValue: '', options: [] };
    const fixed = Boolean(this.field);
    const e = this.errors;
    const described = (field, ...hints) => [...hints, e.has(field) ? errorId(field) : ''].filter(Boolean).join(' ') || nothing;
    // an error for `options[2]` is about the third line of the textarea
    const options = nestedErrors(e, 'options', (key, message) => {
      const index = /\[(\d+)\]/.exec(key)?.[1];
      return index === undefined ? message : t('fields.optionError', { number: Number(index) + 1, message });
    });
    return html`
      <form class="panel inline-form" id="field-form" novalidate @submit=${this.submit} aria-labelledby="field-form-heading"
        @keydown=${(ev) => { if (ev.key === 'Escape') this.dispatchEvent(new CustomEvent('cancel')); }}>
        <h2 id="field-form-heading">${fixed ? t('fields.editTitle', { label: f.label }) : t('fields.newTitle')}</h2>
        ${e.summary()}
        ${fixed ? html`<p class="hint field wide" id="field-fixed-hint">${t('fields.fixedHint')}</p>` : nothing}
        <div class="field">
          <label for="field-kind">${t('fields.recordKind')}</label>
          <select id="field-kind" name="recordKind" ?disabled=${fixed} aria-invalid=${String(e.has('recordKind'))}
            aria-describedby=${described('recordKind', fixed ? 'field-fixed-hint' : '')}>
            ${RECORD_KINDS.map((k) => html`<option value=${k} ?selected=${f.recordKind === k}>${t(`fields.kind.${k}`)}</option>`)}
          </select>
          ${e.for('recordKind')}
        </div>
        <div class="field">
          <label for="field-key">${t('fields.key')} <span aria-hidden="true">*</span></label>
          <input id="field-key" name="key" required autocomplete="off" spellcheck="false" .value=${f.key} ?disabled=${fixed}
            aria-invalid=${String(e.has('key'))} aria-describedby=${described('key', 'field-key-hint')}>
          <p class="hint" id="field-key-hint">${t('fields.keyHint')}</p>
          ${e.for('key')}
        </div>
        <div class="field">
          <label for="field-label">${t('fields.label')} <span aria-hidden="true">*</span></label>
          <input id="field-label" name="label" required .value=${f.label}
            aria-invalid=${String(e.has('label'))} aria-describedby=${described('label')}>
          ${e.for('label')}
        </div>
        <div class="field">
          <label for="field-type">${t('fields.type')}</label>
          <select id="field-type" name="type" ?disabled=${fixed} @change=${(ev) => { this.type = ev.target.value; }}
            aria-invalid=${String(e.has('type'))} aria-describedby=${described('type', fixed ? 'field-fixed-hint' : '')}>
            ${TYPES.map((type) => html`<option value=${type} ?selected=${this.type === type}>${t(`fields.type.${type}`)}</option>`)}
          </select>
          ${e.for('type')}
        </div>
        <div class="field check">
          <input type="checkbox" id="field-required" .checked=${f.required} aria-describedby="field-required-hint">
          <label for="field-required">${t('fields.requiredLabel')}</label>
          <p class="hint" id="field-required-hint">${t('fields.requiredHint')}</p>
        </div>
        <div class="field">
          <label for="field-default">${t('fields.defaultValue')}</label>
          <input id="field-default" name="defaultValue" .value=${f.defaultValue ?? ''}
            aria-invalid=${String(e.has('defaultValue'))} aria-describedby=${described('defaultValue', 'field-default-hint')}>
          <p class="hint" id="field-default-hint">${t(`fields.defaultHint.${this.type}`)}</p>
          ${e.for('defaultValue')}
        </div>
        ${isPicklist(this.type) ? html`
          <div class="field wide">
            <label for="field-options">${t('fields.options')} <span aria-hidden="true">*</span></label>
            <textarea id="field-options" rows="5" .value=${f.options.join('\n')} aria-invalid=${options.invalid}
              aria-describedby=${['field-options-hint', options.describedBy].filter(Boolean).join(' ')}></textarea>
            <p class="hint" id="field-options-hint">${t('fields.optionsHint')}</p>
            ${options.messages}
          </div>` : nothing}
        <div class="actions">
          <button type="submit" class="primary" id="save-field" ?disabled=${this.saving}>
            ${this.saving ? t('common.working') : t('common.save')}</button>
          <button type="button" id="cancel-field" @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>${t('common.cancel')}</button>
        </div>
      </form>`;
  }
}

customElements.define('custom-field-form', CustomFieldForm);
customElements.define('admin-fields', AdminFields);
