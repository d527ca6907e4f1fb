import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api } from 'atrium/api.js';
import { t, formatDate } from 'atrium/i18n.js';
import { user } from 'atrium/session.js';
import { FieldErrors, errorText } from 'atrium/forms.js';

// The single-valued fields a merge lets the user choose (ClientMerge.CHOOSABLE_FIELDS), and their labels.
const FIELDS = [
  { name: 'name', label: 'client.name' },
  { name: 'kind', label: 'client.kind', value: (v) => t(`kind.${v}`) },
  { name: 'status', label: 'client.status', value: (v) => t(`status.${v}`) },
  { name: 'source', label: 'client.source' },
  { name: 'clientType', label: 'client.clientType' },
  { name: 'sector', label: 'client.sector' },
  { name: 'purchasePotential', label: 'client.purchasePotential' },
  { name: 'geography', label: 'client.geography' },
  { name: 'responsibleManagerId', label: 'client.owner', value: (v) => (v === user()?.id ? t('merge.you') : v) },
];
const CUSTOM_PREFIX = 'customFields.';
const MOVED_LABELS = {
  contacts: 'client.contacts', legalEntities: 'client.legalEntities',
  activities: 'merge.moved.activities', tasks: 'merge.moved.tasks', opportunities: 'merge.moved.opportunities',
};

