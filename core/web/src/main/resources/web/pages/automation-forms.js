import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { AtriumElement } from 'atrium/element.js';
import { api, apiText } from 'atrium/api.js';
import { t, formatDateTime } from 'atrium/i18n.js';
import { can } from 'atrium/session.js';
import { FieldErrors, errorText, nonEmpty } from 'atrium/forms.js';
import { RecordListPage } from './admin-shared.js';
import { copyText, describedBy, errorsFor } from './automation-shared.js';

const TARGETS = ['name', 'email', 'phone', 'message', 'language'];
const LANGUAGES = ['en', 'es', 'ru'];

/** Public web forms: the list, an editor, and the HTML snippet to paste into a website. */
class AutomationForms extends RecordListPage {
  static properties = { ...RecordListPage.properties, snippetOf: { state: true } };

  constructor() {
    super('/automation/forms');
  }

  saved(form) {
    this.close(t('forms.saved', { name: form.name }));
    this.load();
  }

  forgetDeleted(form) {
    if (this.snippetOf?.id === form.id) this.snippetOf = null;
  }

  render() {
    const writer = can('automation', 'WRITE');
    return html`
      <section class="page automation-forms">
        <div class="page-head">
          <h1 tabindex="-1">${t('forms.title')}</h1>
          ${writer ? html`<button type="button" class="primary" id="new-form" @click=${(e) => this.open(null, e)}>${t('forms.new')}</button>` : nothing}
        </div>
        <p class="muted">${t('forms.intro')}</p>
        ${this.notice ? html`<p class="notice" role="status" id="forms-notice">${this.notice}</p>` : nothing}
        ${this.error ? html`<div class="alert" role="alert" id="forms-error">${this.error}</div>` : nothing}
        ${this.editing !== undefined ? keyed(this.editing?.id ?? 'new', html`
          <web-form-editor .form=${this.editing} @saved=${(e) => this.saved(e.detail)}
            @reloaded=${() => this.load()} @cancel=${() => this.close()}></web-form-editor>`) : nothing}
        ${this.snippetOf ? keyed(this.snippetOf.id, html`<form-snippet .form=${this.snippetOf}
          @close=${() => { this.snippetOf = null; }}></form-snippet>`) : nothing}
        ${this.records ? html`
          <div class="table-wrap">
            <table class="data" id="web-forms">
              <caption class="visually-hidden">${t('forms.title')}</caption>
              <thead><tr>
                <th scope="col">${t('forms.name')}</th><th scope="col">${t('forms.fields')}</th><th scope="col">${t('forms.origins')}</th>
                <th scope="col">${t('rules.state')}</th><th scope="col"><span class="visually-hidden">${t('common.actions')}</span></th>
              </tr></thead>
              <tbody>
                ${this.records.length ? nothing : html`<tr class="empty"><td colspan="5">${t('forms.none')}</td></tr>`}
                ${this.records.map((form) => html`
                  <tr data-form=${form.id}>
                    <th scope="row">${form.name} <span class="muted">${formatDateTime(form.updatedAt)}</span></th>
                    <td>${form.fields.map((field) => field.label || field.name).join(', ')}</td>
                    <td>${form.allowedOrigins.join(', ')}</td>
                    <td><span class="badge ${form.enabled ? 'rule-on' : 'rule-off'}" data-enabled=${String(form.enabled)}>${form.enabled ? t('rules.on') : t('rules.off')}</span></td>
                    <td><div class="actions">
                      <button type="button" class="link" data-action="form-snippet" aria-label=${t('forms.snippetOf', { name: form.name })}
                        @click=${() => { this.snippetOf = form; }}>${t('forms.snippet')}</button>
                      ${writer ? html`
                        <button type="button" class="link" data-action="edit-form" aria-label=${t('forms.editNamed', { name: form.name })}
                          @click=${(e) => this.open(form, e)}>${t('common.edit')}</button>
                        <confirm-delete .label=${t('forms.deleteNamed', { name: form.name })} ?busy=${this.busy === form.id}
                          @confirm=${() => this.deleteRecord(form, t('forms.deleted', { name: form.name }))}></confirm-delete>` : nothing}
                    </div></td>
                  </tr>`)}
              </tbody>
            </table>
          </div>` : this.error ? nothing : html`<p role="status">${t('common.loading')}</p>`}
      </section>`;
  }
}

let nextKey = 0;
const fieldRow = (field = {}) => ({ key: nextKey++, name: field.name ?? '', label: field.label ?? '', target: field.target ?? 'name', required: Boolean(field.required) });

