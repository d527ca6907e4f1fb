import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { AtriumElement } from 'atrium/element.js';
import { api } from 'atrium/api.js';
import { t, formatDateTime } from 'atrium/i18n.js';
import { can } from 'atrium/session.js';
import { FieldErrors, errorId, errorText } from 'atrium/forms.js';
import { RecordListPage } from './admin-shared.js';
import { describedBy, errorsFor, filledArguments, labelText, parameterInputs, typeLabel } from './automation-shared.js';
import { conditionsDraft, conditionsFields, conditionsModel } from './rule-conditions.js';

/** The arguments of a trigger or an action, after its type: " (days: 7)". */
function argumentsText(step) {
  const entries = Object.entries(step.arguments ?? {});
  return entries.length ? html` <span class="muted">(${entries.map(([name, value]) => `${name}: ${value}`).join(', ')})</span>` : nothing;
}

/**
 * Every rule definition the API knows: where it stands, and the editor for a new or changed one. A
 * deleted rule leaves the list; its runs stay in the run log.
 */
class AutomationRules extends RecordListPage {
  static properties = { ...RecordListPage.properties, triggers: { state: true }, actions: { state: true }, busy: { state: true } };

  constructor() {
    super('/automation/rules');
  }

  async load() {
    try {
      [this.triggers, this.actions] = await Promise.all([api('/automation/triggers'), api('/automation/actions')]);
    } catch (error) {
      this.error = errorText(error);
      return;
    }
    await super.load();
  }

  saved(rule) {
    this.close(t('rules.saved', { name: rule.name, version: rule.version }));
    this.load();
  }

  /** Switches a rule on or off: the same definition again, so no new version is made. */
  async toggle(rule) {
    this.busy = rule.id;
    this.error = null;
    this.notice = null;
    try {
      const changed = await api(`/automation/rules/${encodeURIComponent(rule.id)}`, {
        method: 'PUT', record: rule,
        body: { name: rule.name, enabled: !rule.enabled, trigger: rule.trigger, conditions: rule.conditions, actions: rule.actions },
      });
      this.notice = t(changed.enabled ? 'rules.enabledNotice' : 'rules.disabledNotice', { name: changed.name });
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.busy = null;
      await this.load();
    }
  }

  render() {
    const writer = can('automation', 'WRITE');
    return html`
      <section class="page automation-rules">
        <div class="page-head">
          <h1 tabindex="-1">${t('rules.title')}</h1>
          ${writer ? html`<button type="button" class="primary" id="new-rule" ?disabled=${!this.triggers}
            @click=${(e) => this.open(null, e)}>${t('rules.new')}</button>` : nothing}
        </div>
        <p class="muted">${t('rules.intro')}</p>
        ${this.notice ? html`<p class="notice" role="status" id="rules-notice">${this.notice}</p>` : nothing}
        ${this.error ? html`<div class="alert" role="alert" id="rules-error">${this.error}</div>` : nothing}
        ${this.editing !== undefined ? keyed(this.editing?.id ?? 'new', html`
          <rule-editor .rule=${this.editing} .triggers=${this.triggers} .actions=${this.actions}
            @saved=${(e) => this.saved(e.detail)} @cancel=${() => this.close()}></rule-editor>`) : nothing}
        ${this.records ? this.renderTable(writer) : this.error ? nothing : html`<p role="status">${t('common.loading')}</p>`}
      </section>`;
  }

