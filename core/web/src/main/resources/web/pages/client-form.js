import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api } from 'atrium/api.js';
import { t } from 'atrium/i18n.js';
import { hidden } from 'atrium/session.js';
import { navigate } from 'atrium/router.js';
import { FieldErrors, errorId, nonEmpty } from 'atrium/forms.js';
import { countries, countryCode } from 'atrium/countries.js';
import './custom-field-input.js';
import './duplicate-candidates.js';
import { QualityCheck, qualityHint, qualityPanel, draftField, fixChanges } from './quality-hints.js';

const KINDS = ['ORGANIZATION', 'PERSON'];
const STATUSES = ['LEAD', 'ACTIVE', 'REGULAR', 'LOST'];
// an archived client keeps its status when edited; archiving is the card's Archive action
const statusChoices = (current) => (current === 'ARCHIVED' ? [...STATUSES, current] : STATUSES);
const FIELDS = ['kind', 'name', 'phones', 'emails', 'websites', 'status', 'source', 'tags', 'addresses', 'legalEntities', 'customFields'];
// the checked fields this form edits, where a data-quality hint shows next to its input
const QUALITY_ON_FORM = /^(name|(phones|emails)\[\d+\]|legalEntities\[0\]\.(inn|kpp|ogrn|taxId))$/;
/** The first legal entity's fields on the form, by property, with their inputs' names. */
const LEGAL_INPUTS = [['name', 'legalName'], ['inn', 'inn'], ['kpp', 'kpp'], ['ogrn', 'ogrn'], ['taxId', 'taxId']];

/**
 * The new-client form, and the same form to edit one (`clientId` set): the first address and
 * legal entity are edited here, any further ones, contacts and fields hidden from the user stay
 * as stored. Errors from the API appear next to the fields they name.
 */
class ClientForm extends AtriumElement {
  static properties = {
    clientId: {},
    client: { state: true },
    phones: { state: true },
    emails: { state: true },
    websites: { state: true },
    countryList: { state: true },
    fields: { state: true },
    errors: { state: true },
    saving: { state: true },
    quality: { state: true },
  };

  constructor() {
    super();
    this.client = null;
    this.phones = [''];
    this.emails = [''];
    this.websites = [''];
    this.countryList = null;
    this.chosenCountry = null;
    this.fields = [];
    this.errors = new FieldErrors();
    this.quality = [];
    this.qualityCheck = new QualityCheck((issues) => { this.quality = issues; });
  }

  disconnectedCallback() {
    this.qualityCheck.stop();
    super.disconnectedCallback();
  }

  async connectedCallback() {
    super.connectedCallback();
    try {
      const [fields, client] = await Promise.all([
        api('/custom-fields?recordKind=CLIENT'),
        this.clientId ? api(`/clients/${encodeURIComponent(this.clientId)}`) : null,
      ]);
      this.fields = fields.filter((field) => !hidden('clients', `customFields.${field.key}`));
      if (client) {
        this.client = client;
        this.phones = client.phones.length ? [...client.phones] : [''];
        this.emails = client.emails.length ? [...client.emails] : [''];
        this.websites = client.websites?.length ? [...client.websites] : [''];
        this.updateComplete.then(() => this.checkQuality());
      }
    } catch (error) {
      this.errors = new FieldErrors(error);
    }
  }

  /** The country list in the current language; it loads again when the language changes. */
  willUpdate() {
    countries().then((list) => { if (list !== this.countryList) this.countryList = list; }, () => {});
  }

  draft(form) {
    const value = (name) => form.elements[name]?.value.trim() ?? '';
    const base = this.client ?? {};
    const draft = {
      kind: value('kind'),
      name: value('name'),
      phones: nonEmpty(this.phones),
      emails: nonEmpty(this.emails),
      status: value('status') || null,
      source: value('source') || null,
      tags: value('tags').split(',').map((tag) => tag.trim()).filter(Boolean),
      responsibleManagerId: base.responsibleManagerId ?? null,
      contacts: base.contacts ?? [],
      customFields: { ...(base.customFields ?? {}) },
    };
    if (!hidden('clients', 'websites')) draft.websites = nonEmpty(this.websites);
    for (const name of ['clientType', 'sector', 'purchasePotential', 'geography']) {
      if (!hidden('clients', name) && base[name] !== undefined) draft[name] = base[name];
    }
    const address = { street: value('street'), city: value('city'), postalCode: value('postalCode'), country: value('country') };
    const addresses = [...(base.addresses ?? [])];
    if (Object.values(address).some(Boolean)) addresses[0] = { ...addresses[0], ...address };
    else addresses.splice(0, 1);
    draft.addresses = addresses;
    if (!hidden('clients', 'legalEntities')) {
      const entity = {};
      for (const [key, input] of LEGAL_INPUTS) if (!hidden('clients', `legalEntities.${key}`)) entity[key] = value(input);
      const entities = [...(base.legalEntities ?? [])];
      if (Object.values(entity).some(Boolean)) entities[0] = { ...entities[0], ...entity };
      else entities.splice(0, 1);
      draft.legalEntities = entities;
    }
    for (const input of form.querySelectorAll('custom-field-input')) {
      const v = input.value;
      if (v === null) delete draft.customFields[input.field.key];
      else draft.customFields[input.field.key] = v;
    }
    return draft;
  }

