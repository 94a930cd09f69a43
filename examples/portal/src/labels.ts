// Japanese words for the API's enums, in one place so a municipality can reword them.
import type { AgreementKind, AgreementStatus, CaseStudyCategory, ProposalStatus, ResourceKind, Side } from './gql/graphql';

/** statusLabel names a proposal's state as the proposer reads it. */
export const statusLabel: Record<ProposalStatus, string> = {
  DRAFT: '下書き（未提出）',
  SUBMITTED: '提出済み',
  IN_DIALOGUE: '対話中',
  ACCEPTED: '採択',
  DECLINED: '不採択',
  WITHDRAWN: '取下げ',
};

/** categoryLabel names a case study's category. */
export const categoryLabel: Record<CaseStudyCategory, string> = {
  PARTNERSHIP: '連携事業',
  DEMONSTRATION: '実証実験',
  AGREEMENT: '連携協定',
  OTHER: 'その他',
};

/** agreementKindLabel names a kind of agreement. */
export const agreementKindLabel: Record<AgreementKind, string> = {
  BUSINESS: '事業連携協定',
  COMPREHENSIVE: '包括連携協定',
  MEMORANDUM: '覚書',
};

/** agreementStatusLabel names an agreement's state. */
export const agreementStatusLabel: Record<AgreementStatus, string> = {
  PLANNED: '締結予定',
  ACTIVE: '有効',
  EXPIRED: '期間満了',
  TERMINATED: '終了',
};

/** sideLabel names who contributes or benefits. */
export const sideLabel: Record<Side, string> = { CITY: '市', PARTNER: '事業者等' };

/** resourceKindLabel names a kind of resource (ヒト・モノ・カネ・情報). */
export const resourceKindLabel: Record<ResourceKind, string> = { PEOPLE: 'ヒト', GOODS: 'モノ', MONEY: 'カネ', INFORMATION: '情報' };
