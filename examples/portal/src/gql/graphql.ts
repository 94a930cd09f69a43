/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 行為者の種類。 / Kind of actor. */
export type ActorKind =
  /** 事業担当課。 / Department. */
  | 'DEPARTMENT'
  /** 公民連携デスク。 / Desk. */
  | 'DESK'
  /** 提案者。 / Proposer. */
  | 'PROPOSER';

/** 協定の絞り込み。 / Filter for agreements. */
export type AgreementFilter = {
  /** 種類。 / Kind. */
  kind?: AgreementKind | null | undefined;
  /** 締結先。 / Party organization. */
  partnerId?: string | number | null | undefined;
  /** キーワード（件名・目的・連携事項・締結先名。全角・半角、大文字・小文字、ひらがな・カタカナの違いは問わず、空白で区切った語をすべて含むもの）。 / Text search in title, purpose, items and party names (full- or half-width, case and hiragana or katakana do not matter; every space-separated word must occur). */
  search?: string | null | undefined;
  /** 締結日の範囲。 / Signing date range. */
  signedOn?: DateRange | null | undefined;
  /** 状態。 / Status. */
  status?: AgreementStatus | null | undefined;
};

/** 協定の種類。 / Kind of agreement. */
export type AgreementKind =
  /** 事業連携協定（特定の分野）。 / Business agreement on one field. */
  | 'BUSINESS'
  /** 包括連携協定（複数の分野）。 / Comprehensive agreement on several fields. */
  | 'COMPREHENSIVE'
  /** 覚書。 / Memorandum. */
  | 'MEMORANDUM';

/** 協定の状態。 / Whether an agreement is in force. */
export type AgreementStatus =
  /** 有効。 / In force. */
  | 'ACTIVE'
  /** 期間満了。 / Expired. */
  | 'EXPIRED'
  /** 締結予定。 / Planned. */
  | 'PLANNED'
  /** 解除。 / Terminated. */
  | 'TERMINATED';

/** 連携事例の分類。 / Category of a case study. */
export type CaseStudyCategory =
  /** 連携協定。 / Agreement. */
  | 'AGREEMENT'
  /** 実証実験。 / Field trial. */
  | 'DEMONSTRATION'
  /** その他。 / Other. */
  | 'OTHER'
  /** 連携事業。 / Partnership. */
  | 'PARTNERSHIP';

/** 連携事例の絞り込み。 / Filter for case studies. */
export type CaseStudyFilter = {
  /** 分類。 / Category. */
  category?: CaseStudyCategory | null | undefined;
  /** 実施自治体。 / Locality, exact name (青森市). */
  locality?: string | null | undefined;
  /** 連携先。 / Partner organization. */
  partnerId?: string | number | null | undefined;
  /** キーワード（件名・概要・実施自治体・事業名・タグ・連携先名。全角・半角、大文字・小文字、ひらがな・カタカナの違いは問わず、空白で区切った語をすべて含むもの）。 / Text search in title, summary, locality, program, tags and partner names (full- or half-width, case and hiragana or katakana do not matter; every space-separated word must occur). */
  search?: string | null | undefined;
  /** 開始日の範囲。 / Start date range. */
  startOn?: DateRange | null | undefined;
  /** タグ。 / Tag. */
  tag?: string | null | undefined;
};

/** 連絡先の入力。 / Contact data. */
export type ContactInput = {
  /** 所属。 / Affiliation. */
  affiliation: string;
  /** メールアドレス。 / Email. */
  email: string;
  /** 氏名。 / Name. */
  name: string;
  /** 電話番号。 / Phone. */
  phone: string;
};

/** 提案の作成。 / A new proposal. */
export type CreateProposalInput = {
  /** 内容。 / Body. */
  body?: string | null | undefined;
  /** 課題提案の対象（募集中に限る）。 / The challenge; it must be open now. */
  challengeId?: string | number | null | undefined;
  /** 連絡先。 / Contact. */
  contact?: ContactInput | null | undefined;
  /** 独自項目の値（null は変更なし、空リストで全消去）。 / Custom field values: null leaves them, [] clears all, a list replaces them. */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** 希望する連携手法。 / Desired scheme. */
  desiredScheme?: string | null | undefined;
  /** 種類。 / Kind. */
  kind: ProposalKind;
  /** メリット。 / Merits. */
  merits?: Array<MeritInput> | null | undefined;
  /** 提供リソース。 / Resources. */
  resources?: Array<ResourceInput> | null | undefined;
  /** 概要。 / Summary. */
  summary?: string | null | undefined;
  /** 件名。 / Title. */
  title: string;
};