  async submit(event) {
    event.preventDefault();
    const form = event.target;
    this.saving = true;
    this.errors = new FieldErrors();
    const candidates = this.querySelector('duplicate-candidates');
    try {
      const draft = this.draft(form);
      const saved = this.client
        ? await api(`/clients/${encodeURIComponent(this.client.id)}`, { method: 'PUT', body: draft, record: this.client })
        : await api(`/clients${candidates.confirmed ? '?confirmedNew=true' : ''}`, { method: 'POST', body: draft });
      navigate(`/clients/${saved.id}`);
    } catch (error) {
      // a probable duplicate: the candidates show, and saving again needs the box ticked
      if (error.status === 409 && Array.isArray(error.problem.candidates)) candidates.show(error.problem.candidates, true);
      this.errors = new FieldErrors(error, FIELDS);
      this.updateComplete.then(() => this.querySelector('[aria-invalid="true"], .alert')?.focus?.());
    } finally {
      this.saving = false;
    }
  }

  /** Asks, as the user types, which stored clients this one may already be. */
  lookForDuplicates(event) {
    if (event.target.closest('custom-field-input')) return;
    this.querySelector('duplicate-candidates').check(this.draft(event.currentTarget), this.clientId ?? null);
    this.checkQuality();
  }

  /** Asks, as the user types, what looks wrong in the draft; the hints never block saving. */
  checkQuality() {
    const form = this.querySelector('#client-form');
    if (form) this.qualityCheck.check(this.draft(form));
  }

  /** The data-quality hint of a field, with a button that applies its suggested fix. */
  qualityHint(field) {
    return qualityHint(field && this.quality.find((issue) => issue.field === field), (issue) => this.applyFix(issue));
  }

  /** Puts a suggested fix into the form (nothing is saved yet), then checks the draft again. */
  async applyFix(issue) {
    const { lists, fields } = fixChanges(issue, { phones: this.phones, emails: this.emails });
    Object.assign(this, lists);
    for (const [field, value] of Object.entries(fields)) {
      const input = this.querySelector(`input[data-field="${field}"]`);
      if (input) input.value = value;
    }
    this.quality = this.quality.filter((other) => other !== issue);
    await this.updateComplete;
    this.querySelector('duplicate-candidates').check(this.draft(this.querySelector('#client-form')), this.clientId ?? null);
    this.checkQuality();
  }

  /** An input's accessibility attributes for the field it edits. */
  input(field) {
    return { invalid: this.errors.has(field) ? 'true' : 'false', describedBy: this.errors.has(field) ? errorId(field) : '' };
  }

