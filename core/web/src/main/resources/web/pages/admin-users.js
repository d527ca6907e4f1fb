import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { t, pick, LANGUAGES } from 'atrium/i18n.js';
import { user as signedInUser } from 'atrium/session.js';
import { FieldErrors, errorId, errorText, formValues } from 'atrium/forms.js';
import { nestedErrors, commaList } from './admin-shared.js';

const PAGE_SIZE = 50;
const ACCESS = ['READ', 'WRITE', 'DELETE'];
const SCOPES = ['ALL', 'TEAM', 'OWN'];
const ADMIN_ROLE = 'admin';
// the server's Authentication.MIN_PASSWORD_LENGTH; the server checks it too
const MIN_PASSWORD = 12;
// the fields with an input that shows their errors; errors of any other go above the form
const USER_FIELDS = ['username', 'displayName', 'email', 'locale', 'team', 'roles', 'password'];
const NO_GRANT = { access: [], scope: 'ALL', hiddenFields: [] };

/** A user as a UserDraft: a PUT replaces the whole user, and the API refuses fields it does not know. */
const userDraft = (u) => ({
  username: u.username, displayName: u.displayName, email: u.email, locale: u.locale, team: u.team, roles: u.roles, active: u.active,
});

const nameOf = (u) => u.displayName || u.username;

/** A section's label in the user's language: a module's labels come as {byLanguage: {en, es, ru}}. */
const sectionName = (section) => pick(section.label?.byLanguage ?? section.label) || section.id;

/**
 * What a role may do in a section: its own grant, else, for a built-in role, the default the
 * section declares for it (a role that names no section of a new module still gets that default).
 */
const grantOf = (role, section) => role.grants?.[section.id] ?? (role.builtIn ? section.builtInGrants?.[role.id] : null) ?? NO_GRANT;

/** The attributes an input needs for the errors of the field it edits. */
const aria = (errors, field) => ({
  invalid: errors.has(field) ? 'true' : 'false', describedBy: errors.has(field) ? errorId(field) : nothing,
});

/** Users (create, change, activate, password) and roles (grants per section): the admin's people page. */
class AdminUsers extends AtriumElement {
  static properties = {
    users: { state: true },
    next: { state: true },
    loading: { state: true },
    roles: { state: true },
    sections: { state: true },
    usersError: { state: true },
    rolesError: { state: true },
    notice: { state: true },
    editingUser: { state: true },
    passwordUser: { state: true },
    editingRole: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.users = null;
    this.roles = null;
    this.sections = [];
    // what the open form edits: undefined when closed, null for a new record
    this.editingUser = undefined;
    this.editingRole = undefined;
  }

  connectedCallback() {
    super.connectedCallback();
    this.loadUsers();
    this.loadRoles();
  }

  async loadUsers(more = false) {
    this.loading = true;
    try {
      const page = await api(`/users${queryString({ limit: PAGE_SIZE, after: more ? this.next : '' })}`);
      this.users = more ? [...this.users, ...page.items] : page.items;
      this.next = page.next;
    } catch (error) {
      this.usersError = errorText(error);
    } finally {
      this.loading = false;
    }
  }

  async loadRoles() {
    try {
      [this.roles, this.sections] = await Promise.all([api('/roles'), api('/roles/sections')]);
    } catch (error) {
      this.rolesError = errorText(error);
    }
  }

  replaceUser(changed) {
    this.users = this.users.map((u) => (u.id === changed.id ? changed : u));
  }

  /** Opens a form, remembering the button that opened it: closing the form gives it focus back. */
  open(property, value, event) {
    this.returnTo = event?.currentTarget ?? null;
    this.notice = null;
    // one user form at a time: editing and setting a password share the space above the table
    if (property === 'editingUser') this.passwordUser = undefined;
    if (property === 'passwordUser') this.editingUser = undefined;
    this[property] = value;
  }

  close(property, notice = null) {
    this[property] = undefined;
    this.notice = notice;
    const target = this.returnTo?.isConnected ? this.returnTo : this.querySelector('h1');
    this.updateComplete.then(() => target?.focus());
  }

