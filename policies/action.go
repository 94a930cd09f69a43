package policies

// Action is one thing a role may do to one kind of resource, named as the policy file names
// it. Code asks the policy with these values only, so a misspelt action is a compile error
// instead of a silent deny, and TestActionsAreInThePolicy keeps them and policy.csv together.
type Action struct {
	Resource string
	Verb     string
}

func (a Action) String() string { return a.Verb + " " + a.Resource }

// The actions of the default policy, by resource.
var (
	ReadMunicipality        = Action{"municipality", "read"}
	ReadDepartment          = Action{"department", "read"}
	WriteDepartment         = Action{"department", "write"}
	ReadCollaborationMethod = Action{"collaborationMethod", "read"}
	WriteMethod             = Action{"collaborationMethod", "write"}
	ReadChallenge           = Action{"challenge", "read"}
	WriteChallenge          = Action{"challenge", "write"}
	ReadAgreement           = Action{"agreement", "read"}
	WriteAgreement          = Action{"agreement", "write"}
	ReadProject             = Action{"project", "read"}
	WriteProject            = Action{"project", "write"}
	ReadCaseStudy           = Action{"caseStudy", "read"}
	WriteCaseStudy          = Action{"caseStudy", "write"}
	ReadAnnouncement        = Action{"announcement", "read"}
	WriteAnnouncement       = Action{"announcement", "write"}

	ReadOrganization   = Action{"organization", "read"}
	UpdateOrganization = Action{"organization", "update"}
	CreateOrganization = Action{"organization", "create"}

	SignUp          = Action{"account", "signUp"}
	Login           = Action{"session", "login"}
	Logout          = Action{"session", "logout"}
	ReadAccount     = Action{"account", "read"}
	ReadEmail       = Action{"account", "readEmail"}
	InviteColleague = Action{"account", "invite"}
	CreateStaff     = Action{"account", "createStaff"}
	DisableAccount  = Action{"account", "disable"}
	// ChangePassword changes the caller's own password; ResetPassword asks for and redeems
	// an emailed reset link (anyone: the link is the proof).
	ChangePassword = Action{"session", "changePassword"}
	ResetPassword  = Action{"session", "resetPassword"}
	// RequestVerification mails the caller a link proving its address; VerifyEmail redeems
	// it (anyone: the link is the proof, and it is often opened signed out).
	RequestVerification = Action{"account", "requestVerification"}
	VerifyEmail         = Action{"account", "verifyEmail"}

	CreateProposal      = Action{"proposal", "create"}
	ReadProposal        = Action{"proposal", "read"}
	UpdateProposal      = Action{"proposal", "update"}
	SubmitProposal      = Action{"proposal", "submit"}
	WithdrawProposal    = Action{"proposal", "withdraw"}
	MessageProposal     = Action{"proposal", "message"}
	InternalNote        = Action{"proposal", "internalNote"}
	ReadContact         = Action{"proposal", "readContact"}
	ReadStaff           = Action{"proposal", "readStaff"}
	ReadInternal        = Action{"proposal", "readInternal"}
	RespondToAssignment = Action{"proposal", "respond"}
	AssignProposal      = Action{"proposal", "assign"}
	DecideProposal      = Action{"proposal", "decide"}
	LinkProposalOutcome = Action{"proposal", "link"}
	AttachToProposal    = Action{"proposal", "attach"}
	// SetProposalCustomFields lets staff fill the custom fields of a submitted proposal
	// (STAFF fields above all, which the proposer never writes).
	SetProposalCustomFields = Action{"proposal", "setCustomFields"}

	CreateInquiry = Action{"inquiry", "create"}
	ReadInquiry   = Action{"inquiry", "read"}
	CloseInquiry  = Action{"inquiry", "close"}
	// Desk follow-up: the desk mails an answer to the sender and forwards an inquiry to
	// departments, which then read it (the assigned scope) but neither answer nor close it.
	ReplyInquiry   = Action{"inquiry", "reply"}
	ForwardInquiry = Action{"inquiry", "forward"}

	ReadAudit = Action{"audit", "read"}

	PublishContent    = Action{"content", "publish"}
	ManageRevisions   = Action{"content", "revisions"}
	ReadRevisions     = Action{"content", "readRevisions"}
	PreviewContent    = Action{"content", "preview"}
	RestoreContent    = Action{"content", "restore"}
	ManageMedia       = Action{"content", "media"}
	EditLiveContent   = Action{"content", "editLive"}
	DeleteLiveContent = Action{"content", "deleteLive"}

	ManageWebhooks = Action{"webhook", "manage"}

	// Onboarding: the platform ADMIN creates and lists municipalities; the desk changes its
	// own; an invited account accepts its invitation.
	CreateMunicipality = Action{"municipality", "create"}
	ListMunicipalities = Action{"municipality", "list"}
	UpdateMunicipality = Action{"municipality", "update"}
	AcceptInvitation   = Action{"account", "acceptInvitation"}

	// Custom fields: reading the definitions a portal builds forms from; reading values of
	// PROPOSER and STAFF visibility (the item's read right covers PUBLIC ones); defining them.
	ReadCustomFields         = Action{"customField", "read"}
	ReadProposerCustomFields = Action{"customField", "readProposer"}
	ReadStaffCustomFields    = Action{"customField", "readStaff"}
	ManageCustomFields       = Action{"customField", "manage"}
	// Statistics: the desk reads its municipality's figures (and their CSV); anyone reads
	// the published aggregates (received, realised).
	ReadDeskStatistics   = Action{"statistics", "readDesk"}
	ReadPublicStatistics = Action{"statistics", "readPublic"}

	// Disclosure: reading a proposal's disclosure levels, setting them (desk), asking for
	// protection (the proposer) and producing the redacted disclosure copy (desk).
	ReadDisclosure        = Action{"proposal", "readDisclosure"}
	SetDisclosure         = Action{"proposal", "setDisclosure"}
	RequestProtection     = Action{"proposal", "requestProtection"}
	ProduceDisclosureCopy = Action{"proposal", "discloseCopy"}
	// Retention: the desk reads the periods, dry run, purge log and legal holds; sets the
	// periods; sets and lifts legal holds.
	ReadRetention   = Action{"retention", "read"}
	ManageRetention = Action{"retention", "manage"}
	HoldRecord      = Action{"retention", "hold"}

	// ReadPersonalDataReads reads the log of who among the staff read personal data.
	ReadPersonalDataReads = Action{"personalDataRead", "read"}
)

