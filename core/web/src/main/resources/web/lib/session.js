import { api, useCsrfToken } from './api.js';

// The signed-in user and what their roles allow, as /api/auth/session tells it.
let current = null;

export async function loadSession() {
  try {
    adopt(await api('/auth/session'));
  } catch (error) {
    if (error.status !== 401) throw error;
    current = null;
  }
  return current;
}

export async function signIn(username, password) {
  adopt(await api('/auth/login', { method: 'POST', body: { username, password } }));
  return current;
}

export async function signOut() {
  try {
    await api('/auth/logout', { method: 'POST' });
  } finally {
    current = null;
    useCsrfToken(null);
  }
}

function adopt(answer) {
  current = answer;
  useCsrfToken(answer.csrfToken);
}

export const user = () => current?.user ?? null;

/** Whether the user may READ, WRITE or DELETE in a section (a module's section is its id). */
export const can = (section, access = 'READ') => Boolean(current?.access?.[section]?.includes(access));

/** Whether the user's roles hide a field of a section (e.g. `legalEntities` of `clients`). */
export const hidden = (section, field) => Boolean(current?.hiddenFields?.[section]?.includes(field));