  async userSaved({ user, created }) {
    this.close('editingUser', t(created ? 'users.created' : 'users.saved', { name: nameOf(user) }));
    // a new user may sort anywhere in the list, so the list starts again
    if (created) await this.loadUsers();
    else this.replaceUser(user);
  }

  async setActive(u, active) {
    this.busy = u.id;
    this.usersError = null;
    this.notice = null;
    try {
      const saved = await api(`/users/${encodeURIComponent(u.id)}`, { method: 'PUT', body: { ...userDraft(u), active }, record: u });
      this.replaceUser(saved);
      this.notice = t(active ? 'users.activated' : 'users.deactivated', { name: nameOf(saved) });
    } catch (error) {
      this.usersError = errorText(error);
      if (error.status === 409) await this.loadUsers();
    } finally {
      this.busy = null;
    }
  }

  async deleteRole(role) {
    this.busy = role.id;
    this.rolesError = null;
    this.notice = null;
    try {
      await api(`/roles/${encodeURIComponent(role.id)}`, { method: 'DELETE', record: role });
      this.notice = t('roles.deleted', { name: role.label });
      this.querySelector('#new-role')?.focus();
    } catch (error) {
      // the refusals name the role's id ("3 users still have this role"): the message alone reads better
      this.rolesError = error.fieldErrors?.length ? error.fieldErrors.map((f) => f.message).join(' ') : errorText(error);
    } finally {
      this.busy = null;
      await this.loadRoles();
    }
  }

  render() {
    return html`
      <section class="page admin-users">
        <div class="page-head">
          <h1 tabindex="-1">${t('users.title')}</h1>
          <button type="button" class="primary" id="new-user" @click=${(e) => this.open('editingUser', null, e)}>${t('users.new')}</button>
        </div>
        ${this.notice ? html`<p class="notice" role="status" id="users-notice">${this.notice}</p>` : nothing}
        ${this.usersError ? html`<div class="alert" role="alert" id="users-error">${this.usersError}</div>` : nothing}
        ${this.editingUser !== undefined ? keyed(this.editingUser?.id ?? 'new', html`
          <user-form .user=${this.editingUser} .roles=${this.roles ?? []}
            @saved=${(e) => this.userSaved(e.detail)} @reloaded=${(e) => this.replaceUser(e.detail)}
            @cancel=${() => this.close('editingUser')}></user-form>`) : nothing}
        ${this.passwordUser ? keyed(this.passwordUser.id, html`
          <password-form .user=${this.passwordUser}
            @saved=${() => this.close('passwordUser', t('users.passwordSet', { name: nameOf(this.passwordUser) }))}
            @cancel=${() => this.close('passwordUser')}></password-form>`) : nothing}
        ${this.renderUsers()}
        ${this.renderRoles()}
      </section>`;
  }

