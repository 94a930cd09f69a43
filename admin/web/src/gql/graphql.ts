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

/** 協定の入力（更新では指定した項目のみ変更、リストは置き換え）。 / Agreement fields; lists replace. */
export type AgreementInput = {
  /** 独自項目の値（null は変更なし、空リストで全消去）。 / Custom field values: null leaves them, [] clears all, a list replaces them. */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** 連携事項。 / Fields of cooperation. */
  items?: Array<string> | null | undefined;
  /** 種類。 / Kind. */
  kind?: AgreementKind | null | undefined;
  /** 期待される効果。 / Expected effects per side. */
  merits?: Array<MeritInput> | null | undefined;
  /** 締結先。 / Parties. */
  partyIds?: Array<string | number> | null | undefined;
  /** 目的。 / Purpose. */
  purpose?: string | null | undefined;
  /** 検索エンジン・共有向けの説明文（300文字まで）。 / Description for search engines and link previews, at most 300 characters. */
  seoDescription?: string | null | undefined;
  /** 共有用画像（この項目の画像のID。空文字で外す）。 / Share image: the ID of one of this item's images; an empty string removes it. */
  shareImageId?: string | number | null | undefined;
  /** 締結日。 / Signed on. */
  signedOn?: string | null | undefined;
  /** URLスラッグ（省略時は作成時に件名の英数字から、なければ「種類-番号」）。 / URL slug; left out on creation, it is made from the title's ASCII words, else <type>-<id> (case-study-12). */
  slug?: string | null | undefined;
  /** 状態。 / Status. */
  status?: AgreementStatus | null | undefined;
  /** 期間の終了日。 / Term end. */
  termEndOn?: string | null | undefined;
  /** 期間の開始日。 / Term start. */
  termStartOn?: string | null | undefined;
  /** 名称。 / Title. */
  title?: string | null | undefined;
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

/** お知らせの絞り込み。 / Filter for announcements. */
export type AnnouncementFilter = {
  /** 区分。 / Category. */
  category?: string | null | undefined;
  /** 公開日の範囲。 / Publish date range. */
  publishedOn?: DateRange | null | undefined;
  /** キーワード（件名・本文。全角・半角、大文字・小文字、ひらがな・カタカナの違いは問わず、空白で区切った語をすべて含むもの）。 / Text search in title and body (full- or half-width, case and hiragana or katakana do not matter; every space-separated word must occur). */
  search?: string | null | undefined;
};

/** お知らせの入力（更新では指定した項目のみ変更）。 / Announcement fields; an update changes only those given. */
export type AnnouncementInput = {
  /** 本文。 / Body. */
  body?: string | null | undefined;
  /** 区分。 / Category. */
  category?: string | null | undefined;
  /** 独自項目の値（null は変更なし、空リストで全消去）。 / Custom field values: null leaves them, [] clears all, a list replaces them. */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** 検索エンジン・共有向けの説明文（300文字まで）。 / Description for search engines and link previews, at most 300 characters. */
  seoDescription?: string | null | undefined;
  /** 共有用画像（この項目の画像のID。空文字で外す）。 / Share image: the ID of one of this item's images; an empty string removes it. */
  shareImageId?: string | number | null | undefined;
  /** URLスラッグ（省略時は作成時に件名の英数字から、なければ「種類-番号」）。 / URL slug; left out on creation, it is made from the title's ASCII words, else <type>-<id> (case-study-12). */
  slug?: string | null | undefined;
  /** 件名。 / Title. */
  title?: string | null | undefined;
};

/** 監査ログの絞り込み（すべて省略可、指定したものすべてに合う記録）。 / Filter for the audit log: every field is optional, an entry matches all fields given. */
export type AuditFilter = {
  /** 操作（例: inquiry.close）。「.」で終わると前方一致（例: inquiry.）。 / Action, e.g. inquiry.close; one ending in a dot matches by prefix (inquiry.). */
  action?: string | null | undefined;
  /** 操作したアカウント。 / The acting account. */
  actorId?: string | number | null | undefined;
  /** この日時以降。 / At or after this time. */
  from?: string | null | undefined;
  /** 対象のID。 / The target's global ID. */
  targetId?: string | number | null | undefined;
  /** 対象の種類（例: Inquiry、Department）。大文字小文字は区別しない。 / Target type, e.g. Inquiry or Department, compared case-insensitively. */
  targetType?: string | null | undefined;
  /** この日時より前。 / Before this time. */
  to?: string | null | undefined;
};

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

/** 連携事例の入力（更新では指定した項目のみ変更、リストは置き換え）。 / Case-study fields; lists replace. */
export type CaseStudyInput = {
  /** 分類。 / Category. */
  category?: CaseStudyCategory | null | undefined;
  /** 独自項目の値（null は変更なし、空リストで全消去）。 / Custom field values: null leaves them, [] clears all, a list replaces them. */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** 日程（原文）。 / Schedule as written. */
  dateNote?: string | null | undefined;
  /** 終了日。 / Last day. */
  endOn?: string | null | undefined;
  /** 実施自治体。 / Locality. */
  locality?: string | null | undefined;
  /** メリット。 / Merits per side. */
  merits?: Array<MeritInput> | null | undefined;
  /** 連携先。 / Partner organizations. */
  partnerIds?: Array<string | number> | null | undefined;
  /** プログラム名。 / Programme. */
  program?: string | null | undefined;
  /** 提供リソース。 / Resources per side and kind. */
  resources?: Array<ResourceInput> | null | undefined;
  /** 検索エンジン・共有向けの説明文（300文字まで）。 / Description for search engines and link previews, at most 300 characters. */
  seoDescription?: string | null | undefined;
  /** 共有用画像（この項目の画像のID。空文字で外す）。 / Share image: the ID of one of this item's images; an empty string removes it. */
  shareImageId?: string | number | null | undefined;
  /** URLスラッグ（省略時は作成時に件名の英数字から、なければ「種類-番号」）。 / URL slug; left out on creation, it is made from the title's ASCII words, else <type>-<id> (case-study-12). */
  slug?: string | null | undefined;
  /** 開始日。 / First day. */
  startOn?: string | null | undefined;
  /** 概要。 / Summary. */
  summary?: string | null | undefined;
  /** タグ。 / Tags. */
  tags?: Array<string> | null | undefined;
  /** 名称。 / Title. */
  title?: string | null | undefined;
};

/** 行政課題の絞り込み。 / Filter for challenges. */
export type ChallengeFilter = {
  /** 募集終了日の範囲。 / Closing date range. */
  closesOn?: DateRange | null | undefined;
  /** 担当課（下位部署を含む）。 / Owning department, including its sub-departments. */
  departmentId?: string | number | null | undefined;
  /** 募集中かどうか。 / Open for proposals now, or not. */
  isOpen?: boolean | null | undefined;
  /** キーワード（件名・背景・求める成果・タグ。全角・半角、大文字・小文字、ひらがな・カタカナの違いは問わず、空白で区切った語をすべて含むもの）。 / Text search in title, background, desired outcome and tags (full- or half-width, case and hiragana or katakana do not matter; every space-separated word must occur). */
  search?: string | null | undefined;
  /** タグ。 / Tag. */
  tag?: string | null | undefined;
};

/** 行政課題の入力（更新では指定した項目のみ変更）。 / Challenge fields; an update changes only those given. */
export type ChallengeInput = {
  /** 背景。 / Background. */
  background?: string | null | undefined;
  /** 募集終了。 / Window closes. */
  closesAt?: string | null | undefined;
  /** 独自項目の値（null は変更なし、空リストで全消去）。 / Custom field values: null leaves them, [] clears all, a list replaces them. */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** 担当課。 / Owning department. */
  departmentId?: string | number | null | undefined;
  /** 求める成果。 / Desired outcome. */
  desiredOutcome?: string | null | undefined;
  /** 募集開始。 / Window opens. */
  opensAt?: string | null | undefined;
  /** 検索エンジン・共有向けの説明文（300文字まで）。 / Description for search engines and link previews, at most 300 characters. */
  seoDescription?: string | null | undefined;
  /** 共有用画像（この項目の画像のID。空文字で外す）。 / Share image: the ID of one of this item's images; an empty string removes it. */
  shareImageId?: string | number | null | undefined;
  /** URLスラッグ（省略時は作成時に件名の英数字から、なければ「種類-番号」）。 / URL slug; left out on creation, it is made from the title's ASCII words, else <type>-<id> (case-study-12). */
  slug?: string | null | undefined;
  /** タグ。 / Tags. */
  tags?: Array<string> | null | undefined;
  /** 件名。 / Title. */
  title?: string | null | undefined;
};

/** その他連携手法の入力。 / Collaboration method fields; an update changes only those given. */
export type CollaborationMethodInput = {
  /** 内容。 / Description. */
  description?: string | null | undefined;
  /** 識別子。 / Stable key. */
  key?: string | null | undefined;
  /** 名称。 / Name. */
  name?: string | null | undefined;
  /** 並び順。 / Position. */
  position?: number | null | undefined;
};

/** 選択肢の入力。 / One choice. */
export type CustomFieldChoiceInput = {
  /** 英語の表示（省略時は空）。 / English label; empty when omitted. */
  labelEn?: string | null | undefined;
  /** 日本語の表示。 / Japanese label. */
  labelJa: string;
  /** 値。 / Value. */
  value: string;
};

/** 独自項目の定義の入力。 / A custom field definition. */
export type CustomFieldDefinitionInput = {
  /** 選択肢（選択型は1つ以上、値は重複不可）。 / Choices: at least one for choice types, values unique; none for other types. */
  choices?: Array<CustomFieldChoiceInput> | null | undefined;
  /** 提案での値の開示区分の既定値。作成では省略・null とも方針どおり。更新では省略すると保存済みの区分と理由をそのまま保ち、null で方針どおりに戻す。 / Default disclosure level of the field's values on proposals. On create, omitted or null means the policy's default; on update, omitting it keeps the stored level and reason, and an explicit null returns to the policy's default. */
  disclosureLevel?: DisclosureLevel | null | undefined;
  /** 開示区分の既定値の理由（開示以外は必須。更新で区分とともに省略すると保存済みの理由を保つ）。 / Reason of the default level; required for any level but DISCLOSABLE; on update, omitting it together with disclosureLevel keeps the stored reason. */
  disclosureReason?: string | null | undefined;
  /** 識別子（変更不可。更新では同じ値）。 / Key; an update must give the same key or a new unused one. */
  key: string;
  /** 英語の名称（省略時は空）。 / English label; empty when omitted. */
  labelEn?: string | null | undefined;
  /** 日本語の名称。 / Japanese label. */
  labelJa: string;
  /** 並び順（省略時は末尾）。 / Position; last when omitted. */
  order?: number | null | undefined;
  /** 必須か（省略時は false）。 / Required; false when omitted. */
  required?: boolean | null | undefined;
  /** 対象（更新では変更不可）。 / Target; cannot change on update. */
  target: CustomFieldTarget;
  /** 型（更新では変更不可）。 / Type; cannot change on update. */
  type: CustomFieldType;
  /** 読める人（省略時は STAFF）。 / Who may read it; STAFF when omitted. */
  visibility?: CustomFieldVisibility | null | undefined;
};

/** 独自項目の対象。 / What a custom field belongs to. */
export type CustomFieldTarget =
  /** 協定。 / Agreements. */
  | 'AGREEMENT'
  /** お知らせ。 / Announcements. */
  | 'ANNOUNCEMENT'
  /** 連携事例。 / Case studies. */
  | 'CASE_STUDY'
  /** 行政課題。 / Challenges. */
  | 'CHALLENGE'
  /** 連携事業。 / Projects. */
  | 'PROJECT'
  /** 提案。 / Proposals. */
  | 'PROPOSAL';

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

/** 独自項目を読める人。 / Who may read a custom field's values. */
export type CustomFieldVisibility =
  /** 提案した団体と職員。コンテンツの項目では STAFF と同じ。 / The proposing organization of that proposal and staff; on content targets this means the same as STAFF. */
  | 'PROPOSER'
  /** その項目を読める人全員（公開コンテンツは誰でも、提案は提案者と職員）。公開データにも含まれる。 / Whoever may read the item (published content: anyone; a proposal: its proposer and staff); included in open-data exports. */
  | 'PUBLIC'
  /** この自治体の職員（デスク・担当課）のみ。 / Staff of the municipality (desk and departments) only. */
  | 'STAFF';

/** 日付の範囲（両端を含む）。 / An inclusive date range; either end may be omitted. */
export type DateRange = {
  /** 開始日。 / First day. */
  from?: string | null | undefined;
  /** 終了日。 / Last day. */
  to?: string | null | undefined;
};

/** 部署の入力。 / Department fields; an update changes only those given. */
export type DepartmentInput = {
  /** 階層。 / Level. */
  kind?: DepartmentKind | null | undefined;
  /** 名称。 / Name. */
  name?: string | null | undefined;
  /** 上位部署。 / Parent. */
  parentId?: string | number | null | undefined;
  /** 並び順。 / Position. */
  position?: number | null | undefined;
};

/** 部署の階層。 / Level of a department. */
export type DepartmentKind =
  /** 局。 / Bureau. */
  | 'BUREAU'
  /** 部。 / Division. */
  | 'DIVISION'
  /** 課。 / Section. */
  | 'SECTION';

/** 開示用写しの形式。 / Format of a disclosure copy. */
export type DisclosureFormat =
  /** HTML。 / HTML. */
  | 'HTML'
  /** PDF（日本語フォント埋め込み）。 / PDF with the Japanese font embedded. */
  | 'PDF';

/** 開示区分。 / Disclosure level of a part of a record. */
export type DisclosureLevel =
  /** 開示。 / Disclosable. */
  | 'DISCLOSABLE'
  /** 個人情報（不開示）。 / Personal data: withheld. */
  | 'PERSONAL_DATA'
  /** 法人等の正当な利益を害するおそれのある情報（不開示）。 / Protected business information: withheld. */
  | 'PROTECTED_BUSINESS'
  /** その他の理由により不開示（理由を記載）。 / Withheld on another stated ground. */
  | 'WITHHELD_OTHER';

/** 開示区分の対象（いずれか一つ）。 / The part of a proposal a disclosure level applies to: exactly one of field, attachmentId, messageId. */
export type DisclosureTargetInput = {
  /** 提案の添付ファイル。 / An attachment of the proposal or of one of its messages. */
  attachmentId?: string | number | null | undefined;
  /** 提案の項目名（Proposal.disclosure の field）。 / A field of the proposal, as Proposal.disclosure names it. */
  field?: string | null | undefined;
  /** 提案のメッセージ・庁内メモ。 / A message or internal note of the proposal. */
  messageId?: string | number | null | undefined;
};

/** 回答の入力。 / An answer to an inquiry. */
export type InquiryReplyInput = {
  /** 本文。 / Body. */
  body: string;
  /** 件名（省略時は「Re: お問合せの件名」）。 / Subject (default: Re: and the inquiry's subject). */
  subject?: string | null | undefined;
};

/** お問合せの状態。 / State of an inquiry. */
export type InquiryStatus =
  /** 対応済み。 / Closed. */
  | 'CLOSED'
  /** 未対応。 / Open. */
  | 'OPEN';

/** メリットの入力。 / A merit. */
export type MeritInput = {
  /** 内容。 / Description. */
  description: string;
  /** 得る側。 / Side. */
  side: Side;
};

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

/** 閲覧記録の絞り込み（すべて省略可、指定したものすべてに合う記録）。 / Filter for the log: every field is optional, an entry matches all fields given. */
export type PersonalDataReadFilter = {
  /** この日時以降。 / At or after this time. */
  from?: string | null | undefined;
  /** 閲覧した職員のアカウントID。 / The reading staff account's global ID. */
  readerId?: string | number | null | undefined;
  /** 記録のグローバルID（提案・お問合せ・アカウント・添付ファイル、閲覧記録そのものは自治体のID）。 / The record's global ID (a proposal, inquiry, account or attachment; the municipality's for reads of this log). */
  recordId?: string | number | null | undefined;
  /** この日時より前。 / Before this time. */
  to?: string | null | undefined;
};

/** 連携事業の絞り込み。 / Filter for projects. */
export type ProjectFilter = {
  /** 担当課（下位部署を含む）。 / Lead department, including sub-departments. */
  departmentId?: string | number | null | undefined;
  /** 種類。 / Kind. */
  kind?: ProjectKind | null | undefined;
  /** 連携先。 / Partner organization. */
  partnerId?: string | number | null | undefined;
  /** キーワード（件名・概要・場所・連携先名。全角・半角、大文字・小文字、ひらがな・カタカナの違いは問わず、空白で区切った語をすべて含むもの）。 / Text search in title, summary, site and partner names (full- or half-width, case and hiragana or katakana do not matter; every space-separated word must occur). */
  search?: string | null | undefined;
  /** 開始日の範囲。 / Start date range. */
  startOn?: DateRange | null | undefined;
  /** 状態。 / Status. */
  status?: ProjectStatus | null | undefined;
};

/** 連携事業の入力（更新では指定した項目のみ変更、リストは置き換え）。 / Project fields; lists replace. */
export type ProjectInput = {
  /** 根拠となる協定。 / Agreement. */
  agreementId?: string | number | null | undefined;
  /** 独自項目の値（null は変更なし、空リストで全消去）。 / Custom field values: null leaves them, [] clears all, a list replaces them. */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** 終了日。 / Last day. */
  endOn?: string | null | undefined;
  /** 種類。 / Kind. */
  kind?: ProjectKind | null | undefined;
  /** 担当課。 / Lead department. */
  leadDepartmentId?: string | number | null | undefined;
  /** メリット。 / Merits. */
  merits?: Array<MeritInput> | null | undefined;
  /** 連携先。 / Partners. */
  partnerIds?: Array<string | number> | null | undefined;
  /** 提供リソース。 / Resources. */
  resources?: Array<ResourceInput> | null | undefined;
  /** 検索エンジン・共有向けの説明文（300文字まで）。 / Description for search engines and link previews, at most 300 characters. */
  seoDescription?: string | null | undefined;
  /** 共有用画像（この項目の画像のID。空文字で外す）。 / Share image: the ID of one of this item's images; an empty string removes it. */
  shareImageId?: string | number | null | undefined;
  /** 実施場所。 / Site. */
  site?: string | null | undefined;
  /** URLスラッグ（省略時は作成時に件名の英数字から、なければ「種類-番号」）。 / URL slug; left out on creation, it is made from the title's ASCII words, else <type>-<id> (case-study-12). */
  slug?: string | null | undefined;
  /** 開始日。 / First day. */
  startOn?: string | null | undefined;
  /** 状態。 / Status. */
  status?: ProjectStatus | null | undefined;
  /** 概要。 / Summary. */
  summary?: string | null | undefined;
  /** 名称。 / Title. */
  title?: string | null | undefined;
};

/** 事業の種類。 / Scheme of a project. */
export type ProjectKind =
  /** 実証実験サポート事業。 / Supported field trial. */
  | 'DEMONSTRATION'
  /** パートナーシップ事業。 / Partnership project. */
  | 'PARTNERSHIP';

/** 事業の進行状態。 / Execution status of a project. */
export type ProjectStatus =
  /** 中止。 / Cancelled. */
  | 'CANCELLED'
  /** 完了。 / Completed. */
  | 'COMPLETED'
  /** 実施中。 / Ongoing. */
  | 'ONGOING'
  /** 準備中。 / Planned. */
  | 'PLANNED';

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

/** 公開状態。 / Publication state of content. */
export type PublicationState =
  /** アーカイブ。 / Archived. */
  | 'ARCHIVED'
  /** 下書き。 / Draft, visible to staff only. */
  | 'DRAFT'
  /** 公開（公開日時以降）。 / Published from its publish time. */
  | 'PUBLISHED';

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

/** 保存年限の対象となる記録の種類。 / Record types with a retention period. */
export type RetentionRecordType =
  /** 採択の提案（決定、または結び付いた事業・協定の期間終了の遅い方から）。 / Accepted proposals, from the decision or the end of the term of their project or agreement, whichever is later. */
  | 'ACCEPTED_PROPOSAL'
  /** 監査記録（記録した日時から。訴訟ホールド中の記録についてのものは残す）。 / Audit entries, from when they were written; entries about a record under a legal hold are kept. */
  | 'AUDIT_ENTRY'
  /** 完了した問合せ（完了から）。 / Closed inquiries, from closing. */
  | 'CLOSED_INQUIRY'
  /** 不採択の提案（決定から）。 / Declined proposals, from the decision. */
  | 'DECLINED_PROPOSAL'
  /** 配信済み・配信失敗の通知メール（配信済みは配信から、失敗は最後の送信試行から。宛先・件名・失敗したものは本文も残るため行ごと削除する。未配信のものは残す）。 / Delivered and failed notification mails in the outbox, from delivery or from a failed mail's last attempt: their rows (which keep the recipient and subject, and a failed mail's body) are deleted; pending mails are kept. */
  | 'OUTBOX_MAIL'
  /** 取下げの提案（取下げから）。 / Withdrawn proposals, from the withdrawal. */
  | 'WITHDRAWN_PROPOSAL';

/** 保存年限の入力。 / A retention period to set. */
export type RetentionRuleInput = {
  /** 保存期間（月、1〜1200）。 / Period in months, 1 to 1200. */
  months: number;
  /** 記録の種類。 / Record type. */
  recordType: RetentionRecordType;
};

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

/** 職員アカウントの作成。 / A staff account the desk creates. */
export type StaffAccountInput = {
  /** 所属部署（DEPARTMENT では必須）。 / Department; required for DEPARTMENT. */
  departmentId?: string | number | null | undefined;
  /** 表示名。 / Display name. */
  displayName: string;
  /** メールアドレス。 / Email. */
  email: string;
  /** 初期パスワード。 / Initial password. */
  password: string;
  /** 役割。 / Role. */
  role: StaffRole;
};

/** 職員アカウントの役割。 / Role of a staff account the desk creates. */
export type StaffRole =
  /** 事業担当課。 / Department staff. */
  | 'DEPARTMENT'
  /** 公民連携デスク。 / Desk staff. */
  | 'DESK';

/** 統計の集計単位。 / How statistics are grouped. */
export type StatisticsGrouping =
  /** 年度（4月1日〜3月31日、日本時間）。 / Fiscal year (年度): April 1 to March 31, Asia/Tokyo. */
  | 'FISCAL_YEAR'
  /** 月（日本時間）。 / Calendar month, Asia/Tokyo. */
  | 'MONTH';

/** 自治体の設定の変更（指定した項目のみ）。 / Municipality fields; only those given change. */
export type UpdateMunicipalityInput = {
  /** 住所。 / Postal address. */
  address?: string | null | undefined;
  /** ブラウザから API を呼べる別オリジンのポータルの一覧（scheme://host[:port]、パス・ワイルドカード不可）。 / Origins of this municipality's portals on another origin (scheme://host[:port]; http or https, no path, query or wildcard) whose browser pages may call the API for it (CORS, WebSocket). Replaces the list. */
  allowedOrigins?: Array<string> | null | undefined;
  /** ロゴを外す。 / Remove the logo. */
  clearLogo?: boolean | null | undefined;
  /** デスクの所管部署。 / The department that runs the desk. */
  deskDepartment?: string | null | undefined;
  /** 公民連携デスクの名称。 / Name of the PPP desk. */
  deskName?: string | null | undefined;
  /** メールアドレス。 / Email address of the desk. */
  email?: string | null | undefined;
  /** ホスト名の一覧（このホスト名へのリクエストは X-Municipality ヘッダー不要）。 / Host names of this municipality: a request to one needs no X-Municipality header. Replaces the list. */
  hosts?: Array<string> | null | undefined;
  /** 項目ページのURLテンプレート（{type}・{slug}・{id} を置き換える。空で外す）。 / URL template of item pages, e.g. https://ppp.city.example.jp/{type}/{slug}; {type}, {slug} and {id} are replaced. Empty removes it. */
  itemUrlTemplate?: string | null | undefined;
  /** ロゴ画像（この自治体のメディアのID）。 / Logo: the ID of a media file of this municipality. */
  logoMediaId?: string | number | null | undefined;
  /** 自治体名。 / Name. */
  name?: string | null | undefined;
  /** 電話番号。 / Phone number. */
  phone?: string | null | undefined;
  /** ポータルサイトのURL。 / Portal site URL. */
  portalUrl?: string | null | undefined;
  /** 郵便番号。 / Postal code. */
  postalCode?: string | null | undefined;
  /** メインカラー（#RRGGBB、空で既定）。 / Primary colour, #RRGGBB; empty for the portal's default. */
  primaryColor?: string | null | undefined;
  /** サブカラー（#RRGGBB、空で既定）。 / Secondary colour, #RRGGBB; empty for the portal's default. */
  secondaryColor?: string | null | undefined;
  /** 新しい留意事項の本文（新しい版になる）。 / New proposal terms: a new version. */
  terms?: string | null | undefined;
  /** 新しい留意事項の版（省略時は自動）。 / Version of the new terms; made up when omitted. */
  termsVersion?: string | null | undefined;
};

/** アカウントの絞り込み。 / Filter for accounts. */
export type UserFilter = {
  /** 役割。 / Role. */
  role?: Role | null | undefined;
  /** キーワード（表示名。メールを読める場合はメールも）。 / Text search in display names, and in emails for callers who may read them. */
  search?: string | null | undefined;
};

/** Webhook で通知する出来事。 / Events a webhook can be told about. */
export type WebhookEvent =
  /** アーカイブされた。 / Content was archived. */
  | 'CONTENT_ARCHIVED'
  /** 内容が変わった（版の復元など）。 / Content changed (e.g. a revision restored). */
  | 'CONTENT_CHANGED'
  /** 公開された。予約公開はその日時が来たときに通知する。 / Content was published; for a scheduled publication, sent when its time comes, not when it is scheduled. */
  | 'CONTENT_PUBLISHED'
  /** 公開が取り消された。 / Content was unpublished. */
  | 'CONTENT_UNPUBLISHED';

/** Webhook の登録。 / A webhook endpoint to register. */
export type WebhookInput = {
  /** 通知する出来事。 / Events. */
  events: Array<WebhookEvent>;
  /** 署名の秘密鍵（本文の HMAC-SHA256 を X-Pppdesk-Signature で送る）。 / Secret; the body's HMAC-SHA256 is sent in X-Pppdesk-Signature. */
  secret: string;
  /** 送信先URL（http / https）。 / Endpoint URL, http or https. */
  url: string;
};

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ContentAgreementListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AgreementFilter | null | undefined;
}>;