/** 独自項目の型。 / The type of a custom field's value. */
export type CustomFieldType =
  /** はい・いいえ。 / Yes or no. */
  | 'BOOLEAN'
  /** 日付。 / A date. */
  | 'DATE'
  /** 複数行のテキスト（10,000文字まで）。 / Longer text, up to 10,000 characters. */
  | 'LONG_TEXT'
  /** 選択肢から複数。 / Any of the choices. */
  | 'MULTIPLE_CHOICE'
  /** 数値。 / A number. */
  | 'NUMBER'
  /** 選択肢から一つ。 / One of the choices. */
  | 'SINGLE_CHOICE'
  /** 一行のテキスト（200文字まで）。 / One line of text, up to 200 characters. */
  | 'TEXT';

/** 独自項目の値の入力（型に応じた一つだけを指定）。 / A value for one custom field: set only the member of its type. */
export type CustomFieldValueInput = {
  /** BOOLEAN の値。 / Value of a BOOLEAN field. */
  boolean?: boolean | null | undefined;
  /** SINGLE_CHOICE（一つ）・MULTIPLE_CHOICE の値。 / Chosen values: exactly one for SINGLE_CHOICE. */
  choices?: Array<string> | null | undefined;
  /** DATE の値。 / Value of a DATE field. */
  date?: string | null | undefined;
  /** 識別子。 / Key of the field. */
  key: string;
  /** NUMBER の値。 / Value of a NUMBER field. */
  number?: number | null | undefined;
  /** TEXT・LONG_TEXT の値。 / Value of a TEXT or LONG_TEXT field. */
  text?: string | null | undefined;
};

/** 日付の範囲（両端を含む）。 / An inclusive date range; either end may be omitted. */
export type DateRange = {
  /** 開始日。 / First day. */
  from?: string | null | undefined;
  /** 終了日。 / Last day. */
  to?: string | null | undefined;
};

/** お問合せの入力。 / Contact-form input. */
export type InquiryInput = {
  /** 所属。 / Affiliation. */
  affiliation?: string | null | undefined;
  /** 内容。 / Body. */
  body: string;
  /** メールアドレス。 / Email. */
  email: string;
  /** 氏名。 / Name. */
  name: string;
  /** 電話番号。 / Phone. */
  phone?: string | null | undefined;
  /** 件名。 / Subject. */
  subject: string;
};

/** メリットの入力。 / A merit. */
export type MeritInput = {
  /** 内容。 / Description. */
  description: string;
  /** 得る側。 / Side. */
  side: Side;
};

/** 新しい事業者等。 / A new organization, given at sign-up. */
export type NewOrganizationInput = {
  /** 所在地。 / Address. */
  address?: string | null | undefined;
  /** 法人番号（13桁）。 / Corporate number, validated by its check digit. */
  corporateNumber?: string | null | undefined;
  /** フリガナ。 / Name in katakana. */
  kana?: string | null | undefined;
  /** 種別（個人は不可。個人事業主は SOLE_PROPRIETOR）。 / Legal form; private individuals cannot propose, sole proprietors can. */
  kind: OrganizationKind;
  /** 名称。 / Name. */
  name: string;
  /** ウェブサイト。 / Website. */
  website?: string | null | undefined;
};

/** 事業者等の種別（個人は提案できない）。 / Legal form of an organization; private individuals cannot propose. */
export type OrganizationKind =
  /** 一般社団法人・協会・団体。 / Association. */
  | 'ASSOCIATION'
  /** 法人（株式会社など）。 / Corporation. */
  | 'CORPORATION'
  /** 金融機関。 / Financial institution. */
  | 'FINANCIAL_INSTITUTION'
  /** NPO法人。 / Non-profit organization. */
  | 'NPO'
  /** その他の団体。 / Other group. */
  | 'OTHER_GROUP'
  /** 個人事業主。 / Sole proprietor. */
  | 'SOLE_PROPRIETOR'
  /** 大学・高専・研究機関。 / University or research institute. */
  | 'UNIVERSITY';