  render() {
    const c = this.client ?? {};
    const editing = Boolean(this.clientId);
    if (editing && !this.client && !this.errors.general.length) return html`<p role="status">${t('common.loading')}</p>`;
    const address = c.addresses?.[0] ?? {};
    const entity = c.legalEntities?.[0] ?? {};
    return html`
      <section class="page client-form">
        <h1>${editing ? t('clientForm.editTitle', { name: c.name }) : t('clientForm.newTitle')}</h1>
        <div class="form-layout">
          <form id="client-form" novalidate @submit=${this.submit} @input=${this.lookForDuplicates}>
            ${this.errors.summary()}
            <fieldset>
              <legend>${t('clientForm.main')}</legend>
              <div class="field">
                <label for="kind">${t('client.kind')}</label>
                <select id="kind" name="kind" aria-invalid=${this.input('kind').invalid}>
                  ${KINDS.map((k) => html`<option value=${k} ?selected=${(c.kind ?? 'ORGANIZATION') === k}>${t(`kind.${k}`)}</option>`)}
                </select>
                ${this.errors.for('kind')}
              </div>
              ${this.textField('name', t('client.name'), c.name, { required: true })}
              <div class="field">
                <label for="status">${t('client.status')}</label>
                <select id="status" name="status">
                  ${statusChoices(c.status).map((s) => html`<option value=${s} ?selected=${(c.status ?? 'LEAD') === s}>${t(`status.${s}`)}</option>`)}
                </select>
                ${this.errors.for('status')}
              </div>
              ${this.textField('source', t('client.source'), c.source)}
              ${this.textField('tags', t('client.tags'), (c.tags ?? []).join(', '), { hint: t('clientForm.tagsHint') })}
            </fieldset>
            ${this.listFieldset('phones', t('client.phones'), 'tel')}
            ${this.listFieldset('emails', t('client.emails'), 'email')}
            ${hidden('clients', 'websites') ? nothing : this.listFieldset('websites', t('client.websites'), 'url')}
            <fieldset>
              <legend>${t('client.address')}</legend>
              ${this.textField('street', t('address.street'), address.street, { field: 'addresses[0].street' })}
              ${this.textField('city', t('address.city'), address.city, { field: 'addresses[0].city' })}
              ${this.textField('postalCode', t('address.postalCode'), address.postalCode, { field: 'addresses[0].postalCode' })}
              ${this.countryField(address.country)}
            </fieldset>
            ${hidden('clients', 'legalEntities') ? nothing : html`
              <fieldset>
                <legend>${t('client.legalEntity')}</legend>
                ${this.legalField('legalName', 'name', t('legal.name'), entity)}
                ${this.legalField('inn', 'inn', t('legal.inn'), entity, 'numeric')}
                ${this.legalField('kpp', 'kpp', t('legal.kpp'), entity, 'numeric')}
                ${this.legalField('ogrn', 'ogrn', t('legal.ogrn'), entity, 'numeric')}
                ${this.legalField('taxId', 'taxId', t('legal.taxId'), entity)}
              </fieldset>`}
            ${this.fields.length ? html`
              <fieldset>
                <legend>${t('client.customFields')}</legend>
                ${this.fields.map((field) => html`
                  <custom-field-input .field=${field} .initial=${c.customFields?.[field.key]}
                    .error=${this.errors.byField.get(`customFields.${field.key}`)?.join('; ')}></custom-field-input>`)}
              </fieldset>` : nothing}
            <div class="actions">
              <button type="submit" class="primary" id="save-client" ?disabled=${this.saving}>${t('common.save')}</button>
              <a class="button" href=${editing ? `#/clients/${this.clientId}` : '#/clients'}>${t('common.cancel')}</a>
            </div>
          </form>
          <aside class="candidates" id="duplicate-candidates" aria-live="polite">
            <duplicate-candidates></duplicate-candidates>
            ${qualityPanel(this.quality, (issue) => !QUALITY_ON_FORM.test(issue.field))}
          </aside>
        </div>
      </section>`;
  }

  /** A field of the first legal entity, left out when the user's roles hide it. */
  legalField(name, key, label, entity, inputmode = nothing) {
    if (hidden('clients', `legalEntities.${key}`)) return nothing;
    return this.textField(name, label, entity[key], { field: `legalEntities[0].${key}`, inputmode });
  }

  textField(name, label, value, { field = name, required = false, hint = '', inputmode = nothing } = {}) {
    const { invalid, describedBy } = this.input(field);
    return html`
      <div class="field">
        <label for=${name}>${label}${required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
        <input id=${name} name=${name} .value=${value ?? ''} ?required=${required} inputmode=${inputmode} data-field=${field}
          aria-invalid=${invalid} aria-describedby=${describedBy || nothing}>
        ${hint ? html`<p class="hint">${hint}</p>` : nothing}
        ${this.errors.for(field)}
        ${this.qualityHint(field)}
      </div>`;
  }

  /**
   * The address's country from the ISO list, named in the user's language; an older stored value
   * that names a country selects it, any other stays as it is.
   */
  countryField(stored) {
    const list = this.countryList ?? [];
    const code = stored ? countryCode(stored, list) : null;
    const kept = stored && !code ? stored : null;
    // what the user chose stays chosen when the list is named again in another language
    const chosen = this.chosenCountry ?? code ?? kept ?? '';
    const { invalid, describedBy } = this.input('addresses[0].country');
    return html`
      <div class="field">
        <label for="country">${t('address.country')}</label>
        <select id="country" name="country" data-field="addresses[0].country" aria-invalid=${invalid}
          aria-describedby=${describedBy || nothing} @change=${(e) => { this.chosenCountry = e.target.value; }}>
          <option value="" .selected=${chosen === ''}>${t('address.noCountry')}</option>
          ${kept ? html`<option value=${kept} .selected=${chosen === kept}>${kept}</option>` : nothing}
          ${list.map((country) => html`<option value=${country.code} .selected=${country.code === chosen}>${country.name}</option>`)}
        </select>
        ${this.errors.for('addresses[0].country')}
      </div>`;
  }

  /** Several values of one kind (phones, e-mails, websites), each with its own error, plus one more on demand. */
  listFieldset(name, legend, type) {
    const values = this[name];
    const update = (index, value) => {
      const copy = [...values];
      copy[index] = value;
      this[name] = copy;
    };
    return html`
      <fieldset>
        <legend>${legend}</legend>
        ${values.map((value, index) => {
          const field = `${name}[${index}]`;
          const { invalid, describedBy } = this.input(field);
          return html`
            <div class="field repeat">
              <label for="${name}-${index}" class="visually-hidden">${legend} ${index + 1}</label>
              <input id="${name}-${index}" type=${type} .value=${value} data-field=${field}
                aria-invalid=${invalid} aria-describedby=${describedBy || nothing}
                @input=${(e) => update(index, e.target.value)}>
              ${values.length > 1 ? html`<button type="button" class="link" aria-label=${t('common.removeItem', { item: `${legend} ${index + 1}` })}
                @click=${() => { this[name] = values.filter((_, i) => i !== index); }}>×</button>` : nothing}
              ${this.errors.for(field)}
              ${this.qualityHint(draftField(name, values, index))}
            </div>`;
        })}
        <button type="button" class="link" @click=${() => { this[name] = [...values, '']; }}>${t(`clientForm.add.${name}`)}</button>
      </fieldset>`;
  }
}

customElements.define('client-form', ClientForm);
