// #/fitness/renewals: the renewal report. Per month (chart and table) and per plan: memberships
// due, renewed and lapsed with the renewal rate; visits per week of renewers and non-renewers;
// members per lifecycle stage now, with the members of a stage on request.
import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { formatDate, formatNumber } from 'atrium/i18n.js';
import { FieldErrors, errorText, formValues } from 'atrium/forms.js';
import { text } from './fitness-text.js';
import {
  COLORS, ChartHolder, STAGES, clientLink, clientNames, day, decimal, focusFirstError, inputField, monthName, percent,
} from './fitness-shared.js';

const MEMBERS_PAGE = 50;

class FitnessRenewals extends AtriumElement {
  static properties = {
    report: { state: true }, error: { state: true }, errors: { state: true }, period: { state: true },
    stage: { state: true }, members: { state: true }, membersNext: { state: true }, membersError: { state: true },
  };

  constructor() {
    super();
    this.errors = new FieldErrors();
    this.period = { from: '', to: '' };
    this.chart = new ChartHolder();
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  disconnectedCallback() {
    this.chart.release();
    super.disconnectedCallback();
  }

  updated() {
    this.drawChart();
  }

  async load() {
    this.error = null;
    this.errors = new FieldErrors();
    try {
      this.report = await api(`/fitness/reports/renewals${queryString(this.period)}`);
    } catch (error) {
      if (error.status === 422) {
        this.errors = new FieldErrors(error, ['from', 'to']);
        focusFirstError(this);
      } else {
        this.error = errorText(error);
      }
    }
  }

  submit(event) {
    event.preventDefault();
    const { from, to } = formValues(event.target);
    this.period = { from, to };
    this.load();
  }

  async showStage(stage, more = false) {
    this.stage = stage;
    this.membersError = null;
    try {
      const page = await api(`/fitness/members${queryString({ stage, after: more ? this.membersNext : null, limit: MEMBERS_PAGE })}`);
      const found = await clientNames(page.items.map((m) => m.clientId));
      const rows = page.items.map((m) => ({ ...m, name: found.get(m.clientId) }));
      this.members = more ? [...this.members, ...rows] : rows;
      this.membersNext = page.next;
      if (!more) this.updateComplete.then(() => this.querySelector('#stage-members-heading')?.focus());
    } catch (error) {
      this.membersError = errorText(error);
    }
  }

  render() {
    const r = this.report;
    return html`
      <section class="page fitness-renewals">
        <div class="page-head"><h1 tabindex="-1">${text('renewals.title')}</h1></div>
        <p class="muted">${text('renewals.intro')}</p>
        ${this.renderPeriodForm()}
        ${this.error ? html`<div class="alert" role="alert" id="renewals-error">${this.error}</div>` : nothing}
        ${r ? html`
          <p id="renewals-period" data-from=${r.from} data-to=${r.to}>
            ${text('renewals.period', { from: monthName(r.from), to: monthName(r.to) })}</p>
          ${this.renderMonths(r)}
          ${this.renderPlans(r)}
          ${this.renderVisits(r)}
          ${this.renderStages(r)}` : this.error ? nothing : html`<p role="status">${text('common.loading')}</p>`}
      </section>`;
  }

  renderPeriodForm() {
    const e = this.errors;
    return html`
      <form class="filters" id="renewals-period-form" novalidate aria-label=${text('renewals.periodLabel')} @submit=${this.submit}>
        ${e.summary()}
        ${inputField(e, { id: 'renewals-from', name: 'from', label: text('renewals.from'), type: 'month', value: this.period.from,
          hint: text('renewals.monthHint') })}
        ${inputField(e, { id: 'renewals-to', name: 'to', label: text('renewals.to'), type: 'month', value: this.period.to })}
        <button type="submit" id="renewals-show">${text('renewals.show')}</button>
      </form>`;
  }

  monthsSummary(r) {
    const due = r.months.reduce((sum, m) => sum + m.due, 0);
    const renewed = r.months.reduce((sum, m) => sum + m.renewed, 0);
    return text('chart.renewalsSummary', {
      due: formatNumber(due), renewed: formatNumber(renewed), lapsed: formatNumber(due - renewed),
      rate: percent(due ? renewed / due : null),
    });
  }

  renderMonths(r) {
    const summary = this.monthsSummary(r);
    return html`
      <section aria-labelledby="by-month-heading" class="panel">
        <h2 id="by-month-heading">${text('renewals.byMonth')}</h2>
        <p class="muted" id="renewals-summary">${summary}</p>
        <div class="fitness-chart chart tall">
          <canvas id="renewals-chart" role="img" aria-label=${`${text('renewals.byMonth')}. ${summary}`}></canvas>
        </div>
        ${this.tallyTable('renewals-by-month', text('renewals.byMonth'), text('renewals.month'),
          r.months.map((m) => ({ key: m.month, label: monthName(m.month), ...m })))}
      </section>`;
  }

  renderPlans(r) {
    return html`
      <section aria-labelledby="by-plan-heading" class="panel">
        <h2 id="by-plan-heading">${text('renewals.byPlan')}</h2>
        ${this.tallyTable('renewals-by-plan', text('renewals.byPlan'), text('membership.plan'),
          r.plans.map((p) => ({ key: p.planId, label: p.planName, ...p })))}
      </section>`;
  }

  tallyTable(id, caption, first, rows) {
    return html`
      <div class="table-wrap">
        <table class="data" id=${id}>
          <caption class="visually-hidden">${caption}</caption>
          <thead><tr>
            <th scope="col">${first}</th><th scope="col">${text('renewals.due')}</th>
            <th scope="col">${text('renewals.renewed')}</th><th scope="col">${text('renewals.lapsed')}</th>
            <th scope="col">${text('renewals.rate')}</th>
          </tr></thead>
          <tbody>
            ${rows.length ? nothing : html`<tr class="empty"><td colspan="5">${text('renewals.none')}</td></tr>`}
            ${rows.map((row) => html`
              <tr data-key=${row.key}>
                <th scope="row">${row.label}</th>
                <td>${formatNumber(row.due)}</td><td>${formatNumber(row.renewed)}</td><td>${formatNumber(row.lapsed)}</td>
                <td>${percent(row.renewalRate)}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>`;
  }

  renderVisits(r) {
    const v = r.visitsPerWeek;
    return html`
      <section aria-labelledby="visits-heading" class="panel">
        <h2 id="visits-heading">${text('renewals.visits')}</h2>
        <p class="muted">${text('renewals.visitsHint')}</p>
        <div class="table-wrap">
          <table class="data" id="renewals-visits">
            <caption class="visually-hidden">${text('renewals.visits')}</caption>
            <thead><tr>
              <th scope="col"><span class="visually-hidden">${text('renewals.group')}</span></th>
              <th scope="col">${text('renewals.visitsPerWeek')}</th><th scope="col">${text('renewals.memberships')}</th>
            </tr></thead>
            <tbody>
              <tr data-key="renewers"><th scope="row">${text('renewals.renewers')}</th>
                <td>${decimal(v.renewers)}</td><td>${formatNumber(v.renewerCount)}</td></tr>
              <tr data-key="non-renewers"><th scope="row">${text('renewals.nonRenewers')}</th>
                <td>${decimal(v.nonRenewers)}</td><td>${formatNumber(v.nonRenewerCount)}</td></tr>
            </tbody>
          </table>
        </div>
      </section>`;
  }

  renderStages(r) {
    return html`
      <section aria-labelledby="stages-heading" class="panel">
        <h2 id="stages-heading">${text('renewals.stages')}</h2>
        <div class="table-wrap">
          <table class="data" id="renewals-stages">
            <caption class="visually-hidden">${text('renewals.stages')}</caption>
            <thead><tr>
              <th scope="col">${text('tab.stage')}</th><th scope="col">${text('renewals.members')}</th>
              <th scope="col"><span class="visually-hidden">${text('common.actions')}</span></th>
            </tr></thead>
            <tbody>
              ${STAGES.map((stage) => html`
                <tr data-stage=${stage}>
                  <th scope="row"><span class="badge fitness-stage-${stage}">${text(`stage.${stage}`)}</span></th>
                  <td>${formatNumber(r.stages?.[stage] ?? 0)}</td>
                  <td>${r.stages?.[stage] ? html`<button type="button" class="link" data-action="show-stage" data-stage=${stage}
                    aria-pressed=${String(this.stage === stage)}
                    @click=${() => this.showStage(stage)}>${text('renewals.showMembers')}</button>` : nothing}</td>
                </tr>`)}
            </tbody>
          </table>
        </div>
        ${this.stage ? this.renderMembers() : nothing}
      </section>`;
  }

  renderMembers() {
    return html`
      <h3 id="stage-members-heading" tabindex="-1">${text('renewals.membersIn', { stage: text(`stage.${this.stage}`) })}</h3>
      ${this.membersError ? html`<div class="alert" role="alert">${this.membersError}</div>` : nothing}
      ${this.members ? html`
        <ul class="plain" id="stage-members" data-stage=${this.stage}>
          ${this.members.map((m) => html`<li data-client=${m.clientId}>${clientLink(m.clientId, m.name)}
            <span class="muted">· ${text('tab.stageSince', { date: formatDate(day(m.since)) })}</span></li>`)}
        </ul>
        ${this.membersNext ? html`<button type="button" id="stage-members-more" @click=${() => this.showStage(this.stage, true)}>
          ${text('common.loadMore')}</button>` : nothing}` : nothing}`;
  }

  drawChart() {
    const r = this.report;
    const canvas = this.querySelector('#renewals-chart');
    if (!r || !canvas) {
      this.chart.release();
      return;
    }
    this.chart.draw(canvas, {
      type: 'bar',
      data: {
        labels: r.months.map((m) => monthName(m.month, 'short')),
        datasets: [
          { label: text('renewals.renewed'), data: r.months.map((m) => m.renewed), backgroundColor: COLORS.ok, stack: 'due' },
          { label: text('renewals.lapsed'), data: r.months.map((m) => m.lapsed), backgroundColor: COLORS.danger, stack: 'due' },
        ],
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: text('renewals.memberships') } },
        },
        plugins: {
          tooltip: {
            callbacks: { footer: (items) => `${text('renewals.rate')}: ${percent(r.months[items[0].dataIndex].renewalRate)}` },
          },
        },
      },
    });
  }
}

customElements.define('fitness-renewals', FitnessRenewals);