export type ContentAgreementListQuery = { agreements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, kind: AgreementKind, status: AgreementStatus, signedOn: string | null, publicationState: PublicationState, publishedAt: string | null, updatedAt: string, parties: Array<{ name: string }> } }> } };

export type ContentAgreementQueryVariables = Exact<{
  id: string | number;
}>;


export type ContentAgreementQuery = { agreement: { id: string, kind: AgreementKind, title: string, purpose: string, signedOn: string | null, termStartOn: string | null, termEndOn: string | null, items: Array<string>, status: AgreementStatus, publicationState: PublicationState, publishedAt: string | null, slug: string, url: string | null, seoDescription: string | null, version: number, updatedAt: string, parties: Array<{ id: string, name: string }>, merits: Array<{ side: Side, description: string }>, shareImage: { id: string } | null, media: Array<{ id: string, fileName: string, contentType: string, size: number, url: string, alt: string }>, customFields: Array<{ key: string, text: string | null, number: number | null, date: string | null, boolean: boolean | null, choices: Array<string> | null, definition: { labelJa: string, labelEn: string, type: CustomFieldType, choices: Array<{ value: string, labelJa: string, labelEn: string }> } }> } | null };

export type ContentAgreementCreateMutationVariables = Exact<{
  input: AgreementInput;
}>;