  renderTable(writer) {
    const deleter = can('automation', 'DELETE');
    return html`
      <div class="table-wrap">
        <table class="data" id="rules">
          <caption class="visually-hidden">${t('rules.title')}</caption>
          <thead><tr>
            <th scope="col">${t('rules.name')}</th><th scope="col">${t('rules.trigger')}</th>
            <th scope="col">${t('rules.actions')}</th><th scope="col">${t('rules.version')}</th>
            <th scope="col">${t('rules.state')}</th>
            <th scope="col"><span class="visually-hidden">${t('common.actions')}</span></th>
          </tr></thead>
          <tbody>
            ${this.records.length ? nothing : html`<tr class="empty"><td colspan="6">${t('rules.none')}</td></tr>`}
            ${this.records.map((rule) => html`
              <tr data-rule=${rule.id}>
                <th scope="row">${rule.name}</th>
                <td>${typeLabel(this.triggers, rule.trigger.type)}${argumentsText(rule.trigger)}</td>
                <td><ol class="plain">${rule.actions.map((action) => html`<li>${typeLabel(this.actions, action.type)}</li>`)}</ol></td>
                <td data-version=${rule.version}>${t('rules.versionOf', { version: rule.version })}
                  <span class="muted">${formatDateTime(rule.updatedAt)}</span></td>
                <td>
                  <span class="badge ${rule.enabled ? 'rule-on' : 'rule-off'}" data-enabled=${String(rule.enabled)}>
                    ${rule.enabled ? t('rules.on') : t('rules.off')}</span>
                  ${rule.active ? nothing : html`<span class="badge rule-inactive" data-inactive title=${rule.inactiveReason ?? ''}>
                    ${t('rules.inactive')}</span><p class="muted">${rule.inactiveReason}</p>`}
                  ${warningTexts(rule).map((text) => html`<p class="field-error" data-warning>${text}</p>`)}
                </td>
                <td><div class="actions">
                  ${writer ? html`
                    <button type="button" class="link" data-action="edit-rule" aria-label=${t('rules.editNamed', { name: rule.name })}
                      @click=${(e) => this.open(rule, e)}>${t('common.edit')}</button>
                    <button type="button" data-action="toggle-rule" ?disabled=${this.busy === rule.id}
                      aria-label=${t(rule.enabled ? 'rules.disableNamed' : 'rules.enableNamed', { name: rule.name })}
                      @click=${() => this.toggle(rule)}>${rule.enabled ? t('rules.disable') : t('rules.enable')}</button>` : nothing}
                  <a href="#/automation/runs?rule=${encodeURIComponent(rule.id)}" data-action="rule-runs">${t('rules.runs')}</a>
                  ${deleter ? html`<confirm-delete .label=${t('rules.deleteNamed', { name: rule.name })} ?busy=${this.busy === rule.id}
                    @confirm=${() => this.deleteRecord(rule, t('rules.deleted', { name: rule.name }))}></confirm-delete>` : nothing}
                </div></td>
              </tr>`)}
          </tbody>
        </table>
      </div>`;
  }
}

/** The rule's warnings as sentences: a condition on a saved filter that was deleted. */
const warningTexts = (rule) => (rule.warnings ?? []).map((warning) => (warning.code === 'not_found'
  ? t('rules.savedFilterGone', { id: warning.arguments?.id ?? '' }) : warning.message));

let nextKey = 0;
const actionRow = (action = {}) => ({ key: nextKey++, type: action.type ?? '', arguments: { ...(action.arguments ?? {}) } });

/**
 * Builds a rule: its name, the trigger with the parameters its type declares, conditions in groups
 * of all/any, and actions in order, each with its type's parameters. A saved change of the
 * definition is a new version; runs already made keep theirs. Fires `saved` or `cancel`.
 */
class RuleEditor extends AtriumElement {
  static properties = {
    rule: { attribute: false }, triggers: { attribute: false }, actions: { attribute: false },
    draft: { state: true }, errors: { state: true }, saving: { state: true }, suggestions: { state: true },
  };

  constructor() {
    super();
    this.errors = new FieldErrors();
    this.suggestions = {};
  }

  willUpdate(changed) {
    if (changed.has('rule')) {
      const rule = this.rule;
      this.draft = {
        name: rule?.name ?? '',
        enabled: rule?.enabled ?? true,
        trigger: { type: rule?.trigger.type ?? '', arguments: { ...(rule?.trigger.arguments ?? {}) } },
        conditions: conditionsModel(rule?.conditions),
        actions: rule ? rule.actions.map(actionRow) : [actionRow()],
      };
      // what can never hold now (a deleted saved filter) is shown at its input from the start
      const warnings = warningTexts(rule ?? {});
      this.errors = warnings.length ? new FieldErrors({
        fieldErrors: rule.warnings.map((warning, i) => ({ field: warning.field, message: warnings[i] })),
      }, this.shownFields()) : new FieldErrors();
    }
  }

  connectedCallback() {
    super.connectedCallback();
    this.loadSuggestions();
  }

  firstUpdated() {
    this.querySelector('#rule-name')?.focus();
  }

  /** Names beside the ids some parameters take, from what the user may read; a list refused leaves the typed id. */
  async loadSuggestions() {
    const read = (path) => api(path).catch(() => []);
    const [templates, webhooks, forms, pipelines] = await Promise.all([
      read('/automation/templates'), read('/automation/webhooks'), read('/automation/forms'),
      can('opportunities') ? read('/pipelines') : [],
    ]);
    const named = (list) => list.map((item) => ({ value: item.id, label: item.name }));
    this.suggestions = {
      template: named(templates),
      webhookId: named(webhooks),
      formId: named(forms),
      stageId: pipelines.flatMap((pipeline) => pipeline.stages.map((stage) => ({ value: stage.id, label: `${pipeline.name} · ${stage.name}` }))),
    };
  }