/** 呼び出し元がいまこの提案にできる操作。 / A mutation the caller may perform on a proposal now. */
export type ProposalAction =
  /** 担当課に依頼する（assignProposal）。 / Assign departments (assignProposal). */
  | 'ASSIGN'
  /** ファイルを添付する（attachFile）。 / Attach a file (attachFile). */
  | 'ATTACH'
  /** 採否を決める（decideProposal）。 / Decide (decideProposal). */
  | 'DECIDE'
  /** 庁内メモを投稿する（postProposalMessage, internal: true）。 / Post an internal note (postProposalMessage, internal: true). */
  | 'INTERNAL_NOTE'
  /** 成果に結び付ける（linkProposalOutcome）。 / Link the outcome (linkProposalOutcome). */
  | 'LINK'
  /** 既読にする（markProposalRead）。 / Mark as read (markProposalRead). */
  | 'MARK_READ'
  /** 対話のメッセージを投稿する（postProposalMessage, internal: false）。 / Post a dialogue message (postProposalMessage, internal: false). */
  | 'MESSAGE'
  /** 担当課として回答する（respondToAssignment）。 / Answer the department's open assignment (respondToAssignment). */
  | 'RESPOND'
  /** 提出する（submitProposal）。 / Submit (submitProposal). */
  | 'SUBMIT'
  /** 下書きを更新する（updateProposal）。 / Update the draft (updateProposal). */
  | 'UPDATE'
  /** 取り下げる（withdrawProposal）。 / Withdraw (withdrawProposal). */
  | 'WITHDRAW';

/** 提案の絞り込み。 / Filter for proposals. */
export type ProposalFilter = {
  /** 行政課題。 / Challenge. */
  challengeId?: string | number | null | undefined;
  /** 担当課（依頼先）。 / Assigned department. */
  departmentId?: string | number | null | undefined;
  /** 種類。 / Kind. */
  kind?: ProposalKind | null | undefined;
  /** 要対応（true: 未読あり または 期限切れの依頼あり、false: どちらもなし）。 / Needs attention for the caller: true = unread messages or an overdue assignment; false = neither. */
  needsAttention?: boolean | null | undefined;
  /** キーワード（件名・概要・内容・提案者の名称。全角・半角、大文字・小文字、ひらがな・カタカナの違いは問わず、空白で区切った語をすべて含むもの）。 / Text search in title, summary, body and the proposing organization's name (full- or half-width, case and hiragana or katakana do not matter; every space-separated word must occur). */
  search?: string | null | undefined;
  /** 状態。 / Status. */
  status?: ProposalStatus | null | undefined;
  /** 提出日の範囲。 / Submission date range. */
  submittedOn?: DateRange | null | undefined;
};

/** 提案の種類。 / Kind of proposal. */
export type ProposalKind =
  /** 課題提案（公表された行政課題への提案）。 / Proposal answering a published challenge. */
  | 'CHALLENGE'
  /** 自由提案。 / Free proposal on any theme. */
  | 'FREE';

/** 提案の状態。 / State of a proposal. */
export type ProposalStatus =
  /** 採択。 / Accepted. */
  | 'ACCEPTED'
  /** 不採択。 / Declined. */
  | 'DECLINED'
  /** 下書き。 / Draft. */
  | 'DRAFT'
  /** 対話・庁内調整中。 / In dialogue. */
  | 'IN_DIALOGUE'
  /** 提出済み。 / Submitted. */
  | 'SUBMITTED'
  /** 取下げ。 / Withdrawn. */
  | 'WITHDRAWN';

/** 提供リソースの入力。 / A contributed resource. */
export type ResourceInput = {
  /** 内容。 / Description. */
  description: string;
  /** 種類。 / Kind. */
  kind: ResourceKind;
  /** 提供する側。 / Side. */
  side: Side;
};

/** 提供リソースの種類（ヒト/モノ/カネ/情報）。 / Kind of contributed resource. */
export type ResourceKind =
  /** モノ。 / Goods, facilities, fields. */
  | 'GOODS'
  /** 情報。 / Information, PR. */
  | 'INFORMATION'
  /** カネ。 / Money. */
  | 'MONEY'
  /** ヒト。 / People. */
  | 'PEOPLE';

