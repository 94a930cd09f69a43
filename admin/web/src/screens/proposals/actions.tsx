// The proposal's procedures — assign, answer, decide, link — each shown only when the API
// lists it in the proposal's viewerActions for this viewer, now.
import { useState } from 'preact/hooks';
import { gql } from '../../api';
import { graphql } from '../../gql';
import type { AgreementKind, ProjectKind, ProposalAction, ProposalDecision } from '../../gql/graphql';
import { useAction, useQuery } from '../../hooks';
import { tp } from '../../i18n/proposals';
import { ErrorBanner, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm';
import { Fieldset, Select, TextArea, TextField } from '../../ui/field';
import type { Proposal } from './proposal';

/** Action is one thing a viewer may do on a proposal (the API's ProposalAction). */
export type Action = ProposalAction;

/** actionsOf is what the API says the viewer may do on p now (Proposal.viewerActions): no rule is repeated here. */
export function actionsOf(p: Proposal): Set<Action> {
  return new Set<Action>(p.viewerActions);
}

const AssignDoc = graphql(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`);

const RespondDoc = graphql(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`);

const DecideDoc = graphql(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`);

const LinkDoc = graphql(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`);

const DepartmentsDoc = graphql(`
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
`);

const OutcomesDoc = graphql(`
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
`);

type Props = { p: Proposal; actions: Set<Action>; notice: string; onChange: (p: Proposal, notice?: string) => void };

/** ProposalActions is the side panel of procedures the viewer may take. */
export function ProposalActions({ p, actions, notice, onChange }: Props) {
  const any = ['ASSIGN', 'RESPOND', 'DECIDE', 'LINK'].some((a) => actions.has(a as Action));
  return (
    <div class="panel">
      <h2 id="actions-title">{tp('secActions')}</h2>
      {/* The form that was used may vanish with the new state (an answered request): the notice lives here. */}
      <Notice>{notice}</Notice>
      {!any && <p class="muted">{tp('noActions')}</p>}
      {actions.has('ASSIGN') && <AssignForm p={p} onChange={onChange} />}
      {actions.has('RESPOND') && <RespondForm p={p} onChange={onChange} />}
      {actions.has('DECIDE') && <DecideForm p={p} onChange={onChange} />}
      {actions.has('LINK') && <LinkForm p={p} onChange={onChange} />}
    </div>
  );
}

function AssignForm({ p, onChange }: Omit<Props, 'actions' | 'notice'>) {
  const deps = useQuery(DepartmentsDoc, {});
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [due, setDue] = useState('');
  const [missing, setMissing] = useState(false);
  const act = useAction(async () => {
    const d = await gql(AssignDoc, { id: p.id, departmentIds: [...picked], dueOn: due || null });
    setPicked(new Set());
    onChange(d.assignProposal.proposal, tp('assigned'));
  });
  const already = new Set(p.assignments.map((a) => a.department.id));
  const depth = new Map<string, number>();
  const list = (deps.data?.municipality.departments ?? []).map((d) => {
    const n = d.parent ? (depth.get(d.parent.id) ?? 0) + 1 : 0;
    depth.set(d.id, n);
    return { ...d, depth: Math.min(n, 3) };
  });
  return (
    <section class="action" aria-labelledby="assign-title" data-testid="assign-form">
      <h3 id="assign-title">{tp('assignTitle')}</h3>
      <p class="help">{tp('assignHelp')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (picked.size === 0) {
            setMissing(true);
            return;
          }
          setMissing(false);
          void act.run();
        }}
      >
        <Fieldset legend={tp('assignDepartments')} class="tree">
          <ErrorBanner error={deps.error} />
          <ul class="plain">
            {list.map((d) => (
              <li key={d.id} class={`depth-${d.depth}`}>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={already.has(d.id) || picked.has(d.id)}
                    disabled={already.has(d.id)}
                    onChange={(e) => {
                      const s = new Set(picked);
                      if (e.currentTarget.checked) s.add(d.id);
                      else s.delete(d.id);
                      setPicked(s);
                    }}
                  />{' '}
                  {d.name}
                </label>
              </li>
            ))}
          </ul>
          {missing && (
            <p class="field-error" role="alert">
              {tp('assignPick')}
            </p>
          )}
        </Fieldset>
        <TextField label={tp('assignDue')} type="date" value={due} onInput={setDue} testid="assign-due" />
        <ErrorBanner error={act.error} />
        <Button type="submit" variant="primary" busy={act.busy} data-testid="assign-submit">
          {tp('assignSubmit')}
        </Button>
      </form>
    </section>
  );
}