  renderUsers() {
    if (!this.users) return this.usersError ? nothing : html`<p role="status">${t('common.loading')}</p>`;
    const roleLabel = (id) => this.roles?.find((r) => r.id === id)?.label ?? id;
    return html`
      <div class="table-wrap">
        <table class="data" id="users">
          <caption class="visually-hidden">${t('users.title')}</caption>
          <thead><tr>
            <th scope="col">${t('users.username')}</th><th scope="col">${t('users.displayName')}</th>
            <th scope="col">${t('users.email')}</th><th scope="col">${t('users.team')}</th>
            <th scope="col">${t('users.roles')}</th><th scope="col">${t('users.locale')}</th>
            <th scope="col">${t('users.status')}</th><th scope="col"><span class="visually-hidden">${t('common.actions')}</span></th>
          </tr></thead>
          <tbody>
            ${this.users.length ? nothing : html`<tr class="empty"><td colspan="8">${t('users.none')}</td></tr>`}
            ${this.users.map((u) => html`
              <tr data-user=${u.id} class=${u.active ? '' : 'muted'}>
                <th scope="row">${u.username}</th>
                <td>${u.displayName}</td>
                <td>${u.email ?? ''}</td>
                <td>${u.team ?? ''}</td>
                <td>${u.roles.map(roleLabel).join(', ')}</td>
                <td>${u.locale ? t(`users.locale.${u.locale}`) : ''}</td>
                <td><span class="badge">${t(u.active ? 'users.active' : 'users.inactive')}</span></td>
                <td><div class="actions">
                  <button type="button" class="link" data-action="edit-user" data-user=${u.id}
                    aria-label=${t('users.editNamed', { name: nameOf(u) })}
                    @click=${(e) => this.open('editingUser', u, e)}>${t('common.edit')}</button>
                  <button type="button" class="link" data-action="set-password" data-user=${u.id}
                    aria-label=${t('users.setPasswordNamed', { name: nameOf(u) })}
                    @click=${(e) => this.open('passwordUser', u, e)}>${t('users.setPassword')}</button>
                  <button type="button" data-action=${u.active ? 'deactivate' : 'activate'} data-user=${u.id}
                    aria-label=${t(u.active ? 'users.deactivateNamed' : 'users.activateNamed', { name: nameOf(u) })}
                    ?disabled=${Boolean(this.busy)} aria-busy=${String(this.busy === u.id)}
                    @click=${() => this.setActive(u, !u.active)}>
                    ${this.busy === u.id ? t('common.working') : t(u.active ? 'users.deactivate' : 'users.activate')}
                  </button>
                </div></td>
              </tr>`)}
          </tbody>
        </table>
      </div>
      ${this.next && !this.loading ? html`<div class="list-end">
        <button type="button" id="more-users" @click=${() => this.loadUsers(true)}>${t('common.loadMore')}</button></div>` : nothing}`;
  }

  renderRoles() {
    return html`
      <div class="page-head">
        <h2 id="roles-heading">${t('roles.title')}</h2>
        <button type="button" id="new-role" @click=${(e) => this.open('editingRole', null, e)}>${t('roles.new')}</button>
      </div>
      <p class="muted">${t('roles.intro')}</p>
      ${this.rolesError ? html`<div class="alert" role="alert" id="roles-error">${this.rolesError}</div>` : nothing}
      ${this.editingRole !== undefined && this.roles ? keyed(this.editingRole?.id ?? 'new', html`
        <role-form .record=${this.editingRole} .sections=${this.sections}
          @saved=${(e) => { this.close('editingRole', t('roles.saved', { name: e.detail.label })); this.loadRoles(); }}
          @reloaded=${() => this.loadRoles()}
          @cancel=${() => this.close('editingRole')}></role-form>`) : nothing}
      ${!this.roles ? (this.rolesError ? nothing : html`<p role="status">${t('common.loading')}</p>`) : html`
        <div class="table-wrap">
          <table class="data" id="roles" aria-labelledby="roles-heading">
            <thead><tr>
              <th scope="col">${t('roles.id')}</th><th scope="col">${t('roles.label')}</th>
              <th scope="col">${t('roles.builtIn')}</th><th scope="col">${t('roles.grants')}</th>
              <th scope="col"><span class="visually-hidden">${t('common.actions')}</span></th>
            </tr></thead>
            <tbody>${this.roles.map((role) => html`
              <tr data-role=${role.id}>
                <th scope="row">${role.id}</th>
                <td>${role.label}</td>
                <td>${role.builtIn ? html`<span class="badge">${t('common.yes')}</span>` : t('common.no')}</td>
                <td>${this.renderSummary(role)}</td>
                <td><div class="actions">${this.renderRoleActions(role)}</div></td>
              </tr>`)}
            </tbody>
          </table>
        </div>`}`;
  }

  /** Per section what the role may do; sections it cannot even read are left out. */
  renderSummary(role) {
    if (role.id === ADMIN_ROLE) return html`<span class="muted">${t('roles.adminAll')}</span>`;
    const lines = this.sections.map((section) => ({ section, grant: grantOf(role, section) }))
      .filter(({ grant }) => grant.access.length);
    if (!lines.length) return html`<span class="muted">${t('roles.noAccess')}</span>`;
    return html`<ul class="plain">${lines.map(({ section, grant }) => html`
      <li data-section=${section.id}><strong>${sectionName(section)}:</strong>
        ${ACCESS.filter((a) => grant.access.includes(a)).map((a) => t(`roles.access.${a}`)).join(', ')}
        · ${t(`roles.scope.${grant.scope}`)}
        ${grant.hiddenFields.length ? html`· ${t('roles.hides', { fields: grant.hiddenFields.join(', ') })}` : nothing}
      </li>`)}</ul>`;
  }