/** 提供する側。 / Which party. */
export type Side =
  /** 市。 / The city. */
  | 'CITY'
  /** 事業者等。 / The partner. */
  | 'PARTNER';

/** 提案者の登録。 / Proposer sign-up. */
export type SignUpInput = {
  /** 表示名。 / Display name. */
  displayName: string;
  /** メールアドレス。 / Email. */
  email: string;
  /** 同僚からの招待トークン。 / Invitation token from a colleague. */
  invitationToken?: string | null | undefined;
  /** 代表する事業者等（新規）。招待で参加する場合は不要。 / The organization you act for; omit when joining by invitation. */
  organization?: NewOrganizationInput | null | undefined;
  /** パスワード（10文字以上）。 / Password, at least 10 characters. */
  password: string;
};

/** 提案の更新（下書きのみ、指定した項目のみ）。 / Changes to a draft; only the given fields change. */
export type UpdateProposalInput = {
  /** 内容。 / Body. */
  body?: string | null | undefined;
  /** 連絡先。 / Contact. */
  contact?: ContactInput | null | undefined;
  /** 独自項目の値（null は変更なし、空リストで全消去）。 / Custom field values: null leaves them, [] clears all, a list replaces them. */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** 希望する連携手法。 / Desired scheme. */
  desiredScheme?: string | null | undefined;
  /** メリット（置き換え）。 / Merits, replacing the list. */
  merits?: Array<MeritInput> | null | undefined;
  /** 提供リソース（置き換え）。 / Resources, replacing the list. */
  resources?: Array<ResourceInput> | null | undefined;
  /** 概要。 / Summary. */
  summary?: string | null | undefined;
  /** 件名。 / Title. */
  title?: string | null | undefined;
};

export type PortalCustomFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalCustomFieldsQuery = { customFieldDefinitions: Array<{ id: string, key: string, labelJa: string, type: CustomFieldType, required: boolean, order: number, choices: Array<{ value: string, labelJa: string }> }> };

export type PortalFrameQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalFrameQuery = { municipality: { name: string, deskName: string, phone: string, primaryColor: string, secondaryColor: string } };

export type PortalSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type PortalSignUpMutation = { signUp: { message: string } };

export type PortalConfirmSignUpMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type PortalConfirmSignUpMutation = { confirmSignUp: { token: string } };

export type PortalLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type PortalLoginMutation = { login: { token: string } };

export type PortalLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type PortalLogoutMutation = { logout: boolean };

export type PortalVerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type PortalVerifyEmailMutation = { verifyEmail: boolean };

export type PortalRequestResetMutationVariables = Exact<{
  email: string;
}>;


export type PortalRequestResetMutation = { requestPasswordReset: boolean };

export type PortalResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type PortalResetPasswordMutation = { resetPassword: { token: string } };

export type PortalCaseStudiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CaseStudyFilter | null | undefined;
}>;


export type PortalCaseStudiesQuery = { caseStudies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, title: string, locality: string, category: CaseStudyCategory, summary: string, startOn: string | null, tags: Array<string> } }> } };

export type PortalCaseStudyQueryVariables = Exact<{
  id?: string | number | null | undefined;
  slug?: string | null | undefined;
}>;


export type PortalCaseStudyQuery = { caseStudy: { id: string, slug: string, title: string, locality: string, program: string, category: CaseStudyCategory, startOn: string | null, endOn: string | null, dateNote: string, summary: string, tags: Array<string>, partners: Array<{ id: string, name: string }>, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, media: Array<{ id: string, url: string, alt: string, contentType: string }> } | null };

export type PortalAgreementsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AgreementFilter | null | undefined;
}>;


export type PortalAgreementsQuery = { agreements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: AgreementKind, title: string, purpose: string, status: AgreementStatus, signedOn: string | null, termStartOn: string | null, termEndOn: string | null, items: Array<string>, parties: Array<{ id: string, name: string }>, merits: Array<{ side: Side, description: string }> } }> } };

export type PortalMethodsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMethodsQuery = { collaborationMethods: { edges: Array<{ node: { id: string, name: string, description: string } }> } };

