// #/fitness/plans: the plans the club sells, and a form to add one.
import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api } from 'atrium/api.js';
import { formatDate, formatMoney, formatNumber } from 'atrium/i18n.js';
import { can } from 'atrium/session.js';
import { FieldErrors, errorText, formValues } from 'atrium/forms.js';
import { text } from './fitness-text.js';
import { focusFirstError, inputField, selectField, whole } from './fitness-shared.js';

const FIELDS = ['name', 'kind', 'duration', 'durationUnit', 'visits', 'freezeDays', 'price', 'currency'];

class FitnessPlans extends AtriumElement {
  static properties = {
    plans: { state: true }, error: { state: true }, notice: { state: true },
    creating: { state: true }, kind: { state: true }, errors: { state: true }, saving: { state: true },
  };

  constructor() {
    super();
    this.errors = new FieldErrors();
    this.kind = 'TIME';
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.plans = await api('/fitness/plans');
    } catch (error) {
      this.error = errorText(error);
    }
  }

  open() {
    this.creating = true;
    this.notice = null;
    this.errors = new FieldErrors();
    this.updateComplete.then(() => this.querySelector('#plan-name')?.focus());
  }

  close() {
    this.creating = false;
    this.kind = 'TIME';
    this.updateComplete.then(() => this.querySelector('#new-plan')?.focus());
  }

  async submit(event) {
    event.preventDefault();
    const v = formValues(event.target);
    const draft = {
      name: v.name, kind: v.kind, duration: whole(v.duration), durationUnit: v.durationUnit,
      visits: v.kind === 'VISITS' ? whole(v.visits) : null, freezeDays: whole(v.freezeDays),
      price: v.price.replace(',', '.'), currency: v.currency.toUpperCase(),
    };
    this.saving = true;
    this.errors = new FieldErrors();
    try {
      const plan = await api('/fitness/plans', { method: 'POST', body: draft });
      this.notice = () => text('plans.created', { name: plan.name });
      this.close();
      await this.load();
    } catch (error) {
      this.errors = new FieldErrors(error, FIELDS);
      focusFirstError(this);
    } finally {
      this.saving = false;
    }
  }

  render() {
    return html`
      <section class="page fitness-plans">
        <div class="page-head">
          <h1 tabindex="-1">${text('plans.title')}</h1>
          ${can('fitness', 'WRITE') && !this.creating
            ? html`<button type="button" class="primary" id="new-plan" @click=${this.open}>${text('plans.new')}</button>` : nothing}
        </div>
        <p class="muted">${text('plans.intro')}</p>
        ${this.notice ? html`<p class="notice" role="status" id="plans-notice">${this.notice()}</p>` : nothing}
        ${this.error ? html`<div class="alert" role="alert" id="plans-error">${this.error}</div>` : nothing}
        ${this.creating ? this.renderForm() : nothing}
        ${this.plans ? this.renderTable() : this.error ? nothing : html`<p role="status">${text('common.loading')}</p>`}
      </section>`;
  }

  renderTable() {
    return html`
      <div class="table-wrap">
        <table class="data" id="fitness-plan-list">
          <caption class="visually-hidden">${text('plans.title')}</caption>
          <thead><tr>
            <th scope="col">${text('plan.name')}</th><th scope="col">${text('plan.kind')}</th>
            <th scope="col">${text('plan.duration')}</th><th scope="col">${text('plan.visits')}</th>
            <th scope="col">${text('plan.freezeDays')}</th><th scope="col">${text('plan.price')}</th>
            <th scope="col">${text('plan.created')}</th>
          </tr></thead>
          <tbody>
            ${this.plans.length ? nothing : html`<tr class="empty"><td colspan="7">${text('plans.none')}</td></tr>`}
            ${this.plans.map((p) => html`
              <tr data-plan=${p.id} data-kind=${p.kind}>
                <th scope="row">${p.name}</th>
                <td>${text(`kind.${p.kind}`)}</td>
                <td>${text(`duration.${p.durationUnit}`, { count: formatNumber(p.duration), n: p.duration })}</td>
                <td>${p.visits === null || p.visits === undefined ? '—' : formatNumber(p.visits)}</td>
                <td>${formatNumber(p.freezeDays)}</td>
                <td>${formatMoney(p.price, p.currency)}</td>
                <td>${formatDate(p.createdAt)}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>`;
  }

  renderForm() {
    const e = this.errors;
    const pack = this.kind === 'VISITS';
    return html`
      <form class="panel inline-form" id="plan-form" novalidate aria-labelledby="plan-form-heading" @submit=${this.submit}
        @keydown=${(ev) => { if (ev.key === 'Escape') this.close(); }}>
        <h2 id="plan-form-heading">${text('plans.newTitle')}</h2>
        ${e.summary()}
        ${inputField(e, { id: 'plan-name', name: 'name', label: text('plan.name'), required: true, attributes: { maxlength: 100 } })}
        ${selectField(e, { id: 'plan-kind', name: 'kind', label: text('plan.kind'), value: this.kind, required: true,
          hint: text(`kind.hint.${this.kind}`), onChange: (ev) => { this.kind = ev.target.value; },
          options: ['TIME', 'VISITS'].map((k) => ({ value: k, label: text(`kind.${k}`) })) })}
        ${inputField(e, { id: 'plan-duration', name: 'duration', label: text('plan.durationCount'), type: 'number', required: true,
          value: '1', attributes: { min: 1, step: 1, inputmode: 'numeric' } })}
        ${selectField(e, { id: 'plan-duration-unit', name: 'durationUnit', label: text('plan.durationUnit'), value: 'MONTHS', required: true,
          options: ['MONTHS', 'DAYS'].map((u) => ({ value: u, label: text(`unit.${u}`) })) })}
        ${pack ? inputField(e, { id: 'plan-visits', name: 'visits', label: text('plan.visits'), type: 'number', required: true,
          attributes: { min: 1, step: 1, inputmode: 'numeric' } }) : nothing}
        ${inputField(e, { id: 'plan-freeze-days', name: 'freezeDays', label: text('plan.freezeDays'), type: 'number', value: '0',
          hint: text('plan.freezeHint'), attributes: { min: 0, step: 1, inputmode: 'numeric' } })}
        ${inputField(e, { id: 'plan-price', name: 'price', label: text('plan.price'), required: true,
          hint: text('plan.priceHint'), attributes: { inputmode: 'decimal' } })}
        ${inputField(e, { id: 'plan-currency', name: 'currency', label: text('plan.currency'), required: true,
          value: this.plans?.at(-1)?.currency ?? 'EUR', hint: text('plan.currencyHint'),
          attributes: { maxlength: 3, spellcheck: 'false', autocomplete: 'off' } })}
        <div class="actions">
          <button type="submit" class="primary" id="save-plan" ?disabled=${this.saving}>
            ${this.saving ? text('common.working') : text('common.save')}</button>
          <button type="button" id="cancel-plan" @click=${this.close}>${text('common.cancel')}</button>
        </div>
      </form>`;
  }
}

customElements.define('fitness-plans', FitnessPlans);
