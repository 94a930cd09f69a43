/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          signedOn\n          parties {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.ContentAgreementListDocument,
    "\n  query ContentAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      kind\n      title\n      purpose\n      parties {\n        id\n        name\n      }\n      signedOn\n      termStartOn\n      termEndOn\n      items\n      merits {\n        side\n        description\n      }\n      status\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n": typeof types.ContentAgreementDocument,
    "\n  mutation ContentAgreementCreate($input: AgreementInput!) {\n    createAgreement(input: $input) {\n      id\n    }\n  }\n": typeof types.ContentAgreementCreateDocument,
    "\n  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {\n    updateAgreement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ContentAgreementUpdateDocument,
    "\n  mutation ContentAgreementDelete($id: ID!) {\n    deleteAgreement(id: $id)\n  }\n": typeof types.ContentAgreementDeleteDocument,
    "\n  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {\n    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          category\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.ContentAnnouncementListDocument,
    "\n  query ContentAnnouncement($id: ID!) {\n    announcement(id: $id) {\n      id\n      title\n      body\n      category\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n": typeof types.ContentAnnouncementDocument,
    "\n  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n    }\n  }\n": typeof types.ContentAnnouncementCreateDocument,
    "\n  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {\n    updateAnnouncement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ContentAnnouncementUpdateDocument,
    "\n  mutation ContentAnnouncementDelete($id: ID!) {\n    deleteAnnouncement(id: $id)\n  }\n": typeof types.ContentAnnouncementDeleteDocument,
    "\n  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          locality\n          category\n          startOn\n          endOn\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.ContentCaseStudyListDocument,
    "\n  query ContentCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n": typeof types.ContentCaseStudyDocument,
    "\n  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n    }\n  }\n": typeof types.ContentCaseStudyCreateDocument,
    "\n  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {\n    updateCaseStudy(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ContentCaseStudyUpdateDocument,
    "\n  mutation ContentCaseStudyDelete($id: ID!) {\n    deleteCaseStudy(id: $id)\n  }\n": typeof types.ContentCaseStudyDeleteDocument,
    "\n  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          department {\n            name\n          }\n          opensAt\n          closesAt\n          isOpen\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.ContentChallengeListDocument,
    "\n  query ContentChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      background\n      desiredOutcome\n      department {\n        id\n        name\n      }\n      tags\n      opensAt\n      closesAt\n      isOpen\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n": typeof types.ContentChallengeDocument,
    "\n  mutation ContentChallengeCreate($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n    }\n  }\n": typeof types.ContentChallengeCreateDocument,
    "\n  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {\n    updateChallenge(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ContentChallengeUpdateDocument,
    "\n  mutation ContentChallengeDelete($id: ID!) {\n    deleteChallenge(id: $id)\n  }\n": typeof types.ContentChallengeDeleteDocument,
    "\n  fragment ContentCustomFieldValue on CustomFieldValue {\n    key\n    text\n    number\n    date\n    boolean\n    choices\n    definition {\n      labelJa\n      labelEn\n      type\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n": typeof types.ContentCustomFieldValueFragmentDoc,
    "\n  query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {\n    customFieldDefinitions(target: $target) {\n      id\n      key\n      labelJa\n      labelEn\n      type\n      required\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n": typeof types.ContentCustomFieldDefinitionsDocument,
    "\n  query ContentMethodList($first: Int, $after: String) {\n    collaborationMethods(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          key\n          name\n          position\n        }\n      }\n    }\n  }\n": typeof types.ContentMethodListDocument,
    "\n  query ContentMethod($id: ID!) {\n    collaborationMethod(id: $id) {\n      id\n      key\n      name\n      description\n      position\n      version\n    }\n  }\n": typeof types.ContentMethodDocument,
    "\n  mutation ContentMethodCreate($input: CollaborationMethodInput!) {\n    createCollaborationMethod(input: $input) {\n      id\n    }\n  }\n": typeof types.ContentMethodCreateDocument,
    "\n  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {\n    updateCollaborationMethod(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ContentMethodUpdateDocument,
    "\n  mutation ContentMethodDelete($id: ID!) {\n    deleteCollaborationMethod(id: $id)\n  }\n": typeof types.ContentMethodDeleteDocument,
    "\n  mutation ContentMethodRestore($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n": typeof types.ContentMethodRestoreDocument,
    "\n  query ContentPreview($token: String!) {\n    preview(token: $token) {\n      __typename\n      id\n      ... on Challenge {\n        title\n        background\n        desiredOutcome\n        department {\n          name\n        }\n        tags\n        opensAt\n        closesAt\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on CaseStudy {\n        title\n        locality\n        program\n        caseCategory: category\n        startOn\n        endOn\n        dateNote\n        summary\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        tags\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Agreement {\n        title\n        agreementKind: kind\n        purpose\n        parties {\n          name\n        }\n        signedOn\n        termStartOn\n        termEndOn\n        items\n        merits {\n          side\n          description\n        }\n        agreementStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Project {\n        title\n        projectKind: kind\n        summary\n        startOn\n        endOn\n        site\n        leadDepartment {\n          name\n        }\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        projectStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Announcement {\n        title\n        body\n        category\n        media {\n          ...ContentMediaItem\n        }\n      }\n    }\n  }\n": typeof types.ContentPreviewDocument,
    "\n  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          startOn\n          endOn\n          leadDepartment {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.ContentProjectListDocument,
    "\n  query ContentProject($id: ID!) {\n    project(id: $id) {\n      id\n      kind\n      title\n      summary\n      startOn\n      endOn\n      site\n      leadDepartment {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      status\n      agreement {\n        id\n        title\n      }\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n": typeof types.ContentProjectDocument,
    "\n  query ContentProjectAgreements {\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.ContentProjectAgreementsDocument,
    "\n  mutation ContentProjectCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n": typeof types.ContentProjectCreateDocument,
    "\n  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {\n    updateProject(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ContentProjectUpdateDocument,
    "\n  mutation ContentProjectDelete($id: ID!) {\n    deleteProject(id: $id)\n  }\n": typeof types.ContentProjectDeleteDocument,
    "\n  mutation ContentPublish($id: ID!, $at: DateTime) {\n    publish(id: $id, at: $at) {\n      id\n    }\n  }\n": typeof types.ContentPublishDocument,
    "\n  mutation ContentUnpublish($id: ID!) {\n    unpublish(id: $id) {\n      id\n    }\n  }\n": typeof types.ContentUnpublishDocument,
    "\n  mutation ContentArchive($id: ID!) {\n    archive(id: $id) {\n      id\n    }\n  }\n": typeof types.ContentArchiveDocument,
    "\n  mutation ContentRestoreDeleted($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n": typeof types.ContentRestoreDeletedDocument,
    "\n  mutation ContentPreviewToken($id: ID!) {\n    createPreviewToken(id: $id) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.ContentPreviewTokenDocument,
    "\n  query ContentRevisions($id: ID!) {\n    revisions(id: $id) {\n      id\n      number\n      author {\n        displayName\n      }\n      createdAt\n      pending\n    }\n  }\n": typeof types.ContentRevisionsDocument,
    "\n  mutation ContentRestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      id\n    }\n  }\n": typeof types.ContentRestoreRevisionDocument,
    "\n  fragment ContentMediaItem on Media {\n    id\n    fileName\n    contentType\n    size\n    url\n    alt\n  }\n": typeof types.ContentMediaItemFragmentDoc,
    "\n  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {\n    attachMedia(contentId: $contentId, file: $file, alt: $alt) {\n      id\n      fileName\n    }\n  }\n": typeof types.ContentAttachMediaDocument,
    "\n  mutation ContentUpdateMedia($id: ID!, $alt: String!) {\n    updateMedia(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n": typeof types.ContentUpdateMediaDocument,
    "\n  mutation ContentDeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n": typeof types.ContentDeleteMediaDocument,
    "\n  query ContentDepartments {\n    municipality {\n      departments {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ContentDepartmentsDocument,
    "\n  query ContentPartners($search: String) {\n    partners(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ContentPartnersDocument,
    "\n  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          disabled\n          createdAt\n          department {\n            id\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.DeskUsersDocument,
    "\n  query DeskAccountDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DeskAccountDepartmentsDocument,
    "\n  mutation DeskCreateStaff($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.DeskCreateStaffDocument,
    "\n  mutation DeskDisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n": typeof types.DeskDisableAccountDocument,
    "\n  mutation DeskEnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n": typeof types.DeskEnableAccountDocument,
    "\n  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          actor {\n            id\n            displayName\n          }\n          action\n          targetType\n          targetId\n          changes\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.DeskAuditLogDocument,
    "\n  query DeskAuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n": typeof types.DeskAuditActorsDocument,
    "\n  query SettingsCustomFields($target: CustomFieldTarget!) {\n    customFieldDefinitions(target: $target) {\n      id\n      key\n      target\n      labelJa\n      labelEn\n      type\n      required\n      visibility\n      order\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n      disclosureLevel\n      disclosureReason\n    }\n  }\n": typeof types.SettingsCustomFieldsDocument,
    "\n  mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {\n    defineCustomField(input: $input) {\n      id\n    }\n  }\n": typeof types.SettingsCustomFieldDefineDocument,
    "\n  mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {\n    updateCustomField(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.SettingsCustomFieldUpdateDocument,
    "\n  mutation SettingsCustomFieldDelete($id: ID!) {\n    deleteCustomField(id: $id)\n  }\n": typeof types.SettingsCustomFieldDeleteDocument,
    "\n  query DeskDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        kind\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DeskDepartmentsDocument,
    "\n  mutation DeskDepartmentCreate($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.DeskDepartmentCreateDocument,
    "\n  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.DeskDepartmentUpdateDocument,
    "\n  mutation DeskDepartmentDelete($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n": typeof types.DeskDepartmentDeleteDocument,
    "\n  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {\n    inquiries(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          affiliation\n          name\n          subject\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.DeskInquiriesDocument,
    "\n  query DeskInquiry($id: ID!) {\n    node(id: $id) {\n      ... on Inquiry {\n        id\n        affiliation\n        name\n        email\n        phone\n        subject\n        body\n        status\n        createdAt\n        answeredAt\n        forwardedTo {\n          id\n          name\n        }\n        replies {\n          id\n          subject\n          body\n          sentBy\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.DeskInquiryDocument,
    "\n  mutation DeskInquiryReply($id: ID!, $input: InquiryReplyInput!) {\n    replyToInquiry(id: $id, input: $input) {\n      id\n      answeredAt\n    }\n  }\n": typeof types.DeskInquiryReplyDocument,
    "\n  mutation DeskInquiryForward($id: ID!, $departmentIds: [ID!]!, $note: String) {\n    forwardInquiry(id: $id, departmentIds: $departmentIds, note: $note) {\n      id\n      forwardedTo {\n        id\n      }\n    }\n  }\n": typeof types.DeskInquiryForwardDocument,
    "\n  query DeskInquiryDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DeskInquiryDepartmentsDocument,
    "\n  mutation DeskInquiryClose($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DeskInquiryCloseDocument,
    "\n  query RecordLegalHold($id: ID!) {\n    node(id: $id) {\n      ... on Proposal {\n        id\n        legalHold {\n          reason\n          setAt\n        }\n      }\n      ... on Inquiry {\n        id\n        legalHold {\n          reason\n          setAt\n        }\n      }\n    }\n  }\n": typeof types.RecordLegalHoldDocument,
    "\n  mutation RecordLegalHoldSet($id: ID!, $hold: Boolean!, $reason: String) {\n    setLegalHold(recordId: $id, hold: $hold, reason: $reason)\n  }\n": typeof types.RecordLegalHoldSetDocument,
    "\n  query DeskPersonalDataReads($first: Int, $after: String, $filter: PersonalDataReadFilter) {\n    personalDataReads(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          reader\n          readerId\n          readAt\n          recordType\n          recordId\n          fields\n          operation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.DeskPersonalDataReadsDocument,
    "\n  query DeskPersonalDataReaders {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n": typeof types.DeskPersonalDataReadersDocument,
    "\n  query DeskRetentionRules {\n    municipality {\n      id\n      retention {\n        recordType\n        months\n        isDefault\n      }\n    }\n  }\n": typeof types.DeskRetentionRulesDocument,
    "\n  mutation DeskRetentionSet($input: [RetentionRuleInput!]!) {\n    setRetention(input: $input) {\n      recordType\n      months\n      isDefault\n    }\n  }\n": typeof types.DeskRetentionSetDocument,
    "\n  query DeskRetentionDryRun {\n    retentionDryRun {\n      recordId\n      rule\n      months\n      expiredSince\n    }\n  }\n": typeof types.DeskRetentionDryRunDocument,
    "\n  query DeskRetentionPurgeLog($first: Int, $after: String) {\n    purgeLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          recordId\n          recordType\n          rule\n          months\n          expiredAt\n          purgedAt\n          parts\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.DeskRetentionPurgeLogDocument,
    "\n  query DeskMunicipalitySettings {\n    municipality {\n      id\n      slug\n      itemUrlTemplate\n    }\n  }\n": typeof types.DeskMunicipalitySettingsDocument,
    "\n  mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {\n    updateMunicipality(input: $input) {\n      id\n      itemUrlTemplate\n    }\n  }\n": typeof types.DeskMunicipalitySettingsSaveDocument,
    "\n  query DeskStatisticsScreen($from: Date!, $to: Date!, $groupBy: StatisticsGrouping!) {\n    deskStatistics(from: $from, to: $to, groupBy: $groupBy) {\n      from\n      to\n      groupBy\n      periods {\n        ...DeskStatisticsPeriod\n      }\n      total {\n        ...DeskStatisticsPeriod\n        receivedByScheme {\n          key\n          count\n        }\n      }\n    }\n  }\n  fragment DeskStatisticsPeriod on StatisticsPeriod {\n    label\n    start\n    end\n    received\n    receivedByKind {\n      key\n      count\n    }\n    assigned\n    accepted\n    declined\n    withdrawn\n    becameProjects\n    becameAgreements\n    daysToFirstResponse {\n      count\n      median\n      p90\n    }\n    daysToDecision {\n      count\n      median\n      p90\n    }\n  }\n": typeof types.DeskStatisticsScreenDocument,
    "\n  query DeskWebhookDeliveries($first: Int) {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n      deliveries(first: $first) {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n": typeof types.DeskWebhookDeliveriesDocument,
    "\n  query DeskWebhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n": typeof types.DeskWebhooksDocument,
    "\n  mutation DeskWebhookRegister($input: WebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      url\n    }\n  }\n": typeof types.DeskWebhookRegisterDocument,
    "\n  mutation DeskWebhookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.DeskWebhookDeleteDocument,
    "\n  query HomeAttention {\n    proposals(first: 0, filter: { needsAttention: true }) {\n      totalCount\n    }\n  }\n": typeof types.HomeAttentionDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n": typeof types.ProposalAssignDocument,
    "\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n": typeof types.ProposalRespondDocument,
    "\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n": typeof types.ProposalDecideDocument,
    "\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n": typeof types.ProposalLinkDocument,
    "\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ProposalAssignDepartmentsDocument,
    "\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.ProposalLinkOutcomesDocument,
    "\n  mutation ProposalCustomFieldsSet($id: ID!, $customFields: [CustomFieldValueInput!]!, $version: Int!) {\n    setProposalCustomFields(id: $id, customFields: $customFields, version: $version) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n": typeof types.ProposalCustomFieldsSetDocument,
    "\n  query ProposalCustomFieldsDefined {\n    customFieldDefinitions(target: PROPOSAL) {\n      id\n    }\n  }\n": typeof types.ProposalCustomFieldsDefinedDocument,
    "\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n": typeof types.ProposalPostMessageDocument,
    "\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n": typeof types.ProposalAttachFileDocument,
    "\n  query DisclosurePanel($id: ID!) {\n    proposal(id: $id) {\n      id\n      disclosure {\n        field\n        level\n        reason\n        isDefault\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n      messages {\n        id\n        internal\n        createdAt\n        disclosureLevel\n        disclosureReason\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n      attachments {\n        id\n        fileName\n        disclosureLevel\n        disclosureReason\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n    }\n  }\n": typeof types.DisclosurePanelDocument,
    "\n  mutation DisclosurePanelSet($id: ID!, $target: DisclosureTargetInput!, $level: DisclosureLevel!, $reason: String) {\n    setDisclosureLevel(proposalId: $id, target: $target, level: $level, reason: $reason) {\n      id\n    }\n  }\n": typeof types.DisclosurePanelSetDocument,
    "\n  mutation DisclosurePanelProduce($id: ID!, $reference: String!, $format: DisclosureFormat!) {\n    produceDisclosureCopy(proposalId: $id, reference: $reference, format: $format) {\n      url\n      filename\n    }\n  }\n": typeof types.DisclosurePanelProduceDocument,
    "\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    unreadMessageCount\n    overdue\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n": typeof types.InboxRowFragmentDoc,
    "\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n": typeof types.InboxProposalsDocument,
    "\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.InboxOptionsDocument,
    "\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    viewerActions\n    unreadMessageCount\n    overdue\n    summary\n    body\n    desiredScheme\n    customFields {\n      ...ContentCustomFieldValue\n    }\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n": typeof types.ProposalPageFieldsFragmentDoc,
    "\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n": typeof types.ProposalPageDocument,
    "\n  mutation ProposalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n": typeof types.ProposalMarkReadDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n    permissions {\n      resource\n      action\n      scope\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          signedOn\n          parties {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n": types.ContentAgreementListDocument,
    "\n  query ContentAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      kind\n      title\n      purpose\n      parties {\n        id\n        name\n      }\n      signedOn\n      termStartOn\n      termEndOn\n      items\n      merits {\n        side\n        description\n      }\n      status\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n": types.ContentAgreementDocument,
    "\n  mutation ContentAgreementCreate($input: AgreementInput!) {\n    createAgreement(input: $input) {\n      id\n    }\n  }\n": types.ContentAgreementCreateDocument,
    "\n  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {\n    updateAgreement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n": types.ContentAgreementUpdateDocument,
    "\n  mutation ContentAgreementDelete($id: ID!) {\n    deleteAgreement(id: $id)\n  }\n": types.ContentAgreementDeleteDocument,
    "\n  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {\n    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          category\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n": types.ContentAnnouncementListDocument,
    "\n  query ContentAnnouncement($id: ID!) {\n    announcement(id: $id) {\n      id\n      title\n      body\n      category\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n": types.ContentAnnouncementDocument,
    "\n  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n    }\n  }\n": types.ContentAnnouncementCreateDocument,
    "\n  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {\n    updateAnnouncement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n": types.ContentAnnouncementUpdateDocument,
    "\n  mutation ContentAnnouncementDelete($id: ID!) {\n    deleteAnnouncement(id: $id)\n  }\n": types.ContentAnnouncementDeleteDocument,
    "\n  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          locality\n          category\n          startOn\n          endOn\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n": types.ContentCaseStudyListDocument,
    "\n  query ContentCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n": types.ContentCaseStudyDocument,
    "\n  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n    }\n  }\n": types.ContentCaseStudyCreateDocument,
    "\n  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {\n    updateCaseStudy(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n": types.ContentCaseStudyUpdateDocument,
    "\n  mutation ContentCaseStudyDelete($id: ID!) {\n    deleteCaseStudy(id: $id)\n  }\n": types.ContentCaseStudyDeleteDocument,
    "\n  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          department {\n            name\n          }\n          opensAt\n          closesAt\n          isOpen\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n": types.ContentChallengeListDocument,
    "\n  query ContentChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      background\n      desiredOutcome\n      department {\n        id\n        name\n      }\n      tags\n      opensAt\n      closesAt\n      isOpen\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n": types.ContentChallengeDocument,
    "\n  mutation ContentChallengeCreate($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n    }\n  }\n": types.ContentChallengeCreateDocument,
    "\n  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {\n    updateChallenge(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n": types.ContentChallengeUpdateDocument,
    "\n  mutation ContentChallengeDelete($id: ID!) {\n    deleteChallenge(id: $id)\n  }\n": types.ContentChallengeDeleteDocument,
    "\n  fragment ContentCustomFieldValue on CustomFieldValue {\n    key\n    text\n    number\n    date\n    boolean\n    choices\n    definition {\n      labelJa\n      labelEn\n      type\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n": types.ContentCustomFieldValueFragmentDoc,
    "\n  query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {\n    customFieldDefinitions(target: $target) {\n      id\n      key\n      labelJa\n      labelEn\n      type\n      required\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n": types.ContentCustomFieldDefinitionsDocument,
    "\n  query ContentMethodList($first: Int, $after: String) {\n    collaborationMethods(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          key\n          name\n          position\n        }\n      }\n    }\n  }\n": types.ContentMethodListDocument,
    "\n  query ContentMethod($id: ID!) {\n    collaborationMethod(id: $id) {\n      id\n      key\n      name\n      description\n      position\n      version\n    }\n  }\n": types.ContentMethodDocument,
    "\n  mutation ContentMethodCreate($input: CollaborationMethodInput!) {\n    createCollaborationMethod(input: $input) {\n      id\n    }\n  }\n": types.ContentMethodCreateDocument,
    "\n  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {\n    updateCollaborationMethod(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n": types.ContentMethodUpdateDocument,
    "\n  mutation ContentMethodDelete($id: ID!) {\n    deleteCollaborationMethod(id: $id)\n  }\n": types.ContentMethodDeleteDocument,
    "\n  mutation ContentMethodRestore($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n": types.ContentMethodRestoreDocument,
    "\n  query ContentPreview($token: String!) {\n    preview(token: $token) {\n      __typename\n      id\n      ... on Challenge {\n        title\n        background\n        desiredOutcome\n        department {\n          name\n        }\n        tags\n        opensAt\n        closesAt\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on CaseStudy {\n        title\n        locality\n        program\n        caseCategory: category\n        startOn\n        endOn\n        dateNote\n        summary\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        tags\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Agreement {\n        title\n        agreementKind: kind\n        purpose\n        parties {\n          name\n        }\n        signedOn\n        termStartOn\n        termEndOn\n        items\n        merits {\n          side\n          description\n        }\n        agreementStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Project {\n        title\n        projectKind: kind\n        summary\n        startOn\n        endOn\n        site\n        leadDepartment {\n          name\n        }\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        projectStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Announcement {\n        title\n        body\n        category\n        media {\n          ...ContentMediaItem\n        }\n      }\n    }\n  }\n": types.ContentPreviewDocument,
    "\n  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          startOn\n          endOn\n          leadDepartment {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n": types.ContentProjectListDocument,
    "\n  query ContentProject($id: ID!) {\n    project(id: $id) {\n      id\n      kind\n      title\n      summary\n      startOn\n      endOn\n      site\n      leadDepartment {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      status\n      agreement {\n        id\n        title\n      }\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n": types.ContentProjectDocument,
    "\n  query ContentProjectAgreements {\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.ContentProjectAgreementsDocument,
    "\n  mutation ContentProjectCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n": types.ContentProjectCreateDocument,
    "\n  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {\n    updateProject(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n": types.ContentProjectUpdateDocument,
    "\n  mutation ContentProjectDelete($id: ID!) {\n    deleteProject(id: $id)\n  }\n": types.ContentProjectDeleteDocument,
    "\n  mutation ContentPublish($id: ID!, $at: DateTime) {\n    publish(id: $id, at: $at) {\n      id\n    }\n  }\n": types.ContentPublishDocument,
    "\n  mutation ContentUnpublish($id: ID!) {\n    unpublish(id: $id) {\n      id\n    }\n  }\n": types.ContentUnpublishDocument,
    "\n  mutation ContentArchive($id: ID!) {\n    archive(id: $id) {\n      id\n    }\n  }\n": types.ContentArchiveDocument,
    "\n  mutation ContentRestoreDeleted($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n": types.ContentRestoreDeletedDocument,
    "\n  mutation ContentPreviewToken($id: ID!) {\n    createPreviewToken(id: $id) {\n      token\n      expiresAt\n    }\n  }\n": types.ContentPreviewTokenDocument,
    "\n  query ContentRevisions($id: ID!) {\n    revisions(id: $id) {\n      id\n      number\n      author {\n        displayName\n      }\n      createdAt\n      pending\n    }\n  }\n": types.ContentRevisionsDocument,
    "\n  mutation ContentRestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      id\n    }\n  }\n": types.ContentRestoreRevisionDocument,
    "\n  fragment ContentMediaItem on Media {\n    id\n    fileName\n    contentType\n    size\n    url\n    alt\n  }\n": types.ContentMediaItemFragmentDoc,
    "\n  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {\n    attachMedia(contentId: $contentId, file: $file, alt: $alt) {\n      id\n      fileName\n    }\n  }\n": types.ContentAttachMediaDocument,
    "\n  mutation ContentUpdateMedia($id: ID!, $alt: String!) {\n    updateMedia(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n": types.ContentUpdateMediaDocument,
    "\n  mutation ContentDeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n": types.ContentDeleteMediaDocument,
    "\n  query ContentDepartments {\n    municipality {\n      departments {\n        id\n        name\n      }\n    }\n  }\n": types.ContentDepartmentsDocument,
    "\n  query ContentPartners($search: String) {\n    partners(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ContentPartnersDocument,
    "\n  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          disabled\n          createdAt\n          department {\n            id\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.DeskUsersDocument,
    "\n  query DeskAccountDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n": types.DeskAccountDepartmentsDocument,
    "\n  mutation DeskCreateStaff($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.DeskCreateStaffDocument,
    "\n  mutation DeskDisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n": types.DeskDisableAccountDocument,
    "\n  mutation DeskEnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n": types.DeskEnableAccountDocument,
    "\n  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          actor {\n            id\n            displayName\n          }\n          action\n          targetType\n          targetId\n          changes\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.DeskAuditLogDocument,
    "\n  query DeskAuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n": types.DeskAuditActorsDocument,
    "\n  query SettingsCustomFields($target: CustomFieldTarget!) {\n    customFieldDefinitions(target: $target) {\n      id\n      key\n      target\n      labelJa\n      labelEn\n      type\n      required\n      visibility\n      order\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n      disclosureLevel\n      disclosureReason\n    }\n  }\n": types.SettingsCustomFieldsDocument,
    "\n  mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {\n    defineCustomField(input: $input) {\n      id\n    }\n  }\n": types.SettingsCustomFieldDefineDocument,
    "\n  mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {\n    updateCustomField(id: $id, input: $input) {\n      id\n    }\n  }\n": types.SettingsCustomFieldUpdateDocument,
    "\n  mutation SettingsCustomFieldDelete($id: ID!) {\n    deleteCustomField(id: $id)\n  }\n": types.SettingsCustomFieldDeleteDocument,
    "\n  query DeskDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        kind\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n": types.DeskDepartmentsDocument,
    "\n  mutation DeskDepartmentCreate($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n": types.DeskDepartmentCreateDocument,
    "\n  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      id\n      name\n      version\n    }\n  }\n": types.DeskDepartmentUpdateDocument,
    "\n  mutation DeskDepartmentDelete($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n": types.DeskDepartmentDeleteDocument,
    "\n  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {\n    inquiries(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          affiliation\n          name\n          subject\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.DeskInquiriesDocument,
    "\n  query DeskInquiry($id: ID!) {\n    node(id: $id) {\n      ... on Inquiry {\n        id\n        affiliation\n        name\n        email\n        phone\n        subject\n        body\n        status\n        createdAt\n        answeredAt\n        forwardedTo {\n          id\n          name\n        }\n        replies {\n          id\n          subject\n          body\n          sentBy\n          sentAt\n        }\n      }\n    }\n  }\n": types.DeskInquiryDocument,
    "\n  mutation DeskInquiryReply($id: ID!, $input: InquiryReplyInput!) {\n    replyToInquiry(id: $id, input: $input) {\n      id\n      answeredAt\n    }\n  }\n": types.DeskInquiryReplyDocument,
    "\n  mutation DeskInquiryForward($id: ID!, $departmentIds: [ID!]!, $note: String) {\n    forwardInquiry(id: $id, departmentIds: $departmentIds, note: $note) {\n      id\n      forwardedTo {\n        id\n      }\n    }\n  }\n": types.DeskInquiryForwardDocument,
    "\n  query DeskInquiryDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n": types.DeskInquiryDepartmentsDocument,
    "\n  mutation DeskInquiryClose($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n": types.DeskInquiryCloseDocument,
    "\n  query RecordLegalHold($id: ID!) {\n    node(id: $id) {\n      ... on Proposal {\n        id\n        legalHold {\n          reason\n          setAt\n        }\n      }\n      ... on Inquiry {\n        id\n        legalHold {\n          reason\n          setAt\n        }\n      }\n    }\n  }\n": types.RecordLegalHoldDocument,
    "\n  mutation RecordLegalHoldSet($id: ID!, $hold: Boolean!, $reason: String) {\n    setLegalHold(recordId: $id, hold: $hold, reason: $reason)\n  }\n": types.RecordLegalHoldSetDocument,
    "\n  query DeskPersonalDataReads($first: Int, $after: String, $filter: PersonalDataReadFilter) {\n    personalDataReads(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          reader\n          readerId\n          readAt\n          recordType\n          recordId\n          fields\n          operation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.DeskPersonalDataReadsDocument,
    "\n  query DeskPersonalDataReaders {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n": types.DeskPersonalDataReadersDocument,
    "\n  query DeskRetentionRules {\n    municipality {\n      id\n      retention {\n        recordType\n        months\n        isDefault\n      }\n    }\n  }\n": types.DeskRetentionRulesDocument,
    "\n  mutation DeskRetentionSet($input: [RetentionRuleInput!]!) {\n    setRetention(input: $input) {\n      recordType\n      months\n      isDefault\n    }\n  }\n": types.DeskRetentionSetDocument,
    "\n  query DeskRetentionDryRun {\n    retentionDryRun {\n      recordId\n      rule\n      months\n      expiredSince\n    }\n  }\n": types.DeskRetentionDryRunDocument,
    "\n  query DeskRetentionPurgeLog($first: Int, $after: String) {\n    purgeLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          recordId\n          recordType\n          rule\n          months\n          expiredAt\n          purgedAt\n          parts\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.DeskRetentionPurgeLogDocument,
    "\n  query DeskMunicipalitySettings {\n    municipality {\n      id\n      slug\n      itemUrlTemplate\n    }\n  }\n": types.DeskMunicipalitySettingsDocument,
    "\n  mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {\n    updateMunicipality(input: $input) {\n      id\n      itemUrlTemplate\n    }\n  }\n": types.DeskMunicipalitySettingsSaveDocument,
    "\n  query DeskStatisticsScreen($from: Date!, $to: Date!, $groupBy: StatisticsGrouping!) {\n    deskStatistics(from: $from, to: $to, groupBy: $groupBy) {\n      from\n      to\n      groupBy\n      periods {\n        ...DeskStatisticsPeriod\n      }\n      total {\n        ...DeskStatisticsPeriod\n        receivedByScheme {\n          key\n          count\n        }\n      }\n    }\n  }\n  fragment DeskStatisticsPeriod on StatisticsPeriod {\n    label\n    start\n    end\n    received\n    receivedByKind {\n      key\n      count\n    }\n    assigned\n    accepted\n    declined\n    withdrawn\n    becameProjects\n    becameAgreements\n    daysToFirstResponse {\n      count\n      median\n      p90\n    }\n    daysToDecision {\n      count\n      median\n      p90\n    }\n  }\n": types.DeskStatisticsScreenDocument,
    "\n  query DeskWebhookDeliveries($first: Int) {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n      deliveries(first: $first) {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n": types.DeskWebhookDeliveriesDocument,
    "\n  query DeskWebhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n": types.DeskWebhooksDocument,
    "\n  mutation DeskWebhookRegister($input: WebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      url\n    }\n  }\n": types.DeskWebhookRegisterDocument,
    "\n  mutation DeskWebhookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.DeskWebhookDeleteDocument,
    "\n  query HomeAttention {\n    proposals(first: 0, filter: { needsAttention: true }) {\n      totalCount\n    }\n  }\n": types.HomeAttentionDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n": types.ProposalAssignDocument,
    "\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n": types.ProposalRespondDocument,
    "\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n": types.ProposalDecideDocument,
    "\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n": types.ProposalLinkDocument,
    "\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n": types.ProposalAssignDepartmentsDocument,
    "\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.ProposalLinkOutcomesDocument,
    "\n  mutation ProposalCustomFieldsSet($id: ID!, $customFields: [CustomFieldValueInput!]!, $version: Int!) {\n    setProposalCustomFields(id: $id, customFields: $customFields, version: $version) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n": types.ProposalCustomFieldsSetDocument,
    "\n  query ProposalCustomFieldsDefined {\n    customFieldDefinitions(target: PROPOSAL) {\n      id\n    }\n  }\n": types.ProposalCustomFieldsDefinedDocument,
    "\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n": types.ProposalPostMessageDocument,
    "\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n": types.ProposalAttachFileDocument,
    "\n  query DisclosurePanel($id: ID!) {\n    proposal(id: $id) {\n      id\n      disclosure {\n        field\n        level\n        reason\n        isDefault\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n      messages {\n        id\n        internal\n        createdAt\n        disclosureLevel\n        disclosureReason\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n      attachments {\n        id\n        fileName\n        disclosureLevel\n        disclosureReason\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n    }\n  }\n": types.DisclosurePanelDocument,
    "\n  mutation DisclosurePanelSet($id: ID!, $target: DisclosureTargetInput!, $level: DisclosureLevel!, $reason: String) {\n    setDisclosureLevel(proposalId: $id, target: $target, level: $level, reason: $reason) {\n      id\n    }\n  }\n": types.DisclosurePanelSetDocument,
    "\n  mutation DisclosurePanelProduce($id: ID!, $reference: String!, $format: DisclosureFormat!) {\n    produceDisclosureCopy(proposalId: $id, reference: $reference, format: $format) {\n      url\n      filename\n    }\n  }\n": types.DisclosurePanelProduceDocument,
    "\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    unreadMessageCount\n    overdue\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n": types.InboxRowFragmentDoc,
    "\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n": types.InboxProposalsDocument,
    "\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.InboxOptionsDocument,
    "\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    viewerActions\n    unreadMessageCount\n    overdue\n    summary\n    body\n    desiredScheme\n    customFields {\n      ...ContentCustomFieldValue\n    }\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n": types.ProposalPageFieldsFragmentDoc,
    "\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n": types.ProposalPageDocument,
    "\n  mutation ProposalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n": types.ProposalMarkReadDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n    permissions {\n      resource\n      action\n      scope\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          signedOn\n          parties {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContentAgreementListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      kind\n      title\n      purpose\n      parties {\n        id\n        name\n      }\n      signedOn\n      termStartOn\n      termEndOn\n      items\n      merits {\n        side\n        description\n      }\n      status\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n"): typeof import('./graphql').ContentAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentAgreementCreate($input: AgreementInput!) {\n    createAgreement(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ContentAgreementCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {\n    updateAgreement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ContentAgreementUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentAgreementDelete($id: ID!) {\n    deleteAgreement(id: $id)\n  }\n"): typeof import('./graphql').ContentAgreementDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {\n    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          category\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContentAnnouncementListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentAnnouncement($id: ID!) {\n    announcement(id: $id) {\n      id\n      title\n      body\n      category\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n"): typeof import('./graphql').ContentAnnouncementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ContentAnnouncementCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {\n    updateAnnouncement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ContentAnnouncementUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentAnnouncementDelete($id: ID!) {\n    deleteAnnouncement(id: $id)\n  }\n"): typeof import('./graphql').ContentAnnouncementDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          locality\n          category\n          startOn\n          endOn\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContentCaseStudyListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n"): typeof import('./graphql').ContentCaseStudyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ContentCaseStudyCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {\n    updateCaseStudy(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ContentCaseStudyUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentCaseStudyDelete($id: ID!) {\n    deleteCaseStudy(id: $id)\n  }\n"): typeof import('./graphql').ContentCaseStudyDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          department {\n            name\n          }\n          opensAt\n          closesAt\n          isOpen\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContentChallengeListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      background\n      desiredOutcome\n      department {\n        id\n        name\n      }\n      tags\n      opensAt\n      closesAt\n      isOpen\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n"): typeof import('./graphql').ContentChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentChallengeCreate($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ContentChallengeCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {\n    updateChallenge(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ContentChallengeUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentChallengeDelete($id: ID!) {\n    deleteChallenge(id: $id)\n  }\n"): typeof import('./graphql').ContentChallengeDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContentCustomFieldValue on CustomFieldValue {\n    key\n    text\n    number\n    date\n    boolean\n    choices\n    definition {\n      labelJa\n      labelEn\n      type\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n"): typeof import('./graphql').ContentCustomFieldValueFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {\n    customFieldDefinitions(target: $target) {\n      id\n      key\n      labelJa\n      labelEn\n      type\n      required\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n"): typeof import('./graphql').ContentCustomFieldDefinitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentMethodList($first: Int, $after: String) {\n    collaborationMethods(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          key\n          name\n          position\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContentMethodListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentMethod($id: ID!) {\n    collaborationMethod(id: $id) {\n      id\n      key\n      name\n      description\n      position\n      version\n    }\n  }\n"): typeof import('./graphql').ContentMethodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentMethodCreate($input: CollaborationMethodInput!) {\n    createCollaborationMethod(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ContentMethodCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {\n    updateCollaborationMethod(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ContentMethodUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentMethodDelete($id: ID!) {\n    deleteCollaborationMethod(id: $id)\n  }\n"): typeof import('./graphql').ContentMethodDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentMethodRestore($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ContentMethodRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentPreview($token: String!) {\n    preview(token: $token) {\n      __typename\n      id\n      ... on Challenge {\n        title\n        background\n        desiredOutcome\n        department {\n          name\n        }\n        tags\n        opensAt\n        closesAt\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on CaseStudy {\n        title\n        locality\n        program\n        caseCategory: category\n        startOn\n        endOn\n        dateNote\n        summary\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        tags\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Agreement {\n        title\n        agreementKind: kind\n        purpose\n        parties {\n          name\n        }\n        signedOn\n        termStartOn\n        termEndOn\n        items\n        merits {\n          side\n          description\n        }\n        agreementStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Project {\n        title\n        projectKind: kind\n        summary\n        startOn\n        endOn\n        site\n        leadDepartment {\n          name\n        }\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        projectStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Announcement {\n        title\n        body\n        category\n        media {\n          ...ContentMediaItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContentPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          startOn\n          endOn\n          leadDepartment {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContentProjectListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentProject($id: ID!) {\n    project(id: $id) {\n      id\n      kind\n      title\n      summary\n      startOn\n      endOn\n      site\n      leadDepartment {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      status\n      agreement {\n        id\n        title\n      }\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n"): typeof import('./graphql').ContentProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentProjectAgreements {\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContentProjectAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentProjectCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ContentProjectCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {\n    updateProject(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ContentProjectUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentProjectDelete($id: ID!) {\n    deleteProject(id: $id)\n  }\n"): typeof import('./graphql').ContentProjectDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentPublish($id: ID!, $at: DateTime) {\n    publish(id: $id, at: $at) {\n      id\n    }\n  }\n"): typeof import('./graphql').ContentPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentUnpublish($id: ID!) {\n    unpublish(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ContentUnpublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentArchive($id: ID!) {\n    archive(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ContentArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentRestoreDeleted($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ContentRestoreDeletedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentPreviewToken($id: ID!) {\n    createPreviewToken(id: $id) {\n      token\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').ContentPreviewTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentRevisions($id: ID!) {\n    revisions(id: $id) {\n      id\n      number\n      author {\n        displayName\n      }\n      createdAt\n      pending\n    }\n  }\n"): typeof import('./graphql').ContentRevisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentRestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ContentRestoreRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContentMediaItem on Media {\n    id\n    fileName\n    contentType\n    size\n    url\n    alt\n  }\n"): typeof import('./graphql').ContentMediaItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {\n    attachMedia(contentId: $contentId, file: $file, alt: $alt) {\n      id\n      fileName\n    }\n  }\n"): typeof import('./graphql').ContentAttachMediaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentUpdateMedia($id: ID!, $alt: String!) {\n    updateMedia(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n"): typeof import('./graphql').ContentUpdateMediaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentDeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n"): typeof import('./graphql').ContentDeleteMediaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentDepartments {\n    municipality {\n      departments {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ContentDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentPartners($search: String) {\n    partners(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContentPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          disabled\n          createdAt\n          department {\n            id\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').DeskUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskAccountDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeskAccountDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskCreateStaff($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').DeskCreateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskDisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n"): typeof import('./graphql').DeskDisableAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskEnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n"): typeof import('./graphql').DeskEnableAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          actor {\n            id\n            displayName\n          }\n          action\n          targetType\n          targetId\n          changes\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').DeskAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskAuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeskAuditActorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsCustomFields($target: CustomFieldTarget!) {\n    customFieldDefinitions(target: $target) {\n      id\n      key\n      target\n      labelJa\n      labelEn\n      type\n      required\n      visibility\n      order\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n      disclosureLevel\n      disclosureReason\n    }\n  }\n"): typeof import('./graphql').SettingsCustomFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {\n    defineCustomField(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SettingsCustomFieldDefineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {\n    updateCustomField(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SettingsCustomFieldUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsCustomFieldDelete($id: ID!) {\n    deleteCustomField(id: $id)\n  }\n"): typeof import('./graphql').SettingsCustomFieldDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        kind\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeskDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskDepartmentCreate($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').DeskDepartmentCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').DeskDepartmentUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskDepartmentDelete($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n"): typeof import('./graphql').DeskDepartmentDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {\n    inquiries(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          affiliation\n          name\n          subject\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').DeskInquiriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskInquiry($id: ID!) {\n    node(id: $id) {\n      ... on Inquiry {\n        id\n        affiliation\n        name\n        email\n        phone\n        subject\n        body\n        status\n        createdAt\n        answeredAt\n        forwardedTo {\n          id\n          name\n        }\n        replies {\n          id\n          subject\n          body\n          sentBy\n          sentAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeskInquiryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskInquiryReply($id: ID!, $input: InquiryReplyInput!) {\n    replyToInquiry(id: $id, input: $input) {\n      id\n      answeredAt\n    }\n  }\n"): typeof import('./graphql').DeskInquiryReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskInquiryForward($id: ID!, $departmentIds: [ID!]!, $note: String) {\n    forwardInquiry(id: $id, departmentIds: $departmentIds, note: $note) {\n      id\n      forwardedTo {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').DeskInquiryForwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskInquiryDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeskInquiryDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskInquiryClose($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DeskInquiryCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordLegalHold($id: ID!) {\n    node(id: $id) {\n      ... on Proposal {\n        id\n        legalHold {\n          reason\n          setAt\n        }\n      }\n      ... on Inquiry {\n        id\n        legalHold {\n          reason\n          setAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RecordLegalHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordLegalHoldSet($id: ID!, $hold: Boolean!, $reason: String) {\n    setLegalHold(recordId: $id, hold: $hold, reason: $reason)\n  }\n"): typeof import('./graphql').RecordLegalHoldSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskPersonalDataReads($first: Int, $after: String, $filter: PersonalDataReadFilter) {\n    personalDataReads(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          reader\n          readerId\n          readAt\n          recordType\n          recordId\n          fields\n          operation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').DeskPersonalDataReadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskPersonalDataReaders {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeskPersonalDataReadersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskRetentionRules {\n    municipality {\n      id\n      retention {\n        recordType\n        months\n        isDefault\n      }\n    }\n  }\n"): typeof import('./graphql').DeskRetentionRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskRetentionSet($input: [RetentionRuleInput!]!) {\n    setRetention(input: $input) {\n      recordType\n      months\n      isDefault\n    }\n  }\n"): typeof import('./graphql').DeskRetentionSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskRetentionDryRun {\n    retentionDryRun {\n      recordId\n      rule\n      months\n      expiredSince\n    }\n  }\n"): typeof import('./graphql').DeskRetentionDryRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskRetentionPurgeLog($first: Int, $after: String) {\n    purgeLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          recordId\n          recordType\n          rule\n          months\n          expiredAt\n          purgedAt\n          parts\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').DeskRetentionPurgeLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskMunicipalitySettings {\n    municipality {\n      id\n      slug\n      itemUrlTemplate\n    }\n  }\n"): typeof import('./graphql').DeskMunicipalitySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {\n    updateMunicipality(input: $input) {\n      id\n      itemUrlTemplate\n    }\n  }\n"): typeof import('./graphql').DeskMunicipalitySettingsSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskStatisticsScreen($from: Date!, $to: Date!, $groupBy: StatisticsGrouping!) {\n    deskStatistics(from: $from, to: $to, groupBy: $groupBy) {\n      from\n      to\n      groupBy\n      periods {\n        ...DeskStatisticsPeriod\n      }\n      total {\n        ...DeskStatisticsPeriod\n        receivedByScheme {\n          key\n          count\n        }\n      }\n    }\n  }\n  fragment DeskStatisticsPeriod on StatisticsPeriod {\n    label\n    start\n    end\n    received\n    receivedByKind {\n      key\n      count\n    }\n    assigned\n    accepted\n    declined\n    withdrawn\n    becameProjects\n    becameAgreements\n    daysToFirstResponse {\n      count\n      median\n      p90\n    }\n    daysToDecision {\n      count\n      median\n      p90\n    }\n  }\n"): typeof import('./graphql').DeskStatisticsScreenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskWebhookDeliveries($first: Int) {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n      deliveries(first: $first) {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').DeskWebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskWebhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n"): typeof import('./graphql').DeskWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskWebhookRegister($input: WebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      url\n    }\n  }\n"): typeof import('./graphql').DeskWebhookRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskWebhookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): typeof import('./graphql').DeskWebhookDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeAttention {\n    proposals(first: 0, filter: { needsAttention: true }) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').HomeAttentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalAssignDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalLinkOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposalCustomFieldsSet($id: ID!, $customFields: [CustomFieldValueInput!]!, $version: Int!) {\n    setProposalCustomFields(id: $id, customFields: $customFields, version: $version) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalCustomFieldsSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalCustomFieldsDefined {\n    customFieldDefinitions(target: PROPOSAL) {\n      id\n    }\n  }\n"): typeof import('./graphql').ProposalCustomFieldsDefinedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalPostMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n"): typeof import('./graphql').ProposalAttachFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisclosurePanel($id: ID!) {\n    proposal(id: $id) {\n      id\n      disclosure {\n        field\n        level\n        reason\n        isDefault\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n      messages {\n        id\n        internal\n        createdAt\n        disclosureLevel\n        disclosureReason\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n      attachments {\n        id\n        fileName\n        disclosureLevel\n        disclosureReason\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DisclosurePanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisclosurePanelSet($id: ID!, $target: DisclosureTargetInput!, $level: DisclosureLevel!, $reason: String) {\n    setDisclosureLevel(proposalId: $id, target: $target, level: $level, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').DisclosurePanelSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisclosurePanelProduce($id: ID!, $reference: String!, $format: DisclosureFormat!) {\n    produceDisclosureCopy(proposalId: $id, reference: $reference, format: $format) {\n      url\n      filename\n    }\n  }\n"): typeof import('./graphql').DisclosurePanelProduceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    unreadMessageCount\n    overdue\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n"): typeof import('./graphql').InboxRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InboxProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InboxOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    viewerActions\n    unreadMessageCount\n    overdue\n    summary\n    body\n    desiredScheme\n    customFields {\n      ...ContentCustomFieldValue\n    }\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').ProposalPageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n"): typeof import('./graphql').ProposalPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n    permissions {\n      resource\n      action\n      scope\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