// Actions lists every action above, for tests that hold the code and the policy together.
var Actions = []Action{
	ReadMunicipality, ReadDepartment, WriteDepartment, ReadCollaborationMethod, WriteMethod,
	ReadChallenge, WriteChallenge, ReadAgreement, WriteAgreement, ReadProject, WriteProject,
	ReadCaseStudy, WriteCaseStudy, ReadAnnouncement, WriteAnnouncement,
	ReadOrganization, UpdateOrganization, CreateOrganization,
	SignUp, Login, Logout, ReadAccount, ReadEmail, InviteColleague, CreateStaff, DisableAccount,
	ChangePassword, ResetPassword, RequestVerification, VerifyEmail,
	CreateProposal, ReadProposal, UpdateProposal, SubmitProposal, WithdrawProposal, MessageProposal,
	InternalNote, ReadContact, ReadStaff, ReadInternal, RespondToAssignment, AssignProposal,
	DecideProposal, LinkProposalOutcome, AttachToProposal, SetProposalCustomFields,
	CreateInquiry, ReadInquiry, CloseInquiry, ReadAudit,
	PublishContent, ManageRevisions, ReadRevisions, PreviewContent, RestoreContent, ManageMedia,
	EditLiveContent, DeleteLiveContent, ManageWebhooks,
	CreateMunicipality, ListMunicipalities, UpdateMunicipality, AcceptInvitation,
	ReadCustomFields, ReadProposerCustomFields, ReadStaffCustomFields, ManageCustomFields,
	ReplyInquiry, ForwardInquiry,
	ReadDeskStatistics, ReadPublicStatistics,
	ReadDisclosure, SetDisclosure, RequestProtection, ProduceDisclosureCopy,
	ReadRetention, ManageRetention, HoldRecord,
	ReadPersonalDataReads,
}

// WriteOf answers the write action of a content type, named as the policy names resources.
func WriteOf(resource string) Action { return Action{resource, "write"} }

// ReadOf answers the read action of a row type.
func ReadOf(resource string) Action { return Action{resource, "read"} }