  renderRoleActions(role) {
    if (role.id === ADMIN_ROLE) return html`<span class="muted">${t('roles.adminReadOnly')}</span>`;
    return html`
      <button type="button" class="link" data-action="edit-role" data-role=${role.id}
        aria-label=${t('roles.editNamed', { name: role.label })}
        @click=${(e) => this.open('editingRole', role, e)}>${t('common.edit')}</button>
      ${role.builtIn ? nothing : html`
        <confirm-delete data-role=${role.id} .label=${t('roles.deleteNamed', { name: role.label })}
          ?busy=${this.busy === role.id} @confirm=${() => this.deleteRole(role)}></confirm-delete>`}`;
  }
}

/** Creates a user (with a first password, if given) or changes one; fires `saved`, `reloaded` or `cancel`. */
class UserForm extends AtriumElement {
  static properties = {
    user: { attribute: false }, roles: { attribute: false }, errors: { state: true }, saving: { state: true },
  };

  constructor() {
    super();
    this.errors = new FieldErrors();
  }

  firstUpdated() {
    this.querySelector('#user-username')?.focus();
  }

  draft(form) {
    const values = formValues(form);
    return {
      username: values.username, displayName: values.displayName || null, email: values.email || null,
      locale: values.locale, team: values.team || null,
      roles: [...form.querySelectorAll('input[name="roles"]:checked')].map((box) => box.value),
      active: form.querySelector('#user-active').checked,
    };
  }

  async submit(event) {
    event.preventDefault();
    const form = event.target;
    const draft = this.draft(form);
    // not trimmed: a space may belong to a password
    const password = form.querySelector('#user-password')?.value ?? '';
    this.saving = true;
    this.errors = new FieldErrors();
    try {
      // the first password travels with the new user, so a refused password leaves no user without one
      const saved = this.user
        ? await api(`/users/${encodeURIComponent(this.user.id)}`, { method: 'PUT', body: draft, record: this.user })
        : await api('/users', { method: 'POST', body: { ...draft, password: password || null } });
      this.dispatchEvent(new CustomEvent('saved', { detail: { user: saved, created: !this.user } }));
    } catch (error) {
      this.errors = new FieldErrors(error, USER_FIELDS);
      if (error.status === 409) await this.reload();
      this.updateComplete.then(() => this.querySelector('[aria-invalid="true"]')?.focus());
    } finally {
      this.saving = false;
    }
  }

  /** After a conflict: the user as stored now, so the next save is checked against it. */
  async reload() {
    try {
      this.user = await api(`/users/${encodeURIComponent(this.user.id)}`);
      this.dispatchEvent(new CustomEvent('reloaded', { detail: this.user }));
    } catch {
      // the conflict message already says to try again
    }
  }

