// The memberships tab on the client card (<fitness-client-tab client-id="…">): the member's
// lifecycle stage, their memberships with sale, freeze, unfreeze and renewal, and their visits per
// week over the last twelve weeks. The shell creates it with the client's id in client-id.
import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { formatDate, formatDateTime, formatMoney, formatNumber } from 'atrium/i18n.js';
import { can } from 'atrium/session.js';
import { FieldErrors, errorText, formValues } from 'atrium/forms.js';
import { text } from './fitness-text.js';
import {
  COLORS, ChartHolder, addDays, day, focusFirstError, inputField, isoDay, monday, selectField, shortDay, whole,
} from './fitness-shared.js';

const WEEKS = 12;
const PAGE = 50;
const SELL_FIELDS = ['planId', 'card', 'start'];
const FREEZE_FIELDS = ['days'];
const RENEW_FIELDS = ['planId'];

class FitnessClientTab extends AtriumElement {
  static properties = {
    clientId: { attribute: 'client-id' },
    member: { state: true },
    memberships: { state: true },
    more: { state: true },
    plans: { state: true },
    weeks: { state: true },
    error: { state: true },
    notice: { state: true },
    // the one open form: {kind: 'sell'} or {kind: 'freeze'|'renew', membership}
    action: { state: true },
    errors: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.errors = new FieldErrors();
    this.chart = new ChartHolder();
    this.generation = 0;
  }

  connectedCallback() {
    super.connectedCallback();
    // the card keeps the tab's element while another tab shows: coming back reads it afresh
    if (this.hasUpdated) this.load();
  }

  disconnectedCallback() {
    this.chart.release();
    super.disconnectedCallback();
  }

  willUpdate(changed) {
    if (changed.has('clientId') && this.clientId) this.load();
  }

  updated() {
    this.drawChart();
  }

  get writable() {
    return can('fitness', 'WRITE');
  }

  /** Stage, memberships, plans and visits at once; an answer for a client shown before is dropped. */
  async load() {
    const generation = ++this.generation;
    const id = this.clientId;
    const current = () => generation === this.generation;
    this.error = null;
    const stage = api(`/fitness/members/${encodeURIComponent(id)}`).catch((error) => {
      if (error.status === 404) return null;
      throw error;
    });
    const memberships = api(`/fitness/memberships${queryString({ clientId: id, limit: PAGE })}`);
    const plans = api('/fitness/plans').catch(() => []);
    try {
      const [member, list, planList] = await Promise.all([stage, memberships, plans]);
      if (!current()) return;
      this.member = member;
      this.memberships = list;
      this.more = list.length === PAGE;
      this.plans = planList;
    } catch (error) {
      if (current()) this.error = error.status === 404 ? text('tab.noClient') : errorText(error);
      return;
    }
    try {
      const weeks = await this.visitsPerWeek(id);
      if (current()) this.weeks = weeks;
    } catch (error) {
      if (current()) this.weeks = { error: errorText(error) };
    }
  }

  async loadMore() {
    const last = this.memberships.at(-1);
    try {
      const page = await api(`/fitness/memberships${queryString({ clientId: this.clientId, after: last.id, limit: PAGE })}`);
      this.memberships = [...this.memberships, ...page];
      this.more = page.length === PAGE;
    } catch (error) {
      this.error = errorText(error);
    }
  }

  /** Allowed check-ins per week, Monday to Sunday, the last twelve weeks with this one last. */
  async visitsPerWeek(clientId) {
    const first = addDays(monday(), -7 * (WEEKS - 1));
    const counts = new Array(WEEKS).fill(0);
    let after = null;
    // newest first: read pages until one reaches back past the first week
    for (let pages = 0; pages < 20; pages += 1) {
      const attempts = await api(`/fitness/checkins${queryString({ clientId, after, limit: 200 })}`);
      for (const attempt of attempts) {
        const at = new Date(attempt.at);
        if (at < first || attempt.decision !== 'ALLOW') continue;
        const week = Math.floor((monday(at) - first) / (7 * 86400000) + 0.5);
        if (week >= 0 && week < WEEKS) counts[week] += 1;
      }
      if (attempts.length < 200 || new Date(attempts.at(-1).at) < first) break;
      after = attempts.at(-1).id;
    }
    return { starts: counts.map((_, i) => addDays(first, 7 * i)), counts };
  }

  open(action) {
    this.action = action;
    this.errors = new FieldErrors();
    this.notice = null;
    this.error = null;
    this.updateComplete.then(() => this.querySelector('#fitness-action-form input, #fitness-action-form select')?.focus());
  }