/**
 * A form's definition: its inputs (the name the page posts, the label, where the value goes in
 * the client), the consent checkbox, the thank-you text, the websites allowed to post, the owner
 * of new leads and their language. Fires `saved`, `reloaded` or `cancel`.
 */
class WebFormEditor extends AtriumElement {
  static properties = {
    form: { attribute: false }, rows: { state: true }, errors: { state: true }, saving: { state: true },
    customFields: { state: true }, users: { state: true },
  };

  constructor() {
    super();
    this.errors = new FieldErrors();
    this.customFields = [];
    this.users = null;
  }

  willUpdate(changed) {
    if (changed.has('form')) {
      this.rows = this.form ? this.form.fields.map(fieldRow)
        : [fieldRow({ name: 'fullName', label: 'Name', target: 'name', required: true }), fieldRow({ name: 'email', label: 'E-mail', target: 'email', required: true })];
    }
  }

  async connectedCallback() {
    super.connectedCallback();
    const [fields, users] = await Promise.all([
      api('/custom-fields').catch(() => []),
      can('admin') ? api('/users?limit=100').catch(() => null) : null,
    ]);
    this.customFields = fields.filter((field) => field.recordKind === 'CLIENT');
    this.users = users?.items ?? users;
  }

  firstUpdated() {
    this.querySelector('#form-name')?.focus();
  }

  change(index, changes) {
    this.rows = this.rows.map((row, i) => (i === index ? { ...row, ...changes } : row));
  }

  restructure(rows, focus) {
    this.rows = rows;
    this.errors = new FieldErrors();
    this.updateComplete.then(() => this.querySelector(focus)?.focus());
  }

  body(form) {
    const value = (id) => form.querySelector(id).value.trim();
    const consentText = value('#form-consent-text');
    return {
      name: value('#form-name'),
      enabled: form.querySelector('#form-enabled').checked,
      fields: this.rows.map((row) => ({ name: row.name.trim(), label: row.label.trim(), target: row.target, required: row.required })),
      consent: consentText ? { text: consentText, required: form.querySelector('#form-consent-required').checked } : null,
      thankYouText: value('#form-thank-you') || null,
      allowedOrigins: nonEmpty(form.querySelector('#form-origins').value.split('\n')),
      responsibleManagerId: value('#form-manager') || null,
      language: value('#form-language') || null,
    };
  }

  shownFields() {
    return ['name', 'fields', 'consent', 'consent.text', 'thankYouText', 'allowedOrigins', 'responsibleManagerId', 'language',
      ...this.rows.flatMap((_, i) => [`fields[${i}]`, `fields[${i}].name`, `fields[${i}].label`, `fields[${i}].target`]),
    ];
  }

  async submit(event) {
    event.preventDefault();
    const body = this.body(event.target);
    this.saving = true;
    this.errors = new FieldErrors();
    try {
      const saved = this.form
        ? await api(`/automation/forms/${encodeURIComponent(this.form.id)}`, { method: 'PUT', body, record: this.form })
        : await api('/automation/forms', { method: 'POST', body });
      this.dispatchEvent(new CustomEvent('saved', { detail: saved }));
    } catch (error) {
      const origins = (error.fieldErrors ?? []).map((fe) => fe.field).filter((field) => field?.startsWith('allowedOrigins['));
      this.errors = errorsFor(error, [...this.shownFields(), ...origins]);
      if (error.status === 409) {
        this.form = await api(`/automation/forms/${encodeURIComponent(this.form.id)}`).catch(() => this.form);
        this.dispatchEvent(new CustomEvent('reloaded'));
      }
      this.updateComplete.then(() => this.querySelector('[aria-invalid="true"]')?.focus());
    } finally {
      this.saving = false;
    }
  }