  set(changes) {
    this.draft = { ...this.draft, ...changes };
  }

  typeOf(list, id) {
    return list?.find((type) => type.id === id);
  }

  changeTrigger(type) {
    // the arguments of one type mean nothing to another
    this.errors.byField.delete('trigger');
    this.errors.byField.delete('trigger.type');
    this.set({ trigger: { type, arguments: {} } });
  }

  changeAction(index, changes) {
    if (changes.type !== undefined) {
      this.errors.byField.delete(`actions[${index}]`);
      this.errors.byField.delete(`actions[${index}].type`);
    }
    this.set({ actions: this.draft.actions.map((action, i) => (i === index ? { ...action, ...changes } : action)) });
  }

  /** Rows changed place: errors name actions by index, so they no longer point at the right ones. */
  restructure(actions, focus) {
    this.set({ actions });
    this.errors = new FieldErrors();
    this.updateComplete.then(() => this.querySelector(focus)?.focus());
  }

  addAction() {
    const added = actionRow();
    this.restructure([...this.draft.actions, added], `[data-action-row="${added.key}"] select`);
  }

  removeAction(index) {
    const actions = this.draft.actions.filter((_, i) => i !== index);
    const next = actions[index];
    this.restructure(actions, next ? `[data-action-row="${next.key}"] select` : '#add-action');
  }

  moveAction(index, by) {
    const actions = [...this.draft.actions];
    const [moved] = actions.splice(index, 1);
    actions.splice(index + by, 0, moved);
    this.restructure(actions, `[data-action-row="${moved.key}"] [data-move="${by < 0 ? 'up' : 'down'}"]`);
  }

  body() {
    const { name, enabled, trigger, conditions, actions } = this.draft;
    return {
      name: name.trim(), enabled,
      trigger: { type: trigger.type, arguments: filledArguments(trigger.arguments) },
      conditions: conditionsDraft(conditions),
      actions: actions.map((action) => ({ type: action.type, arguments: filledArguments(action.arguments) })),
    };
  }

  /** The paths of every input the editor shows, which the server's errors name. */
  shownFields() {
    const parameters = (type) => type?.parameters.map((p) => p.name) ?? [];
    return [
      'name', 'trigger', 'trigger.type', 'actions',
      ...parameters(this.typeOf(this.triggers, this.draft.trigger.type)).map((p) => `trigger.arguments.${p}`),
      ...conditionsFields(this.draft.conditions),
      ...this.draft.actions.flatMap((action, i) => [`actions[${i}]`, `actions[${i}].type`,
        ...parameters(this.typeOf(this.actions, action.type)).map((p) => `actions[${i}].arguments.${p}`)]),
    ];
  }

  async submit(event) {
    event.preventDefault();
    this.saving = true;
    this.errors = new FieldErrors();
    try {
      const saved = this.rule
        ? await api(`/automation/rules/${encodeURIComponent(this.rule.id)}`, { method: 'PUT', body: this.body(), record: this.rule })
        : await api('/automation/rules', { method: 'POST', body: this.body() });
      this.dispatchEvent(new CustomEvent('saved', { detail: saved }));
    } catch (error) {
      this.errors = errorsFor(error, this.shownFields());
      this.updateComplete.then(() => (this.querySelector('[aria-invalid="true"]') ?? this.querySelector('.alert'))?.focus?.());
    } finally {
      this.saving = false;
    }
  }