export type PortalInquiryMutationVariables = Exact<{
  input: InquiryInput;
}>;


export type PortalInquiryMutation = { submitInquiry: boolean };

export type PortalMyProposalsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProposalFilter | null | undefined;
}>;


export type PortalMyProposalsQuery = { me: { id: string, displayName: string, email: string | null, emailVerified: boolean | null, organization: { id: string, name: string } | null } | null, proposals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: ProposalStatus, submittedAt: string | null, updatedAt: string, unreadMessageCount: number } }> } };

export type PortalRequestVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type PortalRequestVerificationMutation = { requestEmailVerification: boolean };

export type PortalProposalFormQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalProposalFormQuery = { me: { id: string, displayName: string, email: string | null, emailVerified: boolean | null, organization: { name: string } | null } | null, proposalTerms: { version: string, text: string }, collaborationMethods: { edges: Array<{ node: { id: string, name: string } }> }, challenges: { edges: Array<{ node: { id: string, title: string } }> } };

export type PortalCreateProposalMutationVariables = Exact<{
  input: CreateProposalInput;
}>;


export type PortalCreateProposalMutation = { createProposal: { proposal: { id: string, version: number } } };

export type PortalUpdateProposalCustomFieldsMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateProposalInput;
}>;


export type PortalUpdateProposalCustomFieldsMutation = { updateProposal: { proposal: { id: string, version: number } } };

export type PortalAttachFileMutationVariables = Exact<{
  proposalId: string | number;
  file: File;
}>;


export type PortalAttachFileMutation = { attachFile: { id: string, fileName: string } };

export type PortalSubmitProposalMutationVariables = Exact<{
  id: string | number;
  acceptTerms: boolean;
}>;


export type PortalSubmitProposalMutation = { submitProposal: { proposal: { id: string, status: ProposalStatus } } };

export type PortalProposalQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalProposalQuery = { proposal: { id: string, kind: ProposalKind, title: string, summary: string, body: string, desiredScheme: string, status: ProposalStatus, submittedAt: string | null, decidedAt: string | null, viewerActions: Array<ProposalAction>, unreadMessageCount: number, challenge: { id: string, title: string } | null, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, contact: { affiliation: string, name: string, email: string, phone: string } | null, messages: Array<{ id: string, body: string, internal: boolean, createdAt: string, author: { kind: ActorKind, displayName: string | null, department: { name: string } | null } }>, history: Array<{ action: string, from: ProposalStatus | null, to: ProposalStatus | null, reason: string, at: string }>, attachments: Array<{ id: string, fileName: string, size: number, downloadUrl: string, createdAt: string }>, customFields: Array<{ key: string, text: string | null, number: number | null, date: string | null, boolean: boolean | null, choices: Array<string> | null, definition: { labelJa: string, type: CustomFieldType, choices: Array<{ value: string, labelJa: string }> } }> } | null, proposalTerms: { version: string, text: string } };

export type PortalPostMessageMutationVariables = Exact<{
  id: string | number;
  body: string;
}>;


export type PortalPostMessageMutation = { postProposalMessage: { proposal: { id: string } } };

export type PortalWithdrawMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type PortalWithdrawMutation = { withdrawProposal: { proposal: { id: string, status: ProposalStatus } } };

export type PortalMarkReadMutationVariables = Exact<{
  id: string | number;
}>;


export type PortalMarkReadMutation = { markProposalRead: { proposal: { id: string } } };