  render() {
    const e = this.errors;
    const f = this.form ?? { name: '', enabled: true, consent: null, thankYouText: '', allowedOrigins: [], responsibleManagerId: '', language: '' };
    const originErrors = [...e.byField.keys()].filter((key) => key.startsWith('allowedOrigins'));
    return html`
      <form class="panel inline-form" id="web-form-form" novalidate @submit=${this.submit} aria-labelledby="web-form-heading"
        @keydown=${(ev) => { if (ev.key === 'Escape') this.dispatchEvent(new CustomEvent('cancel')); }}>
        <h2 id="web-form-heading">${this.form ? t('forms.editTitle', { name: f.name }) : t('forms.newTitle')}</h2>
        ${e.summary()}
        <div class="field">
          <label for="form-name">${t('forms.name')} <span aria-hidden="true">*</span></label>
          <input id="form-name" required .value=${f.name} aria-invalid=${String(e.has('name'))} aria-describedby=${describedBy(e, 'name')}>
          ${e.for('name')}
        </div>
        <div class="field check">
          <input type="checkbox" id="form-enabled" .checked=${f.enabled}>
          <label for="form-enabled">${t('rules.enabledLabel')}</label>
        </div>
        <div class="table-wrap wide">
          <table class="data" id="form-fields">
            <caption>${t('forms.fields')}</caption>
            <thead><tr>
              <th scope="col">${t('forms.inputName')}</th><th scope="col">${t('forms.label')}</th>
              <th scope="col">${t('forms.target')}</th><th scope="col">${t('forms.required')}</th>
              <th scope="col"><span class="visually-hidden">${t('common.actions')}</span></th>
            </tr></thead>
            <tbody>${repeat(this.rows, (row) => row.key, (row, index) => this.renderRow(row, index))}</tbody>
          </table>
        </div>
        <div class="wide">${e.for('fields')}<p class="hint">${t('forms.fieldsHint')}</p></div>
        <div class="actions">
          <button type="button" id="add-form-field" @click=${() => {
            const added = fieldRow({ target: 'message' });
            this.restructure([...this.rows, added], `[data-row="${added.key}"] input`);
          }}>${t('forms.addField')}</button>
        </div>
        <div class="field grow">
          <label for="form-consent-text">${t('forms.consent')}</label>
          <input id="form-consent-text" .value=${f.consent?.text ?? ''} aria-invalid=${String(e.has('consent.text') || e.has('consent'))}
            aria-describedby=${describedBy(e, e.has('consent') ? 'consent' : 'consent.text', 'form-consent-hint')}>
          <p class="hint" id="form-consent-hint">${t('forms.consentHint')}</p>
          ${e.for('consent')}${e.for('consent.text')}
        </div>
        <div class="field check">
          <input type="checkbox" id="form-consent-required" .checked=${Boolean(f.consent?.required)}>
          <label for="form-consent-required">${t('forms.consentRequired')}</label>
        </div>
        <div class="field wide">
          <label for="form-thank-you">${t('forms.thankYou')}</label>
          <textarea id="form-thank-you" rows="2" .value=${f.thankYouText ?? ''} aria-invalid=${String(e.has('thankYouText'))}
            aria-describedby=${describedBy(e, 'thankYouText')}></textarea>
          ${e.for('thankYouText')}
        </div>
        <div class="field wide">
          <label for="form-origins">${t('forms.origins')}</label>
          <textarea id="form-origins" rows="3" spellcheck="false" .value=${f.allowedOrigins.join('\n')}
            aria-invalid=${String(originErrors.length > 0)}
            aria-describedby=${['form-origins-hint', ...originErrors.map((key) => `error-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`)].join(' ')}></textarea>
          <p class="hint" id="form-origins-hint">${t('forms.originsHint')}</p>
          ${originErrors.map((key) => e.for(key))}
        </div>
        <div class="field">
          <label for="form-manager">${t('forms.manager')}</label>
          ${this.users ? html`
            <select id="form-manager" aria-invalid=${String(e.has('responsibleManagerId'))} aria-describedby=${describedBy(e, 'responsibleManagerId')}>
              <option value="">—</option>
              ${this.users.filter((u) => u.active !== false).map((u) => html`<option value=${u.id} ?selected=${u.id === f.responsibleManagerId}>${u.displayName || u.username}</option>`)}
            </select>` : html`
            <input id="form-manager" .value=${f.responsibleManagerId ?? ''} spellcheck="false"
              aria-invalid=${String(e.has('responsibleManagerId'))} aria-describedby=${describedBy(e, 'responsibleManagerId')}>`}
          ${e.for('responsibleManagerId')}
        </div>
        <div class="field">
          <label for="form-language">${t('forms.language')}</label>
          <select id="form-language" aria-invalid=${String(e.has('language'))} aria-describedby=${describedBy(e, 'language')}>
            <option value="">—</option>
            ${LANGUAGES.map((lang) => html`<option value=${lang} ?selected=${lang === f.language}>${t(`language.${lang}`)}</option>`)}
          </select>
          ${e.for('language')}
        </div>
        <div class="actions">
          <button type="submit" class="primary" id="save-web-form" ?disabled=${this.saving}>${this.saving ? t('common.working') : t('common.save')}</button>
          <button type="button" id="cancel-web-form" @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>${t('common.cancel')}</button>
        </div>
      </form>`;
  }