  render() {
    const e = this.errors;
    const d = this.draft;
    const trigger = this.typeOf(this.triggers, d.trigger.type);
    return html`
      <form class="panel rule-editor" id="rule-form" novalidate @submit=${this.submit} aria-labelledby="rule-form-heading"
        @keydown=${(ev) => { if (ev.key === 'Escape') this.dispatchEvent(new CustomEvent('cancel')); }}>
        <h2 id="rule-form-heading">${this.rule ? t('rules.editTitle', { name: this.rule.name, version: this.rule.version }) : t('rules.newTitle')}</h2>
        ${this.rule ? html`<p class="hint">${t('rules.versionHint')}</p>` : nothing}
        ${e.summary()}
        <div class="inline-form">
          <div class="field grow">
            <label for="rule-name">${t('rules.name')} <span aria-hidden="true">*</span></label>
            <input id="rule-name" required .value=${d.name} @input=${(ev) => { this.errors.byField.delete('name'); this.set({ name: ev.target.value }); }}
              aria-invalid=${String(e.has('name'))} aria-describedby=${describedBy(e, 'name')}>
            ${e.for('name')}
          </div>
          <div class="field check">
            <input type="checkbox" id="rule-enabled" .checked=${d.enabled} @change=${(ev) => this.set({ enabled: ev.target.checked })}>
            <label for="rule-enabled">${t('rules.enabledLabel')}</label>
          </div>
        </div>

        <fieldset id="rule-trigger">
          <legend>${t('rules.when')}</legend>
          <div class="field">
            <label for="rule-trigger-type">${t('rules.trigger')} <span aria-hidden="true">*</span></label>
            <select id="rule-trigger-type" @change=${(ev) => this.changeTrigger(ev.target.value)}
              aria-invalid=${String(e.has('trigger') || e.has('trigger.type'))}
              aria-describedby=${describedBy(e, e.has('trigger') ? 'trigger' : 'trigger.type')}>
              <option value="" ?selected=${!d.trigger.type}>${t('rules.choose')}</option>
              ${d.trigger.type && !trigger ? html`<option value=${d.trigger.type} selected>${t('rules.notInstalled', { type: d.trigger.type })}</option>` : nothing}
              ${(this.triggers ?? []).map((type) => html`<option value=${type.id} ?selected=${type.id === d.trigger.type}>${labelText(type.label) || type.id}</option>`)}
            </select>
            ${e.for('trigger')}${e.for('trigger.type')}
          </div>
          ${trigger ? parameterInputs({
            parameters: trigger.parameters, values: d.trigger.arguments, path: 'trigger.arguments', idPrefix: 'trigger-arg', errors: e,
            suggestions: this.suggestions,
            onChange: (name, value) => this.set({ trigger: { ...d.trigger, arguments: { ...d.trigger.arguments, [name]: value } } }),
          }) : nothing}
        </fieldset>

        <rule-conditions .model=${d.conditions} .errors=${e} .trigger=${d.trigger.type}
          @conditions-change=${(ev) => this.set({ conditions: ev.detail })}></rule-conditions>

        <fieldset id="rule-actions" class="rule-actions" aria-describedby=${e.has('actions') ? errorId('actions') : nothing}>
          <legend>${t('rules.then')}</legend>
          ${e.for('actions')}
          <ol class="plain">${repeat(d.actions, (action) => action.key, (action, index) => this.renderAction(action, index))}</ol>
          <div class="actions">
            <button type="button" id="add-action" @click=${this.addAction}>${t('rules.addAction')}</button>
          </div>
        </fieldset>

        <div class="actions">
          <button type="submit" class="primary" id="save-rule" ?disabled=${this.saving}>${this.saving ? t('common.working') : t('common.save')}</button>
          <button type="button" id="cancel-rule" @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>${t('common.cancel')}</button>
        </div>
      </form>
      ${this.rule ? html`<rule-versions .rule=${this.rule} .triggers=${this.triggers} .actions=${this.actions}></rule-versions>` : nothing}`;
  }

  renderAction(action, index) {
    const e = this.errors;
    const path = `actions[${index}]`;
    const type = this.typeOf(this.actions, action.type);
    const id = `action-${action.key}`;
    const number = index + 1;
    return html`
      <li class="rule-action panel" data-action-row=${action.key} data-index=${index}>
        <div class="inline-form">
          <div class="field">
            <label for="${id}-type">${t('rules.actionNumber', { number })} <span aria-hidden="true">*</span></label>
            <select id="${id}-type" data-input="action-type" @change=${(ev) => this.changeAction(index, { type: ev.target.value, arguments: {} })}
              aria-invalid=${String(e.has(path) || e.has(`${path}.type`))} aria-describedby=${describedBy(e, e.has(path) ? path : `${path}.type`)}>
              <option value="" ?selected=${!action.type}>${t('rules.choose')}</option>
              ${action.type && !type ? html`<option value=${action.type} selected>${t('rules.notInstalled', { type: action.type })}</option>` : nothing}
              ${(this.actions ?? []).map((candidate) => html`<option value=${candidate.id} ?selected=${candidate.id === action.type}>${labelText(candidate.label) || candidate.id}</option>`)}
            </select>
            ${e.for(path)}${e.for(`${path}.type`)}
          </div>
          ${type ? parameterInputs({
            parameters: type.parameters, values: action.arguments, path: `${path}.arguments`, idPrefix: `${id}-arg`, errors: e,
            suggestions: this.suggestions,
            onChange: (name, value) => this.changeAction(index, { arguments: { ...action.arguments, [name]: value } }),
          }) : nothing}
          <div class="actions">
            <button type="button" data-move="up" ?disabled=${index === 0} aria-label=${t('rules.moveUp', { number })}
              @click=${() => this.moveAction(index, -1)}>↑</button>
            <button type="button" data-move="down" ?disabled=${index === this.draft.actions.length - 1}
              aria-label=${t('rules.moveDown', { number })} @click=${() => this.moveAction(index, 1)}>↓</button>
            <button type="button" class="link" data-action="remove-action" ?disabled=${this.draft.actions.length === 1}
              aria-label=${t('rules.removeAction', { number })} @click=${() => this.removeAction(index)}>${t('rules.remove')}</button>
          </div>
        </div>
      </li>`;
  }
}