export type ContentAgreementCreateMutation = { createAgreement: { id: string } };

export type ContentAgreementUpdateMutationVariables = Exact<{
  id: string | number;
  input: AgreementInput;
  version: number;
}>;


export type ContentAgreementUpdateMutation = { updateAgreement: { id: string, version: number } };

export type ContentAgreementDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ContentAgreementDeleteMutation = { deleteAgreement: boolean };

export type ContentAnnouncementListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AnnouncementFilter | null | undefined;
}>;


export type ContentAnnouncementListQuery = { announcements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, category: string, publicationState: PublicationState, publishedAt: string | null, updatedAt: string } }> } };

export type ContentAnnouncementQueryVariables = Exact<{
  id: string | number;
}>;


export type ContentAnnouncementQuery = { announcement: { id: string, title: string, body: string, category: string, publicationState: PublicationState, publishedAt: string | null, slug: string, url: string | null, seoDescription: string | null, version: number, updatedAt: string, shareImage: { id: string } | null, media: Array<{ id: string, fileName: string, contentType: string, size: number, url: string, alt: string }>, customFields: Array<{ key: string, text: string | null, number: number | null, date: string | null, boolean: boolean | null, choices: Array<string> | null, definition: { labelJa: string, labelEn: string, type: CustomFieldType, choices: Array<{ value: string, labelJa: string, labelEn: string }> } }> } | null };

export type ContentAnnouncementCreateMutationVariables = Exact<{
  input: AnnouncementInput;
}>;


export type ContentAnnouncementCreateMutation = { createAnnouncement: { id: string } };

export type ContentAnnouncementUpdateMutationVariables = Exact<{
  id: string | number;
  input: AnnouncementInput;
  version: number;
}>;


export type ContentAnnouncementUpdateMutation = { updateAnnouncement: { id: string, version: number } };

export type ContentAnnouncementDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ContentAnnouncementDeleteMutation = { deleteAnnouncement: boolean };

export type ContentCaseStudyListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CaseStudyFilter | null | undefined;
}>;


export type ContentCaseStudyListQuery = { caseStudies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, locality: string, category: CaseStudyCategory, startOn: string | null, endOn: string | null, publicationState: PublicationState, publishedAt: string | null, updatedAt: string } }> } };

export type ContentCaseStudyQueryVariables = Exact<{
  id: string | number;
}>;


export type ContentCaseStudyQuery = { caseStudy: { id: string, title: string, locality: string, program: string, category: CaseStudyCategory, startOn: string | null, endOn: string | null, dateNote: string, summary: string, tags: Array<string>, publicationState: PublicationState, publishedAt: string | null, slug: string, url: string | null, seoDescription: string | null, version: number, updatedAt: string, partners: Array<{ id: string, name: string }>, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, shareImage: { id: string } | null, media: Array<{ id: string, fileName: string, contentType: string, size: number, url: string, alt: string }>, customFields: Array<{ key: string, text: string | null, number: number | null, date: string | null, boolean: boolean | null, choices: Array<string> | null, definition: { labelJa: string, labelEn: string, type: CustomFieldType, choices: Array<{ value: string, labelJa: string, labelEn: string }> } }> } | null };

export type ContentCaseStudyCreateMutationVariables = Exact<{
  input: CaseStudyInput;
}>;


export type ContentCaseStudyCreateMutation = { createCaseStudy: { id: string } };

export type ContentCaseStudyUpdateMutationVariables = Exact<{
  id: string | number;
  input: CaseStudyInput;
  version: number;
}>;


export type ContentCaseStudyUpdateMutation = { updateCaseStudy: { id: string, version: number } };

export type ContentCaseStudyDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ContentCaseStudyDeleteMutation = { deleteCaseStudy: boolean };

export type ContentChallengeListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ChallengeFilter | null | undefined;
}>;


export type ContentChallengeListQuery = { challenges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, opensAt: string | null, closesAt: string | null, isOpen: boolean, publicationState: PublicationState, publishedAt: string | null, updatedAt: string, department: { name: string } | null } }> } };

export type ContentChallengeQueryVariables = Exact<{
  id: string | number;
}>;


export type ContentChallengeQuery = { challenge: { id: string, title: string, background: string, desiredOutcome: string, tags: Array<string>, opensAt: string | null, closesAt: string | null, isOpen: boolean, publicationState: PublicationState, publishedAt: string | null, slug: string, url: string | null, seoDescription: string | null, version: number, updatedAt: string, department: { id: string, name: string } | null, shareImage: { id: string } | null, media: Array<{ id: string, fileName: string, contentType: string, size: number, url: string, alt: string }>, customFields: Array<{ key: string, text: string | null, number: number | null, date: string | null, boolean: boolean | null, choices: Array<string> | null, definition: { labelJa: string, labelEn: string, type: CustomFieldType, choices: Array<{ value: string, labelJa: string, labelEn: string }> } }> } | null };

export type ContentChallengeCreateMutationVariables = Exact<{
  input: ChallengeInput;
}>;


export type ContentChallengeCreateMutation = { createChallenge: { id: string } };

export type ContentChallengeUpdateMutationVariables = Exact<{
  id: string | number;
  input: ChallengeInput;
  version: number;
}>;


export type ContentChallengeUpdateMutation = { updateChallenge: { id: string, version: number } };

export type ContentChallengeDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ContentChallengeDeleteMutation = { deleteChallenge: boolean };

export type ContentCustomFieldValueFragment = { key: string, text: string | null, number: number | null, date: string | null, boolean: boolean | null, choices: Array<string> | null, definition: { labelJa: string, labelEn: string, type: CustomFieldType, choices: Array<{ value: string, labelJa: string, labelEn: string }> } };

export type ContentCustomFieldDefinitionsQueryVariables = Exact<{
  target: CustomFieldTarget;
}>;


export type ContentCustomFieldDefinitionsQuery = { customFieldDefinitions: Array<{ id: string, key: string, labelJa: string, labelEn: string, type: CustomFieldType, required: boolean, choices: Array<{ value: string, labelJa: string, labelEn: string }> }> };

export type ContentMethodListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ContentMethodListQuery = { collaborationMethods: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, key: string, name: string, position: number } }> } };

export type ContentMethodQueryVariables = Exact<{
  id: string | number;
}>;


export type ContentMethodQuery = { collaborationMethod: { id: string, key: string, name: string, description: string, position: number, version: number } | null };

export type ContentMethodCreateMutationVariables = Exact<{
  input: CollaborationMethodInput;
}>;


export type ContentMethodCreateMutation = { createCollaborationMethod: { id: string } };

export type ContentMethodUpdateMutationVariables = Exact<{
  id: string | number;
  input: CollaborationMethodInput;
  version: number;
}>;


export type ContentMethodUpdateMutation = { updateCollaborationMethod: { id: string, version: number } };

export type ContentMethodDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ContentMethodDeleteMutation = { deleteCollaborationMethod: boolean };

export type ContentMethodRestoreMutationVariables = Exact<{
  id: string | number;
}>;


