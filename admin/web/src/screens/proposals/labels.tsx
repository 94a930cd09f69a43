// Words and badges for proposal values, shared by the inbox and the proposal page.
import { tp } from '../../i18n/proposals';
import type { ProposalKind, ProposalStatus } from '../../gql/graphql';
import { Badge, type Tone } from '../../ui/badge';

/** statusLabel is the clerk's word for a proposal status. */
export function statusLabel(s: ProposalStatus): string {
  return tp(`status${s}`);
}

/** kindLabel is the clerk's word for a proposal kind. */
export function kindLabel(k: ProposalKind): string {
  return tp(`kind${k}`);
}

const tones: Record<ProposalStatus, Tone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  IN_DIALOGUE: 'warning',
  ACCEPTED: 'success',
  DECLINED: 'danger',
  WITHDRAWN: 'neutral',
};

/** StatusBadge shows a status as text in its colour. */
export function StatusBadge({ status }: { status: ProposalStatus }) {
  return (
    <Badge tone={tones[status]} testid="proposal-status">
      {statusLabel(status)}
    </Badge>
  );
}

/** statuses is the order of the inbox's status tabs. */
export const statuses: ProposalStatus[] = ['SUBMITTED', 'IN_DIALOGUE', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'DRAFT'];

/** sizeLabel writes a file size for a clerk. */
export function sizeLabel(n: number): string {
  if (n < 1024) return tp('bytes', { n });
  if (n < 1024 * 1024) return tp('kb', { n: (n / 1024).toFixed(1) });
  return tp('mb', { n: (n / 1024 / 1024).toFixed(1) });
}
