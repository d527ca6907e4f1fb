// Drafts from records as read, for updates: a PUT replaces the whole record, so it carries every
// field the user sees; fields hidden from the user are absent and the server keeps them as stored.

const WITHOUT = ['id', 'createdAt', 'updatedAt', 'version', 'completedAt', 'closedAt', 'outcome'];

function draftOf(record) {
  const draft = { ...record };
  for (const key of WITHOUT) delete draft[key];
  return draft;
}

export const clientDraft = draftOf;
export const taskDraft = draftOf;
