import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { LANGUAGES, preferredLanguage, setLanguage, currentLanguage, t, pick } from 'atrium/i18n.js';
import { loadSession, signIn, signOut, user, can } from 'atrium/session.js';
import { matchRoute, navigate } from 'atrium/router.js';
import { watchContributions, stopWatching, onContributionsChange, moduleMenus, modulePages } from 'atrium/contributions.js';
import { errorText } from 'atrium/forms.js';
import './pages/reminder-bar.js';
import 'atrium/menu-button.js';

// Core's views: the element that draws each, the script defining it, and who may open it.
const CORE_ROUTES = [
  { path: '/clients', element: 'client-list', script: './pages/client-list.js', section: 'clients' },
  { path: '/clients/new', element: 'client-form', script: './pages/client-form.js', section: 'clients', access: 'WRITE' },
  { path: '/clients/:clientId', element: 'client-card', script: './pages/client-card.js', section: 'clients' },
  { path: '/clients/:clientId/edit', element: 'client-form', script: './pages/client-form.js', section: 'clients', access: 'WRITE' },
  { path: '/duplicates', element: 'duplicate-groups', script: './pages/duplicate-groups.js', section: 'clients', access: 'WRITE' },
  { path: '/quality/issues', element: 'quality-issues', script: './pages/quality-issues.js', section: 'clients', access: 'WRITE' },
  { path: '/quality/dead-souls', element: 'dead-souls', script: './pages/dead-souls.js', section: 'clients', access: 'WRITE' },
  { path: '/pipeline', element: 'pipeline-board', script: './pages/pipeline-board.js', section: 'opportunities' },
  { path: '/pipeline/:pipelineId', element: 'pipeline-board', script: './pages/pipeline-board.js', section: 'opportunities' },
  { path: '/my-day', element: 'my-day', script: './pages/my-day.js', section: 'tasks' },
  { path: '/automation/rules', element: 'automation-rules', script: './pages/automation-rules.js', section: 'automation' },
  { path: '/automation/runs', element: 'automation-runs', script: './pages/automation-runs.js', section: 'automation' },
  { path: '/automation/templates', element: 'automation-templates', script: './pages/automation-templates.js', section: 'automation' },
  { path: '/automation/deliveries', element: 'automation-deliveries', script: './pages/automation-deliveries.js', section: 'automation' },
  { path: '/automation/forms', element: 'automation-forms', script: './pages/automation-forms.js', section: 'automation' },
  { path: '/automation/webhooks', element: 'automation-webhooks', script: './pages/automation-webhooks.js', section: 'automation' },
  { path: '/admin/modules', element: 'admin-modules', script: './pages/admin-modules.js', section: 'admin' },
  { path: '/admin/users', element: 'admin-users', script: './pages/admin-users.js', section: 'admin' },
  { path: '/admin/fields', element: 'admin-fields', script: './pages/admin-fields.js', section: 'settings', access: 'WRITE' },
  { path: '/admin/pipelines', element: 'admin-pipelines', script: './pages/admin-pipelines.js', section: 'settings', access: 'WRITE' },
];

// The top bar: core's sections first, then one menu per installed module, administration last.
// An entry with `items` is a menu button (a group with one entry the user may open is a plain link).
const CORE_MENU = [
  { route: '/clients', label: 'nav.clients', section: 'clients' },
  {
    id: 'quality', label: 'nav.quality', items: [
      { route: '/duplicates', label: 'nav.duplicates', section: 'clients', access: 'WRITE' },
      { route: '/quality/issues', label: 'nav.qualityIssues', section: 'clients', access: 'WRITE' },
      { route: '/quality/dead-souls', label: 'nav.deadSouls', section: 'clients', access: 'WRITE' },
    ],
  },
  { route: '/pipeline', label: 'nav.pipeline', section: 'opportunities' },
  { route: '/my-day', label: 'nav.myDay', section: 'tasks' },
  {
    id: 'automation', label: 'nav.automation', items: [
      { route: '/automation/rules', label: 'nav.rules', section: 'automation' },
      { route: '/automation/runs', label: 'nav.runs', section: 'automation' },
      { route: '/automation/templates', label: 'nav.templates', section: 'automation' },
      { route: '/automation/deliveries', label: 'nav.deliveries', section: 'automation' },
      { route: '/automation/forms', label: 'nav.forms', section: 'automation' },
      { route: '/automation/webhooks', label: 'nav.webhooks', section: 'automation' },
    ],
  },
];

