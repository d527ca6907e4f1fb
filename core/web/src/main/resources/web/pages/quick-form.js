import { html } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { t } from 'atrium/i18n.js';
import { FieldErrors, formValues } from 'atrium/forms.js';

/**
 * A small form that posts one new record and closes: focus on its first input, errors by field,
 * `saved` or `cancel` for the page that opened it. A subclass names its fields, builds the
 * request in `save(values)` and draws its inputs.
 */
export class QuickForm extends AtriumElement {
  static properties = { errors: { state: true }, saving: { state: true } };

  constructor(fields) {
    super();
    this.fields = fields;
    this.errors = new FieldErrors();
  }

  firstUpdated() {
    this.querySelector('input, select, textarea')?.focus();
  }

  async submit(event) {
    event.preventDefault();
    this.saving = true;
    try {
      await this.save(formValues(event.target));
      this.dispatchEvent(new CustomEvent('saved', { bubbles: true }));
    } catch (error) {
      this.errors = new FieldErrors(error, this.fields);
    } finally {
      this.saving = false;
    }
  }

  /** Save and Cancel; `saveId` is the save button's id. */
  actions(saveId) {
    return html`
      <div class="actions">
        <button type="submit" class="primary" id=${saveId} ?disabled=${this.saving}>${t('common.save')}</button>
        <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>${t('common.cancel')}</button>
      </div>`;
  }
}