function RespondForm({ p, onChange }: Omit<Props, 'actions' | 'notice'>) {
  const [opinion, setOpinion] = useState('');
  const [feasible, setFeasible] = useState<'' | 'yes' | 'no'>('');
  const [tried, setTried] = useState(false);
  const act = useAction(async () => {
    const d = await gql(RespondDoc, { id: p.id, opinion, feasible: feasible === 'yes' });
    onChange(d.respondToAssignment.proposal, tp('responded'));
  });
  return (
    <section class="action" aria-labelledby="respond-title" data-testid="respond-form">
      <h3 id="respond-title">{tp('respondTitle')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!opinion.trim() || !feasible) return;
          void act.run();
        }}
      >
        <Fieldset legend={tp('respondFeasible')} class="radios">
          <label class="radio">
            <input type="radio" name="feasible" value="yes" checked={feasible === 'yes'} onChange={() => setFeasible('yes')} data-testid="respond-feasible-yes" /> {tp('feasibleYes')}
          </label>
          <label class="radio">
            <input type="radio" name="feasible" value="no" checked={feasible === 'no'} onChange={() => setFeasible('no')} data-testid="respond-feasible-no" /> {tp('feasibleNo')}
          </label>
          {tried && !feasible && <p class="field-error">{tp('respondFeasible')}</p>}
        </Fieldset>
        <TextArea label={tp('respondOpinion')} required value={opinion} onInput={setOpinion} error={tried && !opinion.trim() ? tp('opinionRequired') : undefined} testid="respond-opinion" />
        <ErrorBanner error={act.error} />
        <Button type="submit" variant="primary" busy={act.busy} data-testid="respond-submit">
          {tp('respondSubmit')}
        </Button>
      </form>
    </section>
  );
}

function DecideForm({ p, onChange }: Omit<Props, 'actions' | 'notice'>) {
  const [decision, setDecision] = useState<ProposalDecision | ''>('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const act = useAction(async () => {
    if (!decision) return;
    const d = await gql(DecideDoc, { id: p.id, decision, reason });
    setConfirming(false);
    onChange(d.decideProposal.proposal, tp('decided'));
  });
  const decisionLabel = decision === 'ACCEPTED' ? tp('decideAccept') : tp('decideDecline');
  return (
    <section class="action" aria-labelledby="decide-title" data-testid="decide-form">
      <h3 id="decide-title">{tp('decideTitle')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!decision || !reason.trim()) return;
          setConfirming(true);
        }}
      >
        <Fieldset legend={tp('decision')} class="radios">
          <label class="radio">
            <input type="radio" name="decision" value="ACCEPTED" checked={decision === 'ACCEPTED'} onChange={() => setDecision('ACCEPTED')} data-testid="decide-accept" /> {tp('decideAccept')}
          </label>
          <label class="radio">
            <input type="radio" name="decision" value="DECLINED" checked={decision === 'DECLINED'} onChange={() => setDecision('DECLINED')} data-testid="decide-decline" /> {tp('decideDecline')}
          </label>
          {tried && !decision && <p class="field-error">{tp('decision')}</p>}
        </Fieldset>
        <TextArea label={tp('reason')} help={tp('reasonHelp')} required value={reason} onInput={setReason} error={tried && !reason.trim() ? tp('reasonRequired') : undefined} testid="decide-reason" />
        <ErrorBanner error={act.error} />
        <Button type="submit" variant="primary" data-testid="decide-submit">
          {tp('decideSubmit')}
        </Button>
      </form>
      <ConfirmDialog
        open={confirming}
        title={tp('decideConfirmTitle')}
        confirmLabel={decisionLabel}
        danger={decision === 'DECLINED'}
        busy={act.busy}
        onConfirm={() => void act.run()}
        onCancel={() => setConfirming(false)}
      >
        <p>{tp('decideConfirm', { title: p.title, decision: decisionLabel })}</p>
        <p class="prewrap">
          {tp('reason')}：{reason}
        </p>
        <ErrorBanner error={act.error} />
      </ConfirmDialog>
    </section>
  );
}

type Mode = '' | 'existing' | 'new';

