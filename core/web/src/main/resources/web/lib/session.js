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

const segments = (path) => path.replace(/\[[^\]]*\]/g, '').split('.').filter(Boolean);

/**
 * Whether the user's roles hide a field of a section, by the server's rule: a hidden path applies at
 * every depth, so `legalEntities.inn` hides `legalEntities[0].inn` and `phones` a contact's phones.
 */
export const hidden = (section, field) => {
  const path = segments(field);
  return (current?.hiddenFields?.[section] ?? []).some((hiddenField) => {
    const parts = segments(hiddenField);
    for (let start = 0; parts.length && start + parts.length <= path.length; start += 1) {
      if (parts.every((part, i) => path[start + i] === part)) return true;
    }
    return false;
  });
};
