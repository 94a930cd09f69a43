// What the API lets the caller do, for the desk screens' buttons, and the cursor state of
// their paged lists. Rights come from Query.permissions (the loaded policy, loaded with the
// viewer), never from the role.
import { useState } from 'preact/hooks';
import { can, useViewer } from '../../viewer';

/** Rights answers whether the caller may do resource/action. */
export type Rights = (resource: string, action: string) => boolean;

/** useRights is the caller's rights as Query.permissions answered them at sign-in. */
export function useRights(): Rights {
  const v = useViewer();
  return (resource, action) => can(v, { resource, action });
}

/**
 * useCursor is the page cursor of a list whose filters are summed up in key: a new key
 * starts again at page one without an extra render.
 */
export function useCursor(key: string): [string | null, (after: string | null) => void] {
  const [cur, setCur] = useState<{ key: string; after: string | null }>({ key, after: null });
  return [cur.key === key ? cur.after : null, (after) => setCur({ key, after })];
}
