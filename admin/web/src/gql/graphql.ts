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

/** 協定の種類。 / Kind of agreement. */
export type AgreementKind =
  /** 事業連携協定（特定の分野）。 / Business agreement on one field. */
  | 'BUSINESS'
  /** 包括連携協定（複数の分野）。 / Comprehensive agreement on several fields. */
  | 'COMPREHENSIVE'
  /** 覚書。 / Memorandum. */
  | 'MEMORANDUM';

/** 日付の範囲（両端を含む）。 / An inclusive date range; either end may be omitted. */
export type DateRange = {
  /** 開始日。 / First day. */
  from?: string | null | undefined;
  /** 終了日。 / Last day. */
  to?: string | null | undefined;
};

/** 部署の階層。 / Level of a department. */
export type DepartmentKind =
  /** 局。 / Bureau. */
  | 'BUREAU'
  /** 部。 / Division. */
  | 'DIVISION'
  /** 課。 / Section. */
  | 'SECTION';

/** 採択した提案から作る協定（下書き）。 / A draft agreement made from an accepted proposal. */
export type NewOutcomeAgreementInput = {
  /** 種類。 / Kind. */
  kind: AgreementKind;
  /** 名称（省略時は提案の件名）。 / Title; the proposal's title when omitted. */
  title?: string | null | undefined;
};

/** 採択した提案から作る事業（下書き）。 / A draft project made from an accepted proposal. */
export type NewOutcomeProjectInput = {
  /** 種類。 / Kind. */
  kind: ProjectKind;
  /** 名称（省略時は提案の件名）。 / Title; the proposal's title when omitted. */
  title?: string | null | undefined;
};

/** 事業の種類。 / Scheme of a project. */
export type ProjectKind =
  /** 実証実験サポート事業。 / Supported field trial. */
  | 'DEMONSTRATION'
  /** パートナーシップ事業。 / Partnership project. */
  | 'PARTNERSHIP';

/** デスクの判断。 / The desk's decision. */
export type ProposalDecision =
  /** 採択。 / Accept. */
  | 'ACCEPTED'
  /** 不採択。 / Decline. */
  | 'DECLINED';

/** 提案の絞り込み。 / Filter for proposals. */
export type ProposalFilter = {
  /** 行政課題。 / Challenge. */
  challengeId?: string | number | null | undefined;
  /** 担当課（依頼先）。 / Assigned department. */
  departmentId?: string | number | null | undefined;
  /** 種類。 / Kind. */
  kind?: ProposalKind | null | undefined;
  /** キーワード（件名・概要・内容）。 / Text search in title, summary and body. */
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

/** アカウントの役割。 / Role of an account. */
export type Role =
  /** プラットフォーム運用者。 / Platform operator. */
  | 'ADMIN'
  /** 事業担当課の職員。 / Staff of a city department. */
  | 'DEPARTMENT'
  /** 公民連携デスクの職員。 / Staff of the PPP desk. */
  | 'DESK'
  /** 提案者（事業者等）。 / Proposer acting for an organization. */
  | 'PROPOSER';

/** 提供する側。 / Which party. */
export type Side =
  /** 市。 / The city. */
  | 'CITY'
  /** 事業者等。 / The partner. */
  | 'PARTNER';

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string } };

export type ProposalAssignMutationVariables = Exact<{
  id: string | number;
  departmentIds: Array<string | number> | string | number;
  dueOn?: string | null | undefined;
}>;


export type ProposalAssignMutation = { assignProposal: { proposal: { id: string, kind: ProposalKind, title: string, summary: string, body: string, desiredScheme: string, status: ProposalStatus, version: number, submittedAt: string | null, decidedAt: string | null, createdAt: string, challenge: { id: string, title: string } | null, organization: { name: string } | null, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, contact: { affiliation: string, name: string, email: string, phone: string } | null, assignments: Array<{ dueOn: string | null, opinion: string | null, feasible: boolean | null, respondedAt: string | null, department: { id: string, name: string } }>, messages: Array<{ id: string, body: string, internal: boolean, createdAt: string, author: { kind: ActorKind, displayName: string | null, department: { name: string } | null } }>, history: Array<{ action: string, from: ProposalStatus | null, to: ProposalStatus | null, reason: string, at: string, actor: { kind: ActorKind, displayName: string | null, department: { name: string } | null } | null }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, messageId: string | null, downloadUrl: string, createdAt: string }>, project: { id: string, title: string } | null, agreement: { id: string, title: string } | null } } };

