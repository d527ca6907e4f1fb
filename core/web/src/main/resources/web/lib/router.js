// Hash routes (#/clients/42): a bookmark or a reload opens the same view, and the server needs
// only one page. Patterns name their parameters with a colon.

export function matchRoute(routes, hash) {
  const path = decodeURIComponent(hash.replace(/^#/, '').split('?')[0]) || '/';
  for (const route of routes) {
    const names = [];
    const pattern = new RegExp(`^${route.path.replace(/:(\w+)/g, (_, name) => { names.push(name); return '([^/]+)'; })}$`);
    const found = pattern.exec(path);
    if (found) return { route, params: Object.fromEntries(names.map((name, i) => [name, found[i + 1]])) };
  }
  return null;
}

export const navigate = (path) => {
  location.hash = `#${path}`;
};
