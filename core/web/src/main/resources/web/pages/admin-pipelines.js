import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { AtriumElement } from 'atrium/element.js';
import { api } from 'atrium/api.js';
import { t } from 'atrium/i18n.js';
import { FieldErrors, errorId } from 'atrium/forms.js';
import { RecordListPage } from './admin-shared.js';

const OUTCOMES = ['OPEN', 'WON', 'LOST'];

/** Sales pipelines: the list, and an editor for a new one or an existing one. Pipelines are not deleted. */
class AdminPipelines extends RecordListPage {
  static properties = { ...RecordListPage.properties };

  constructor() {
    super('/pipelines');
  }

  saved(pipeline) {
    this.close(t('pipelines.saved', { name: pipeline.name }));
    this.load();
  }

  render() {
    return html`
      <section class="page admin-pipelines">
        <div class="page-head">
          <h1 tabindex="-1">${t('pipelines.title')}</h1>
          <button type="button" class="primary" id="new-pipeline" @click=${(e) => this.open(null, e)}>${t('pipelines.new')}</button>
        </div>
        <p class="muted">${t('pipelines.intro')}</p>
        ${this.notice ? html`<p class="notice" role="status" id="pipelines-notice">${this.notice}</p>` : nothing}
        ${this.error ? html`<div class="alert" role="alert" id="pipelines-error">${this.error}</div>` : nothing}
        ${this.editing !== undefined ? keyed(this.editing?.id ?? 'new', html`
          <pipeline-editor .pipeline=${this.editing} @saved=${(e) => this.saved(e.detail)}
            @reloaded=${() => this.load()} @cancel=${() => this.close()}></pipeline-editor>`) : nothing}
        ${this.records ? this.renderTable() : this.error ? nothing : html`<p role="status">${t('common.loading')}</p>`}
      </section>`;
  }

  renderTable() {
    return html`
      <div class="table-wrap">
        <table class="data" id="pipelines">
          <caption class="visually-hidden">${t('pipelines.title')}</caption>
          <thead><tr>
            <th scope="col">${t('pipelines.name')}</th><th scope="col">${t('pipelines.stages')}</th>
            <th scope="col"><span class="visually-hidden">${t('common.actions')}</span></th>
          </tr></thead>
          <tbody>
            ${this.records.length ? nothing : html`<tr class="empty"><td colspan="3">${t('pipelines.none')}</td></tr>`}
            ${this.records.map((pipeline) => html`
              <tr data-pipeline=${pipeline.id}>
                <th scope="row">${pipeline.name}</th>
                <td>
                  <ol class="plain">${pipeline.stages.map((stage) => html`
                    <li data-stage=${stage.id}>${stage.name}
                      <span class="muted">${t('pipelines.stageSummary', { probability: stage.probability, outcome: t(`pipelines.outcome.${stage.outcome}`) })}</span>
                    </li>`)}
                  </ol>
                </td>
                <td><div class="actions">
                  <button type="button" class="link" data-action="edit-pipeline" data-pipeline=${pipeline.id}
                    aria-label=${t('pipelines.editNamed', { name: pipeline.name })}
                    @click=${(e) => this.open(pipeline, e)}>${t('common.edit')}</button>
                </div></td>
              </tr>`)}
          </tbody>
        </table>
      </div>`;
  }
}

let nextRowKey = 0;

/** A stage as the editor holds it: `key` tells rows apart while they move; `id` is null for a new stage. */
const row = (stage = {}) => ({
  key: nextRowKey++, id: stage.id ?? null, name: stage.name ?? '', probability: String(stage.probability ?? ''), outcome: stage.outcome ?? 'OPEN',
});

/**
 * Edits a pipeline's name and stages: stages are added, removed and moved with buttons, so the
 * keyboard does all of it. Existing stages keep their ids (and so their deals); the API refuses to
 * drop a stage that still holds deals. Fires `saved`, `reloaded` (after a conflict) or `cancel`.
 */
class PipelineEditor extends AtriumElement {
  static properties = {
    pipeline: { attribute: false }, name: { state: true }, stages: { state: true }, errors: { state: true }, saving: { state: true },
  };

  constructor() {
    super();
    this.errors = new FieldErrors();
  }

