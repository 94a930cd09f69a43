// Desk administration (inquiries, staff accounts, departments, webhooks, audit log). Each
// screen shows only when Query.permissions grants its right; see CONVENTIONS.md.
import { ta } from '../../i18n/addressing';
import { tf } from '../../i18n/customFields';
import { td } from '../../i18n/desk';
import { tg } from '../../i18n/governance';
import { ts } from '../../i18n/statistics';
import type { Route } from '../../router';
import { Accounts } from './accounts';
import { AuditLog } from './audit';
import { CustomFields } from './customFields';
import { Departments } from './departments';
import { Inquiries } from './inquiries';
import { InquiryPage } from './inquiry';
import { PersonalDataReads } from './personalDataReads';
import { Retention } from './retention';
import { MunicipalitySettings } from './settings';
import { Statistics } from './statistics';
import { WebhookPage } from './webhook';
import { Webhooks } from './webhooks';

/** deskRoutes are the desk administration screens (nav order 300–399). */
export const deskRoutes: Route[] = [
  { path: '/desk/inquiries/:id', component: InquiryPage, permission: { resource: 'inquiry', action: 'read' } },
  { path: '/desk/inquiries', component: Inquiries, nav: { label: () => td('navInquiries'), order: 300 }, permission: { resource: 'inquiry', action: 'read' } },
  { path: '/desk/accounts', component: Accounts, nav: { label: () => td('navAccounts'), order: 310 }, permission: { resource: 'account', action: 'createStaff' } },
  { path: '/desk/departments', component: Departments, nav: { label: () => td('navDepartments'), order: 320 }, permission: { resource: 'department', action: 'write' } },
  { path: '/desk/webhooks/:id', component: WebhookPage, permission: { resource: 'webhook', action: 'manage' } },
  { path: '/desk/webhooks', component: Webhooks, nav: { label: () => td('navWebhooks'), order: 330 }, permission: { resource: 'webhook', action: 'manage' } },
  { path: '/desk/custom-fields', component: CustomFields, nav: { label: () => tf('navCustomFields'), order: 350 }, permission: { resource: 'customField', action: 'manage' } },
  { path: '/desk/audit', component: AuditLog, nav: { label: () => td('navAudit'), order: 340 }, permission: { resource: 'audit', action: 'read' } },
  { path: '/desk/settings', component: MunicipalitySettings, nav: { label: () => ta('navSettings'), order: 360 }, permission: { resource: 'municipality', action: 'update' } },
  { path: '/desk/personal-data-reads', component: PersonalDataReads, nav: { label: () => tg('navReads'), order: 345 }, permission: { resource: 'personalDataRead', action: 'read' } },
  { path: '/desk/retention', component: Retention, nav: { label: () => tg('navRetention'), order: 346 }, permission: { resource: 'retention', action: 'read' } },
  { path: '/desk/statistics', component: Statistics, nav: { label: () => ts('nav'), order: 305 }, permission: { resource: 'statistics', action: 'readDesk' } },
];