/**
 * The versions of a rule's definition, newest first: when, by whom and on which trigger each was
 * written. Each one's definition opens read-only below it: runs name the version they ran, and this
 * shows what that version did.
 */
class RuleVersions extends AtriumElement {
  static properties = {
    rule: { attribute: false }, triggers: { attribute: false }, actions: { attribute: false },
    versions: { state: true }, shown: { state: true }, error: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  path(suffix = '') {
    return `/automation/rules/${encodeURIComponent(this.rule.id)}/versions${suffix}`;
  }

  async load() {
    try {
      this.versions = await api(this.path());
    } catch (error) {
      this.error = errorText(error);
    }
  }

  /** Opens the version's definition, or closes it when it is the one open. */
  async showVersion(number) {
    this.error = null;
    if (this.shown?.version === number) {
      this.shown = null;
      return;
    }
    try {
      this.shown = await api(this.path(`/${number}`));
    } catch (error) {
      this.error = errorText(error);
    }
  }

  render() {
    return html`
      <section class="panel rule-versions" id="rule-versions" aria-labelledby="rule-versions-heading">
        <h3 id="rule-versions-heading">${t('rules.versions')}</h3>
        <p class="hint">${t('rules.versionsHint')}</p>
        ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
        ${this.versions ? html`<ol class="plain">${this.versions.map((version) => this.renderVersion(version))}</ol>`
          : this.error ? nothing : html`<p role="status">${t('common.loading')}</p>`}
      </section>`;
  }

  renderVersion(version) {
    const open = this.shown?.version === version.version;
    const author = version.createdBy ? t('rules.versionBy', { name: version.createdByName ?? version.createdBy }) : t('rules.versionBuiltIn');
    return html`
      <li data-version-row=${version.version}>
        <strong>${t('rules.versionOf', { version: version.version })}</strong>
        ${version.current ? html`<span class="badge rule-on" data-current>${t('rules.current')}</span>` : nothing}
        <time datetime=${version.createdAt}>${formatDateTime(version.createdAt)}</time> · ${author} ·
        <span data-trigger=${version.triggerType}>${typeLabel(this.triggers, version.triggerType)}</span>
        <button type="button" class="link" data-action="show-version" aria-expanded=${String(open)}
          aria-controls=${open ? `rule-version-${version.version}` : nothing} @click=${() => this.showVersion(version.version)}>
          ${t(open ? 'rules.hideVersion' : 'rules.showVersion', { version: version.version })}</button>
        ${open ? this.renderDefinition(this.shown) : nothing}
      </li>`;
  }

  renderDefinition(version) {
    const definition = version.definition;
    return html`
      <div class="version-definition" id="rule-version-${version.version}" data-definition=${version.version}>
        <h4>${t('rules.versionTitle', { version: version.version })}</h4>
        <dl>
          <dt>${t('rules.name')}</dt><dd data-part="name">${definition.name}</dd>
          <dt>${t('rules.when')}</dt>
          <dd data-part="trigger">${typeLabel(this.triggers, definition.trigger.type)}${argumentsText(definition.trigger)}</dd>
          <dt>${t('rules.conditions')}</dt><dd><pre data-part="conditions">${JSON.stringify(definition.conditions, null, 2)}</pre></dd>
          <dt>${t('rules.then')}</dt>
          <dd><ol data-part="actions">${definition.actions.map((action) => html`
            <li>${typeLabel(this.actions, action.type)}${argumentsText(action)}</li>`)}</ol></dd>
        </dl>
      </div>`;
  }
}

customElements.define('rule-versions', RuleVersions);
customElements.define('rule-editor', RuleEditor);
customElements.define('automation-rules', AutomationRules);
