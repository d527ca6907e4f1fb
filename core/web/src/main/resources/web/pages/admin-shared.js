import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api } from 'atrium/api.js';
import { t } from 'atrium/i18n.js';
import { errorId, errorText } from 'atrium/forms.js';

// Pieces the admin pages share: errors of an input that edits a whole list, and a delete button
// that asks first, in the page (a window.confirm dialog cannot be styled, translated or tested).

/**
 * The errors of a field and of the fields inside it (`options` and `options[2]`): one textarea or
 * one table row edits them all, so it shows them all and names each in aria-describedby.
 * `describe(key, message)` may reword a nested message, e.g. to say which line it is about.
 */
export function nestedErrors(errors, field, describe = (key, message) => message) {
  const keys = [...errors.byField.keys()]
    .filter((key) => key === field || key.startsWith(`${field}[`) || key.startsWith(`${field}.`));
  return {
    invalid: keys.length ? 'true' : 'false',
    describedBy: keys.map(errorId).join(' '),
    messages: keys.map((key) => html`<p class="field-error" id=${errorId(key)} data-error-for=${key}>
      ${errors.byField.get(key).map((message) => describe(key, message)).join('; ')}</p>`),
  };
}

/** The values of a comma-separated text, trimmed, without empty ones. */
export const commaList = (text) => (text ?? '').split(',').map((value) => value.trim()).filter(Boolean);

/**
 * A Delete button that turns into "Delete for good? [Delete] [Cancel]" in place; fires `confirm`
 * on the second press. Escape or Cancel steps back, and focus stays with the buttons throughout.
 */
class ConfirmDelete extends AtriumElement {
  static properties = { label: {}, busy: { type: Boolean }, asking: { state: true } };

  ask(asking) {
    this.asking = asking;
    this.updateComplete.then(() => this.querySelector(asking ? '[data-action="cancel-delete"]' : '[data-action="delete"]')?.focus());
  }

  confirm() {
    this.asking = false;
    this.dispatchEvent(new CustomEvent('confirm', { bubbles: true }));
  }

  render() {
    if (!this.asking) {
      return html`<button type="button" data-action="delete" aria-label=${this.label || nothing} ?disabled=${this.busy}
        @click=${() => this.ask(true)}>${this.busy ? t('common.working') : t('common.delete')}</button>`;
    }
    // a group named by the question, so a screen reader says what the two buttons answer
    return html`
      <span role="group" aria-label=${this.label ? `${this.label}: ${t('common.confirmDelete')}` : t('common.confirmDelete')}
        @keydown=${(e) => { if (e.key === 'Escape') this.ask(false); }}>
        <span aria-hidden="true">${t('common.confirmDelete')}</span>
        <button type="button" class="primary" data-action="confirm-delete" @click=${this.confirm}>${t('common.delete')}</button>
        <button type="button" data-action="cancel-delete" @click=${() => this.ask(false)}>${t('common.cancel')}</button>
      </span>`;
  }
}

customElements.define('confirm-delete', ConfirmDelete);

/**
 * An admin page that lists the records at `listPath` and opens one editor at a time; closing the
 * editor gives focus back to the button that opened it. `busy` is the id of the record being deleted.
 */
export class RecordListPage extends AtriumElement {
  static properties = {
    records: { state: true }, error: { state: true }, notice: { state: true }, editing: { state: true }, busy: { state: true },
  };

  constructor(listPath) {
    super();
    this.listPath = listPath;
    this.records = null;
    // the record the editor shows: undefined when closed, null for a new one
    this.editing = undefined;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.records = await api(this.listPath);
    } catch (error) {
      this.error = errorText(error);
    }
  }

  open(record, event) {
    this.returnTo = event?.currentTarget ?? null;
    this.notice = null;
    this.error = null;
    this.editing = record;
  }

  /**
   * Deletes one of the records at its address under `listPath`, with its version in If-Match, closes
   * its editor, says `notice` and reads the list again. Not named `remove`: that is Element.remove(),
   * which lit and the router call to take the page out of the document.
   */
  async deleteRecord(record, notice) {
    this.busy = record.id;
    this.error = null;
    this.notice = null;
    try {
      await api(`${this.listPath}/${encodeURIComponent(record.id)}`, { method: 'DELETE', record });
      if (this.editing?.id === record.id) this.editing = undefined;
      this.forgetDeleted(record);
      this.notice = notice;
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.busy = null;
      await this.load();
    }
  }

  /** What else the page showed of a record it deleted (a panel beside the list): a page clears it here. */
  forgetDeleted() {}

  close(notice = null) {
    this.editing = undefined;
    this.notice = notice;
    const target = this.returnTo?.isConnected ? this.returnTo : this.querySelector('h1');
    this.updateComplete.then(() => target?.focus());
  }
}
