import { api } from './api.js';
import { loadSession } from './session.js';

// What the installed modules add to the UI. Polled, so a module installed or removed anywhere
// (this page, another admin, the Karaf console) shows up or goes without a reload.

const POLL_MS = 3000;
const loadedScripts = new Map();
let contributions = [];
let timer = null;
const events = new EventTarget();

/** Loads a module's script once; the element it defines stays defined (browsers cannot undefine). */
function loadScript(url) {
  if (!loadedScripts.has(url)) {
    loadedScripts.set(url, import(url).catch((error) => {
      loadedScripts.delete(url);
      console.warn(`Could not load ${url}`, error);
    }));
  }
  return loadedScripts.get(url);
}

export async function refreshContributions() {
  let fresh;
  try {
    fresh = await api('/ui/contributions');
  } catch {
    return contributions;
  }
  const scripts = fresh.flatMap((c) => [...c.pages, ...c.clientTabs].map((view) => view.script));
  await Promise.all(scripts.map(loadScript));
  if (JSON.stringify(fresh) !== JSON.stringify(contributions)) {
    // a module brings its own section: what the user may do there is in a fresh session answer
    await loadSession().catch(() => {});
    contributions = fresh;
    events.dispatchEvent(new Event('change'));
  }
  return contributions;
}

export function watchContributions() {
  if (!timer) timer = setInterval(refreshContributions, POLL_MS);
  return refreshContributions();
}

export function stopWatching() {
  clearInterval(timer);
  timer = null;
}

export const onContributionsChange = (listener) => {
  events.addEventListener('change', listener);
  return () => events.removeEventListener('change', listener);
};

export const menuEntries = () => contributions.flatMap((c) => c.menuEntries.map((m) => ({ ...m, moduleId: c.moduleId })))
  .sort((a, b) => a.order - b.order);
/** The menu entries of each module under the module's name, in the order of their first entry. */
export const moduleMenus = () => contributions
  .filter((c) => c.menuEntries.length)
  .map((c) => ({ moduleId: c.moduleId, name: c.name, entries: [...c.menuEntries].sort((a, b) => a.order - b.order) }))
  .sort((a, b) => a.entries[0].order - b.entries[0].order || a.moduleId.localeCompare(b.moduleId));
export const modulePages = () => contributions.flatMap((c) => c.pages.map((p) => ({ ...p, moduleId: c.moduleId })));
export const clientTabs = () => contributions.flatMap((c) => c.clientTabs.map((tab) => ({ ...tab, moduleId: c.moduleId })))
  .sort((a, b) => a.order - b.order);