  close() {
    const opener = this.action?.membership
      ? `[data-action="${this.action.kind}"][data-membership="${this.action.membership.id}"]` : '#fitness-sell';
    this.action = null;
    this.errors = new FieldErrors();
    this.updateComplete.then(() => this.querySelector(opener)?.focus());
  }

  /**
   * Runs one write; errors go next to the inputs of `fields`, a conflict reloads what changed.
   * `notice(result)` answers a function giving the confirmation in the language of the moment.
   */
  async write(call, fields, notice) {
    this.busy = true;
    this.errors = new FieldErrors();
    this.error = null;
    try {
      const result = await call();
      this.action = null;
      this.notice = notice(result);
      await this.load();
      this.updateComplete.then(() => this.querySelector('#fitness-notice')?.focus());
    } catch (error) {
      if (error.status === 409) {
        this.action = null;
        this.error = errorText(error);
        await this.load();
      } else if (this.action) {
        this.errors = new FieldErrors(error, fields);
        focusFirstError(this);
      } else {
        this.error = errorText(error);
      }
    } finally {
      this.busy = false;
    }
  }

  sell(event) {
    event.preventDefault();
    const v = formValues(event.target);
    const body = { clientId: this.clientId, planId: v.planId || null, card: v.card, start: v.start || null };
    this.write(() => api('/fitness/memberships', { method: 'POST', body }), SELL_FIELDS,
      (sold) => () => text('tab.sold', { plan: sold.planName, card: sold.card }));
  }

  freeze(event, membership) {
    event.preventDefault();
    const { days } = formValues(event.target);
    this.write(() => api(`/fitness/memberships/${encodeURIComponent(membership.id)}/freeze`,
      { method: 'POST', body: { days: whole(days) }, record: membership }), FREEZE_FIELDS,
    (frozen) => () => text('tab.frozen', { until: formatDate(day(frozen.frozenUntil)), end: formatDate(day(frozen.end)) }));
  }

  unfreeze(membership) {
    this.action = null;
    this.write(() => api(`/fitness/memberships/${encodeURIComponent(membership.id)}/unfreeze`,
      { method: 'POST', record: membership }), [],
    (thawed) => () => text('tab.unfrozen', { end: formatDate(day(thawed.end)) }));
  }

  renew(event, membership) {
    event.preventDefault();
    const { planId } = formValues(event.target);
    this.write(() => api(`/fitness/memberships/${encodeURIComponent(membership.id)}/renew`,
      { method: 'POST', body: { planId: planId || null }, record: membership }), RENEW_FIELDS,
    (renewal) => () => text('tab.renewed', { plan: renewal.planName, start: formatDate(day(renewal.start)) }));
  }

  render() {
    if (this.error && !this.memberships) return html`<div class="alert" role="alert" id="fitness-error">${this.error}</div>`;
    if (!this.memberships) return html`<p role="status">${text('common.loading')}</p>`;
    return html`
      <div class="fitness-tab page" data-client=${this.clientId}>
        ${this.renderStage()}
        ${this.notice ? html`<p class="notice" role="status" id="fitness-notice" tabindex="-1">${this.notice()}</p>` : nothing}
        ${this.error ? html`<div class="alert" role="alert" id="fitness-error">${this.error}</div>` : nothing}
        <section aria-labelledby="fitness-memberships-heading">
          <div class="page-head">
            <h2 id="fitness-memberships-heading">${text('tab.memberships')}</h2>
            ${this.writable && this.action?.kind !== 'sell' ? html`
              <button type="button" class="primary" id="fitness-sell" @click=${() => this.open({ kind: 'sell' })}>
                ${text('tab.sell')}</button>` : nothing}
          </div>
          ${this.action?.kind === 'sell' ? this.renderSellForm() : nothing}
          ${this.renderMemberships()}
        </section>
        ${this.renderVisits()}
      </div>`;
  }

  renderStage() {
    const m = this.member;
    if (!m) return html`<p class="muted" id="fitness-stage" data-stage="NONE">${text('tab.notMember')}</p>`;
    return html`
      <dl id="fitness-stage" data-stage=${m.stage}>
        <dt>${text('tab.stage')}</dt>
        <dd><span class="badge fitness-stage-${m.stage}">${text(`stage.${m.stage}`)}</span>
          <span class="muted">${text('tab.stageSince', { date: formatDate(day(m.since)) })}</span></dd>
        <dt>${text('tab.lastVisit')}</dt>
        <dd>${m.lastVisitAt ? formatDateTime(m.lastVisitAt) : text('tab.noVisits')}</dd>
      </dl>`;
  }

  planOptions() {
    return [{ value: '', label: text('form.choosePlan') },
      ...(this.plans ?? []).map((p) => ({ value: p.id, label: text('plan.option', { name: p.name, price: formatMoney(p.price, p.currency) }) }))];
  }

