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
    permissions {
      resource
      action
      scope
    }
  }
`);

/** Viewer is the signed-in staff member and their rights. */
export interface Viewer {
  me: NonNullable<ViewerQuery['me']>;
  municipality: ViewerQuery['municipality'];
  /** permissions as Query.permissions answers for the viewer's role in this municipality. */
  permissions: ViewerQuery['permissions'];
}

/** can answers whether the viewer holds a right, as the API's permissions list says (a route without one is open to all staff). */
export function can(v: Viewer, p: Permission | undefined): boolean {
  if (!p) return true;
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
