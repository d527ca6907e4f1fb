import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { AtriumElement } from 'atrium/element.js';
import { api } from 'atrium/api.js';
import { t, formatDateTime } from 'atrium/i18n.js';
import { can } from 'atrium/session.js';
import { FieldErrors } from 'atrium/forms.js';
import { RecordListPage } from './admin-shared.js';
import { describedBy, errorsFor } from './automation-shared.js';

const LANGUAGES = ['en', 'es', 'ru'];
const PARTS = ['subject', 'text', 'html'];

/** Message templates: a variant per language, placeholders such as {{client.name}}, and a preview for a client. */
class AutomationTemplates extends RecordListPage {
  static properties = { ...RecordListPage.properties };

  constructor() {
    super('/automation/templates');
  }

  saved(template) {
    this.close(t('templates.saved', { name: template.name }));
    this.load();
  }

  render() {
    const writer = can('automation', 'WRITE');
    return html`
      <section class="page automation-templates">
        <div class="page-head">
          <h1 tabindex="-1">${t('templates.title')}</h1>
          ${writer ? html`<button type="button" class="primary" id="new-template" @click=${(e) => this.open(null, e)}>${t('templates.new')}</button>` : nothing}
        </div>
        <p class="muted">${t('templates.intro')}</p>
        ${this.notice ? html`<p class="notice" role="status" id="templates-notice">${this.notice}</p>` : nothing}
        ${this.error ? html`<div class="alert" role="alert" id="templates-error">${this.error}</div>` : nothing}
        ${this.editing !== undefined ? keyed(this.editing?.id ?? 'new', html`
          <template-editor .template=${this.editing} @saved=${(e) => this.saved(e.detail)}
            @reloaded=${() => this.load()} @cancel=${() => this.close()}></template-editor>`) : nothing}
        ${this.records ? html`
          <div class="table-wrap">
            <table class="data" id="templates">
              <caption class="visually-hidden">${t('templates.title')}</caption>
              <thead><tr>
                <th scope="col">${t('templates.name')}</th><th scope="col">${t('templates.languages')}</th>
                <th scope="col">${t('templates.updated')}</th><th scope="col"><span class="visually-hidden">${t('common.actions')}</span></th>
              </tr></thead>
              <tbody>
                ${this.records.length ? nothing : html`<tr class="empty"><td colspan="4">${t('templates.none')}</td></tr>`}
                ${this.records.map((template) => html`
                  <tr data-template=${template.id}>
                    <th scope="row">${template.name}</th>
                    <td>${Object.keys(template.variants).map((lang) => t(`language.${lang}`)).join(', ')}</td>
                    <td>${formatDateTime(template.updatedAt)}</td>
                    <td><div class="actions">
                      <button type="button" class="link" data-action="edit-template" aria-label=${t('templates.editNamed', { name: template.name })}
                        @click=${(e) => this.open(template, e)}>${writer ? t('common.edit') : t('templates.open')}</button>
                      ${writer ? html`<confirm-delete .label=${t('templates.deleteNamed', { name: template.name })}
                        ?busy=${this.busy === template.id} @confirm=${() => this.deleteRecord(template, t('templates.deleted', { name: template.name }))}></confirm-delete>` : nothing}
                    </div></td>
                  </tr>`)}
              </tbody>
            </table>
          </div>` : this.error ? nothing : html`<p role="status">${t('common.loading')}</p>`}
      </section>`;
  }
}

/**
 * A template's name and its variants (subject, text, HTML per language; a language left empty is
 * not sent), and, once stored, a preview of it for a client the user picks. Fires `saved`,
 * `reloaded` (after a conflict) or `cancel`.
 */
class TemplateEditor extends AtriumElement {
  static properties = {
    template: { attribute: false }, name: { state: true }, variants: { state: true }, errors: { state: true }, saving: { state: true },
    previewClient: { state: true }, previewLanguage: { state: true }, preview: { state: true }, previewError: { state: true },
  };

  constructor() {
    super();
    this.errors = new FieldErrors();
    this.previewLanguage = '';
  }

  willUpdate(changed) {
    if (changed.has('template')) {
      this.name = this.template?.name ?? '';
      this.variants = Object.fromEntries(LANGUAGES.map((lang) => {
        const variant = this.template?.variants[lang] ?? {};
        return [lang, Object.fromEntries(PARTS.map((part) => [part, variant[part] ?? '']))];
      }));
    }
  }

  firstUpdated() {
    this.querySelector('#template-name')?.focus();
  }

  change(lang, part, value) {
    this.variants = { ...this.variants, [lang]: { ...this.variants[lang], [part]: value } };
  }

  body() {
    const variants = {};
    for (const lang of LANGUAGES) {
      const variant = this.variants[lang];
      if (!PARTS.some((part) => variant[part].trim())) continue;
      variants[lang] = Object.fromEntries(PARTS.map((part) => [part, variant[part].trim() ? variant[part] : null]));
    }
    return { name: this.name.trim(), variants };
  }

  shownFields() {
    return ['name', 'variants', ...LANGUAGES.flatMap((lang) => [`variants.${lang}`, ...PARTS.map((part) => `variants.${lang}.${part}`)])];
  }

  async submit(event) {
    event.preventDefault();
    this.saving = true;
    this.errors = new FieldErrors();
    try {
      const saved = this.template
        ? await api(`/automation/templates/${encodeURIComponent(this.template.id)}`, { method: 'PUT', body: this.body(), record: this.template })
        : await api('/automation/templates', { method: 'POST', body: this.body() });
      this.dispatchEvent(new CustomEvent('saved', { detail: saved }));
    } catch (error) {
      this.errors = errorsFor(error, this.shownFields());
      if (error.status === 409) await this.reload();
      this.updateComplete.then(() => this.querySelector('[aria-invalid="true"]')?.focus());
    } finally {
      this.saving = false;
    }
  }

