// The proposal page (filled in by the proposal screens commit).
import type { RouteProps } from '../../router';

/** ProposalPage shows one proposal. */
export function ProposalPage({ params }: RouteProps) {
  return <h1>{params.id}</h1>;
}