export type ProposalRespondMutationVariables = Exact<{
  id: string | number;
  opinion: string;
  feasible: boolean;
}>;


export type ProposalRespondMutation = { respondToAssignment: { proposal: { id: string, kind: ProposalKind, title: string, summary: string, body: string, desiredScheme: string, status: ProposalStatus, version: number, submittedAt: string | null, decidedAt: string | null, createdAt: string, challenge: { id: string, title: string } | null, organization: { name: string } | null, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, contact: { affiliation: string, name: string, email: string, phone: string } | null, assignments: Array<{ dueOn: string | null, opinion: string | null, feasible: boolean | null, respondedAt: string | null, department: { id: string, name: string } }>, messages: Array<{ id: string, body: string, internal: boolean, createdAt: string, author: { kind: ActorKind, displayName: string | null, department: { name: string } | null } }>, history: Array<{ action: string, from: ProposalStatus | null, to: ProposalStatus | null, reason: string, at: string, actor: { kind: ActorKind, displayName: string | null, department: { name: string } | null } | null }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, messageId: string | null, downloadUrl: string, createdAt: string }>, project: { id: string, title: string } | null, agreement: { id: string, title: string } | null } } };

export type ProposalDecideMutationVariables = Exact<{
  id: string | number;
  decision: ProposalDecision;
  reason: string;
}>;


export type ProposalDecideMutation = { decideProposal: { proposal: { id: string, kind: ProposalKind, title: string, summary: string, body: string, desiredScheme: string, status: ProposalStatus, version: number, submittedAt: string | null, decidedAt: string | null, createdAt: string, challenge: { id: string, title: string } | null, organization: { name: string } | null, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, contact: { affiliation: string, name: string, email: string, phone: string } | null, assignments: Array<{ dueOn: string | null, opinion: string | null, feasible: boolean | null, respondedAt: string | null, department: { id: string, name: string } }>, messages: Array<{ id: string, body: string, internal: boolean, createdAt: string, author: { kind: ActorKind, displayName: string | null, department: { name: string } | null } }>, history: Array<{ action: string, from: ProposalStatus | null, to: ProposalStatus | null, reason: string, at: string, actor: { kind: ActorKind, displayName: string | null, department: { name: string } | null } | null }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, messageId: string | null, downloadUrl: string, createdAt: string }>, project: { id: string, title: string } | null, agreement: { id: string, title: string } | null } } };

export type ProposalLinkMutationVariables = Exact<{
  id: string | number;
  projectId?: string | number | null | undefined;
  agreementId?: string | number | null | undefined;
  newProject?: NewOutcomeProjectInput | null | undefined;
  newAgreement?: NewOutcomeAgreementInput | null | undefined;
}>;


export type ProposalLinkMutation = { linkProposalOutcome: { proposal: { id: string, kind: ProposalKind, title: string, summary: string, body: string, desiredScheme: string, status: ProposalStatus, version: number, submittedAt: string | null, decidedAt: string | null, createdAt: string, challenge: { id: string, title: string } | null, organization: { name: string } | null, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, contact: { affiliation: string, name: string, email: string, phone: string } | null, assignments: Array<{ dueOn: string | null, opinion: string | null, feasible: boolean | null, respondedAt: string | null, department: { id: string, name: string } }>, messages: Array<{ id: string, body: string, internal: boolean, createdAt: string, author: { kind: ActorKind, displayName: string | null, department: { name: string } | null } }>, history: Array<{ action: string, from: ProposalStatus | null, to: ProposalStatus | null, reason: string, at: string, actor: { kind: ActorKind, displayName: string | null, department: { name: string } | null } | null }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, messageId: string | null, downloadUrl: string, createdAt: string }>, project: { id: string, title: string } | null, agreement: { id: string, title: string } | null } } };