  async reload() {
    try {
      this.template = await api(`/automation/templates/${encodeURIComponent(this.template.id)}`);
      this.dispatchEvent(new CustomEvent('reloaded', { detail: this.template }));
    } catch {
      // the conflict message already says to try again
    }
  }

  async showPreview() {
    this.previewError = null;
    this.preview = null;
    try {
      this.preview = await api(`/automation/templates/${encodeURIComponent(this.template.id)}/preview`, {
        method: 'POST', body: { clientId: this.previewClient?.id ?? null, language: this.previewLanguage || null },
      });
    } catch (error) {
      this.previewError = new FieldErrors(error, ['clientId', 'language']);
    }
  }

  render() {
    const e = this.errors;
    const writer = can('automation', 'WRITE');
    return html`
      <div class="panel template-editor">
        <form id="template-form" novalidate @submit=${this.submit} aria-labelledby="template-form-heading"
          @keydown=${(ev) => { if (ev.key === 'Escape') this.dispatchEvent(new CustomEvent('cancel')); }}>
          <h2 id="template-form-heading">${this.template ? t('templates.editTitle', { name: this.template.name }) : t('templates.newTitle')}</h2>
          ${e.summary()}
          <p class="hint" id="template-placeholders">${t('templates.placeholders')}</p>
          <div class="field">
            <label for="template-name">${t('templates.name')} <span aria-hidden="true">*</span></label>
            <input id="template-name" required .value=${this.name} ?disabled=${!writer} @input=${(ev) => { this.name = ev.target.value; }}
              aria-invalid=${String(e.has('name'))} aria-describedby=${describedBy(e, 'name')}>
            ${e.for('name')}
          </div>
          ${e.for('variants')}
          ${LANGUAGES.map((lang) => this.renderVariant(lang, writer))}
          ${writer ? html`
            <div class="actions">
              <button type="submit" class="primary" id="save-template" ?disabled=${this.saving}>${this.saving ? t('common.working') : t('common.save')}</button>
              <button type="button" id="cancel-template" @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>${t('common.cancel')}</button>
            </div>` : html`<div class="actions"><button type="button" id="cancel-template"
              @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>${t('templates.close')}</button></div>`}
        </form>
        ${this.template ? this.renderPreview() : html`<p class="hint">${t('templates.previewAfterSave')}</p>`}
      </div>`;
  }

  renderVariant(lang, writer) {
    const e = this.errors;
    const v = this.variants[lang];
    const input = (part, multiline) => {
      const field = `variants.${lang}.${part}`;
      const id = `template-${lang}-${part}`;
      const attrs = { invalid: String(e.has(field)), described: describedBy(e, field, 'template-placeholders') };
      return html`
        <div class="field ${multiline ? 'wide' : ''}">
          <label for=${id}>${t(`templates.${part}`)}</label>
          ${multiline
            ? html`<textarea id=${id} rows="5" .value=${v[part]} ?disabled=${!writer} @input=${(ev) => this.change(lang, part, ev.target.value)}
                aria-invalid=${attrs.invalid} aria-describedby=${attrs.described}></textarea>`
            : html`<input id=${id} .value=${v[part]} ?disabled=${!writer} @input=${(ev) => this.change(lang, part, ev.target.value)}
                aria-invalid=${attrs.invalid} aria-describedby=${attrs.described}>`}
          ${e.for(field)}
        </div>`;
    };
    return html`
      <fieldset data-language=${lang} aria-describedby=${e.has(`variants.${lang}`) ? `error-variants-${lang}` : nothing}>
        <legend>${t(`language.${lang}`)}</legend>
        ${e.for(`variants.${lang}`)}
        ${input('subject', false)}${input('text', true)}${input('html', true)}
      </fieldset>`;
  }

  renderPreview() {
    const e = this.previewError ?? new FieldErrors();
    const p = this.preview;
    return html`
      <section class="template-preview" aria-labelledby="preview-heading">
        <h3 id="preview-heading">${t('templates.preview')}</h3>
        <p class="hint">${t('templates.previewHint')}</p>
        ${e.summary()}
        <div class="inline-form">
          <client-picker input-id="preview-client" .label=${t('templates.previewClient')}
            @picked=${(ev) => { this.previewClient = ev.detail; }}></client-picker>
          ${e.for('clientId')}
          <div class="field">
            <label for="preview-language">${t('templates.previewLanguage')}</label>
            <select id="preview-language" @change=${(ev) => { this.previewLanguage = ev.target.value; }}>
              <option value="">${t('templates.clientsLanguage')}</option>
              ${LANGUAGES.map((lang) => html`<option value=${lang}>${t(`language.${lang}`)}</option>`)}
            </select>
            ${e.for('language')}
          </div>
          <div class="actions">
            <button type="button" id="show-preview" @click=${this.showPreview}>${t('templates.showPreview')}</button>
          </div>
        </div>
        ${p ? html`
          <dl id="preview-result" data-language=${p.language}>
            <dt>${t('templates.previewIn')}</dt><dd>${t(`language.${p.language}`)}</dd>
            <dt>${t('templates.subject')}</dt><dd id="preview-subject">${p.subject}</dd>
            ${p.text != null ? html`<dt>${t('templates.text')}</dt><dd><pre class="preview-text" id="preview-text">${p.text}</pre></dd>` : nothing}
            ${p.html != null ? html`<dt>${t('templates.html')}</dt><dd><pre class="preview-text" id="preview-html">${p.html}</pre></dd>` : nothing}
          </dl>` : nothing}
      </section>`;
  }
}

customElements.define('template-editor', TemplateEditor);
customElements.define('automation-templates', AutomationTemplates);
