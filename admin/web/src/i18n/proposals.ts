// Labels of the proposal screens (desk inbox and proposal page).
import { defineDict } from '../i18n';

/** tp is the translator for the proposal screens. */
export const tp = defineDict(
  {
    navInbox: '提案の受付',
    inboxTitle: '提案の受付（一覧）',
  },
  {
    navInbox: 'Proposals',
    inboxTitle: 'Proposal inbox',
  },
);
