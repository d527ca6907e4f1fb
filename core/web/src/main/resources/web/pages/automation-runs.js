import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, apiPage, queryString } from 'atrium/api.js';
import { t, formatDateTime, formatNumber } from 'atrium/i18n.js';
import { can } from 'atrium/session.js';
import { errorText } from 'atrium/forms.js';
import { clientNames } from './client-names.js';
import { statusBadge, typeLabel } from './automation-shared.js';

const LIMIT = 50;
// runs queued or retrying change by themselves: the log reads its newest page again meanwhile
const REFRESH_MS = 5000;
const STATUSES = ['QUEUED', 'RETRYING', 'SUCCEEDED', 'FAILED'];

/** The kind of record a run is about, in words; a module's own kind as it names it. */
function recordTypeText(type) {
  const key = `runs.recordType.${type}`;
  const text = t(key);
  return text === key ? type : text;
}

/** The filter as the hash carries it (#/automation/runs?rule=…&record=…&status=…), so a rule's link opens its runs. */
function filterOfHash() {
  const query = new URLSearchParams(location.hash.split('?')[1] ?? '');
  return { ruleId: query.get('rule') ?? '', recordId: query.get('record') ?? '', status: query.get('status') ?? '' };
}

/**
 * The run log, newest first: which version of which rule fired, on what, for which record, how it
 * stands, and what each action did in which attempt. Filtered by rule, record and status, a page at a
 * time: "More runs" adds the next page below. While only the newest page shows, it reads itself again.
 */
class AutomationRuns extends AtriumElement {
  static properties = {
    runs: { state: true }, rules: { state: true }, triggers: { state: true }, actions: { state: true },
    filter: { state: true }, error: { state: true }, names: { state: true }, next: { state: true }, loadingMore: { state: true },
  };

  constructor() {
    super();
    this.filter = filterOfHash();
    this.names = new Map();
    this.asked = 0;
  }

  connectedCallback() {
    super.connectedCallback();
    this.start();
    // a refresh would drop the pages added below the first: it waits until the log is back to one page
    this.timer = setInterval(() => { if (!document.hidden && !this.paged && !this.loadingMore) this.load(); }, REFRESH_MS);
  }

  disconnectedCallback() {
    clearInterval(this.timer);
    super.disconnectedCallback();
  }

  async start() {
    try {
      [this.rules, this.triggers, this.actions] = await Promise.all([
        api('/automation/rules'), api('/automation/triggers'), api('/automation/actions')]);
    } catch (error) {
      this.error = errorText(error);
    }
    await this.load();
  }

  /**
   * The runs of the filter after `after` (the newest without), with the names of their clients; null
   * when another read began meanwhile (a refresh answering after "More runs" would drop its page).
   */
  async page(after) {
    const asked = ++this.asked;
    const page = await apiPage(`/automation/runs${queryString({ ...this.filter, limit: LIMIT, after })}`);
    const names = can('clients') ? await clientNames(page.items.map((run) => run.clientId)) : new Map();
    return asked === this.asked ? { ...page, names } : null;
  }

  /** The newest page again, in place of everything shown. */
  async load() {
    try {
      const read = await this.page();
      if (!read) return;
      const { items, next, names } = read;
      this.names = names;
      this.runs = items;
      this.next = next;
      this.paged = false;
      this.error = null;
    } catch (error) {
      this.error = errorText(error);
    }
  }

  /** The next page, below the runs shown; focus goes to its first run, so the keyboard reads on from there. */
  async more() {
    this.loadingMore = true;
    try {
      const read = await this.page(this.next);
      if (!read) return;
      const { items, next, names } = read;
      this.names = new Map([...this.names, ...names]);
      this.runs = [...this.runs, ...items];
      this.next = next;
      this.paged = true;
      this.error = null;
      await this.updateComplete;
      this.querySelector(`#runs tr[data-run="${items[0]?.id}"] th`)?.focus();
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.loadingMore = false;
    }
  }

  applyFilter(changes) {
    this.filter = { ...this.filter, ...changes };
    const query = queryString({ rule: this.filter.ruleId, record: this.filter.recordId, status: this.filter.status });
    history.replaceState(null, '', `#/automation/runs${query}`);
    this.runs = null;
    this.load();
  }

  /** The rule's name; a deleted rule is no longer listed, its runs stay. */
  ruleName(run) {
    const rule = this.rules?.find((candidate) => candidate.id === run.ruleId);
    return rule ? rule.name : html`<span data-deleted-rule>${t('runs.deletedRule')}</span> <code>${run.ruleId}</code>`;
  }