const isEmpty = (value) => value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length);
const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function customText(value) {
  if (typeof value === 'boolean') return t(`common.${value}`);
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * Merges the clients of a duplicate group into one: the user picks the survivor, which of the
 * others go into it, and for each single-valued field that differs whose value it keeps (the
 * survivor's by default, or another's where the survivor has none). Lists, contacts, legal
 * entities and records are kept from all. Fires `merged` with the API's answer, `close` on cancel.
 */
class MergeDialog extends AtriumElement {
  static properties = {
    group: { attribute: false },
    clients: { state: true },
    survivorId: { state: true },
    mergedIds: { state: true },
    choices: { state: true },
    result: { state: true },
    errors: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.clients = null;
    this.choices = {};
    this.errors = new FieldErrors();
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  firstUpdated() {
    this.querySelector('dialog').showModal();
  }

  /** The clients as they are now; one merged or deleted since the scan is left out. */
  async load() {
    const loaded = await Promise.all(this.group.clients.map(async ({ clientId }) => {
      try {
        const client = await api(`/clients/${encodeURIComponent(clientId)}`);
        // a merged id answers with its survivor: that one is in the group under its own id, or not at all
        return client.id === clientId ? client : null;
      } catch {
        return null;
      }
    }));
    this.clients = loaded.filter(Boolean);
    const ids = this.clients.map((client) => client.id);
    if (ids.includes(this.survivorId)) {
      // loaded again after a refused merge: the user's choices stand, for the clients still there
      this.mergedIds = this.mergedIds.filter((id) => ids.includes(id));
      return;
    }
    // the client known longest keeps its id by default: links and history point to it most
    const oldest = [...this.clients].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
    this.survivorId = oldest?.id;
    this.mergedIds = ids.filter((id) => id !== this.survivorId);
    this.choices = {};
  }

  chooseSurvivor(id) {
    this.survivorId = id;
    this.mergedIds = this.clients.map((client) => client.id).filter((other) => other !== id);
    this.choices = {};
    this.errors = new FieldErrors();
  }

  toggleMerged(id, checked) {
    this.mergedIds = checked ? [...this.mergedIds, id] : this.mergedIds.filter((other) => other !== id);
  }

  get survivor() {
    return this.clients.find((client) => client.id === this.survivorId);
  }

  /** Survivor first, then the clients that go into it. */
  involved() {
    return [this.survivor, ...this.clients.filter((client) => this.mergedIds.includes(client.id))];
  }

  /** The fields whose values differ among the clients merged: built-in ones, then custom fields. */
  differingFields() {
    const involved = this.involved();
    const read = (field) => (client) => (field.custom ? client.customFields?.[field.key] : client[field.name]);
    const customKeys = [...new Set(involved.flatMap((client) => Object.keys(client.customFields ?? {})))];
    const custom = customKeys.map((key) => ({ name: `${CUSTOM_PREFIX}${key}`, key, custom: true, text: key, value: customText }));
    return [...FIELDS.map((field) => ({ ...field, text: t(field.label) })), ...custom]
      .map((field) => ({ ...field, read: read(field) }))
      .filter((field) => {
        const values = involved.map(field.read);
        return values.some((value) => !same(value, values[0]));
      });
  }

  /** Whose value a field keeps: the user's choice, else the survivor's, else the first merged one that has one. */
  sourceOf(field) {
    const involved = this.involved();
    // a choice of a client since left out of the merge no longer counts
    const chosen = this.choices[field.name];
    if (involved.some((client) => client.id === chosen)) return chosen;
    if (!isEmpty(field.read(this.survivor))) return this.survivorId;
    return involved.find((client) => !isEmpty(field.read(client)))?.id ?? this.survivorId;
  }

  async submit(event) {
    event.preventDefault();
    if (!this.mergedIds.length) return;
    const fields = Object.fromEntries(this.differingFields().map((field) => [field.name, this.sourceOf(field)]));
    this.busy = true;
    this.errors = new FieldErrors();
    try {
      this.result = await api(`/clients/${encodeURIComponent(this.survivorId)}/merge`,
        { method: 'POST', body: { mergedIds: this.mergedIds, fields }, record: this.survivor });
      this.dispatchEvent(new CustomEvent('merged', { detail: this.result, bubbles: true }));
      this.updateComplete.then(() => this.querySelector('#merge-result')?.focus());
    } catch (error) {
      this.errors = new FieldErrors(error, ['fields']);
      if (error.status === 409 || error.status === 404) this.load();
    } finally {
      this.busy = false;
    }
  }

  close() {
    this.querySelector('dialog')?.close();
  }

  render() {
    return html`
      <dialog class="card merge-dialog" aria-labelledby="merge-heading" @close=${() => this.dispatchEvent(new CustomEvent('close'))}>
        <h2 id="merge-heading">${t('merge.title')}</h2>
        ${this.result ? this.renderResult() : this.renderForm()}
      </dialog>`;
  }

  renderForm() {
    if (!this.clients) return html`<p role="status">${t('common.loading')}</p>`;
    if (this.clients.length < 2) {
      return html`<p>${t('merge.nothingLeft')}</p>
        <div class="actions"><button type="button" @click=${this.close}>${t('common.cancel')}</button></div>`;
    }
    const involved = this.involved();
    const fields = this.differingFields();
    return html`
      <form @submit=${this.submit}>
        ${this.errors.summary()}
        <fieldset>
          <legend>${t('merge.survivor')}</legend>
          ${this.clients.map((client) => html`
            <label class="field check">
              <input type="radio" name="survivor" value=${client.id} .checked=${client.id === this.survivorId}
                @change=${() => this.chooseSurvivor(client.id)}>
              ${client.name} <span class="muted">${t('merge.since', { date: formatDate(client.createdAt) })}</span>
            </label>`)}
        </fieldset>
        <fieldset>
          <legend>${t('merge.mergeInto', { name: this.survivor.name })}</legend>
          ${this.clients.filter((client) => client.id !== this.survivorId).map((client) => html`
            <label class="field check">
              <input type="checkbox" name="merged" value=${client.id} .checked=${this.mergedIds.includes(client.id)}
                @change=${(e) => this.toggleMerged(client.id, e.target.checked)}>
              ${client.name}
            </label>`)}
        </fieldset>
        ${fields.length ? html`
          <div class="table-wrap">
            <table class="data merge-fields">
              <caption class="muted">${t('merge.fieldsHint')}</caption>
              <thead><tr><th scope="col">${t('merge.field')}</th>
                ${involved.map((client) => html`<th scope="col">${client.name}</th>`)}</tr></thead>
              <tbody>${fields.map((field) => this.renderField(field, involved))}</tbody>
            </table>
          </div>` : html`<p class="muted">${t('merge.noDifferences')}</p>`}
        <p class="notice">${t('merge.keptFromAll')}</p>
        <div class="actions">
          <button type="submit" class="primary" id="merge-submit" ?disabled=${this.busy || !this.mergedIds.length}>
            ${this.busy ? t('common.working') : t('merge.submit', { count: this.mergedIds.length })}</button>
          <button type="button" @click=${this.close}>${t('common.cancel')}</button>
        </div>
      </form>`;
  }

  renderField(field, involved) {
    const chosen = this.sourceOf(field);
    const show = (value) => (isEmpty(value) ? '—' : (field.value ?? String)(value));
    return html`
      <tr data-field=${field.name}>
        <th scope="row">${field.text}${this.errors.for(`fields.${field.name}`)}</th>
        ${involved.map((client) => html`
          <td>
            <label class="field check">
              <input type="radio" name="field-${field.name}" value=${client.id} .checked=${client.id === chosen}
                @change=${() => { this.choices = { ...this.choices, [field.name]: client.id }; }}>
              ${show(field.read(client))}
            </label>
          </td>`)}
      </tr>`;
  }

  renderResult() {
    const { survivor, mergedIds, moved } = this.result;
    const movedLines = Object.entries(moved ?? {})
      .map(([key, count]) => `${MOVED_LABELS[key] ? t(MOVED_LABELS[key]) : key}: ${count}`);
    return html`
      <div id="merge-result" tabindex="-1" class="notice" role="status">
        <p>${t('merge.done', { count: mergedIds.length, name: survivor.name })}</p>
        ${movedLines.length ? html`<p>${t('merge.moved')} ${movedLines.join(' · ')}</p>` : nothing}
      </div>
      <div class="actions">
        <a class="button primary" id="merge-survivor" href="#/clients/${survivor.id}">${t('merge.openSurvivor')}</a>
        <button type="button" @click=${this.close}>${t('merge.close')}</button>
      </div>`;
  }
}

customElements.define('merge-dialog', MergeDialog);