export type PortalTopQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalTopQuery = { municipality: { name: string, deskName: string, deskDepartment: string, postalCode: string, address: string, phone: string, email: string }, announcements: { edges: Array<{ node: { id: string, title: string, body: string, category: string, publishedAt: string | null } }> }, challenges: { totalCount: number, edges: Array<{ node: { id: string, title: string, background: string, desiredOutcome: string, tags: Array<string>, closesAt: string | null, department: { name: string } | null } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PortalCustomFieldsDocument = new TypedDocumentString(`
    query PortalCustomFields {
  customFieldDefinitions(target: PROPOSAL) {
    id
    key
    labelJa
    type
    required
    order
    choices {
      value
      labelJa
    }
  }
}
    `) as unknown as TypedDocumentString<PortalCustomFieldsQuery, PortalCustomFieldsQueryVariables>;
export const PortalFrameDocument = new TypedDocumentString(`
    query PortalFrame {
  municipality {
    name
    deskName
    phone
    primaryColor
    secondaryColor
  }
}
    `) as unknown as TypedDocumentString<PortalFrameQuery, PortalFrameQueryVariables>;
export const PortalSignUpDocument = new TypedDocumentString(`
    mutation PortalSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    message
  }
}
    `) as unknown as TypedDocumentString<PortalSignUpMutation, PortalSignUpMutationVariables>;
export const PortalConfirmSignUpDocument = new TypedDocumentString(`
    mutation PortalConfirmSignUp($token: String!, $password: String!) {
  confirmSignUp(token: $token, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<PortalConfirmSignUpMutation, PortalConfirmSignUpMutationVariables>;
export const PortalLoginDocument = new TypedDocumentString(`
    mutation PortalLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<PortalLoginMutation, PortalLoginMutationVariables>;
export const PortalLogoutDocument = new TypedDocumentString(`
    mutation PortalLogout {
  logout
}
    `) as unknown as TypedDocumentString<PortalLogoutMutation, PortalLogoutMutationVariables>;
export const PortalVerifyEmailDocument = new TypedDocumentString(`
    mutation PortalVerifyEmail($token: String!) {
  verifyEmail(token: $token)
}
    `) as unknown as TypedDocumentString<PortalVerifyEmailMutation, PortalVerifyEmailMutationVariables>;
export const PortalRequestResetDocument = new TypedDocumentString(`
    mutation PortalRequestReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<PortalRequestResetMutation, PortalRequestResetMutationVariables>;
export const PortalResetPasswordDocument = new TypedDocumentString(`
    mutation PortalResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, newPassword: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<PortalResetPasswordMutation, PortalResetPasswordMutationVariables>;
export const PortalCaseStudiesDocument = new TypedDocumentString(`
    query PortalCaseStudies($first: Int, $after: String, $filter: CaseStudyFilter) {
  caseStudies(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: START_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        slug
        title
        locality
        category
        summary
        startOn
        tags
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalCaseStudiesQuery, PortalCaseStudiesQueryVariables>;
export const PortalCaseStudyDocument = new TypedDocumentString(`
    query PortalCaseStudy($id: ID, $slug: String) {
  caseStudy(id: $id, slug: $slug) {
    id
    slug
    title
    locality
    program
    category
    partners {
      id
      name
    }
    startOn
    endOn
    dateNote
    summary
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    tags
    media {
      id
      url
      alt
      contentType
    }
  }
}
    `) as unknown as TypedDocumentString<PortalCaseStudyQuery, PortalCaseStudyQueryVariables>;
export const PortalAgreementsDocument = new TypedDocumentString(`
    query PortalAgreements($first: Int, $after: String, $filter: AgreementFilter) {
  agreements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: SIGNED_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        title
        purpose
        status
        parties {
          id
          name
        }
        signedOn(format: WAREKI)
        termStartOn(format: WAREKI)
        termEndOn(format: WAREKI)
        items
        merits {
          side
          description
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalAgreementsQuery, PortalAgreementsQueryVariables>;
export const PortalMethodsDocument = new TypedDocumentString(`
    query PortalMethods {
  collaborationMethods(first: 50) {
    edges {
      node {
        id
        name
        description
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalMethodsQuery, PortalMethodsQueryVariables>;
export const PortalInquiryDocument = new TypedDocumentString(`
    mutation PortalInquiry($input: InquiryInput!) {
  submitInquiry(input: $input)
}
    `) as unknown as TypedDocumentString<PortalInquiryMutation, PortalInquiryMutationVariables>;
export const PortalMyProposalsDocument = new TypedDocumentString(`
    query PortalMyProposals($first: Int, $after: String, $filter: ProposalFilter) {
  me {
    id
    displayName
    email
    emailVerified
    organization {
      id
      name
    }
  }
  proposals(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: UPDATED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        status
        submittedAt
        updatedAt
        unreadMessageCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalMyProposalsQuery, PortalMyProposalsQueryVariables>;
export const PortalRequestVerificationDocument = new TypedDocumentString(`
    mutation PortalRequestVerification {
  requestEmailVerification
}
    `) as unknown as TypedDocumentString<PortalRequestVerificationMutation, PortalRequestVerificationMutationVariables>;
export const PortalProposalFormDocument = new TypedDocumentString(`
    query PortalProposalForm {
  me {
    id
    displayName
    email
    emailVerified
    organization {
      name
    }
  }
  proposalTerms {
    version
    text
  }
  collaborationMethods(first: 50) {
    edges {
      node {
        id
        name
      }
    }
  }
  challenges(first: 50, filter: { isOpen: true }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalProposalFormQuery, PortalProposalFormQueryVariables>;
export const PortalCreateProposalDocument = new TypedDocumentString(`
    mutation PortalCreateProposal($input: CreateProposalInput!) {
  createProposal(input: $input) {
    proposal {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<PortalCreateProposalMutation, PortalCreateProposalMutationVariables>;
export const PortalUpdateProposalCustomFieldsDocument = new TypedDocumentString(`
    mutation PortalUpdateProposalCustomFields($id: ID!, $version: Int!, $input: UpdateProposalInput!) {
  updateProposal(id: $id, version: $version, input: $input) {
    proposal {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<PortalUpdateProposalCustomFieldsMutation, PortalUpdateProposalCustomFieldsMutationVariables>;
export const PortalAttachFileDocument = new TypedDocumentString(`
    mutation PortalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `) as unknown as TypedDocumentString<PortalAttachFileMutation, PortalAttachFileMutationVariables>;
export const PortalSubmitProposalDocument = new TypedDocumentString(`
    mutation PortalSubmitProposal($id: ID!, $acceptTerms: Boolean!) {
  submitProposal(id: $id, acceptTerms: $acceptTerms) {
    proposal {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PortalSubmitProposalMutation, PortalSubmitProposalMutationVariables>;
export const PortalProposalDocument = new TypedDocumentString(`
    query PortalProposal($id: ID!) {
  proposal(id: $id) {
    id
    kind
    title
    summary
    body
    desiredScheme
    status
    submittedAt
    decidedAt
    challenge {
      id
      title
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    contact {
      affiliation
      name
      email
      phone
    }
    messages {
      id
      body
      internal
      createdAt
      author {
        kind
        displayName
        department {
          name
        }
      }
    }
    history {
      action
      from
      to
      reason
      at
    }
    attachments {
      id
      fileName
      size
      downloadUrl
      createdAt
    }
    viewerActions
    unreadMessageCount
    customFields {
      key
      definition {
        labelJa
        type
        choices {
          value
          labelJa
        }
      }
      text
      number
      date
      boolean
      choices
    }
  }
  proposalTerms {
    version
    text
  }
}
    `) as unknown as TypedDocumentString<PortalProposalQuery, PortalProposalQueryVariables>;
export const PortalPostMessageDocument = new TypedDocumentString(`
    mutation PortalPostMessage($id: ID!, $body: String!) {
  postProposalMessage(proposalId: $id, body: $body, internal: false) {
    proposal {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PortalPostMessageMutation, PortalPostMessageMutationVariables>;
export const PortalWithdrawDocument = new TypedDocumentString(`
    mutation PortalWithdraw($id: ID!, $reason: String) {
  withdrawProposal(id: $id, reason: $reason) {
    proposal {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PortalWithdrawMutation, PortalWithdrawMutationVariables>;
export const PortalMarkReadDocument = new TypedDocumentString(`
    mutation PortalMarkRead($id: ID!) {
  markProposalRead(id: $id) {
    proposal {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PortalMarkReadMutation, PortalMarkReadMutationVariables>;
export const PortalTopDocument = new TypedDocumentString(`
    query PortalTop {
  municipality {
    name
    deskName
    deskDepartment
    postalCode
    address
    phone
    email
  }
  announcements(first: 5, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
    edges {
      node {
        id
        title
        body
        category
        publishedAt
      }
    }
  }
  challenges(
    first: 10
    filter: { isOpen: true }
    orderBy: { field: CLOSES_AT, direction: ASC }
  ) {
    totalCount
    edges {
      node {
        id
        title
        background
        desiredOutcome
        tags
        closesAt
        department {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalTopQuery, PortalTopQueryVariables>;