  render() {
    const u = this.user ?? { locale: 'en', roles: [], active: true };
    const e = this.errors;
    const roleErrors = nestedErrors(e, 'roles');
    return html`
      <form class="panel inline-form" id="user-form" novalidate @submit=${this.submit} aria-labelledby="user-form-heading"
        @keydown=${(ev) => { if (ev.key === 'Escape') this.dispatchEvent(new CustomEvent('cancel')); }}>
        <h2 id="user-form-heading">${this.user ? t('users.editTitle', { name: nameOf(this.user) }) : t('users.newTitle')}</h2>
        ${e.summary()}
        ${this.text('username', t('users.username'), u.username, { required: true, autocomplete: 'off' })}
        ${this.text('displayName', t('users.displayName'), u.displayName, { hint: t('users.displayNameHint') })}
        ${this.text('email', t('users.email'), u.email, { type: 'email', autocomplete: 'off' })}
        <div class="field">
          <label for="user-locale">${t('users.locale')}</label>
          <select id="user-locale" name="locale" aria-invalid=${aria(e, 'locale').invalid} aria-describedby=${aria(e, 'locale').describedBy}>
            ${LANGUAGES.map((lang) => html`<option value=${lang} ?selected=${(u.locale ?? 'en') === lang}>${t(`users.locale.${lang}`)}</option>`)}
          </select>
          ${e.for('locale')}
        </div>
        ${this.text('team', t('users.team'), u.team, { hint: t('users.teamHint') })}
        <fieldset class="field wide" id="user-roles" aria-describedby=${roleErrors.describedBy || nothing}>
          <legend>${t('users.roles')}</legend>
          ${this.roles.map((role) => html`
            <div class="field check">
              <input type="checkbox" id="user-role-${role.id}" name="roles" value=${role.id} data-role=${role.id}
                .checked=${u.roles.includes(role.id)} aria-invalid=${roleErrors.invalid}>
              <label for="user-role-${role.id}">${role.label}</label>
            </div>`)}
          ${roleErrors.messages}
        </fieldset>
        <div class="field check">
          <input type="checkbox" id="user-active" .checked=${u.active !== false} aria-describedby="user-active-hint">
          <label for="user-active">${t('users.activeLabel')}</label>
          <p class="hint" id="user-active-hint">${t('users.activeHint')}</p>
        </div>
        ${this.user ? nothing : this.text('password', t('users.password'), '', {
          type: 'password', autocomplete: 'new-password', hint: t('users.passwordHint', { min: MIN_PASSWORD }), minlength: MIN_PASSWORD,
        })}
        <div class="actions">
          <button type="submit" class="primary" id="save-user" ?disabled=${this.saving}>
            ${this.saving ? t('common.working') : t('common.save')}</button>
          <button type="button" id="cancel-user" @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>${t('common.cancel')}</button>
        </div>
      </form>`;
  }

  text(name, label, value, { type = 'text', required = false, hint = '', autocomplete = nothing, minlength = nothing } = {}) {
    const { invalid } = aria(this.errors, name);
    const hintId = hint ? `user-${name}-hint` : '';
    const describedBy = [hintId, this.errors.has(name) ? errorId(name) : ''].filter(Boolean).join(' ');
    return html`
      <div class="field">
        <label for="user-${name}">${label}${required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
        <input id="user-${name}" name=${name} type=${type} .value=${value ?? ''} ?required=${required}
          autocomplete=${autocomplete} minlength=${minlength} aria-invalid=${invalid} aria-describedby=${describedBy || nothing}>
        ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing}
        ${this.errors.for(name)}
      </div>`;
  }
}

/** Sets a user's password, typed twice; the server ends that user's sessions. Fires `saved` or `cancel`. */
class PasswordForm extends AtriumElement {
  static properties = { user: { attribute: false }, errors: { state: true }, saving: { state: true } };

  constructor() {
    super();
    this.errors = new FieldErrors();
  }

  firstUpdated() {
    this.querySelector('#new-password')?.focus();
  }

  async submit(event) {
    event.preventDefault();
    const form = event.target;
    const password = form.querySelector('#new-password').value;
    if (password !== form.querySelector('#repeat-password').value) {
      this.errors = new FieldErrors({ fieldErrors: [{ field: 'repeat', message: t('users.passwordMismatch') }] }, ['repeat']);
      this.updateComplete.then(() => this.querySelector('#repeat-password')?.focus());
      return;
    }
    this.saving = true;
    this.errors = new FieldErrors();
    try {
      await api(`/users/${encodeURIComponent(this.user.id)}/password`, { method: 'PUT', body: { password } });
      this.dispatchEvent(new CustomEvent('saved'));
    } catch (error) {
      this.errors = new FieldErrors(error, ['password']);
      this.updateComplete.then(() => this.querySelector('#new-password')?.focus());
    } finally {
      this.saving = false;
    }
  }