export type ProposalAssignDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalAssignDepartmentsQuery = { municipality: { departments: Array<{ id: string, name: string, kind: DepartmentKind, parent: { id: string } | null }> } };

export type ProposalLinkOutcomesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalLinkOutcomesQuery = { projects: { edges: Array<{ node: { id: string, title: string } }> }, agreements: { edges: Array<{ node: { id: string, title: string } }> } };

export type ProposalPostMessageMutationVariables = Exact<{
  proposalId: string | number;
  body: string;
  internal: boolean;
}>;


export type ProposalPostMessageMutation = { postProposalMessage: { proposal: { id: string, kind: ProposalKind, title: string, summary: string, body: string, desiredScheme: string, status: ProposalStatus, version: number, submittedAt: string | null, decidedAt: string | null, createdAt: string, challenge: { id: string, title: string } | null, organization: { name: string } | null, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, contact: { affiliation: string, name: string, email: string, phone: string } | null, assignments: Array<{ dueOn: string | null, opinion: string | null, feasible: boolean | null, respondedAt: string | null, department: { id: string, name: string } }>, messages: Array<{ id: string, body: string, internal: boolean, createdAt: string, author: { kind: ActorKind, displayName: string | null, department: { name: string } | null } }>, history: Array<{ action: string, from: ProposalStatus | null, to: ProposalStatus | null, reason: string, at: string, actor: { kind: ActorKind, displayName: string | null, department: { name: string } | null } | null }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, messageId: string | null, downloadUrl: string, createdAt: string }>, project: { id: string, title: string } | null, agreement: { id: string, title: string } | null } } };

export type ProposalAttachFileMutationVariables = Exact<{
  proposalId: string | number;
  file: File;
}>;


export type ProposalAttachFileMutation = { attachFile: { id: string, fileName: string } };

export type InboxRowFragment = { id: string, title: string, kind: ProposalKind, status: ProposalStatus, submittedAt: string | null, organization: { name: string } | null, challenge: { title: string } | null, assignments: Array<{ dueOn: string | null, respondedAt: string | null, department: { id: string, name: string } }> };

export type InboxProposalsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProposalFilter | null | undefined;
}>;


export type InboxProposalsQuery = { proposals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, kind: ProposalKind, status: ProposalStatus, submittedAt: string | null, organization: { name: string } | null, challenge: { title: string } | null, assignments: Array<{ dueOn: string | null, respondedAt: string | null, department: { id: string, name: string } }> } }> } };

export type InboxOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxOptionsQuery = { municipality: { departments: Array<{ id: string, name: string, parent: { id: string } | null }> }, challenges: { edges: Array<{ node: { id: string, title: string } }> } };

export type ProposalPageFieldsFragment = { id: string, kind: ProposalKind, title: string, summary: string, body: string, desiredScheme: string, status: ProposalStatus, version: number, submittedAt: string | null, decidedAt: string | null, createdAt: string, challenge: { id: string, title: string } | null, organization: { name: string } | null, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, contact: { affiliation: string, name: string, email: string, phone: string } | null, assignments: Array<{ dueOn: string | null, opinion: string | null, feasible: boolean | null, respondedAt: string | null, department: { id: string, name: string } }>, messages: Array<{ id: string, body: string, internal: boolean, createdAt: string, author: { kind: ActorKind, displayName: string | null, department: { name: string } | null } }>, history: Array<{ action: string, from: ProposalStatus | null, to: ProposalStatus | null, reason: string, at: string, actor: { kind: ActorKind, displayName: string | null, department: { name: string } | null } | null }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, messageId: string | null, downloadUrl: string, createdAt: string }>, project: { id: string, title: string } | null, agreement: { id: string, title: string } | null };

