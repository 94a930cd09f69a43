// The desk inbox and the proposal page; department staff reach the same screens, scoped by the API.
import type { Route } from '../../router';
import { tp } from '../../i18n/proposals';
import { Inbox } from './inbox';
import { ProposalPage } from './proposal';

/** proposalRoutes are the proposal screens (nav order 100–199). */
export const proposalRoutes: Route[] = [
  { path: '/proposals', component: Inbox, nav: { label: () => tp('navInbox'), order: 100 }, permission: { resource: 'proposal', action: 'read' } },
  { path: '/proposals/:id', component: ProposalPage, permission: { resource: 'proposal', action: 'read' } },
];
