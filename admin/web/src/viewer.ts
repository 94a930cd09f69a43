// Who is signed in, and what the API says they may do. The nav and the buttons follow this
// answer (Query.me, Query.permissions, Proposal.viewerActions), never a copy of the policy.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { graphql } from './gql';
import type { ViewerQuery } from './gql/graphql';
import type { Permission } from './router';

/** ViewerDoc loads the caller once after sign-in. */
export const ViewerDoc = graphql(`
  query Viewer {
    me {
      id
      displayName
      role
      email
      department {
        id
        name
      }
    }
    municipality {
      name
      deskName
    }
  }
`);

/** Viewer is the signed-in staff member and their rights. */
export interface Viewer {
  me: NonNullable<ViewerQuery['me']>;
  municipality: ViewerQuery['municipality'];
  /** permissions as Query.permissions answers; null until the API offers it. */
  permissions: { resource: string; action: string; scope: string }[] | null;
}

/** can answers whether the viewer holds a right; with no list from the API, every staff screen shows and the API refuses what is not allowed. */
export function can(v: Viewer, p: Permission | undefined): boolean {
  if (!p) return true;
  if (!v.permissions) return true;
  return v.permissions.some((x) => x.resource === p.resource && x.action === p.action);
}

/** ViewerContext hands the viewer to every screen. */
export const ViewerContext = createContext<Viewer | null>(null);

/** useViewer is the signed-in viewer; screens render only when there is one. */
export function useViewer(): Viewer {
  const v = useContext(ViewerContext);
  if (!v) throw new Error('useViewer outside a signed-in app');
  return v;
}