// users and modules are the admin's; custom fields and pipelines whoever may change settings
const ADMIN_MENU = {
  id: 'admin', label: 'nav.admin', items: [
    { route: '/admin/modules', label: 'nav.modules', section: 'admin', access: 'READ' },
    { route: '/admin/users', label: 'nav.users', section: 'admin', access: 'READ' },
    { route: '/admin/fields', label: 'nav.fields', section: 'settings', access: 'WRITE' },
    { route: '/admin/pipelines', label: 'nav.pipelines', section: 'settings', access: 'WRITE' },
  ],
};

/** The application shell: sign-in, navigation by role and installed modules, language, the current view. */
class AtriumApp extends AtriumElement {
  static properties = {
    state: { state: true },
    error: { state: true },
    menuOpen: { state: true },
  };

  constructor() {
    super();
    this.state = 'starting';
    this.view = null;
    this.viewKey = null;
    this.menuOpen = false;
  }

  async connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', () => this.route());
    window.addEventListener('atrium-signed-out', () => this.signedOut());
    // Escape closes the narrow screen's menu and gives the focus back to its button
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.menuOpen) {
        this.menuOpen = false;
        this.querySelector('.menu-toggle')?.focus();
      }
    });
    onContributionsChange(() => {
      this.requestUpdate(); // the modules' menus
      this.route();
    });
    try {
      const session = await loadSession();
      await setLanguage(preferredLanguage(session?.user?.locale));
      if (session) await this.enter();
      else this.state = 'signed-out';
    } catch (error) {
      await setLanguage(preferredLanguage());
      this.error = errorText(error);
      this.state = 'signed-out';
    }
  }

  async enter() {
    await watchContributions();
    this.state = 'signed-in';
    if (!location.hash || location.hash === '#/' || location.hash === '#') navigate(this.firstRoute());
    else this.route();
  }

  firstRoute() {
    return CORE_MENU.find((entry) => entry.route && can(entry.section))?.route ?? (can('admin') ? '/admin/modules' : '/clients');
  }

  signedOut() {
    stopWatching();
    this.view = null;
    this.viewKey = null;
    this.state = 'signed-out';
  }

  routes() {
    const modules = modulePages().map((page) => ({
      path: page.route.startsWith('/') ? page.route : `/${page.route}`,
      element: page.element, section: page.moduleId, title: page.title,
    }));
    return [...CORE_ROUTES, ...modules];
  }

  async route() {
    if (this.state !== 'signed-in') return;
    const found = matchRoute(this.routes(), location.hash);
    if (!found) {
      this.show('not-found', null);
      return;
    }
    const { route, params } = found;
    if (!can(route.section, route.access ?? 'READ')) {
      this.show('forbidden', null);
      return;
    }
    const key = `${route.element}|${JSON.stringify(params)}`;
    if (key === this.viewKey) return;
    if (route.script) await import(route.script);
    const element = document.createElement(route.element);
    for (const [name, value] of Object.entries(params)) element[name] = value;
    // modules' elements read attributes, as the UiContribution contract says
    for (const [name, value] of Object.entries(params)) element.setAttribute(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value);
    this.show(key, element);
    document.title = `${route.title ? pick(route.title) : t(`title.${route.element}`)} · Atrium CRM`;
  }

  show(key, element) {
    this.viewKey = key;
    this.view = element;
    this.menuOpen = false;
    this.requestUpdate();
    this.updateComplete.then(() => this.querySelector('main')?.focus({ preventScroll: true }));
  }

  async submitSignIn(event) {
    event.preventDefault();
    const form = event.target;
    this.error = null;
    try {
      const session = await signIn(form.username.value.trim(), form.password.value);
      await setLanguage(preferredLanguage(session.user.locale));
      await this.enter();
    } catch (error) {
      this.error = error.status === 401 ? t('signIn.failed')
        : error.status === 423 ? t('signIn.locked') : errorText(error);
    }
  }

  async submitSignOut() {
    await signOut().catch(() => {});
    this.signedOut();
  }

  render() {
    if (this.state === 'starting') return html`<p class="loading" role="status">…</p>`;
    if (this.state === 'signed-out') return this.renderSignIn();
    return html`
      <a class="skip-link" href="#main" @click=${(e) => { e.preventDefault(); this.querySelector('main').focus(); }}>${t('nav.skip')}</a>
      <header class="topbar">
        <a class="brand" href="#/clients">Atrium CRM</a>
        <button type="button" class="menu-toggle" aria-controls="main-nav" aria-expanded=${String(this.menuOpen)}
          @click=${() => { this.menuOpen = !this.menuOpen; }}>${t('nav.menu')}</button>
        <nav id="main-nav" aria-label=${t('nav.label')} class=${this.menuOpen ? 'open' : ''}>
          <ul class="nav-bar">${this.navigation().map((item) => (item.items ? html`
            <li class="nav-group"><atrium-menu menu-id="menu-${item.id}" data-group=${item.id} .label=${item.text} .items=${item.items}></atrium-menu></li>` : html`
            <li><a href="#${item.route}" data-route=${item.route} aria-current=${item.current ? 'page' : nothing}>${item.text}</a></li>`))}
          </ul>
        </nav>
        <div class="user-tools">
          <label class="language">
            <span class="visually-hidden">${t('nav.language')}</span>
            <select id="language" @change=${(e) => setLanguage(e.target.value, true)}>
              ${LANGUAGES.map((lang) => html`<option value=${lang} ?selected=${lang === currentLanguage()}>${t(`language.${lang}`)}</option>`)}
            </select>
          </label>
          <span class="user-name">${user()?.displayName || user()?.username}</span>
          <button type="button" id="sign-out" @click=${this.submitSignOut}>${t('signIn.signOut')}</button>
        </div>
      </header>
      ${can('tasks') ? html`<reminder-bar></reminder-bar>` : nothing}
      <main id="main" tabindex="-1">${this.renderView()}</main>`;
  }

  renderView() {
    if (this.viewKey === 'not-found') return html`<section class="page"><h1>${t('error.notFoundTitle')}</h1><p>${t('error.notFound')}</p></section>`;
    if (this.viewKey === 'forbidden') return html`<section class="page"><h1>${t('error.forbiddenTitle')}</h1><p>${t('error.forbidden')}</p></section>`;
    return this.view ?? nothing;
  }

  /** What the top bar shows the user: links, and groups of them as menus; empty groups left out. */
  navigation() {
    const link = (route, text) => ({ route, text, current: this.isCurrent(route) });
    const group = (id, text, items) => (items.length > 1 ? { id, text, items } : items[0]);
    const coreItem = (item) => (item.items
      ? group(item.id, t(item.label), item.items.filter((i) => can(i.section, i.access)).map((i) => link(i.route, t(i.label))))
      : can(item.section, item.access) && link(item.route, t(item.label)));
    const modules = moduleMenus().filter((menu) => can(menu.moduleId)).map((menu) => group(`module-${menu.moduleId}`,
      pick(menu.name) || menu.moduleId,
      menu.entries.map((entry) => link(entry.route.startsWith('/') ? entry.route : `/${entry.route}`, pick(entry.label)))));
    return [...CORE_MENU.map(coreItem), ...modules, coreItem(ADMIN_MENU)].filter(Boolean);
  }

  isCurrent(route) {
    const path = location.hash.slice(1).split('?')[0];
    return path === route || path.startsWith(`${route}/`);
  }

  renderSignIn() {
    return html`
      <main id="main" class="sign-in-page">
        <form class="sign-in card" @submit=${this.submitSignIn} aria-labelledby="sign-in-heading">
          <h1 id="sign-in-heading">Atrium CRM</h1>
          <p>${t('signIn.intro')}</p>
          ${this.error ? html`<div class="alert" role="alert" id="sign-in-error">${this.error}</div>` : nothing}
          <div class="field">
            <label for="username">${t('signIn.username')}</label>
            <input id="username" name="username" required autocomplete="username" autofocus>
          </div>
          <div class="field">
            <label for="password">${t('signIn.password')}</label>
            <input id="password" name="password" type="password" required autocomplete="current-password">
          </div>
          <button type="submit" class="primary">${t('signIn.submit')}</button>
          <label class="language">${t('nav.language')}
            <select @change=${(e) => setLanguage(e.target.value, true)}>
              ${LANGUAGES.map((lang) => html`<option value=${lang} ?selected=${lang === currentLanguage()}>${t(`language.${lang}`)}</option>`)}
            </select>
          </label>
        </form>
      </main>`;
  }
}

customElements.define('atrium-app', AtriumApp);