export type ProposalPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ProposalPageQuery = { proposal: { id: string, kind: ProposalKind, title: string, summary: string, body: string, desiredScheme: string, status: ProposalStatus, version: number, submittedAt: string | null, decidedAt: string | null, createdAt: string, challenge: { id: string, title: string } | null, organization: { name: string } | null, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, contact: { affiliation: string, name: string, email: string, phone: string } | null, assignments: Array<{ dueOn: string | null, opinion: string | null, feasible: boolean | null, respondedAt: string | null, department: { id: string, name: string } }>, messages: Array<{ id: string, body: string, internal: boolean, createdAt: string, author: { kind: ActorKind, displayName: string | null, department: { name: string } | null } }>, history: Array<{ action: string, from: ProposalStatus | null, to: ProposalStatus | null, reason: string, at: string, actor: { kind: ActorKind, displayName: string | null, department: { name: string } | null } | null }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, messageId: string | null, downloadUrl: string, createdAt: string }>, project: { id: string, title: string } | null, agreement: { id: string, title: string } | null } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, displayName: string, role: Role, email: string | null, department: { id: string, name: string } | null } | null, municipality: { name: string, deskName: string } };

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
export const InboxRowFragmentDoc = new TypedDocumentString(`
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}
    `, {"fragmentName":"InboxRow"}) as unknown as TypedDocumentString<InboxRowFragment, unknown>;
export const ProposalPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
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
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
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
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}
    `, {"fragmentName":"ProposalPageFields"}) as unknown as TypedDocumentString<ProposalPageFieldsFragment, unknown>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const ProposalAssignDocument = new TypedDocumentString(`
    mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
  assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
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
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
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
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`) as unknown as TypedDocumentString<ProposalAssignMutation, ProposalAssignMutationVariables>;
export const ProposalRespondDocument = new TypedDocumentString(`
    mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
  respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
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
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
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
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`) as unknown as TypedDocumentString<ProposalRespondMutation, ProposalRespondMutationVariables>;
export const ProposalDecideDocument = new TypedDocumentString(`
    mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
  decideProposal(id: $id, decision: $decision, reason: $reason) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
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
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
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
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`) as unknown as TypedDocumentString<ProposalDecideMutation, ProposalDecideMutationVariables>;
export const ProposalLinkDocument = new TypedDocumentString(`
    mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
  linkProposalOutcome(
    id: $id
    projectId: $projectId
    agreementId: $agreementId
    newProject: $newProject
    newAgreement: $newAgreement
  ) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
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
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
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
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`) as unknown as TypedDocumentString<ProposalLinkMutation, ProposalLinkMutationVariables>;
export const ProposalAssignDepartmentsDocument = new TypedDocumentString(`
    query ProposalAssignDepartments {
  municipality {
    departments {
      id
      name
      kind
      parent {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalAssignDepartmentsQuery, ProposalAssignDepartmentsQueryVariables>;
export const ProposalLinkOutcomesDocument = new TypedDocumentString(`
    query ProposalLinkOutcomes {
  projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalLinkOutcomesQuery, ProposalLinkOutcomesQueryVariables>;
export const ProposalPostMessageDocument = new TypedDocumentString(`
    mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
  postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
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
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
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
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`) as unknown as TypedDocumentString<ProposalPostMessageMutation, ProposalPostMessageMutationVariables>;
export const ProposalAttachFileDocument = new TypedDocumentString(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `) as unknown as TypedDocumentString<ProposalAttachFileMutation, ProposalAttachFileMutationVariables>;
export const InboxProposalsDocument = new TypedDocumentString(`
    query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
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
      cursor
      node {
        ...InboxRow
      }
    }
  }
}
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}`) as unknown as TypedDocumentString<InboxProposalsQuery, InboxProposalsQueryVariables>;
export const InboxOptionsDocument = new TypedDocumentString(`
    query InboxOptions {
  municipality {
    departments {
      id
      name
      parent {
        id
      }
    }
  }
  challenges(first: 100) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InboxOptionsQuery, InboxOptionsQueryVariables>;
export const ProposalPageDocument = new TypedDocumentString(`
    query ProposalPage($id: ID!) {
  proposal(id: $id) {
    ...ProposalPageFields
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
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
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
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
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`) as unknown as TypedDocumentString<ProposalPageQuery, ProposalPageQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;