  willUpdate(changed) {
    if (changed.has('pipeline')) {
      this.name = this.pipeline?.name ?? '';
      this.stages = this.pipeline ? this.pipeline.stages.map(row) : [row({ probability: 10 })];
    }
  }

  firstUpdated() {
    this.querySelector('#pipeline-name')?.focus();
  }

  change(index, changes) {
    this.stages = this.stages.map((stage, i) => (i === index ? { ...stage, ...changes } : stage));
  }

  /** Rows changed place: errors name rows by index, so they no longer point at the right ones. */
  restructure(stages, focus) {
    this.stages = stages;
    this.errors = new FieldErrors();
    this.updateComplete.then(() => this.querySelector(focus)?.focus());
  }

  add() {
    const added = row({ probability: 50 });
    this.restructure([...this.stages, added], `[data-row="${added.key}"] [data-input="name"]`);
  }

  // not `remove`: that is Element.remove(), which lit calls to take the editor out of the page
  removeStage(index) {
    const stages = this.stages.filter((_, i) => i !== index);
    // focus goes to the row that took its place (its name, if it is now the only one and cannot
    // be removed), or to the Add button after the last row
    const next = stages[index];
    const target = stages.length === 1 ? '[data-input="name"]' : '[data-action="remove-stage"]';
    this.restructure(stages, next ? `[data-row="${next.key}"] ${target}` : '#add-stage');
  }

  move(index, by) {
    const stages = [...this.stages];
    const [moved] = stages.splice(index, 1);
    stages.splice(index + by, 0, moved);
    // focus follows the moved row; at either end it goes to the other arrow, the pressed one being disabled there
    const to = index + by;
    const atEnd = to === 0 || to === stages.length - 1;
    const [pressed, other] = by < 0 ? ['move-up', 'move-down'] : ['move-down', 'move-up'];
    this.restructure(stages, `[data-row="${moved.key}"] [data-action="${atEnd ? other : pressed}"]`);
  }

  draft() {
    return {
      name: this.name.trim(),
      stages: this.stages.map((stage) => {
        const probability = Number.parseInt(stage.probability, 10);
        // an empty probability goes as null: the API names the stage's field in its error
        return { id: stage.id, name: stage.name.trim(), probability: Number.isNaN(probability) ? null : probability, outcome: stage.outcome };
      }),
    };
  }

  async submit(event) {
    event.preventDefault();
    this.saving = true;
    this.errors = new FieldErrors();
    try {
      const saved = this.pipeline
        ? await api(`/pipelines/${encodeURIComponent(this.pipeline.id)}`, { method: 'PUT', body: this.draft(), record: this.pipeline })
        : await api('/pipelines', { method: 'POST', body: this.draft() });
      this.dispatchEvent(new CustomEvent('saved', { detail: saved }));
    } catch (error) {
      this.errors = new FieldErrors(error, ['name', 'stages']);
      if (error.status === 409) await this.reload();
      this.updateComplete.then(() => this.querySelector('[aria-invalid="true"]')?.focus());
    } finally {
      this.saving = false;
    }
  }

  /** After a conflict the pipeline as stored now replaces the edits: its stages may have changed. */
  async reload() {
    try {
      this.pipeline = await api(`/pipelines/${encodeURIComponent(this.pipeline.id)}`);
      this.dispatchEvent(new CustomEvent('reloaded', { detail: this.pipeline }));
    } catch {
      // the conflict message already says to try again
    }
  }