  render() {
    return html`
      <section class="page automation-runs">
        <div class="page-head">
          <h1 tabindex="-1">${t('runs.title')}</h1>
          <button type="button" id="refresh-runs" @click=${() => this.load()}>${t('runs.refresh')}</button>
        </div>
        <p class="muted">${t('runs.intro')}</p>
        <form class="filters" @submit=${(e) => { e.preventDefault(); this.applyFilter({ recordId: e.target.record.value.trim() }); }}>
          <div class="field">
            <label for="runs-rule">${t('runs.rule')}</label>
            <select id="runs-rule" @change=${(e) => this.applyFilter({ ruleId: e.target.value })}>
              <option value="" ?selected=${!this.filter.ruleId}>${t('common.all')}</option>
              ${(this.rules ?? []).map((rule) => html`<option value=${rule.id} ?selected=${rule.id === this.filter.ruleId}>${rule.name}</option>`)}
              ${this.filter.ruleId && this.rules && !this.rules.some((rule) => rule.id === this.filter.ruleId)
                ? html`<option value=${this.filter.ruleId} selected>${t('runs.deletedRule')} ${this.filter.ruleId}</option>` : nothing}
            </select>
          </div>
          <div class="field">
            <label for="runs-status">${t('runs.status')}</label>
            <select id="runs-status" @change=${(e) => this.applyFilter({ status: e.target.value })}>
              <option value="" ?selected=${!this.filter.status}>${t('common.all')}</option>
              ${STATUSES.map((status) => html`<option value=${status} ?selected=${status === this.filter.status}>${t(`run.status.${status}`)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="runs-record">${t('runs.record')}</label>
            <input id="runs-record" name="record" .value=${this.filter.recordId} autocomplete="off" spellcheck="false">
          </div>
          <button type="submit">${t('runs.filter')}</button>
        </form>
        ${this.error ? html`<div class="alert" role="alert" id="runs-error">${this.error}</div>` : nothing}
        ${this.runs ? this.renderTable() : this.error ? nothing : html`<p role="status">${t('common.loading')}</p>`}
      </section>`;
  }

  renderTable() {
    return html`
      <div class="table-wrap">
        <table class="data" id="runs">
          <caption class="visually-hidden">${t('runs.title')}</caption>
          <thead><tr>
            <th scope="col">${t('runs.at')}</th><th scope="col">${t('runs.rule')}</th><th scope="col">${t('runs.trigger')}</th>
            <th scope="col">${t('runs.record')}</th><th scope="col">${t('runs.status')}</th><th scope="col">${t('runs.results')}</th>
          </tr></thead>
          <tbody>
            ${this.runs.length ? nothing : html`<tr class="empty"><td colspan="6">${t('runs.none')}</td></tr>`}
            ${this.runs.map((run) => this.renderRun(run))}
          </tbody>
        </table>
      </div>
      ${this.next ? html`<div class="actions">
        <button type="button" id="more-runs" ?disabled=${this.loadingMore} @click=${() => this.more()}>
          ${this.loadingMore ? t('common.working') : t('runs.more')}</button>
      </div>` : nothing}`;
  }

  renderRun(run) {
    const client = run.clientId ? this.names.get(run.clientId) : null;
    return html`
      <tr data-run=${run.id} data-rule=${run.ruleId} data-record=${run.recordId ?? nothing} data-status=${run.status}>
        <td><time datetime=${run.createdAt}>${formatDateTime(run.createdAt)}</time></td>
        <th scope="row" tabindex="-1">${this.ruleName(run)} <span class="muted" data-rule-version=${run.ruleVersion}>${t('rules.versionOf', { version: run.ruleVersion })}</span></th>
        <td>${typeLabel(this.triggers, run.trigger)}</td>
        <td>
          ${recordTypeText(run.recordType)}
          ${run.clientId && can('clients') ? html`<a href="#/clients/${encodeURIComponent(run.clientId)}">${client ?? run.clientId}</a>` : html`<code>${run.recordId}</code>`}
        </td>
        <td>
          ${statusBadge(run.status)}
          <p class="muted">${t('runs.attempts', { count: run.attempts })}${run.finishedAt ? ` · ${t('runs.duration', { ms: formatNumber(run.durationMs) })}` : ''}</p>
          ${run.nextAttemptAt && run.status === 'RETRYING' ? html`<p class="muted">${t('runs.nextAttempt', { at: formatDateTime(run.nextAttemptAt) })}</p>` : nothing}
        </td>
        <td>
          ${run.actions.length ? html`<ol class="run-results">${run.actions.map((result) => html`
            <li class=${result.ok ? 'ok' : 'failed'} data-action-result=${result.index} data-ok=${String(result.ok)}>
              <strong>${typeLabel(this.actions, result.action)}</strong>:
              ${result.ok ? t('runs.done') : t('runs.failed')} — ${result.message}
              <span class="muted">${t('runs.inAttempt', { attempt: result.attempt, at: formatDateTime(result.at) })}</span>
            </li>`)}</ol>` : html`<span class="muted">${t('runs.noResults')}</span>`}
        </td>
      </tr>`;
  }
}

customElements.define('automation-runs', AutomationRuns);
