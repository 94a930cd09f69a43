// What the API lets the caller do, for the desk screens' buttons, and the cursor state of
// their paged lists. Rights come from Query.permissions (the loaded policy), never from the
// role: when the app root already holds the list it is used, otherwise the screen asks once.
import { useState } from 'preact/hooks';
import { graphql } from '../../gql';
import { useQuery } from '../../hooks';
import { useViewer } from '../../viewer';

const DeskRightsDoc = graphql(`
  query DeskRights {
    permissions {
      resource
      action
    }
  }
`);

/** Rights answers whether the caller may do resource/action; false until the API has answered. */
export type Rights = (resource: string, action: string) => boolean;

/** useRights is the caller's rights as Query.permissions answers them. */
export function useRights(): Rights {
  const v = useViewer();
  const q = useQuery(DeskRightsDoc, {}, v.permissions !== null);
  const list = v.permissions ?? q.data?.permissions ?? [];
  return (resource, action) => list.some((p) => p.resource === resource && p.action === action);
}

/**
 * useCursor is the page cursor of a list whose filters are summed up in key: a new key
 * starts again at page one without an extra render.
 */
export function useCursor(key: string): [string | null, (after: string | null) => void] {
  const [cur, setCur] = useState<{ key: string; after: string | null }>({ key, after: null });
  return [cur.key === key ? cur.after : null, (after) => setCur({ key, after })];
}