  renderSellForm() {
    const e = this.errors;
    return html`
      <form class="panel inline-form" id="fitness-action-form" data-form="sell" novalidate aria-labelledby="fitness-sell-heading"
        @submit=${this.sell} @keydown=${(ev) => { if (ev.key === 'Escape') this.close(); }}>
        <h3 id="fitness-sell-heading">${text('tab.sellTitle')}</h3>
        ${e.summary()}
        ${selectField(e, { id: 'fitness-sell-plan', name: 'planId', label: text('membership.plan'), required: true, options: this.planOptions(),
          hint: this.plans?.length ? '' : text('form.noPlans') })}
        ${inputField(e, { id: 'fitness-sell-card', name: 'card', label: text('membership.card'), required: true,
          hint: text('form.cardHint'), attributes: { maxlength: 64, spellcheck: 'false' } })}
        ${inputField(e, { id: 'fitness-sell-start', name: 'start', label: text('membership.start'), type: 'date', value: isoDay(new Date()),
          hint: text('form.startHint') })}
        <div class="actions">
          <button type="submit" class="primary" id="fitness-sell-save" ?disabled=${this.busy}>
            ${this.busy ? text('common.working') : text('tab.sellSubmit')}</button>
          <button type="button" id="fitness-sell-cancel" @click=${this.close}>${text('common.cancel')}</button>
        </div>
      </form>`;
  }

  renderMemberships() {
    const list = this.memberships;
    return html`
      <div class="table-wrap">
        <table class="data" id="fitness-memberships">
          <caption class="visually-hidden">${text('tab.memberships')}</caption>
          <thead><tr>
            <th scope="col">${text('membership.plan')}</th>
            <th scope="col">${text('membership.dates')}</th>
            <th scope="col">${text('membership.status')}</th>
            <th scope="col">${text('membership.card')}</th>
            <th scope="col">${text('membership.visitsLeft')}</th>
            <th scope="col">${text('membership.freeze')}</th>
            <th scope="col"><span class="visually-hidden">${text('common.actions')}</span></th>
          </tr></thead>
          <tbody>
            ${list.length ? nothing : html`<tr class="empty"><td colspan="7">${text('tab.noMemberships')}</td></tr>`}
            ${list.map((m) => this.renderMembership(m))}
          </tbody>
        </table>
      </div>
      ${this.more ? html`<div class="list-end"><button type="button" id="fitness-more" @click=${this.loadMore}>
        ${text('common.loadMore')}</button></div>` : nothing}`;
  }

  renderMembership(m) {
    const frozenNow = m.frozenUntil && day(m.frozenUntil) >= day(isoDay(new Date()));
    const open = this.action?.membership?.id === m.id ? this.action.kind : null;
    return html`
      <tr data-membership=${m.id} data-status=${m.status} data-card=${m.card}>
        <th scope="row">${m.planName}
          ${m.renewsId ? html`<br><span class="muted">${text('membership.isRenewal')}</span>` : nothing}</th>
        <td>${text('membership.period', { start: formatDate(day(m.start)), end: formatDate(day(m.end)) })}</td>
        <td><span class="badge fitness-status-${m.status}">${text(`status.${m.status}`)}</span>
          ${m.renewedById ? html`<br><span class="muted" data-renewed-by=${m.renewedById}>${text('membership.renewed')}</span>` : nothing}</td>
        <td><code>${m.card}</code></td>
        <td>${m.visitsLeft === null || m.visitsLeft === undefined ? html`<span class="muted">${text('membership.unlimited')}</span>` : formatNumber(m.visitsLeft)}</td>
        <td>
          ${m.frozenFrom ? html`${text('membership.frozenPeriod', { from: formatDate(day(m.frozenFrom)), until: formatDate(day(m.frozenUntil)) })}<br>` : nothing}
          <span class="muted">${text('membership.freezeDaysLeft', { days: formatNumber(m.freezeDaysLeft) })}</span>
        </td>
        <td>${this.writable ? this.renderActions(m, frozenNow) : nothing}</td>
      </tr>
      ${open ? html`<tr class="fitness-action-row"><td colspan="7">
        ${open === 'freeze' ? this.renderFreezeForm(m) : this.renderRenewForm(m)}</td></tr>` : nothing}`;
  }

  renderActions(m, frozenNow) {
    const ended = m.status === 'EXPIRED' || m.status === 'USED_UP';
    const button = (kind, label, onClick) => html`
      <button type="button" class="link" data-action=${kind} data-membership=${m.id} ?disabled=${this.busy}
        aria-label=${text(`action.${kind}Named`, { plan: m.planName, card: m.card })} @click=${onClick}>${label}</button>`;
    return html`<div class="actions">
      ${!ended && m.freezeDaysLeft > 0 ? button('freeze', text('action.freeze'), () => this.open({ kind: 'freeze', membership: m })) : nothing}
      ${frozenNow ? button('unfreeze', text('action.unfreeze'), () => this.unfreeze(m)) : nothing}
      ${m.renewedById ? nothing : button('renew', text('action.renew'), () => this.open({ kind: 'renew', membership: m }))}
    </div>`;
  }