  render() {
    const e = this.errors;
    return html`
      <form class="panel" id="pipeline-form" novalidate @submit=${this.submit} aria-labelledby="pipeline-form-heading">
        <h2 id="pipeline-form-heading">${this.pipeline ? t('pipelines.editTitle', { name: this.pipeline.name }) : t('pipelines.newTitle')}</h2>
        ${e.summary()}
        <div class="inline-form">
          <div class="field">
            <label for="pipeline-name">${t('pipelines.name')} <span aria-hidden="true">*</span></label>
            <input id="pipeline-name" name="name" required .value=${this.name} @input=${(ev) => { this.name = ev.target.value; }}
              aria-invalid=${String(e.has('name'))} aria-describedby=${e.has('name') ? errorId('name') : nothing}>
            ${e.for('name')}
          </div>
        </div>
        <div class="table-wrap">
          <table class="data" id="pipeline-stages" aria-describedby=${e.has('stages') ? errorId('stages') : nothing}>
            <caption>${t('pipelines.stages')}</caption>
            <thead><tr>
              <th scope="col">${t('pipelines.position')}</th><th scope="col">${t('pipelines.stageName')}</th>
              <th scope="col">${t('pipelines.probability')}</th><th scope="col">${t('pipelines.outcome')}</th>
              <th scope="col"><span class="visually-hidden">${t('common.actions')}</span></th>
            </tr></thead>
            <tbody>${repeat(this.stages, (stage) => stage.key, (stage, index) => this.renderStage(stage, index))}</tbody>
          </table>
        </div>
        ${e.for('stages')}
        <p class="hint">${t('pipelines.stagesHint')}</p>
        <div class="actions">
          <button type="button" id="add-stage" @click=${this.add}>${t('pipelines.addStage')}</button>
        </div>
        <div class="actions">
          <button type="submit" class="primary" id="save-pipeline" ?disabled=${this.saving}>
            ${this.saving ? t('common.working') : t('common.save')}</button>
          <button type="button" id="cancel-pipeline" @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>${t('common.cancel')}</button>
        </div>
      </form>`;
  }

  renderStage(stage, index) {
    const e = this.errors;
    const field = `stages[${index}]`;
    const id = `stage-${stage.key}`;
    const label = stage.name.trim() || t('pipelines.stageNumber', { number: index + 1 });
    const attrs = (name) => ({
      invalid: String(e.has(`${field}.${name}`)), describedBy: e.has(`${field}.${name}`) ? errorId(`${field}.${name}`) : nothing,
    });
    const last = index === this.stages.length - 1;
    return html`
      <tr data-row=${stage.key} data-stage=${stage.id ?? nothing}>
        <td>${index + 1}</td>
        <td>
          <label for="${id}-name" class="visually-hidden">${t('pipelines.stageNameOf', { number: index + 1 })}</label>
          <input id="${id}-name" data-input="name" required .value=${stage.name}
            @input=${(ev) => this.change(index, { name: ev.target.value })}
            aria-invalid=${attrs('name').invalid} aria-describedby=${attrs('name').describedBy}>
          ${e.for(`${field}.name`)}
          ${e.for(field)}
          ${e.for(`${field}.id`)}
        </td>
        <td>
          <label for="${id}-probability" class="visually-hidden">${t('pipelines.probabilityOf', { stage: label })}</label>
          <input id="${id}-probability" data-input="probability" type="number" min="0" max="100" step="1" inputmode="numeric" required
            .value=${stage.probability} @input=${(ev) => this.change(index, { probability: ev.target.value })}
            aria-invalid=${attrs('probability').invalid} aria-describedby=${attrs('probability').describedBy}>
          ${e.for(`${field}.probability`)}
        </td>
        <td>
          <label for="${id}-outcome" class="visually-hidden">${t('pipelines.outcomeOf', { stage: label })}</label>
          <select id="${id}-outcome" data-input="outcome" @change=${(ev) => this.change(index, { outcome: ev.target.value })}
            aria-invalid=${attrs('outcome').invalid} aria-describedby=${attrs('outcome').describedBy}>
            ${OUTCOMES.map((o) => html`<option value=${o} ?selected=${stage.outcome === o}>${t(`pipelines.outcome.${o}`)}</option>`)}
          </select>
          ${e.for(`${field}.outcome`)}
        </td>
        <td><div class="actions">
          <button type="button" data-action="move-up" ?disabled=${index === 0} aria-label=${t('pipelines.moveUp', { stage: label })}
            @click=${() => this.move(index, -1)}>↑</button>
          <button type="button" data-action="move-down" ?disabled=${last} aria-label=${t('pipelines.moveDown', { stage: label })}
            @click=${() => this.move(index, 1)}>↓</button>
          <button type="button" class="link" data-action="remove-stage" ?disabled=${this.stages.length === 1}
            aria-label=${t('pipelines.removeStage', { stage: label })} @click=${() => this.removeStage(index)}>${t('pipelines.remove')}</button>
        </div></td>
      </tr>`;
  }
}

customElements.define('pipeline-editor', PipelineEditor);
customElements.define('admin-pipelines', AdminPipelines);
