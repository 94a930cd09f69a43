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
    "\n  query PortalCustomFields {\n    customFieldDefinitions(target: PROPOSAL) {\n      id\n      key\n      labelJa\n      type\n      required\n      order\n      choices {\n        value\n        labelJa\n      }\n    }\n  }\n": typeof types.PortalCustomFieldsDocument,
    "\n  query PortalFrame {\n    municipality {\n      name\n      deskName\n      phone\n      primaryColor\n      secondaryColor\n    }\n  }\n": typeof types.PortalFrameDocument,
    "\n  mutation PortalSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      message\n    }\n  }\n": typeof types.PortalSignUpDocument,
    "\n  mutation PortalConfirmSignUp($token: String!, $password: String!) {\n    confirmSignUp(token: $token, password: $password) {\n      token\n    }\n  }\n": typeof types.PortalConfirmSignUpDocument,
    "\n  mutation PortalLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.PortalLoginDocument,
    "\n  mutation PortalLogout {\n    logout\n  }\n": typeof types.PortalLogoutDocument,
    "\n  mutation PortalVerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.PortalVerifyEmailDocument,
    "\n  mutation PortalRequestReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.PortalRequestResetDocument,
    "\n  mutation PortalResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, newPassword: $password) {\n      token\n    }\n  }\n": typeof types.PortalResetPasswordDocument,
    "\n  query PortalCaseStudies($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          locality\n          category\n          summary\n          startOn\n          tags\n        }\n      }\n    }\n  }\n": typeof types.PortalCaseStudiesDocument,
    "\n  query PortalCaseStudy($id: ID, $slug: String) {\n    caseStudy(id: $id, slug: $slug) {\n      id\n      slug\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      media {\n        id\n        url\n        alt\n        contentType\n      }\n    }\n  }\n": typeof types.PortalCaseStudyDocument,
    "\n  query PortalAgreements($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          purpose\n          status\n          parties {\n            id\n            name\n          }\n          signedOn(format: WAREKI)\n          termStartOn(format: WAREKI)\n          termEndOn(format: WAREKI)\n          items\n          merits {\n            side\n            description\n          }\n        }\n      }\n    }\n  }\n": typeof types.PortalAgreementsDocument,
    "\n  query PortalMethods {\n    collaborationMethods(first: 50) {\n      edges {\n        node {\n          id\n          name\n          description\n        }\n      }\n    }\n  }\n": typeof types.PortalMethodsDocument,
    "\n  mutation PortalInquiry($input: InquiryInput!) {\n    submitInquiry(input: $input)\n  }\n": typeof types.PortalInquiryDocument,
    "\n  query PortalMyProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      organization {\n        id\n        name\n      }\n    }\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          submittedAt\n          updatedAt\n          unreadMessageCount\n        }\n      }\n    }\n  }\n": typeof types.PortalMyProposalsDocument,
    "\n  mutation PortalRequestVerification {\n    requestEmailVerification\n  }\n": typeof types.PortalRequestVerificationDocument,
    "\n  query PortalProposalForm {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      organization {\n        name\n      }\n    }\n    proposalTerms {\n      version\n      text\n    }\n    collaborationMethods(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    challenges(first: 50, filter: { isOpen: true }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.PortalProposalFormDocument,
    "\n  mutation PortalCreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      proposal {\n        id\n        version\n      }\n    }\n  }\n": typeof types.PortalCreateProposalDocument,
    "\n  mutation PortalUpdateProposalCustomFields($id: ID!, $version: Int!, $input: UpdateProposalInput!) {\n    updateProposal(id: $id, version: $version, input: $input) {\n      proposal {\n        id\n        version\n      }\n    }\n  }\n": typeof types.PortalUpdateProposalCustomFieldsDocument,
    "\n  mutation PortalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n": typeof types.PortalAttachFileDocument,
    "\n  mutation PortalSubmitProposal($id: ID!, $acceptTerms: Boolean!) {\n    submitProposal(id: $id, acceptTerms: $acceptTerms) {\n      proposal {\n        id\n        status\n      }\n    }\n  }\n": typeof types.PortalSubmitProposalDocument,
    "\n  query PortalProposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      kind\n      title\n      summary\n      body\n      desiredScheme\n      status\n      submittedAt\n      decidedAt\n      challenge {\n        id\n        title\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      contact {\n        affiliation\n        name\n        email\n        phone\n      }\n      messages {\n        id\n        body\n        internal\n        createdAt\n        author {\n          kind\n          displayName\n          department {\n            name\n          }\n        }\n      }\n      history {\n        action\n        from\n        to\n        reason\n        at\n      }\n      attachments {\n        id\n        fileName\n        size\n        downloadUrl\n        createdAt\n      }\n      viewerActions\n      unreadMessageCount\n      customFields {\n        key\n        definition {\n          labelJa\n          type\n          choices {\n            value\n            labelJa\n          }\n        }\n        text\n        number\n        date\n        boolean\n        choices\n      }\n    }\n    proposalTerms {\n      version\n      text\n    }\n  }\n": typeof types.PortalProposalDocument,
    "\n  mutation PortalPostMessage($id: ID!, $body: String!) {\n    postProposalMessage(proposalId: $id, body: $body, internal: false) {\n      proposal {\n        id\n      }\n    }\n  }\n": typeof types.PortalPostMessageDocument,
    "\n  mutation PortalWithdraw($id: ID!, $reason: String) {\n    withdrawProposal(id: $id, reason: $reason) {\n      proposal {\n        id\n        status\n      }\n    }\n  }\n": typeof types.PortalWithdrawDocument,
    "\n  mutation PortalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        id\n      }\n    }\n  }\n": typeof types.PortalMarkReadDocument,
    "\n  query PortalTop {\n    municipality {\n      name\n      deskName\n      deskDepartment\n      postalCode\n      address\n      phone\n      email\n    }\n    announcements(first: 5, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          title\n          body\n          category\n          publishedAt\n        }\n      }\n    }\n    challenges(first: 10, filter: { isOpen: true }, orderBy: { field: CLOSES_AT, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          background\n          desiredOutcome\n          tags\n          closesAt\n          department {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PortalTopDocument,
};
const documents: Documents = {
    "\n  query PortalCustomFields {\n    customFieldDefinitions(target: PROPOSAL) {\n      id\n      key\n      labelJa\n      type\n      required\n      order\n      choices {\n        value\n        labelJa\n      }\n    }\n  }\n": types.PortalCustomFieldsDocument,
    "\n  query PortalFrame {\n    municipality {\n      name\n      deskName\n      phone\n      primaryColor\n      secondaryColor\n    }\n  }\n": types.PortalFrameDocument,
    "\n  mutation PortalSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      message\n    }\n  }\n": types.PortalSignUpDocument,
    "\n  mutation PortalConfirmSignUp($token: String!, $password: String!) {\n    confirmSignUp(token: $token, password: $password) {\n      token\n    }\n  }\n": types.PortalConfirmSignUpDocument,
    "\n  mutation PortalLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.PortalLoginDocument,
    "\n  mutation PortalLogout {\n    logout\n  }\n": types.PortalLogoutDocument,
    "\n  mutation PortalVerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.PortalVerifyEmailDocument,
    "\n  mutation PortalRequestReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.PortalRequestResetDocument,
    "\n  mutation PortalResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, newPassword: $password) {\n      token\n    }\n  }\n": types.PortalResetPasswordDocument,
    "\n  query PortalCaseStudies($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          locality\n          category\n          summary\n          startOn\n          tags\n        }\n      }\n    }\n  }\n": types.PortalCaseStudiesDocument,
    "\n  query PortalCaseStudy($id: ID, $slug: String) {\n    caseStudy(id: $id, slug: $slug) {\n      id\n      slug\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      media {\n        id\n        url\n        alt\n        contentType\n      }\n    }\n  }\n": types.PortalCaseStudyDocument,
    "\n  query PortalAgreements($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          purpose\n          status\n          parties {\n            id\n            name\n          }\n          signedOn(format: WAREKI)\n          termStartOn(format: WAREKI)\n          termEndOn(format: WAREKI)\n          items\n          merits {\n            side\n            description\n          }\n        }\n      }\n    }\n  }\n": types.PortalAgreementsDocument,
    "\n  query PortalMethods {\n    collaborationMethods(first: 50) {\n      edges {\n        node {\n          id\n          name\n          description\n        }\n      }\n    }\n  }\n": types.PortalMethodsDocument,
    "\n  mutation PortalInquiry($input: InquiryInput!) {\n    submitInquiry(input: $input)\n  }\n": types.PortalInquiryDocument,
    "\n  query PortalMyProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      organization {\n        id\n        name\n      }\n    }\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          submittedAt\n          updatedAt\n          unreadMessageCount\n        }\n      }\n    }\n  }\n": types.PortalMyProposalsDocument,
    "\n  mutation PortalRequestVerification {\n    requestEmailVerification\n  }\n": types.PortalRequestVerificationDocument,
    "\n  query PortalProposalForm {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      organization {\n        name\n      }\n    }\n    proposalTerms {\n      version\n      text\n    }\n    collaborationMethods(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    challenges(first: 50, filter: { isOpen: true }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.PortalProposalFormDocument,
    "\n  mutation PortalCreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      proposal {\n        id\n        version\n      }\n    }\n  }\n": types.PortalCreateProposalDocument,
    "\n  mutation PortalUpdateProposalCustomFields($id: ID!, $version: Int!, $input: UpdateProposalInput!) {\n    updateProposal(id: $id, version: $version, input: $input) {\n      proposal {\n        id\n        version\n      }\n    }\n  }\n": types.PortalUpdateProposalCustomFieldsDocument,
    "\n  mutation PortalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n": types.PortalAttachFileDocument,
    "\n  mutation PortalSubmitProposal($id: ID!, $acceptTerms: Boolean!) {\n    submitProposal(id: $id, acceptTerms: $acceptTerms) {\n      proposal {\n        id\n        status\n      }\n    }\n  }\n": types.PortalSubmitProposalDocument,
    "\n  query PortalProposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      kind\n      title\n      summary\n      body\n      desiredScheme\n      status\n      submittedAt\n      decidedAt\n      challenge {\n        id\n        title\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      contact {\n        affiliation\n        name\n        email\n        phone\n      }\n      messages {\n        id\n        body\n        internal\n        createdAt\n        author {\n          kind\n          displayName\n          department {\n            name\n          }\n        }\n      }\n      history {\n        action\n        from\n        to\n        reason\n        at\n      }\n      attachments {\n        id\n        fileName\n        size\n        downloadUrl\n        createdAt\n      }\n      viewerActions\n      unreadMessageCount\n      customFields {\n        key\n        definition {\n          labelJa\n          type\n          choices {\n            value\n            labelJa\n          }\n        }\n        text\n        number\n        date\n        boolean\n        choices\n      }\n    }\n    proposalTerms {\n      version\n      text\n    }\n  }\n": types.PortalProposalDocument,
    "\n  mutation PortalPostMessage($id: ID!, $body: String!) {\n    postProposalMessage(proposalId: $id, body: $body, internal: false) {\n      proposal {\n        id\n      }\n    }\n  }\n": types.PortalPostMessageDocument,
    "\n  mutation PortalWithdraw($id: ID!, $reason: String) {\n    withdrawProposal(id: $id, reason: $reason) {\n      proposal {\n        id\n        status\n      }\n    }\n  }\n": types.PortalWithdrawDocument,
    "\n  mutation PortalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        id\n      }\n    }\n  }\n": types.PortalMarkReadDocument,
    "\n  query PortalTop {\n    municipality {\n      name\n      deskName\n      deskDepartment\n      postalCode\n      address\n      phone\n      email\n    }\n    announcements(first: 5, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          title\n          body\n          category\n          publishedAt\n        }\n      }\n    }\n    challenges(first: 10, filter: { isOpen: true }, orderBy: { field: CLOSES_AT, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          background\n          desiredOutcome\n          tags\n          closesAt\n          department {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PortalTopDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalCustomFields {\n    customFieldDefinitions(target: PROPOSAL) {\n      id\n      key\n      labelJa\n      type\n      required\n      order\n      choices {\n        value\n        labelJa\n      }\n    }\n  }\n"): typeof import('./graphql').PortalCustomFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalFrame {\n    municipality {\n      name\n      deskName\n      phone\n      primaryColor\n      secondaryColor\n    }\n  }\n"): typeof import('./graphql').PortalFrameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      message\n    }\n  }\n"): typeof import('./graphql').PortalSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalConfirmSignUp($token: String!, $password: String!) {\n    confirmSignUp(token: $token, password: $password) {\n      token\n    }\n  }\n"): typeof import('./graphql').PortalConfirmSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): typeof import('./graphql').PortalLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalLogout {\n    logout\n  }\n"): typeof import('./graphql').PortalLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalVerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): typeof import('./graphql').PortalVerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRequestReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').PortalRequestResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, newPassword: $password) {\n      token\n    }\n  }\n"): typeof import('./graphql').PortalResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalCaseStudies($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          locality\n          category\n          summary\n          startOn\n          tags\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalCaseStudiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalCaseStudy($id: ID, $slug: String) {\n    caseStudy(id: $id, slug: $slug) {\n      id\n      slug\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      media {\n        id\n        url\n        alt\n        contentType\n      }\n    }\n  }\n"): typeof import('./graphql').PortalCaseStudyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalAgreements($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          purpose\n          status\n          parties {\n            id\n            name\n          }\n          signedOn(format: WAREKI)\n          termStartOn(format: WAREKI)\n          termEndOn(format: WAREKI)\n          items\n          merits {\n            side\n            description\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMethods {\n    collaborationMethods(first: 50) {\n      edges {\n        node {\n          id\n          name\n          description\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalMethodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalInquiry($input: InquiryInput!) {\n    submitInquiry(input: $input)\n  }\n"): typeof import('./graphql').PortalInquiryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMyProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      organization {\n        id\n        name\n      }\n    }\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          submittedAt\n          updatedAt\n          unreadMessageCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalMyProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRequestVerification {\n    requestEmailVerification\n  }\n"): typeof import('./graphql').PortalRequestVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalProposalForm {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      organization {\n        name\n      }\n    }\n    proposalTerms {\n      version\n      text\n    }\n    collaborationMethods(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    challenges(first: 50, filter: { isOpen: true }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalProposalFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalCreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      proposal {\n        id\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').PortalCreateProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalUpdateProposalCustomFields($id: ID!, $version: Int!, $input: UpdateProposalInput!) {\n    updateProposal(id: $id, version: $version, input: $input) {\n      proposal {\n        id\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').PortalUpdateProposalCustomFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n"): typeof import('./graphql').PortalAttachFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSubmitProposal($id: ID!, $acceptTerms: Boolean!) {\n    submitProposal(id: $id, acceptTerms: $acceptTerms) {\n      proposal {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').PortalSubmitProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalProposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      kind\n      title\n      summary\n      body\n      desiredScheme\n      status\n      submittedAt\n      decidedAt\n      challenge {\n        id\n        title\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      contact {\n        affiliation\n        name\n        email\n        phone\n      }\n      messages {\n        id\n        body\n        internal\n        createdAt\n        author {\n          kind\n          displayName\n          department {\n            name\n          }\n        }\n      }\n      history {\n        action\n        from\n        to\n        reason\n        at\n      }\n      attachments {\n        id\n        fileName\n        size\n        downloadUrl\n        createdAt\n      }\n      viewerActions\n      unreadMessageCount\n      customFields {\n        key\n        definition {\n          labelJa\n          type\n          choices {\n            value\n            labelJa\n          }\n        }\n        text\n        number\n        date\n        boolean\n        choices\n      }\n    }\n    proposalTerms {\n      version\n      text\n    }\n  }\n"): typeof import('./graphql').PortalProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalPostMessage($id: ID!, $body: String!) {\n    postProposalMessage(proposalId: $id, body: $body, internal: false) {\n      proposal {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').PortalPostMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalWithdraw($id: ID!, $reason: String) {\n    withdrawProposal(id: $id, reason: $reason) {\n      proposal {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').PortalWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').PortalMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalTop {\n    municipality {\n      name\n      deskName\n      deskDepartment\n      postalCode\n      address\n      phone\n      email\n    }\n    announcements(first: 5, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          title\n          body\n          category\n          publishedAt\n        }\n      }\n    }\n    challenges(first: 10, filter: { isOpen: true }, orderBy: { field: CLOSES_AT, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          background\n          desiredOutcome\n          tags\n          closesAt\n          department {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortalTopDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