export type ContentMethodRestoreMutation = { restoreDeleted:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type ContentPreviewQueryVariables = Exact<{
  token: string;
}>;


export type ContentPreviewQuery = { preview:
    | { __typename: 'Agreement', title: string, purpose: string, signedOn: string | null, termStartOn: string | null, termEndOn: string | null, items: Array<string>, id: string, agreementKind: AgreementKind, agreementStatus: AgreementStatus, parties: Array<{ name: string }>, merits: Array<{ side: Side, description: string }>, media: Array<{ id: string, fileName: string, contentType: string, size: number, url: string, alt: string }> }
    | { __typename: 'Announcement', title: string, body: string, category: string, id: string, media: Array<{ id: string, fileName: string, contentType: string, size: number, url: string, alt: string }> }
    | { __typename: 'CaseStudy', title: string, locality: string, program: string, startOn: string | null, endOn: string | null, dateNote: string, summary: string, tags: Array<string>, id: string, caseCategory: CaseStudyCategory, partners: Array<{ name: string }>, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, media: Array<{ id: string, fileName: string, contentType: string, size: number, url: string, alt: string }> }
    | { __typename: 'Challenge', title: string, background: string, desiredOutcome: string, tags: Array<string>, opensAt: string | null, closesAt: string | null, id: string, department: { name: string } | null, media: Array<{ id: string, fileName: string, contentType: string, size: number, url: string, alt: string }> }
    | { __typename: 'CollaborationMethod', id: string }
    | { __typename: 'CustomFieldDefinition', id: string }
    | { __typename: 'Department', id: string }
    | { __typename: 'Inquiry', id: string }
    | { __typename: 'Municipality', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Project', title: string, summary: string, startOn: string | null, endOn: string | null, site: string, id: string, projectKind: ProjectKind, projectStatus: ProjectStatus, leadDepartment: { name: string } | null, partners: Array<{ name: string }>, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, media: Array<{ id: string, fileName: string, contentType: string, size: number, url: string, alt: string }> }
    | { __typename: 'Proposal', id: string }
    | { __typename: 'User', id: string }
   | null };

export type ContentProjectListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProjectFilter | null | undefined;
}>;


export type ContentProjectListQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, kind: ProjectKind, status: ProjectStatus, startOn: string | null, endOn: string | null, publicationState: PublicationState, publishedAt: string | null, updatedAt: string, leadDepartment: { name: string } | null } }> } };

export type ContentProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type ContentProjectQuery = { project: { id: string, kind: ProjectKind, title: string, summary: string, startOn: string | null, endOn: string | null, site: string, status: ProjectStatus, publicationState: PublicationState, publishedAt: string | null, slug: string, url: string | null, seoDescription: string | null, version: number, updatedAt: string, leadDepartment: { id: string, name: string } | null, partners: Array<{ id: string, name: string }>, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, agreement: { id: string, title: string } | null, shareImage: { id: string } | null, media: Array<{ id: string, fileName: string, contentType: string, size: number, url: string, alt: string }>, customFields: Array<{ key: string, text: string | null, number: number | null, date: string | null, boolean: boolean | null, choices: Array<string> | null, definition: { labelJa: string, labelEn: string, type: CustomFieldType, choices: Array<{ value: string, labelJa: string, labelEn: string }> } }> } | null };

export type ContentProjectAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContentProjectAgreementsQuery = { agreements: { edges: Array<{ node: { id: string, title: string } }> } };

export type ContentProjectCreateMutationVariables = Exact<{
  input: ProjectInput;
}>;


export type ContentProjectCreateMutation = { createProject: { id: string } };

export type ContentProjectUpdateMutationVariables = Exact<{
  id: string | number;
  input: ProjectInput;
  version: number;
}>;


export type ContentProjectUpdateMutation = { updateProject: { id: string, version: number } };

export type ContentProjectDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ContentProjectDeleteMutation = { deleteProject: boolean };

export type ContentPublishMutationVariables = Exact<{
  id: string | number;
  at?: string | null | undefined;
}>;