  render() {
    const e = this.errors;
    const own = this.user.id === signedInUser()?.id;
    return html`
      <form class="panel inline-form" id="password-form" novalidate @submit=${this.submit} aria-labelledby="password-heading"
        @keydown=${(ev) => { if (ev.key === 'Escape') this.dispatchEvent(new CustomEvent('cancel')); }}>
        <h2 id="password-heading">${t('users.passwordTitle', { name: nameOf(this.user) })}</h2>
        ${e.summary()}
        <div class="field wide">
          <p class="hint" id="password-hint">${t('users.passwordRules', { min: MIN_PASSWORD })}
            ${own ? t('users.passwordOwn') : t('users.passwordSessions')}</p>
        </div>
        <div class="field">
          <label for="new-password">${t('users.newPassword')}</label>
          <input id="new-password" type="password" autocomplete="new-password" minlength=${MIN_PASSWORD} required
            aria-invalid=${aria(e, 'password').invalid}
            aria-describedby=${['password-hint', e.has('password') ? errorId('password') : ''].filter(Boolean).join(' ')}>
          ${e.for('password')}
        </div>
        <div class="field">
          <label for="repeat-password">${t('users.repeatPassword')}</label>
          <input id="repeat-password" type="password" autocomplete="new-password" required
            aria-invalid=${aria(e, 'repeat').invalid} aria-describedby=${aria(e, 'repeat').describedBy}>
          ${e.for('repeat')}
        </div>
        <div class="actions">
          <button type="submit" class="primary" id="save-password" ?disabled=${this.saving}>
            ${this.saving ? t('common.working') : t('users.setPassword')}</button>
          <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>${t('common.cancel')}</button>
        </div>
      </form>`;
  }
}

/**
 * Creates or changes a role: a row per section with its access, record scope and hidden fields.
 * Grants for sections not offered now (a removed module's) are kept as they are.
 */
class RoleForm extends AtriumElement {
  // `record`, not `role`: every element has a `role` property, the ARIA attribute
  static properties = {
    record: { attribute: false }, sections: { attribute: false }, errors: { state: true }, saving: { state: true },
  };

  constructor() {
    super();
    this.errors = new FieldErrors();
  }

  firstUpdated() {
    this.querySelector(this.record ? '#role-label' : '#role-id')?.focus();
  }

  grants(form) {
    const offered = new Set(this.sections.map((s) => s.id));
    const grants = Object.fromEntries(Object.entries(this.record?.grants ?? {}).filter(([id]) => !offered.has(id)));
    for (const section of this.sections) {
      const row = form.querySelector(`tr[data-section="${section.id}"]`);
      const grant = {
        access: ACCESS.filter((a) => row.querySelector(`[data-access="${a}"]`).checked),
        scope: row.querySelector('[data-scope]').value,
        hiddenFields: commaList(row.querySelector('[data-hidden]').value),
      };
      // a built-in role without a grant falls back to the section's default, so it names every
      // section: unticking everything must take the access away, not bring the default back
      if (this.record?.builtIn || grant.access.length || grant.hiddenFields.length) grants[section.id] = grant;
    }
    return grants;
  }

  async submit(event) {
    event.preventDefault();
    const form = event.target;
    const values = formValues(form);
    const draft = { id: this.record?.id ?? values.id, label: values.label, grants: this.grants(form) };
    this.saving = true;
    this.errors = new FieldErrors();
    try {
      const saved = this.record
        ? await api(`/roles/${encodeURIComponent(this.record.id)}`, { method: 'PUT', body: draft, record: this.record })
        : await api('/roles', { method: 'POST', body: draft });
      this.dispatchEvent(new CustomEvent('saved', { detail: saved }));
    } catch (error) {
      // once created, the id has no input: its errors ("the admin role cannot be changed") go above the form
      const known = [...(this.record ? [] : ['id']), 'label', ...this.sections.map((s) => `grants.${s.id}`)];
      this.errors = new FieldErrors(error, known);
      if (error.status === 409) await this.reload();
      this.updateComplete.then(() => this.querySelector('[aria-invalid="true"]')?.focus());
    } finally {
      this.saving = false;
    }
  }

  async reload() {
    try {
      this.record = await api(`/roles/${encodeURIComponent(this.record.id)}`);
      this.dispatchEvent(new CustomEvent('reloaded', { detail: this.record }));
    } catch {
      // the conflict message already says to try again
    }
  }