  renderFreezeForm(m) {
    const e = this.errors;
    return html`
      <form class="inline-form" id="fitness-action-form" data-form="freeze" data-membership=${m.id} novalidate
        aria-labelledby="fitness-freeze-heading" @submit=${(ev) => this.freeze(ev, m)}
        @keydown=${(ev) => { if (ev.key === 'Escape') this.close(); }}>
        <h3 id="fitness-freeze-heading">${text('tab.freezeTitle', { plan: m.planName })}</h3>
        ${e.summary()}
        ${inputField(e, { id: 'fitness-freeze-days', name: 'days', label: text('form.freezeDays'), type: 'number', required: true,
          hint: text('form.freezeHint', { days: formatNumber(m.freezeDaysLeft) }),
          attributes: { min: 1, max: m.freezeDaysLeft, step: 1, inputmode: 'numeric' } })}
        <div class="actions">
          <button type="submit" class="primary" id="fitness-freeze-save" ?disabled=${this.busy}>
            ${this.busy ? text('common.working') : text('action.freeze')}</button>
          <button type="button" id="fitness-freeze-cancel" @click=${this.close}>${text('common.cancel')}</button>
        </div>
      </form>`;
  }

  renderRenewForm(m) {
    const e = this.errors;
    const options = this.planOptions().slice(1);
    return html`
      <form class="inline-form" id="fitness-action-form" data-form="renew" data-membership=${m.id} novalidate
        aria-labelledby="fitness-renew-heading" @submit=${(ev) => this.renew(ev, m)}
        @keydown=${(ev) => { if (ev.key === 'Escape') this.close(); }}>
        <h3 id="fitness-renew-heading">${text('tab.renewTitle', { plan: m.planName, card: m.card })}</h3>
        ${e.summary()}
        ${selectField(e, { id: 'fitness-renew-plan', name: 'planId', label: text('membership.plan'), options, value: m.planId,
          hint: text('form.renewHint') })}
        <div class="actions">
          <button type="submit" class="primary" id="fitness-renew-save" ?disabled=${this.busy}>
            ${this.busy ? text('common.working') : text('action.renew')}</button>
          <button type="button" id="fitness-renew-cancel" @click=${this.close}>${text('common.cancel')}</button>
        </div>
      </form>`;
  }

  renderVisits() {
    const w = this.weeks;
    let body;
    if (!w) body = html`<p role="status">${text('common.loading')}</p>`;
    else if (w.error) body = html`<div class="alert" role="alert">${w.error}</div>`;
    else {
      const total = w.counts.reduce((sum, n) => sum + n, 0);
      const summary = text('chart.visitsSummary', {
        weeks: formatNumber(WEEKS), total: formatNumber(total),
        average: formatNumber(Math.round((total / WEEKS) * 10) / 10), max: formatNumber(Math.max(...w.counts)),
      });
      body = html`
        <p class="muted" id="fitness-visits-summary">${summary}</p>
        <div class="fitness-chart chart">
          <canvas id="fitness-visits-chart" role="img" aria-label=${summary}></canvas>
        </div>
        <div class="visually-hidden"><table class="data" id="fitness-visits-table">
          <caption>${text('chart.visitsTitle')}</caption>
          <thead><tr><th scope="col">${text('chart.weekOf')}</th><th scope="col">${text('chart.visits')}</th></tr></thead>
          <tbody>${w.starts.map((start, i) => html`
            <tr data-week=${isoDay(start)}><th scope="row">${formatDate(start)}</th><td>${formatNumber(w.counts[i])}</td></tr>`)}</tbody>
        </table></div>`;
    }
    return html`
      <section aria-labelledby="fitness-visits-heading">
        <h2 id="fitness-visits-heading">${text('chart.visitsTitle')}</h2>
        ${body}
      </section>`;
  }

  drawChart() {
    const w = this.weeks;
    const canvas = this.querySelector('#fitness-visits-chart');
    if (!w || w.error || !canvas) {
      this.chart.release();
      return;
    }
    this.chart.draw(canvas, {
      type: 'bar',
      data: {
        labels: w.starts.map(shortDay),
        datasets: [{ label: text('chart.visits'), data: w.counts, backgroundColor: COLORS.accent }],
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: text('chart.visits') } } },
      },
    });
  }
}

customElements.define('fitness-client-tab', FitnessClientTab);
