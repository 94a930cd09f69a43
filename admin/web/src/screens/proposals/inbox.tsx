// The desk inbox (filled in by the proposal screens commit).
import { tp } from '../../i18n/proposals';

/** Inbox lists proposals. */
export function Inbox() {
  return <h1>{tp('inboxTitle')}</h1>;
}