export type ContentPublishMutation = { publish:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type ContentUnpublishMutationVariables = Exact<{
  id: string | number;
}>;


export type ContentUnpublishMutation = { unpublish:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type ContentArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type ContentArchiveMutation = { archive:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type ContentRestoreDeletedMutationVariables = Exact<{
  id: string | number;
}>;


export type ContentRestoreDeletedMutation = { restoreDeleted:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type ContentPreviewTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type ContentPreviewTokenMutation = { createPreviewToken: { token: string, expiresAt: string } };

export type ContentRevisionsQueryVariables = Exact<{
  id: string | number;
}>;


export type ContentRevisionsQuery = { revisions: Array<{ id: string, number: number, createdAt: string, pending: boolean, author: { displayName: string } | null }> };

export type ContentRestoreRevisionMutationVariables = Exact<{
  id: string | number;
}>;


export type ContentRestoreRevisionMutation = { restoreRevision:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type ContentMediaItemFragment = { id: string, fileName: string, contentType: string, size: number, url: string, alt: string };

export type ContentAttachMediaMutationVariables = Exact<{
  contentId: string | number;
  file: File;
  alt?: string | null | undefined;
}>;


export type ContentAttachMediaMutation = { attachMedia: { id: string, fileName: string } };

export type ContentUpdateMediaMutationVariables = Exact<{
  id: string | number;
  alt: string;
}>;


export type ContentUpdateMediaMutation = { updateMedia: { id: string, alt: string } };

export type ContentDeleteMediaMutationVariables = Exact<{
  id: string | number;
}>;


export type ContentDeleteMediaMutation = { deleteMedia: boolean };

export type ContentDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContentDepartmentsQuery = { municipality: { departments: Array<{ id: string, name: string }> } };

export type ContentPartnersQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ContentPartnersQuery = { partners: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type DeskUsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
}>;


export type DeskUsersQuery = { users: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, displayName: string, email: string | null, role: Role, disabled: boolean, createdAt: string, department: { id: string, name: string } | null, organization: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DeskAccountDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskAccountDepartmentsQuery = { municipality: { id: string, departments: Array<{ id: string, name: string, parent: { id: string } | null }> } };

export type DeskCreateStaffMutationVariables = Exact<{
  input: StaffAccountInput;
}>;


export type DeskCreateStaffMutation = { createStaffAccount: { id: string, displayName: string } };

export type DeskDisableAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type DeskDisableAccountMutation = { disableAccount: { id: string, disabled: boolean } };

export type DeskEnableAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type DeskEnableAccountMutation = { enableAccount: { id: string, disabled: boolean } };

export type DeskAuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditFilter | null | undefined;
}>;


export type DeskAuditLogQuery = { auditLog: { totalCount: number, edges: Array<{ cursor: string, node: { action: string, targetType: string, targetId: string, changes: string, at: string, actor: { id: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DeskAuditActorsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskAuditActorsQuery = { users: { edges: Array<{ node: { id: string, displayName: string, role: Role } }> } };

export type SettingsCustomFieldsQueryVariables = Exact<{
  target: CustomFieldTarget;
}>;


export type SettingsCustomFieldsQuery = { customFieldDefinitions: Array<{ id: string, key: string, target: CustomFieldTarget, labelJa: string, labelEn: string, type: CustomFieldType, required: boolean, visibility: CustomFieldVisibility, order: number, disclosureLevel: DisclosureLevel | null, disclosureReason: string | null, choices: Array<{ value: string, labelJa: string, labelEn: string }> }> };

export type SettingsCustomFieldDefineMutationVariables = Exact<{
  input: CustomFieldDefinitionInput;
}>;


export type SettingsCustomFieldDefineMutation = { defineCustomField: { id: string } };

export type SettingsCustomFieldUpdateMutationVariables = Exact<{
  id: string | number;
  input: CustomFieldDefinitionInput;
}>;


export type SettingsCustomFieldUpdateMutation = { updateCustomField: { id: string } };

export type SettingsCustomFieldDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type SettingsCustomFieldDeleteMutation = { deleteCustomField: boolean };

export type DeskDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskDepartmentsQuery = { municipality: { id: string, departments: Array<{ id: string, name: string, kind: DepartmentKind, version: number, parent: { id: string } | null }> } };

export type DeskDepartmentCreateMutationVariables = Exact<{
  input: DepartmentInput;
}>;


export type DeskDepartmentCreateMutation = { createDepartment: { id: string, name: string } };

export type DeskDepartmentUpdateMutationVariables = Exact<{
  id: string | number;
  input: DepartmentInput;
  version: number;
}>;


export type DeskDepartmentUpdateMutation = { updateDepartment: { id: string, name: string, version: number } };

export type DeskDepartmentDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type DeskDepartmentDeleteMutation = { deleteDepartment: boolean };

export type DeskInquiriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: InquiryStatus | null | undefined;
}>;


export type DeskInquiriesQuery = { inquiries: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, affiliation: string, name: string, subject: string, status: InquiryStatus, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DeskInquiryQueryVariables = Exact<{
  id: string | number;
}>;


export type DeskInquiryQuery = { node:
    | { id: string, affiliation: string, name: string, email: string, phone: string, subject: string, body: string, status: InquiryStatus, createdAt: string, answeredAt: string | null, forwardedTo: Array<{ id: string, name: string }>, replies: Array<{ id: string, subject: string, body: string, sentBy: string, sentAt: string }> }
    | Record<PropertyKey, never>
   | null };

export type DeskInquiryReplyMutationVariables = Exact<{
  id: string | number;
  input: InquiryReplyInput;
}>;


export type DeskInquiryReplyMutation = { replyToInquiry: { id: string, answeredAt: string | null } };

export type DeskInquiryForwardMutationVariables = Exact<{
  id: string | number;
  departmentIds: Array<string | number> | string | number;
  note?: string | null | undefined;
}>;


export type DeskInquiryForwardMutation = { forwardInquiry: { id: string, forwardedTo: Array<{ id: string }> } };

export type DeskInquiryDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskInquiryDepartmentsQuery = { municipality: { id: string, departments: Array<{ id: string, name: string, parent: { id: string } | null }> } };

export type DeskInquiryCloseMutationVariables = Exact<{
  id: string | number;
}>;


export type DeskInquiryCloseMutation = { closeInquiry: { id: string, status: InquiryStatus } };

export type RecordLegalHoldQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordLegalHoldQuery = { node:
    | { id: string, legalHold: { reason: string, setAt: string } | null }
    | { id: string, legalHold: { reason: string, setAt: string } | null }
    | Record<PropertyKey, never>
   | null };

export type RecordLegalHoldSetMutationVariables = Exact<{
  id: string | number;
  hold: boolean;
  reason?: string | null | undefined;
}>;


export type RecordLegalHoldSetMutation = { setLegalHold: boolean };

export type DeskPersonalDataReadsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PersonalDataReadFilter | null | undefined;
}>;


export type DeskPersonalDataReadsQuery = { personalDataReads: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, reader: string, readerId: string, readAt: string, recordType: string, recordId: string, fields: Array<string>, operation: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DeskPersonalDataReadersQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskPersonalDataReadersQuery = { users: { edges: Array<{ node: { id: string, displayName: string, role: Role } }> } };

export type DeskRetentionRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskRetentionRulesQuery = { municipality: { id: string, retention: Array<{ recordType: RetentionRecordType, months: number, isDefault: boolean }> } };

export type DeskRetentionSetMutationVariables = Exact<{
  input: Array<RetentionRuleInput> | RetentionRuleInput;
}>;


export type DeskRetentionSetMutation = { setRetention: Array<{ recordType: RetentionRecordType, months: number, isDefault: boolean }> };

export type DeskRetentionDryRunQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskRetentionDryRunQuery = { retentionDryRun: Array<{ recordId: string, rule: RetentionRecordType, months: number, expiredSince: string }> };

export type DeskRetentionPurgeLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DeskRetentionPurgeLogQuery = { purgeLog: { totalCount: number, edges: Array<{ cursor: string, node: { recordId: string, recordType: string, rule: RetentionRecordType, months: number, expiredAt: string, purgedAt: string, parts: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DeskMunicipalitySettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskMunicipalitySettingsQuery = { municipality: { id: string, slug: string, itemUrlTemplate: string | null } };

export type DeskMunicipalitySettingsSaveMutationVariables = Exact<{
  input: UpdateMunicipalityInput;
}>;


export type DeskMunicipalitySettingsSaveMutation = { updateMunicipality: { id: string, itemUrlTemplate: string | null } };

export type DeskStatisticsScreenQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy: StatisticsGrouping;
}>;


export type DeskStatisticsScreenQuery = { deskStatistics: { from: string, to: string, groupBy: StatisticsGrouping, periods: Array<{ label: string, start: string, end: string, received: number, assigned: number, accepted: number, declined: number, withdrawn: number, becameProjects: number, becameAgreements: number, receivedByKind: Array<{ key: string, count: number }>, daysToFirstResponse: { count: number, median: number | null, p90: number | null }, daysToDecision: { count: number, median: number | null, p90: number | null } }>, total: { label: string, start: string, end: string, received: number, assigned: number, accepted: number, declined: number, withdrawn: number, becameProjects: number, becameAgreements: number, receivedByScheme: Array<{ key: string, count: number }>, receivedByKind: Array<{ key: string, count: number }>, daysToFirstResponse: { count: number, median: number | null, p90: number | null }, daysToDecision: { count: number, median: number | null, p90: number | null } } } };

export type DeskStatisticsPeriodFragment = { label: string, start: string, end: string, received: number, assigned: number, accepted: number, declined: number, withdrawn: number, becameProjects: number, becameAgreements: number, receivedByKind: Array<{ key: string, count: number }>, daysToFirstResponse: { count: number, median: number | null, p90: number | null }, daysToDecision: { count: number, median: number | null, p90: number | null } };

export type DeskWebhookDeliveriesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DeskWebhookDeliveriesQuery = { webhooks: Array<{ id: string, url: string, events: Array<WebhookEvent>, active: boolean, createdAt: string, deliveries: Array<{ id: string, event: WebhookEvent, status: string, attempts: number, lastStatusCode: number, lastError: string, nextAttemptAt: string, deliveredAt: string | null, createdAt: string }> }> };

export type DeskWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskWebhooksQuery = { webhooks: Array<{ id: string, url: string, events: Array<WebhookEvent>, active: boolean, createdAt: string }> };

export type DeskWebhookRegisterMutationVariables = Exact<{
  input: WebhookInput;
}>;


export type DeskWebhookRegisterMutation = { registerWebhook: { id: string, url: string } };

export type DeskWebhookDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type DeskWebhookDeleteMutation = { deleteWebhook: boolean };

export type HomeAttentionQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeAttentionQuery = { proposals: { totalCount: number } };

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


export type ProposalAssignMutation = { assignProposal: { proposal: { id: string, kind: ProposalKind, title: string, viewerActions: Array<ProposalAction>, unreadMessageCount: number, overdue: boolean, summary: string, body: string, desiredScheme: string, status: ProposalStatus, version: number, submittedAt: string | null, decidedAt: string | null, createdAt: string, customFields: Array<{ key: string, text: string | null, number: number | null, date: string | null, boolean: boolean | null, choices: Array<string> | null, definition: { labelJa: string, labelEn: string, type: CustomFieldType, choices: Array<{ value: string, labelJa: string, labelEn: string }> } }>, challenge: { id: string, title: string } | null, organization: { name: string } | null, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, contact: { affiliation: string, name: string, email: string, phone: string } | null, assignments: Array<{ dueOn: string | null, opinion: string | null, feasible: boolean | null, respondedAt: string | null, department: { id: string, name: string } }>, messages: Array<{ id: string, body: string, internal: boolean, createdAt: string, author: { kind: ActorKind, displayName: string | null, department: { name: string } | null } }>, history: Array<{ action: string, from: ProposalStatus | null, to: ProposalStatus | null, reason: string, at: string, actor: { kind: ActorKind, displayName: string | null, department: { name: string } | null } | null }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, messageId: string | null, downloadUrl: string, createdAt: string }>, project: { id: string, title: string } | null, agreement: { id: string, title: string } | null } } };

export type ProposalRespondMutationVariables = Exact<{
  id: string | number;
  opinion: string;
  feasible: boolean;
}>;


export type ProposalRespondMutation = { respondToAssignment: { proposal: { id: string, kind: ProposalKind, title: string, viewerActions: Array<ProposalAction>, unreadMessageCount: number, overdue: boolean, summary: string, body: string, desiredScheme: string, status: ProposalStatus, version: number, submittedAt: string | null, decidedAt: string | null, createdAt: string, customFields: Array<{ key: string, text: string | null, number: number | null, date: string | null, boolean: boolean | null, choices: Array<string> | null, definition: { labelJa: string, labelEn: string, type: CustomFieldType, choices: Array<{ value: string, labelJa: string, labelEn: string }> } }>, challenge: { id: string, title: string } | null, organization: { name: string } | null, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, contact: { affiliation: string, name: string, email: string, phone: string } | null, assignments: Array<{ dueOn: string | null, opinion: string | null, feasible: boolean | null, respondedAt: string | null, department: { id: string, name: string } }>, messages: Array<{ id: string, body: string, internal: boolean, createdAt: string, author: { kind: ActorKind, displayName: string | null, department: { name: string } | null } }>, history: Array<{ action: string, from: ProposalStatus | null, to: ProposalStatus | null, reason: string, at: string, actor: { kind: ActorKind, displayName: string | null, department: { name: string } | null } | null }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, messageId: string | null, downloadUrl: string, createdAt: string }>, project: { id: string, title: string } | null, agreement: { id: string, title: string } | null } } };

export type ProposalDecideMutationVariables = Exact<{
  id: string | number;
  decision: ProposalDecision;
  reason: string;
}>;


export type ProposalDecideMutation = { decideProposal: { proposal: { id: string, kind: ProposalKind, title: string, viewerActions: Array<ProposalAction>, unreadMessageCount: number, overdue: boolean, summary: string, body: string, desiredScheme: string, status: ProposalStatus, version: number, submittedAt: string | null, decidedAt: string | null, createdAt: string, customFields: Array<{ key: string, text: string | null, number: number | null, date: string | null, boolean: boolean | null, choices: Array<string> | null, definition: { labelJa: string, labelEn: string, type: CustomFieldType, choices: Array<{ value: string, labelJa: string, labelEn: string }> } }>, challenge: { id: string, title: string } | null, organization: { name: string } | null, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, contact: { affiliation: string, name: string, email: string, phone: string } | null, assignments: Array<{ dueOn: string | null, opinion: string | null, feasible: boolean | null, respondedAt: string | null, department: { id: string, name: string } }>, messages: Array<{ id: string, body: string, internal: boolean, createdAt: string, author: { kind: ActorKind, displayName: string | null, department: { name: string } | null } }>, history: Array<{ action: string, from: ProposalStatus | null, to: ProposalStatus | null, reason: string, at: string, actor: { kind: ActorKind, displayName: string | null, department: { name: string } | null } | null }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, messageId: string | null, downloadUrl: string, createdAt: string }>, project: { id: string, title: string } | null, agreement: { id: string, title: string } | null } } };

export type ProposalLinkMutationVariables = Exact<{
  id: string | number;
  projectId?: string | number | null | undefined;
  agreementId?: string | number | null | undefined;
  newProject?: NewOutcomeProjectInput | null | undefined;
  newAgreement?: NewOutcomeAgreementInput | null | undefined;
}>;


export type ProposalLinkMutation = { linkProposalOutcome: { proposal: { id: string, kind: ProposalKind, title: string, viewerActions: Array<ProposalAction>, unreadMessageCount: number, overdue: boolean, summary: string, body: string, desiredScheme: string, status: ProposalStatus, version: number, submittedAt: string | null, decidedAt: string | null, createdAt: string, customFields: Array<{ key: string, text: string | null, number: number | null, date: string | null, boolean: boolean | null, choices: Array<string> | null, definition: { labelJa: string, labelEn: string, type: CustomFieldType, choices: Array<{ value: string, labelJa: string, labelEn: string }> } }>, challenge: { id: string, title: string } | null, organization: { name: string } | null, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, contact: { affiliation: string, name: string, email: string, phone: string } | null, assignments: Array<{ dueOn: string | null, opinion: string | null, feasible: boolean | null, respondedAt: string | null, department: { id: string, name: string } }>, messages: Array<{ id: string, body: string, internal: boolean, createdAt: string, author: { kind: ActorKind, displayName: string | null, department: { name: string } | null } }>, history: Array<{ action: string, from: ProposalStatus | null, to: ProposalStatus | null, reason: string, at: string, actor: { kind: ActorKind, displayName: string | null, department: { name: string } | null } | null }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, messageId: string | null, downloadUrl: string, createdAt: string }>, project: { id: string, title: string } | null, agreement: { id: string, title: string } | null } } };

export type ProposalAssignDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalAssignDepartmentsQuery = { municipality: { departments: Array<{ id: string, name: string, kind: DepartmentKind, parent: { id: string } | null }> } };

export type ProposalLinkOutcomesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalLinkOutcomesQuery = { projects: { edges: Array<{ node: { id: string, title: string } }> }, agreements: { edges: Array<{ node: { id: string, title: string } }> } };

export type ProposalCustomFieldsSetMutationVariables = Exact<{
  id: string | number;
  customFields: Array<CustomFieldValueInput> | CustomFieldValueInput;
  version: number;
}>;


export type ProposalCustomFieldsSetMutation = { setProposalCustomFields: { proposal: { id: string, kind: ProposalKind, title: string, viewerActions: Array<ProposalAction>, unreadMessageCount: number, overdue: boolean, summary: string, body: string, desiredScheme: string, status: ProposalStatus, version: number, submittedAt: string | null, decidedAt: string | null, createdAt: string, customFields: Array<{ key: string, text: string | null, number: number | null, date: string | null, boolean: boolean | null, choices: Array<string> | null, definition: { labelJa: string, labelEn: string, type: CustomFieldType, choices: Array<{ value: string, labelJa: string, labelEn: string }> } }>, challenge: { id: string, title: string } | null, organization: { name: string } | null, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, contact: { affiliation: string, name: string, email: string, phone: string } | null, assignments: Array<{ dueOn: string | null, opinion: string | null, feasible: boolean | null, respondedAt: string | null, department: { id: string, name: string } }>, messages: Array<{ id: string, body: string, internal: boolean, createdAt: string, author: { kind: ActorKind, displayName: string | null, department: { name: string } | null } }>, history: Array<{ action: string, from: ProposalStatus | null, to: ProposalStatus | null, reason: string, at: string, actor: { kind: ActorKind, displayName: string | null, department: { name: string } | null } | null }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, messageId: string | null, downloadUrl: string, createdAt: string }>, project: { id: string, title: string } | null, agreement: { id: string, title: string } | null } } };

export type ProposalCustomFieldsDefinedQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalCustomFieldsDefinedQuery = { customFieldDefinitions: Array<{ id: string }> };

export type ProposalPostMessageMutationVariables = Exact<{
  proposalId: string | number;
  body: string;
  internal: boolean;
}>;


export type ProposalPostMessageMutation = { postProposalMessage: { proposal: { id: string, kind: ProposalKind, title: string, viewerActions: Array<ProposalAction>, unreadMessageCount: number, overdue: boolean, summary: string, body: string, desiredScheme: string, status: ProposalStatus, version: number, submittedAt: string | null, decidedAt: string | null, createdAt: string, customFields: Array<{ key: string, text: string | null, number: number | null, date: string | null, boolean: boolean | null, choices: Array<string> | null, definition: { labelJa: string, labelEn: string, type: CustomFieldType, choices: Array<{ value: string, labelJa: string, labelEn: string }> } }>, challenge: { id: string, title: string } | null, organization: { name: string } | null, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, contact: { affiliation: string, name: string, email: string, phone: string } | null, assignments: Array<{ dueOn: string | null, opinion: string | null, feasible: boolean | null, respondedAt: string | null, department: { id: string, name: string } }>, messages: Array<{ id: string, body: string, internal: boolean, createdAt: string, author: { kind: ActorKind, displayName: string | null, department: { name: string } | null } }>, history: Array<{ action: string, from: ProposalStatus | null, to: ProposalStatus | null, reason: string, at: string, actor: { kind: ActorKind, displayName: string | null, department: { name: string } | null } | null }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, messageId: string | null, downloadUrl: string, createdAt: string }>, project: { id: string, title: string } | null, agreement: { id: string, title: string } | null } } };

export type ProposalAttachFileMutationVariables = Exact<{
  proposalId: string | number;
  file: File;
}>;


export type ProposalAttachFileMutation = { attachFile: { id: string, fileName: string } };

export type DisclosurePanelQueryVariables = Exact<{
  id: string | number;
}>;


export type DisclosurePanelQuery = { proposal: { id: string, disclosure: Array<{ field: string, level: DisclosureLevel, reason: string | null, isDefault: boolean, protectionRequested: { reason: string, requestedAt: string } | null }>, messages: Array<{ id: string, internal: boolean, createdAt: string, disclosureLevel: DisclosureLevel | null, disclosureReason: string | null, protectionRequested: { reason: string, requestedAt: string } | null }>, attachments: Array<{ id: string, fileName: string, disclosureLevel: DisclosureLevel | null, disclosureReason: string | null, protectionRequested: { reason: string, requestedAt: string } | null }> } | null };

export type DisclosurePanelSetMutationVariables = Exact<{
  id: string | number;
  target: DisclosureTargetInput;
  level: DisclosureLevel;
  reason?: string | null | undefined;
}>;


export type DisclosurePanelSetMutation = { setDisclosureLevel: { id: string } };

export type DisclosurePanelProduceMutationVariables = Exact<{
  id: string | number;
  reference: string;
  format: DisclosureFormat;
}>;


export type DisclosurePanelProduceMutation = { produceDisclosureCopy: { url: string, filename: string } };

export type InboxRowFragment = { id: string, title: string, kind: ProposalKind, status: ProposalStatus, submittedAt: string | null, unreadMessageCount: number, overdue: boolean, organization: { name: string } | null, challenge: { title: string } | null, assignments: Array<{ dueOn: string | null, respondedAt: string | null, department: { id: string, name: string } }> };

export type InboxProposalsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProposalFilter | null | undefined;
}>;


export type InboxProposalsQuery = { proposals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, kind: ProposalKind, status: ProposalStatus, submittedAt: string | null, unreadMessageCount: number, overdue: boolean, organization: { name: string } | null, challenge: { title: string } | null, assignments: Array<{ dueOn: string | null, respondedAt: string | null, department: { id: string, name: string } }> } }> } };

export type InboxOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxOptionsQuery = { municipality: { departments: Array<{ id: string, name: string, parent: { id: string } | null }> }, challenges: { edges: Array<{ node: { id: string, title: string } }> } };

export type ProposalPageFieldsFragment = { id: string, kind: ProposalKind, title: string, viewerActions: Array<ProposalAction>, unreadMessageCount: number, overdue: boolean, summary: string, body: string, desiredScheme: string, status: ProposalStatus, version: number, submittedAt: string | null, decidedAt: string | null, createdAt: string, customFields: Array<{ key: string, text: string | null, number: number | null, date: string | null, boolean: boolean | null, choices: Array<string> | null, definition: { labelJa: string, labelEn: string, type: CustomFieldType, choices: Array<{ value: string, labelJa: string, labelEn: string }> } }>, challenge: { id: string, title: string } | null, organization: { name: string } | null, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, contact: { affiliation: string, name: string, email: string, phone: string } | null, assignments: Array<{ dueOn: string | null, opinion: string | null, feasible: boolean | null, respondedAt: string | null, department: { id: string, name: string } }>, messages: Array<{ id: string, body: string, internal: boolean, createdAt: string, author: { kind: ActorKind, displayName: string | null, department: { name: string } | null } }>, history: Array<{ action: string, from: ProposalStatus | null, to: ProposalStatus | null, reason: string, at: string, actor: { kind: ActorKind, displayName: string | null, department: { name: string } | null } | null }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, messageId: string | null, downloadUrl: string, createdAt: string }>, project: { id: string, title: string } | null, agreement: { id: string, title: string } | null };

export type ProposalPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ProposalPageQuery = { proposal: { id: string, kind: ProposalKind, title: string, viewerActions: Array<ProposalAction>, unreadMessageCount: number, overdue: boolean, summary: string, body: string, desiredScheme: string, status: ProposalStatus, version: number, submittedAt: string | null, decidedAt: string | null, createdAt: string, customFields: Array<{ key: string, text: string | null, number: number | null, date: string | null, boolean: boolean | null, choices: Array<string> | null, definition: { labelJa: string, labelEn: string, type: CustomFieldType, choices: Array<{ value: string, labelJa: string, labelEn: string }> } }>, challenge: { id: string, title: string } | null, organization: { name: string } | null, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, contact: { affiliation: string, name: string, email: string, phone: string } | null, assignments: Array<{ dueOn: string | null, opinion: string | null, feasible: boolean | null, respondedAt: string | null, department: { id: string, name: string } }>, messages: Array<{ id: string, body: string, internal: boolean, createdAt: string, author: { kind: ActorKind, displayName: string | null, department: { name: string } | null } }>, history: Array<{ action: string, from: ProposalStatus | null, to: ProposalStatus | null, reason: string, at: string, actor: { kind: ActorKind, displayName: string | null, department: { name: string } | null } | null }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, messageId: string | null, downloadUrl: string, createdAt: string }>, project: { id: string, title: string } | null, agreement: { id: string, title: string } | null } | null };

export type ProposalMarkReadMutationVariables = Exact<{
  id: string | number;
}>;


export type ProposalMarkReadMutation = { markProposalRead: { proposal: { id: string, kind: ProposalKind, title: string, viewerActions: Array<ProposalAction>, unreadMessageCount: number, overdue: boolean, summary: string, body: string, desiredScheme: string, status: ProposalStatus, version: number, submittedAt: string | null, decidedAt: string | null, createdAt: string, customFields: Array<{ key: string, text: string | null, number: number | null, date: string | null, boolean: boolean | null, choices: Array<string> | null, definition: { labelJa: string, labelEn: string, type: CustomFieldType, choices: Array<{ value: string, labelJa: string, labelEn: string }> } }>, challenge: { id: string, title: string } | null, organization: { name: string } | null, resources: Array<{ side: Side, kind: ResourceKind, description: string }>, merits: Array<{ side: Side, description: string }>, contact: { affiliation: string, name: string, email: string, phone: string } | null, assignments: Array<{ dueOn: string | null, opinion: string | null, feasible: boolean | null, respondedAt: string | null, department: { id: string, name: string } }>, messages: Array<{ id: string, body: string, internal: boolean, createdAt: string, author: { kind: ActorKind, displayName: string | null, department: { name: string } | null } }>, history: Array<{ action: string, from: ProposalStatus | null, to: ProposalStatus | null, reason: string, at: string, actor: { kind: ActorKind, displayName: string | null, department: { name: string } | null } | null }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, messageId: string | null, downloadUrl: string, createdAt: string }>, project: { id: string, title: string } | null, agreement: { id: string, title: string } | null } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, displayName: string, role: Role, email: string | null, department: { id: string, name: string } | null } | null, municipality: { name: string, deskName: string }, permissions: Array<{ resource: string, action: string, scope: string }> };

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
export const ContentMediaItemFragmentDoc = new TypedDocumentString(`
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}
    `, {"fragmentName":"ContentMediaItem"}) as unknown as TypedDocumentString<ContentMediaItemFragment, unknown>;