  render() {
    const r = this.record ?? { id: '', label: '', builtIn: false, grants: {} };
    const e = this.errors;
    return html`
      <form class="panel" id="role-form" novalidate @submit=${this.submit} aria-labelledby="role-form-heading"
        @keydown=${(ev) => { if (ev.key === 'Escape') this.dispatchEvent(new CustomEvent('cancel')); }}>
        <h2 id="role-form-heading">${this.record ? t('roles.editTitle', { name: r.label }) : t('roles.newTitle')}</h2>
        ${e.summary()}
        <div class="inline-form">
          ${this.record ? nothing : html`
            <div class="field">
              <label for="role-id">${t('roles.id')} <span aria-hidden="true">*</span></label>
              <input id="role-id" name="id" required autocomplete="off"
                aria-invalid=${aria(e, 'id').invalid}
                aria-describedby=${['role-id-hint', e.has('id') ? errorId('id') : ''].filter(Boolean).join(' ')}>
              <p class="hint" id="role-id-hint">${t('roles.idHint')}</p>
              ${e.for('id')}
            </div>`}
          <div class="field">
            <label for="role-label">${t('roles.label')} <span aria-hidden="true">*</span></label>
            <input id="role-label" name="label" required .value=${r.label}
              aria-invalid=${aria(e, 'label').invalid} aria-describedby=${aria(e, 'label').describedBy}>
            ${e.for('label')}
          </div>
        </div>
        <div class="table-wrap">
          <table class="data" id="role-grants">
            <caption class="visually-hidden">${t('roles.grants')}</caption>
            <thead><tr>
              <th scope="col">${t('roles.section')}</th>
              ${ACCESS.map((a) => html`<th scope="col">${t(`roles.access.${a}`)}</th>`)}
              <th scope="col">${t('roles.scope')}</th>
              <th scope="col">${t('roles.hiddenFields')}</th>
            </tr></thead>
            <tbody>${this.sections.map((section) => this.renderGrant(r, section))}</tbody>
          </table>
        </div>
        <p class="hint" id="hidden-fields-hint">${t('roles.hiddenFieldsHint')}</p>
        <div class="actions">
          <button type="submit" class="primary" id="save-role" ?disabled=${this.saving}>
            ${this.saving ? t('common.working') : t('common.save')}</button>
          <button type="button" id="cancel-role" @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>${t('common.cancel')}</button>
        </div>
      </form>`;
  }

  renderGrant(role, section) {
    const grant = grantOf(role, section);
    const name = sectionName(section);
    const id = `grant-${section.id}`;
    const errors = nestedErrors(this.errors, `grants.${section.id}`);
    return html`
      <tr data-section=${section.id}>
        <th scope="row">${name}</th>
        ${ACCESS.map((a) => html`
          <td>
            <input type="checkbox" id="${id}-${a}" data-access=${a} .checked=${grant.access.includes(a)} aria-invalid=${errors.invalid}>
            <label for="${id}-${a}" class="visually-hidden">${t('roles.accessIn', { access: t(`roles.access.${a}`), section: name })}</label>
          </td>`)}
        <td>
          <label for="${id}-scope" class="visually-hidden">${t('roles.scopeIn', { section: name })}</label>
          <select id="${id}-scope" data-scope>
            ${SCOPES.map((s) => html`<option value=${s} ?selected=${grant.scope === s}>${t(`roles.scope.${s}`)}</option>`)}
          </select>
        </td>
        <td>
          <label for="${id}-hidden" class="visually-hidden">${t('roles.hiddenIn', { section: name })}</label>
          <input id="${id}-hidden" data-hidden .value=${grant.hiddenFields.join(', ')} aria-invalid=${errors.invalid}
            aria-describedby=${['hidden-fields-hint', errors.describedBy].filter(Boolean).join(' ')}>
          ${errors.messages}
        </td>
      </tr>`;
  }
}

customElements.define('user-form', UserForm);
customElements.define('password-form', PasswordForm);
customElements.define('role-form', RoleForm);
customElements.define('admin-users', AdminUsers);
