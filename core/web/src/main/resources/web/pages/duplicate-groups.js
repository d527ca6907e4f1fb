import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { t, formatDateTime, formatNumber } from 'atrium/i18n.js';
import { can } from 'atrium/session.js';
import { errorText } from 'atrium/forms.js';
import { reasonText, scoreText } from './match-reasons.js';
import './merge-dialog.js';

const PAGE_SIZE = 20;
const STATUS_POLL_MS = 2000;

/**
 * Probable duplicates in the whole base, as the last scan found them, best first: each group with
 * its score, its clients and why they look alike, and a merge dialog. "Scan now" starts a scan;
 * while it runs its progress shows and the list is read again when it ends.
 */
class DuplicateGroupsPage extends AtriumElement {
  static properties = {
    groups: { state: true },
    next: { state: true },
    scan: { state: true },
    decision: { state: true },
    merging: { state: true },
    loading: { state: true },
    error: { state: true },
    notice: { state: true },
  };

  constructor() {
    super();
    this.groups = null;
    this.next = null;
    this.decision = '';
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  disconnectedCallback() {
    clearTimeout(this.pollTimer);
    super.disconnectedCallback();
  }

  async load(more = false) {
    this.loading = true;
    this.error = null;
    try {
      const page = await api(`/duplicates${queryString({ decision: this.decision, limit: PAGE_SIZE, after: more ? this.next : '' })}`);
      this.groups = more ? [...this.groups, ...page.items] : page.items;
      this.next = page.next;
      this.showScan(page.scan);
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.loading = false;
    }
  }

  /** Shows the scan's status; while it runs, looks again until it ends, then reads the new groups. */
  showScan(scan) {
    const wasRunning = this.scan?.status === 'RUNNING';
    this.scan = scan;
    clearTimeout(this.pollTimer);
    if (scan.status === 'RUNNING') {
      this.pollTimer = setTimeout(() => this.poll(), STATUS_POLL_MS);
    } else if (wasRunning) {
      this.load();
    }
  }

  async poll() {
    try {
      this.showScan(await api('/duplicates/scan'));
    } catch (error) {
      this.error = errorText(error);
    }
  }

  async startScan() {
    this.error = null;
    this.notice = null;
    try {
      this.showScan(await api('/duplicates/scan', { method: 'POST' }));
    } catch (error) {
      // 409: one is running already; show it
      this.error = errorText(error);
      this.poll();
    }
  }

  openMerge(group, event) {
    this.returnTo = event.currentTarget;
    this.notice = null;
    this.merging = group;
  }

  /** The merged clients are gone, and the group with them (the server drops it too). */
  merged(group) {
    this.groups = this.groups.filter((other) => other.groupId !== group.groupId);
  }

  closeMerge() {
    this.merging = null;
    const target = this.returnTo?.isConnected ? this.returnTo : this.querySelector('h1');
    this.updateComplete.then(() => target?.focus());
  }

  scanText() {
    const scan = this.scan;
    if (!scan) return '';
    const values = { started: formatDateTime(scan.startedAt), finished: formatDateTime(scan.finishedAt),
      clients: formatNumber(scan.clientsScanned) };
    return t(`duplicates.scan.${scan.status}`, values);
  }

  render() {
    const running = this.scan?.status === 'RUNNING';
    return html`
      <section class="page duplicate-groups">
        <div class="page-head">
          <div>
            <h1 tabindex="-1">${t('duplicates.title')}</h1>
            <p class="muted" id="scan-status" role="status">${this.scanText()}</p>
          </div>
          <div class="quick-actions">
            <label for="duplicate-decision">${t('duplicates.show')}</label>
            <select id="duplicate-decision" @change=${(e) => { this.decision = e.target.value; this.load(); }}>
              <option value="" ?selected=${!this.decision}>${t('duplicates.all')}</option>
              <option value="STRONG" ?selected=${this.decision === 'STRONG'}>${t('duplicates.strongOnly')}</option>
            </select>
            <button type="button" class="primary" id="scan-now" ?disabled=${running} @click=${this.startScan}>
              ${running ? t('duplicates.scanning') : t('duplicates.scanNow')}</button>
          </div>
        </div>
        ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
        ${this.renderGroups()}
        ${this.next ? html`<div class="list-end"><button type="button" ?disabled=${this.loading}
          @click=${() => this.load(true)}>${t('common.loadMore')}</button></div>` : nothing}
        ${this.merging ? html`<merge-dialog .group=${this.merging} @merged=${() => this.merged(this.merging)}
          @close=${this.closeMerge}></merge-dialog>` : nothing}
      </section>`;
  }

  renderGroups() {
    if (!this.groups) return html`<p role="status">${t('common.loading')}</p>`;
    if (!this.groups.length) {
      return html`<p class="panel muted">${this.scan?.status === 'NEVER' ? t('duplicates.neverScanned') : t('duplicates.none')}</p>`;
    }
    return html`
      <ul class="plain duplicate-list">
        ${this.groups.map((group) => this.renderGroup(group))}
      </ul>`;
  }

  renderGroup(group) {
    const names = new Map(group.clients.map((client) => [client.clientId, client.name]));
    const headingId = `group-${group.groupId}`;
    return html`
      <li class="panel" data-group=${group.groupId} data-decision=${group.decision} aria-labelledby=${headingId}>
        <h2 id=${headingId} class="candidate ${group.decision}">
          <span class="badge">${t(`match.${group.decision}`)} · ${scoreText(group.score)}</span>
          ${t('duplicates.clients', { count: group.clients.length })}
        </h2>
        <ul class="plain">
          ${group.clients.map((client) => html`
            <li><a href="#/clients/${client.clientId}" data-client=${client.clientId}>${client.name}</a></li>`)}
        </ul>
        <ul class="muted">
          ${group.pairs.map((pair) => html`
            <li>${t('duplicates.pair', { a: names.get(pair.a), b: names.get(pair.b) })}
              (${scoreText(pair.score)}): ${pair.reasons.map(reasonText).join(' · ')}</li>`)}
        </ul>
        ${can('clients', 'DELETE') ? html`<div class="actions">
          <button type="button" data-action="merge" @click=${(e) => this.openMerge(group, e)}>${t('duplicates.merge')}</button>
        </div>` : nothing}
      </li>`;
  }
}

customElements.define('duplicate-groups', DuplicateGroupsPage);