export const DeskStatisticsPeriodFragmentDoc = new TypedDocumentString(`
    fragment DeskStatisticsPeriod on StatisticsPeriod {
  label
  start
  end
  received
  receivedByKind {
    key
    count
  }
  assigned
  accepted
  declined
  withdrawn
  becameProjects
  becameAgreements
  daysToFirstResponse {
    count
    median
    p90
  }
  daysToDecision {
    count
    median
    p90
  }
}
    `, {"fragmentName":"DeskStatisticsPeriod"}) as unknown as TypedDocumentString<DeskStatisticsPeriodFragment, unknown>;
export const InboxRowFragmentDoc = new TypedDocumentString(`
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  unreadMessageCount
  overdue
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
export const ContentCustomFieldValueFragmentDoc = new TypedDocumentString(`
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
    `, {"fragmentName":"ContentCustomFieldValue"}) as unknown as TypedDocumentString<ContentCustomFieldValueFragment, unknown>;
export const ProposalPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
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
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}`, {"fragmentName":"ProposalPageFields"}) as unknown as TypedDocumentString<ProposalPageFieldsFragment, unknown>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ContentAgreementListDocument = new TypedDocumentString(`
    query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {
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
      cursor
      node {
        id
        title
        kind
        status
        signedOn
        parties {
          name
        }
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContentAgreementListQuery, ContentAgreementListQueryVariables>;
export const ContentAgreementDocument = new TypedDocumentString(`
    query ContentAgreement($id: ID!) {
  agreement(id: $id) {
    id
    kind
    title
    purpose
    parties {
      id
      name
    }
    signedOn
    termStartOn
    termEndOn
    items
    merits {
      side
      description
    }
    status
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`) as unknown as TypedDocumentString<ContentAgreementQuery, ContentAgreementQueryVariables>;
export const ContentAgreementCreateDocument = new TypedDocumentString(`
    mutation ContentAgreementCreate($input: AgreementInput!) {
  createAgreement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContentAgreementCreateMutation, ContentAgreementCreateMutationVariables>;
export const ContentAgreementUpdateDocument = new TypedDocumentString(`
    mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
  updateAgreement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ContentAgreementUpdateMutation, ContentAgreementUpdateMutationVariables>;
export const ContentAgreementDeleteDocument = new TypedDocumentString(`
    mutation ContentAgreementDelete($id: ID!) {
  deleteAgreement(id: $id)
}
    `) as unknown as TypedDocumentString<ContentAgreementDeleteMutation, ContentAgreementDeleteMutationVariables>;
export const ContentAnnouncementListDocument = new TypedDocumentString(`
    query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {
  announcements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: PUBLISHED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        category
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContentAnnouncementListQuery, ContentAnnouncementListQueryVariables>;
export const ContentAnnouncementDocument = new TypedDocumentString(`
    query ContentAnnouncement($id: ID!) {
  announcement(id: $id) {
    id
    title
    body
    category
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`) as unknown as TypedDocumentString<ContentAnnouncementQuery, ContentAnnouncementQueryVariables>;
export const ContentAnnouncementCreateDocument = new TypedDocumentString(`
    mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
  createAnnouncement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContentAnnouncementCreateMutation, ContentAnnouncementCreateMutationVariables>;
export const ContentAnnouncementUpdateDocument = new TypedDocumentString(`
    mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
  updateAnnouncement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ContentAnnouncementUpdateMutation, ContentAnnouncementUpdateMutationVariables>;
export const ContentAnnouncementDeleteDocument = new TypedDocumentString(`
    mutation ContentAnnouncementDelete($id: ID!) {
  deleteAnnouncement(id: $id)
}
    `) as unknown as TypedDocumentString<ContentAnnouncementDeleteMutation, ContentAnnouncementDeleteMutationVariables>;
export const ContentCaseStudyListDocument = new TypedDocumentString(`
    query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {
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
      cursor
      node {
        id
        title
        locality
        category
        startOn
        endOn
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContentCaseStudyListQuery, ContentCaseStudyListQueryVariables>;
export const ContentCaseStudyDocument = new TypedDocumentString(`
    query ContentCaseStudy($id: ID!) {
  caseStudy(id: $id) {
    id
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
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`) as unknown as TypedDocumentString<ContentCaseStudyQuery, ContentCaseStudyQueryVariables>;
export const ContentCaseStudyCreateDocument = new TypedDocumentString(`
    mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContentCaseStudyCreateMutation, ContentCaseStudyCreateMutationVariables>;
export const ContentCaseStudyUpdateDocument = new TypedDocumentString(`
    mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
  updateCaseStudy(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ContentCaseStudyUpdateMutation, ContentCaseStudyUpdateMutationVariables>;
export const ContentCaseStudyDeleteDocument = new TypedDocumentString(`
    mutation ContentCaseStudyDelete($id: ID!) {
  deleteCaseStudy(id: $id)
}
    `) as unknown as TypedDocumentString<ContentCaseStudyDeleteMutation, ContentCaseStudyDeleteMutationVariables>;
export const ContentChallengeListDocument = new TypedDocumentString(`
    query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
  challenges(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: TITLE, direction: ASC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        department {
          name
        }
        opensAt
        closesAt
        isOpen
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContentChallengeListQuery, ContentChallengeListQueryVariables>;
export const ContentChallengeDocument = new TypedDocumentString(`
    query ContentChallenge($id: ID!) {
  challenge(id: $id) {
    id
    title
    background
    desiredOutcome
    department {
      id
      name
    }
    tags
    opensAt
    closesAt
    isOpen
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`) as unknown as TypedDocumentString<ContentChallengeQuery, ContentChallengeQueryVariables>;
export const ContentChallengeCreateDocument = new TypedDocumentString(`
    mutation ContentChallengeCreate($input: ChallengeInput!) {
  createChallenge(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContentChallengeCreateMutation, ContentChallengeCreateMutationVariables>;
export const ContentChallengeUpdateDocument = new TypedDocumentString(`
    mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
  updateChallenge(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ContentChallengeUpdateMutation, ContentChallengeUpdateMutationVariables>;
export const ContentChallengeDeleteDocument = new TypedDocumentString(`
    mutation ContentChallengeDelete($id: ID!) {
  deleteChallenge(id: $id)
}
    `) as unknown as TypedDocumentString<ContentChallengeDeleteMutation, ContentChallengeDeleteMutationVariables>;
export const ContentCustomFieldDefinitionsDocument = new TypedDocumentString(`
    query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {
  customFieldDefinitions(target: $target) {
    id
    key
    labelJa
    labelEn
    type
    required
    choices {
      value
      labelJa
      labelEn
    }
  }
}
    `) as unknown as TypedDocumentString<ContentCustomFieldDefinitionsQuery, ContentCustomFieldDefinitionsQueryVariables>;
export const ContentMethodListDocument = new TypedDocumentString(`
    query ContentMethodList($first: Int, $after: String) {
  collaborationMethods(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        key
        name
        position
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContentMethodListQuery, ContentMethodListQueryVariables>;
export const ContentMethodDocument = new TypedDocumentString(`
    query ContentMethod($id: ID!) {
  collaborationMethod(id: $id) {
    id
    key
    name
    description
    position
    version
  }
}
    `) as unknown as TypedDocumentString<ContentMethodQuery, ContentMethodQueryVariables>;
export const ContentMethodCreateDocument = new TypedDocumentString(`
    mutation ContentMethodCreate($input: CollaborationMethodInput!) {
  createCollaborationMethod(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContentMethodCreateMutation, ContentMethodCreateMutationVariables>;
export const ContentMethodUpdateDocument = new TypedDocumentString(`
    mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
  updateCollaborationMethod(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ContentMethodUpdateMutation, ContentMethodUpdateMutationVariables>;
export const ContentMethodDeleteDocument = new TypedDocumentString(`
    mutation ContentMethodDelete($id: ID!) {
  deleteCollaborationMethod(id: $id)
}
    `) as unknown as TypedDocumentString<ContentMethodDeleteMutation, ContentMethodDeleteMutationVariables>;
export const ContentMethodRestoreDocument = new TypedDocumentString(`
    mutation ContentMethodRestore($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContentMethodRestoreMutation, ContentMethodRestoreMutationVariables>;
export const ContentPreviewDocument = new TypedDocumentString(`
    query ContentPreview($token: String!) {
  preview(token: $token) {
    __typename
    id
    ... on Challenge {
      title
      background
      desiredOutcome
      department {
        name
      }
      tags
      opensAt
      closesAt
      media {
        ...ContentMediaItem
      }
    }
    ... on CaseStudy {
      title
      locality
      program
      caseCategory: category
      startOn
      endOn
      dateNote
      summary
      partners {
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
      tags
      media {
        ...ContentMediaItem
      }
    }
    ... on Agreement {
      title
      agreementKind: kind
      purpose
      parties {
        name
      }
      signedOn
      termStartOn
      termEndOn
      items
      merits {
        side
        description
      }
      agreementStatus: status
      media {
        ...ContentMediaItem
      }
    }
    ... on Project {
      title
      projectKind: kind
      summary
      startOn
      endOn
      site
      leadDepartment {
        name
      }
      partners {
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
      projectStatus: status
      media {
        ...ContentMediaItem
      }
    }
    ... on Announcement {
      title
      body
      category
      media {
        ...ContentMediaItem
      }
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`) as unknown as TypedDocumentString<ContentPreviewQuery, ContentPreviewQueryVariables>;
export const ContentProjectListDocument = new TypedDocumentString(`
    query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {
  projects(
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
      cursor
      node {
        id
        title
        kind
        status
        startOn
        endOn
        leadDepartment {
          name
        }
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContentProjectListQuery, ContentProjectListQueryVariables>;
export const ContentProjectDocument = new TypedDocumentString(`
    query ContentProject($id: ID!) {
  project(id: $id) {
    id
    kind
    title
    summary
    startOn
    endOn
    site
    leadDepartment {
      id
      name
    }
    partners {
      id
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
    status
    agreement {
      id
      title
    }
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`) as unknown as TypedDocumentString<ContentProjectQuery, ContentProjectQueryVariables>;
export const ContentProjectAgreementsDocument = new TypedDocumentString(`
    query ContentProjectAgreements {
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContentProjectAgreementsQuery, ContentProjectAgreementsQueryVariables>;
export const ContentProjectCreateDocument = new TypedDocumentString(`
    mutation ContentProjectCreate($input: ProjectInput!) {
  createProject(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContentProjectCreateMutation, ContentProjectCreateMutationVariables>;
export const ContentProjectUpdateDocument = new TypedDocumentString(`
    mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
  updateProject(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ContentProjectUpdateMutation, ContentProjectUpdateMutationVariables>;
export const ContentProjectDeleteDocument = new TypedDocumentString(`
    mutation ContentProjectDelete($id: ID!) {
  deleteProject(id: $id)
}
    `) as unknown as TypedDocumentString<ContentProjectDeleteMutation, ContentProjectDeleteMutationVariables>;
export const ContentPublishDocument = new TypedDocumentString(`
    mutation ContentPublish($id: ID!, $at: DateTime) {
  publish(id: $id, at: $at) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContentPublishMutation, ContentPublishMutationVariables>;
export const ContentUnpublishDocument = new TypedDocumentString(`
    mutation ContentUnpublish($id: ID!) {
  unpublish(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContentUnpublishMutation, ContentUnpublishMutationVariables>;
export const ContentArchiveDocument = new TypedDocumentString(`
    mutation ContentArchive($id: ID!) {
  archive(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContentArchiveMutation, ContentArchiveMutationVariables>;
export const ContentRestoreDeletedDocument = new TypedDocumentString(`
    mutation ContentRestoreDeleted($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContentRestoreDeletedMutation, ContentRestoreDeletedMutationVariables>;
export const ContentPreviewTokenDocument = new TypedDocumentString(`
    mutation ContentPreviewToken($id: ID!) {
  createPreviewToken(id: $id) {
    token
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ContentPreviewTokenMutation, ContentPreviewTokenMutationVariables>;
export const ContentRevisionsDocument = new TypedDocumentString(`
    query ContentRevisions($id: ID!) {
  revisions(id: $id) {
    id
    number
    author {
      displayName
    }
    createdAt
    pending
  }
}
    `) as unknown as TypedDocumentString<ContentRevisionsQuery, ContentRevisionsQueryVariables>;
export const ContentRestoreRevisionDocument = new TypedDocumentString(`
    mutation ContentRestoreRevision($id: ID!) {
  restoreRevision(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContentRestoreRevisionMutation, ContentRestoreRevisionMutationVariables>;
export const ContentAttachMediaDocument = new TypedDocumentString(`
    mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
  attachMedia(contentId: $contentId, file: $file, alt: $alt) {
    id
    fileName
  }
}
    `) as unknown as TypedDocumentString<ContentAttachMediaMutation, ContentAttachMediaMutationVariables>;
export const ContentUpdateMediaDocument = new TypedDocumentString(`
    mutation ContentUpdateMedia($id: ID!, $alt: String!) {
  updateMedia(id: $id, alt: $alt) {
    id
    alt
  }
}
    `) as unknown as TypedDocumentString<ContentUpdateMediaMutation, ContentUpdateMediaMutationVariables>;
export const ContentDeleteMediaDocument = new TypedDocumentString(`
    mutation ContentDeleteMedia($id: ID!) {
  deleteMedia(id: $id)
}
    `) as unknown as TypedDocumentString<ContentDeleteMediaMutation, ContentDeleteMediaMutationVariables>;
export const ContentDepartmentsDocument = new TypedDocumentString(`
    query ContentDepartments {
  municipality {
    departments {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ContentDepartmentsQuery, ContentDepartmentsQueryVariables>;
export const ContentPartnersDocument = new TypedDocumentString(`
    query ContentPartners($search: String) {
  partners(first: 30, filter: { search: $search }) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContentPartnersQuery, ContentPartnersQueryVariables>;
export const DeskUsersDocument = new TypedDocumentString(`
    query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        id
        displayName
        email
        role
        disabled
        createdAt
        department {
          id
          name
        }
        organization {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DeskUsersQuery, DeskUsersQueryVariables>;
export const DeskAccountDepartmentsDocument = new TypedDocumentString(`
    query DeskAccountDepartments {
  municipality {
    id
    departments {
      id
      name
      parent {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskAccountDepartmentsQuery, DeskAccountDepartmentsQueryVariables>;
export const DeskCreateStaffDocument = new TypedDocumentString(`
    mutation DeskCreateStaff($input: StaffAccountInput!) {
  createStaffAccount(input: $input) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<DeskCreateStaffMutation, DeskCreateStaffMutationVariables>;
export const DeskDisableAccountDocument = new TypedDocumentString(`
    mutation DeskDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    id
    disabled
  }
}
    `) as unknown as TypedDocumentString<DeskDisableAccountMutation, DeskDisableAccountMutationVariables>;
export const DeskEnableAccountDocument = new TypedDocumentString(`
    mutation DeskEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    id
    disabled
  }
}
    `) as unknown as TypedDocumentString<DeskEnableAccountMutation, DeskEnableAccountMutationVariables>;
export const DeskAuditLogDocument = new TypedDocumentString(`
    query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        actor {
          id
          displayName
        }
        action
        targetType
        targetId
        changes
        at
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DeskAuditLogQuery, DeskAuditLogQueryVariables>;
export const DeskAuditActorsDocument = new TypedDocumentString(`
    query DeskAuditActors {
  users(first: 100) {
    edges {
      node {
        id
        displayName
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskAuditActorsQuery, DeskAuditActorsQueryVariables>;
export const SettingsCustomFieldsDocument = new TypedDocumentString(`
    query SettingsCustomFields($target: CustomFieldTarget!) {
  customFieldDefinitions(target: $target) {
    id
    key
    target
    labelJa
    labelEn
    type
    required
    visibility
    order
    choices {
      value
      labelJa
      labelEn
    }
    disclosureLevel
    disclosureReason
  }
}
    `) as unknown as TypedDocumentString<SettingsCustomFieldsQuery, SettingsCustomFieldsQueryVariables>;
export const SettingsCustomFieldDefineDocument = new TypedDocumentString(`
    mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {
  defineCustomField(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SettingsCustomFieldDefineMutation, SettingsCustomFieldDefineMutationVariables>;
export const SettingsCustomFieldUpdateDocument = new TypedDocumentString(`
    mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {
  updateCustomField(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SettingsCustomFieldUpdateMutation, SettingsCustomFieldUpdateMutationVariables>;
export const SettingsCustomFieldDeleteDocument = new TypedDocumentString(`
    mutation SettingsCustomFieldDelete($id: ID!) {
  deleteCustomField(id: $id)
}
    `) as unknown as TypedDocumentString<SettingsCustomFieldDeleteMutation, SettingsCustomFieldDeleteMutationVariables>;
export const DeskDepartmentsDocument = new TypedDocumentString(`
    query DeskDepartments {
  municipality {
    id
    departments {
      id
      name
      kind
      version
      parent {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskDepartmentsQuery, DeskDepartmentsQueryVariables>;
export const DeskDepartmentCreateDocument = new TypedDocumentString(`
    mutation DeskDepartmentCreate($input: DepartmentInput!) {
  createDepartment(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<DeskDepartmentCreateMutation, DeskDepartmentCreateMutationVariables>;
export const DeskDepartmentUpdateDocument = new TypedDocumentString(`
    mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
  updateDepartment(id: $id, input: $input, version: $version) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<DeskDepartmentUpdateMutation, DeskDepartmentUpdateMutationVariables>;
export const DeskDepartmentDeleteDocument = new TypedDocumentString(`
    mutation DeskDepartmentDelete($id: ID!) {
  deleteDepartment(id: $id)
}
    `) as unknown as TypedDocumentString<DeskDepartmentDeleteMutation, DeskDepartmentDeleteMutationVariables>;
export const DeskInquiriesDocument = new TypedDocumentString(`
    query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
  inquiries(first: $first, after: $after, status: $status) {
    edges {
      cursor
      node {
        id
        affiliation
        name
        subject
        status
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DeskInquiriesQuery, DeskInquiriesQueryVariables>;
export const DeskInquiryDocument = new TypedDocumentString(`
    query DeskInquiry($id: ID!) {
  node(id: $id) {
    ... on Inquiry {
      id
      affiliation
      name
      email
      phone
      subject
      body
      status
      createdAt
      answeredAt
      forwardedTo {
        id
        name
      }
      replies {
        id
        subject
        body
        sentBy
        sentAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskInquiryQuery, DeskInquiryQueryVariables>;
export const DeskInquiryReplyDocument = new TypedDocumentString(`
    mutation DeskInquiryReply($id: ID!, $input: InquiryReplyInput!) {
  replyToInquiry(id: $id, input: $input) {
    id
    answeredAt
  }
}
    `) as unknown as TypedDocumentString<DeskInquiryReplyMutation, DeskInquiryReplyMutationVariables>;
export const DeskInquiryForwardDocument = new TypedDocumentString(`
    mutation DeskInquiryForward($id: ID!, $departmentIds: [ID!]!, $note: String) {
  forwardInquiry(id: $id, departmentIds: $departmentIds, note: $note) {
    id
    forwardedTo {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeskInquiryForwardMutation, DeskInquiryForwardMutationVariables>;
export const DeskInquiryDepartmentsDocument = new TypedDocumentString(`
    query DeskInquiryDepartments {
  municipality {
    id
    departments {
      id
      name
      parent {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskInquiryDepartmentsQuery, DeskInquiryDepartmentsQueryVariables>;
export const DeskInquiryCloseDocument = new TypedDocumentString(`
    mutation DeskInquiryClose($id: ID!) {
  closeInquiry(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeskInquiryCloseMutation, DeskInquiryCloseMutationVariables>;
export const RecordLegalHoldDocument = new TypedDocumentString(`
    query RecordLegalHold($id: ID!) {
  node(id: $id) {
    ... on Proposal {
      id
      legalHold {
        reason
        setAt
      }
    }
    ... on Inquiry {
      id
      legalHold {
        reason
        setAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordLegalHoldQuery, RecordLegalHoldQueryVariables>;
export const RecordLegalHoldSetDocument = new TypedDocumentString(`
    mutation RecordLegalHoldSet($id: ID!, $hold: Boolean!, $reason: String) {
  setLegalHold(recordId: $id, hold: $hold, reason: $reason)
}
    `) as unknown as TypedDocumentString<RecordLegalHoldSetMutation, RecordLegalHoldSetMutationVariables>;
export const DeskPersonalDataReadsDocument = new TypedDocumentString(`
    query DeskPersonalDataReads($first: Int, $after: String, $filter: PersonalDataReadFilter) {
  personalDataReads(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        id
        reader
        readerId
        readAt
        recordType
        recordId
        fields
        operation
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DeskPersonalDataReadsQuery, DeskPersonalDataReadsQueryVariables>;
export const DeskPersonalDataReadersDocument = new TypedDocumentString(`
    query DeskPersonalDataReaders {
  users(first: 100) {
    edges {
      node {
        id
        displayName
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskPersonalDataReadersQuery, DeskPersonalDataReadersQueryVariables>;
export const DeskRetentionRulesDocument = new TypedDocumentString(`
    query DeskRetentionRules {
  municipality {
    id
    retention {
      recordType
      months
      isDefault
    }
  }
}
    `) as unknown as TypedDocumentString<DeskRetentionRulesQuery, DeskRetentionRulesQueryVariables>;
export const DeskRetentionSetDocument = new TypedDocumentString(`
    mutation DeskRetentionSet($input: [RetentionRuleInput!]!) {
  setRetention(input: $input) {
    recordType
    months
    isDefault
  }
}
    `) as unknown as TypedDocumentString<DeskRetentionSetMutation, DeskRetentionSetMutationVariables>;
export const DeskRetentionDryRunDocument = new TypedDocumentString(`
    query DeskRetentionDryRun {
  retentionDryRun {
    recordId
    rule
    months
    expiredSince
  }
}
    `) as unknown as TypedDocumentString<DeskRetentionDryRunQuery, DeskRetentionDryRunQueryVariables>;
export const DeskRetentionPurgeLogDocument = new TypedDocumentString(`
    query DeskRetentionPurgeLog($first: Int, $after: String) {
  purgeLog(first: $first, after: $after) {
    edges {
      cursor
      node {
        recordId
        recordType
        rule
        months
        expiredAt
        purgedAt
        parts
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DeskRetentionPurgeLogQuery, DeskRetentionPurgeLogQueryVariables>;
export const DeskMunicipalitySettingsDocument = new TypedDocumentString(`
    query DeskMunicipalitySettings {
  municipality {
    id
    slug
    itemUrlTemplate
  }
}
    `) as unknown as TypedDocumentString<DeskMunicipalitySettingsQuery, DeskMunicipalitySettingsQueryVariables>;
export const DeskMunicipalitySettingsSaveDocument = new TypedDocumentString(`
    mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {
  updateMunicipality(input: $input) {
    id
    itemUrlTemplate
  }
}
    `) as unknown as TypedDocumentString<DeskMunicipalitySettingsSaveMutation, DeskMunicipalitySettingsSaveMutationVariables>;
export const DeskStatisticsScreenDocument = new TypedDocumentString(`
    query DeskStatisticsScreen($from: Date!, $to: Date!, $groupBy: StatisticsGrouping!) {
  deskStatistics(from: $from, to: $to, groupBy: $groupBy) {
    from
    to
    groupBy
    periods {
      ...DeskStatisticsPeriod
    }
    total {
      ...DeskStatisticsPeriod
      receivedByScheme {
        key
        count
      }
    }
  }
}
    fragment DeskStatisticsPeriod on StatisticsPeriod {
  label
  start
  end
  received
  receivedByKind {
    key
    count
  }
  assigned
  accepted
  declined
  withdrawn
  becameProjects
  becameAgreements
  daysToFirstResponse {
    count
    median
    p90
  }
  daysToDecision {
    count
    median
    p90
  }
}`) as unknown as TypedDocumentString<DeskStatisticsScreenQuery, DeskStatisticsScreenQueryVariables>;
export const DeskWebhookDeliveriesDocument = new TypedDocumentString(`
    query DeskWebhookDeliveries($first: Int) {
  webhooks {
    id
    url
    events
    active
    createdAt
    deliveries(first: $first) {
      id
      event
      status
      attempts
      lastStatusCode
      lastError
      nextAttemptAt
      deliveredAt
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<DeskWebhookDeliveriesQuery, DeskWebhookDeliveriesQueryVariables>;
export const DeskWebhooksDocument = new TypedDocumentString(`
    query DeskWebhooks {
  webhooks {
    id
    url
    events
    active
    createdAt
  }
}
    `) as unknown as TypedDocumentString<DeskWebhooksQuery, DeskWebhooksQueryVariables>;
export const DeskWebhookRegisterDocument = new TypedDocumentString(`
    mutation DeskWebhookRegister($input: WebhookInput!) {
  registerWebhook(input: $input) {
    id
    url
  }
}
    `) as unknown as TypedDocumentString<DeskWebhookRegisterMutation, DeskWebhookRegisterMutationVariables>;
export const DeskWebhookDeleteDocument = new TypedDocumentString(`
    mutation DeskWebhookDelete($id: ID!) {
  deleteWebhook(id: $id)
}
    `) as unknown as TypedDocumentString<DeskWebhookDeleteMutation, DeskWebhookDeleteMutationVariables>;
export const HomeAttentionDocument = new TypedDocumentString(`
    query HomeAttention {
  proposals(first: 0, filter: { needsAttention: true }) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<HomeAttentionQuery, HomeAttentionQueryVariables>;
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
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
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
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
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
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
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
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
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
export const ProposalCustomFieldsSetDocument = new TypedDocumentString(`
    mutation ProposalCustomFieldsSet($id: ID!, $customFields: [CustomFieldValueInput!]!, $version: Int!) {
  setProposalCustomFields(id: $id, customFields: $customFields, version: $version) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
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
}`) as unknown as TypedDocumentString<ProposalCustomFieldsSetMutation, ProposalCustomFieldsSetMutationVariables>;
export const ProposalCustomFieldsDefinedDocument = new TypedDocumentString(`
    query ProposalCustomFieldsDefined {
  customFieldDefinitions(target: PROPOSAL) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProposalCustomFieldsDefinedQuery, ProposalCustomFieldsDefinedQueryVariables>;
export const ProposalPostMessageDocument = new TypedDocumentString(`
    mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
  postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
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
export const DisclosurePanelDocument = new TypedDocumentString(`
    query DisclosurePanel($id: ID!) {
  proposal(id: $id) {
    id
    disclosure {
      field
      level
      reason
      isDefault
      protectionRequested {
        reason
        requestedAt
      }
    }
    messages {
      id
      internal
      createdAt
      disclosureLevel
      disclosureReason
      protectionRequested {
        reason
        requestedAt
      }
    }
    attachments {
      id
      fileName
      disclosureLevel
      disclosureReason
      protectionRequested {
        reason
        requestedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DisclosurePanelQuery, DisclosurePanelQueryVariables>;
export const DisclosurePanelSetDocument = new TypedDocumentString(`
    mutation DisclosurePanelSet($id: ID!, $target: DisclosureTargetInput!, $level: DisclosureLevel!, $reason: String) {
  setDisclosureLevel(
    proposalId: $id
    target: $target
    level: $level
    reason: $reason
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<DisclosurePanelSetMutation, DisclosurePanelSetMutationVariables>;
export const DisclosurePanelProduceDocument = new TypedDocumentString(`
    mutation DisclosurePanelProduce($id: ID!, $reference: String!, $format: DisclosureFormat!) {
  produceDisclosureCopy(proposalId: $id, reference: $reference, format: $format) {
    url
    filename
  }
}
    `) as unknown as TypedDocumentString<DisclosurePanelProduceMutation, DisclosurePanelProduceMutationVariables>;
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
  unreadMessageCount
  overdue
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
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
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
export const ProposalMarkReadDocument = new TypedDocumentString(`
    mutation ProposalMarkRead($id: ID!) {
  markProposalRead(id: $id) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
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
}`) as unknown as TypedDocumentString<ProposalMarkReadMutation, ProposalMarkReadMutationVariables>;
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
  permissions {
    resource
    action
    scope
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;