  renderRow(row, index) {
    const e = this.errors;
    const path = `fields[${index}]`;
    const id = `form-field-${row.key}`;
    const number = index + 1;
    const targets = [...TARGETS, ...this.customFields.map((field) => `customFields.${field.key}`)];
    if (!targets.includes(row.target)) targets.push(row.target);
    const input = (name, label) => html`
      <label for="${id}-${name}" class="visually-hidden">${t(label, { number })}</label>
      <input id="${id}-${name}" data-input=${name} .value=${row[name]} spellcheck="false"
        @input=${(ev) => this.change(index, { [name]: ev.target.value })}
        aria-invalid=${String(e.has(`${path}.${name}`))} aria-describedby=${describedBy(e, `${path}.${name}`)}>
      ${e.for(`${path}.${name}`)}`;
    return html`
      <tr data-row=${row.key}>
        <td>${input('name', 'forms.inputNameOf')}${e.for(path)}</td>
        <td>${input('label', 'forms.labelOf')}</td>
        <td>
          <label for="${id}-target" class="visually-hidden">${t('forms.targetOf', { number })}</label>
          <select id="${id}-target" data-input="target" @change=${(ev) => this.change(index, { target: ev.target.value })}
            aria-invalid=${String(e.has(`${path}.target`))} aria-describedby=${describedBy(e, `${path}.target`)}>
            ${targets.map((target) => html`<option value=${target} ?selected=${target === row.target}>${this.targetText(target)}</option>`)}
          </select>
          ${e.for(`${path}.target`)}
        </td>
        <td>
          <input type="checkbox" id="${id}-required" .checked=${row.required} @change=${(ev) => this.change(index, { required: ev.target.checked })}>
          <label for="${id}-required" class="visually-hidden">${t('forms.requiredOf', { number })}</label>
        </td>
        <td><div class="actions">
          <button type="button" class="link" data-action="remove-form-field" ?disabled=${this.rows.length === 1}
            aria-label=${t('forms.removeField', { number })} @click=${() => {
              const rows = this.rows.filter((_, i) => i !== index);
              this.restructure(rows, rows[index] ? `[data-row="${rows[index].key}"] input` : '#add-form-field');
            }}>${t('rules.remove')}</button>
        </div></td>
      </tr>`;
  }

  targetText(target) {
    if (!target.startsWith('customFields.')) return t(`forms.target.${target}`);
    const key = target.slice('customFields.'.length);
    return this.customFields.find((field) => field.key === key)?.label ?? key;
  }
}

/** The HTML a website pastes to show the form, with a button that copies it. */
class FormSnippet extends AtriumElement {
  static properties = { form: { attribute: false }, snippet: { state: true }, error: { state: true }, copied: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.snippet = await apiText(`/automation/forms/${encodeURIComponent(this.form.id)}/snippet`);
    } catch (error) {
      this.error = errorText(error);
    }
    await this.updateComplete;
    this.querySelector('#snippet-heading')?.focus();
  }

  async copy() {
    this.copied = await copyText(this.snippet, this.querySelector('#form-snippet-code')) ? 'copied' : 'select';
  }

  render() {
    return html`
      <section class="panel" id="form-snippet" aria-labelledby="snippet-heading">
        <div class="page-head">
          <h2 id="snippet-heading" tabindex="-1">${t('forms.snippetOf', { name: this.form.name })}</h2>
          <button type="button" id="close-snippet" @click=${() => this.dispatchEvent(new CustomEvent('close'))}>${t('templates.close')}</button>
        </div>
        <p class="hint" id="form-snippet-hint">${t('forms.snippetHint')}</p>
        ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
        ${this.snippet != null ? html`
          <label for="form-snippet-code" class="visually-hidden">${t('forms.snippet')}</label>
          <textarea id="form-snippet-code" class="snippet" rows="12" readonly spellcheck="false" aria-describedby="form-snippet-hint"
            .value=${this.snippet} @focus=${(e) => e.target.select()}></textarea>
          <div class="actions">
            <button type="button" class="primary" id="copy-snippet" @click=${this.copy}>${t('automation.copy')}</button>
            ${this.copied ? html`<span role="status" id="snippet-copied">${t(this.copied === 'copied' ? 'automation.copied' : 'automation.pressCopy')}</span>` : nothing}
          </div>` : this.error ? nothing : html`<p role="status">${t('common.loading')}</p>`}
      </section>`;
  }
}

customElements.define('form-snippet', FormSnippet);
customElements.define('web-form-editor', WebFormEditor);
customElements.define('automation-forms', AutomationForms);