function LinkForm({ p, onChange }: Omit<Props, 'actions' | 'notice'>) {
  const outcomes = useQuery(OutcomesDoc, {});
  const [pm, setPm] = useState<Mode>('');
  const [am, setAm] = useState<Mode>('');
  const [projectId, setProjectId] = useState('');
  const [agreementId, setAgreementId] = useState('');
  const [projectKind, setProjectKind] = useState<ProjectKind>('PARTNERSHIP');
  const [agreementKind, setAgreementKind] = useState<AgreementKind>('BUSINESS');
  const [projectTitle, setProjectTitle] = useState('');
  const [agreementTitle, setAgreementTitle] = useState('');
  const [nothing, setNothing] = useState(false);
  const act = useAction(async () => {
    const d = await gql(LinkDoc, {
      id: p.id,
      projectId: pm === 'existing' && projectId ? projectId : null,
      agreementId: am === 'existing' && agreementId ? agreementId : null,
      newProject: pm === 'new' ? { kind: projectKind, title: projectTitle.trim() || null } : null,
      newAgreement: am === 'new' ? { kind: agreementKind, title: agreementTitle.trim() || null } : null,
    });
    setPm('');
    setAm('');
    onChange(d.linkProposalOutcome.proposal, tp('linked'));
    void outcomes.reload();
  });
  const modes = [
    { value: '', label: tp('linkNone') },
    { value: 'existing', label: tp('linkExisting') },
    { value: 'new', label: tp('linkNew') },
  ];
  const pick = { value: '', label: tp('linkPick') };
  return (
    <section class="action" aria-labelledby="link-title" data-testid="link-form">
      <h3 id="link-title">{tp('linkTitle')}</h3>
      <p class="help">{tp('linkHelp')}</p>
      <ErrorBanner error={outcomes.error} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const some = (pm === 'existing' && projectId) || pm === 'new' || (am === 'existing' && agreementId) || am === 'new';
          setNothing(!some);
          if (some) void act.run();
        }}
      >
        <Fieldset legend={tp('linkProject')}>
          <Select label={tp('linkProject')} value={pm} onChange={(v) => setPm(v as Mode)} options={modes} testid="link-project-mode" />
          {pm === 'existing' && (
            <Select
              label={tp('linkPick')}
              value={projectId}
              onChange={setProjectId}
              options={[pick, ...(outcomes.data?.projects.edges.map((e) => ({ value: e.node.id, label: e.node.title })) ?? [])]}
              testid="link-project"
            />
          )}
          {pm === 'new' && (
            <>
              <Select
                label={tp('newKind')}
                value={projectKind}
                onChange={(v) => setProjectKind(v as ProjectKind)}
                options={(['PARTNERSHIP', 'DEMONSTRATION'] as const).map((k) => ({ value: k, label: tp(`proj${k}`) }))}
              />
              <TextField label={tp('newTitle')} value={projectTitle} onInput={setProjectTitle} />
            </>
          )}
        </Fieldset>
        <Fieldset legend={tp('linkAgreement')}>
          <Select label={tp('linkAgreement')} value={am} onChange={(v) => setAm(v as Mode)} options={modes} testid="link-agreement-mode" />
          {am === 'existing' && (
            <Select
              label={tp('linkPick')}
              value={agreementId}
              onChange={setAgreementId}
              options={[pick, ...(outcomes.data?.agreements.edges.map((e) => ({ value: e.node.id, label: e.node.title })) ?? [])]}
              testid="link-agreement"
            />
          )}
          {am === 'new' && (
            <>
              <Select
                label={tp('newKind')}
                value={agreementKind}
                onChange={(v) => setAgreementKind(v as AgreementKind)}
                options={(['BUSINESS', 'COMPREHENSIVE', 'MEMORANDUM'] as const).map((k) => ({ value: k, label: tp(`agr${k}`) }))}
              />
              <TextField label={tp('newTitle')} value={agreementTitle} onInput={setAgreementTitle} />
            </>
          )}
        </Fieldset>
        {nothing && (
          <p class="field-error" role="alert">
            {tp('linkNothing')}
          </p>
        )}
        <ErrorBanner error={act.error} />
        <Button type="submit" variant="primary" busy={act.busy} data-testid="link-submit">
          {tp('linkSubmit')}
        </Button>
      </form>
    </section>
  );
}
