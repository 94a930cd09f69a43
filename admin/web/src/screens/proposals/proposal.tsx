// The proposal page: its content, attachments, requests to departments, the dialogue (shared
// messages and 庁内メモ told apart by label, icon and colour), the history, and the actions
// the API says the viewer may take now.
import { graphql } from '../../gql';
import type { ProposalPageFieldsFragment, ResourceKind, Side } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../dates';
import { useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { tp } from '../../i18n/proposals';
import { href, type RouteProps } from '../../router';
import { ErrorBanner, Loading } from '../../ui/banner';
import { Badge } from '../../ui/badge';
import { useEffect, useRef, useState } from 'preact/hooks';
import { download, gql } from '../../api';
import { Button } from '../../ui/button';
import { kindLabel, sizeLabel, StatusBadge } from './labels';
import { actionsOf, ProposalActions } from './actions';
import { CustomFieldList } from '../content/customFields';
import { Dialogue } from './dialogue';
import { DisclosurePanel } from './disclosure';
import { ProposalCustomFieldsForm } from './customFields';
import { LegalHoldPanel } from '../desk/legalHold';

graphql(`
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
`);

const ProposalDoc = graphql(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`);

const MarkReadDoc = graphql(`
  mutation ProposalMarkRead($id: ID!) {
    markProposalRead(id: $id) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`);

/** Proposal is the page's view of one proposal. */
export type Proposal = ProposalPageFieldsFragment;

const sides: Side[] = ['CITY', 'PARTNER'];
const kinds: ResourceKind[] = ['PEOPLE', 'GOODS', 'MONEY', 'INFORMATION'];
const knownActions = new Set(['CREATE', 'UPDATE', 'SUBMIT', 'ASSIGN', 'RESPOND', 'DECIDE', 'WITHDRAW', 'LINK']);

/** actorLabel names who acted: the staff member and department, or the kind alone. */
export function actorLabel(a: { kind: 'PROPOSER' | 'DEPARTMENT' | 'DESK'; displayName?: string | null; department?: { name: string } | null } | null | undefined): string {
  if (!a) return '';
  const who = tp(`actor${a.kind}`);
  const parts = [a.department?.name, a.displayName].filter(Boolean).join(' ');
  return parts ? `${who}：${parts}` : who;
}

/** ProposalPage shows one proposal; opening it marks its dialogue read. */
export function ProposalPage({ params }: RouteProps) {
  const id = params.id!;
  const q = useQuery(ProposalDoc, { id });
  const [local, setLocal] = useState<Proposal | null>(null);
  const p = local ?? q.data?.proposal ?? null;
  const [notice, setNotice] = useState('');
  const update = (next: Proposal, msg?: string) => {
    setLocal(next);
    setNotice(msg ?? '');
  };
  const reload = async () => {
    setLocal(null);
    await q.reload();
  };
  // Opening the page reads the dialogue: record it once, so the inbox stops listing it as unread.
  const marked = useRef(false);
  const loaded = q.data?.proposal;
  useEffect(() => {
    if (!loaded || marked.current || loaded.unreadMessageCount === 0 || !loaded.viewerActions.includes('MARK_READ')) return;
    marked.current = true;
    gql(MarkReadDoc, { id: loaded.id })
      .then((d) => setLocal(d.markProposalRead.proposal))
      .catch(() => undefined); // a failed read mark only leaves the badge; the page stays usable
  }, [loaded]);

  return (
    <article class="proposal">
      <p>
        <a href={href('/proposals')}>← {tp('back')}</a>
      </p>
      <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      {q.loading && !p && <Loading label={t('loading')} />}
      {q.data && !p && (
        <p class="banner banner-error" role="alert">
          {tp('notFound')}
        </p>
      )}
      {p && (
        <>
          <header class="proposal-head">
            <h1 data-testid="proposal-title">{p.title}</h1>
            <p class="meta">
              <StatusBadge status={p.status} /> <Badge>{kindLabel(p.kind)}</Badge>
              {p.overdue && (
                <Badge tone="danger" icon="!" testid="overdue">
                  {tp('overdue')}
                </Badge>
              )}
              {p.unreadMessageCount > 0 && (
                <Badge tone="warning" icon="●" testid="unread">
                  {tp('unread', { n: p.unreadMessageCount })}
                </Badge>
              )}
              {p.challenge && <span> {p.challenge.title}</span>}
            </p>
            <dl class="facts">
              <div>
                <dt>{tp('organization')}</dt>
                <dd>{p.organization?.name ?? tp('none')}</dd>
              </div>
              <div>
                <dt>{tp('submittedAt')}</dt>
                <dd>{p.submittedAt ? formatDateTime(p.submittedAt) : tp('notSubmitted')}</dd>
              </div>
              {p.decidedAt && (
                <div>
                  <dt>{tp('decidedAt')}</dt>
                  <dd>{formatDateTime(p.decidedAt)}</dd>
                </div>
              )}
              {p.project && (
                <div>
                  <dt>{tp('currentProject')}</dt>
                  <dd data-testid="linked-project">{p.project.title}</dd>
                </div>
              )}
              {p.agreement && (
                <div>
                  <dt>{tp('currentAgreement')}</dt>
                  <dd data-testid="linked-agreement">{p.agreement.title}</dd>
                </div>
              )}
            </dl>
          </header>
          <div class="proposal-grid">
            <div class="proposal-main">
              <Content p={p} />
              <ProposalCustomFieldsForm p={p} onChange={(next) => update(next)} />
              <Attachments p={p} />
              <Assignments p={p} />
              <Dialogue p={p} actions={actionsOf(p)} onChange={update} onReload={reload} />
              <History p={p} />
              <DisclosurePanel id={p.id} />
              <LegalHoldPanel recordId={p.id} />
            </div>
            <aside class="proposal-side" aria-labelledby="actions-title">
              <ProposalActions p={p} actions={actionsOf(p)} notice={notice} onChange={update} />
            </aside>
          </div>
        </>
      )}
    </article>
  );
}

function Paragraphs({ text }: { text: string }) {
  if (!text.trim()) return <p class="muted">{tp('none')}</p>;
  return (
    <>
      {text.split(/\n{2,}/).map((para, i) => (
        <p key={i} class="prewrap">
          {para}
        </p>
      ))}
    </>
  );
}

function Content({ p }: { p: Proposal }) {
  return (
    <section aria-labelledby="sec-content">
      <h2 id="sec-content">{tp('secContent')}</h2>
      <h3>{tp('summary')}</h3>
      <Paragraphs text={p.summary} />
      <h3>{tp('body')}</h3>
      <Paragraphs text={p.body} />
      <h3>{tp('desiredScheme')}</h3>
      <Paragraphs text={p.desiredScheme} />
      <CustomFieldList values={p.customFields} />
      <h3>{tp('resources')}</h3>
      <div class="table-wrap">
        <table class="table matrix" data-testid="resources-matrix">
          <caption class="visually-hidden">{tp('resourcesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tp('side')}</th>
              {kinds.map((k) => (
                <th scope="col" key={k}>
                  {tp(`res${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sides.map((s) => (
              <tr key={s}>
                <th scope="row">{tp(`side${s}`)}</th>
                {kinds.map((k) => {
                  const items = p.resources.filter((r) => r.side === s && r.kind === k);
                  return (
                    <td key={k}>
                      {items.length === 0 ? (
                        <span class="muted">—</span>
                      ) : (
                        <ul class="plain">
                          {items.map((r, i) => (
                            <li key={i}>{r.description}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{tp('merits')}</h3>
      <div class="merits">
        {sides.map((s) => {
          const items = p.merits.filter((m) => m.side === s);
          return (
            <div key={s}>
              <h4>{tp('meritFor', { side: tp(`side${s}`) })}</h4>
              {items.length === 0 ? (
                <p class="muted">{tp('none')}</p>
              ) : (
                <ul>
                  {items.map((m, i) => (
                    <li key={i}>{m.description}</li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
      {p.contact && (
        <>
          <h3>{tp('contact')}</h3>
          <dl class="facts">
            <div>
              <dt>{tp('affiliation')}</dt>
              <dd>{p.contact.affiliation}</dd>
            </div>
            <div>
              <dt>{tp('contactName')}</dt>
              <dd>{p.contact.name}</dd>
            </div>
            <div>
              <dt>{tp('email')}</dt>
              <dd>{p.contact.email}</dd>
            </div>
            <div>
              <dt>{tp('phone')}</dt>
              <dd>{p.contact.phone}</dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}

function Attachments({ p }: { p: Proposal }) {
  const [error, setError] = useState<unknown>(null);
  return (
    <section aria-labelledby="sec-attachments">
      <h2 id="sec-attachments">{tp('secAttachments')}</h2>
      <ErrorBanner error={error} />
      {p.attachments.length === 0 ? (
        <p class="muted">{tp('noAttachments')}</p>
      ) : (
        <ul class="files" data-testid="attachments">
          {p.attachments.map((a) => (
            <li key={a.id}>
              <Button
                variant="link"
                aria-label={tp('download', { name: a.fileName })}
                onClick={() => {
                  setError(null);
                  download(a.downloadUrl, a.fileName).catch(setError);
                }}
              >
                <span aria-hidden="true">↓ </span>
                {a.fileName}
              </Button>{' '}
              <span class="muted">
                {sizeLabel(a.size)} ・ {formatDateTime(a.createdAt)}
                {a.messageId && ` ${tp('onMessage')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Assignments({ p }: { p: Proposal }) {
  return (
    <section aria-labelledby="sec-assignments">
      <h2 id="sec-assignments">{tp('secAssignments')}</h2>
      {p.assignments.length === 0 ? (
        <p class="muted">{tp('noAssignments')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table" data-testid="assignments">
            <caption class="visually-hidden">{tp('assignmentsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{tp('department')}</th>
                <th scope="col">{tp('dueOn')}</th>
                <th scope="col">{tp('feasible')}</th>
                <th scope="col">{tp('opinion')}</th>
                <th scope="col">{tp('respondedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {p.assignments.map((a) => (
                <tr key={a.department.id}>
                  <th scope="row">{a.department.name}</th>
                  <td>{a.dueOn ? formatDate(a.dueOn) : '—'}</td>
                  <td>
                    {a.feasible == null ? (
                      <Badge>{tp('notAnswered')}</Badge>
                    ) : a.feasible ? (
                      <Badge tone="success" icon="○">
                        {tp('feasibleYes')}
                      </Badge>
                    ) : (
                      <Badge tone="danger" icon="×">
                        {tp('feasibleNo')}
                      </Badge>
                    )}
                  </td>
                  <td class="prewrap">{a.opinion ?? ''}</td>
                  <td>{a.respondedAt ? formatDateTime(a.respondedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function History({ p }: { p: Proposal }) {
  return (
    <section aria-labelledby="sec-history">
      <h2 id="sec-history">{tp('secHistory')}</h2>
      <div class="table-wrap">
        <table class="table" data-testid="history">
          <caption class="visually-hidden">{tp('historyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tp('colWhen')}</th>
              <th scope="col">{tp('colAction')}</th>
              <th scope="col">{tp('colChange')}</th>
              <th scope="col">{tp('colActor')}</th>
              <th scope="col">{tp('colReason')}</th>
            </tr>
          </thead>
          <tbody>
            {p.history.map((e, i) => (
              <tr key={i}>
                <td>{formatDateTime(e.at)}</td>
                <td>{knownActions.has(e.action) ? tp(`act${e.action}` as `act${'CREATE'}`) : e.action}</td>
                <td>{e.from || e.to ? `${e.from ? tp(`status${e.from}`) : ''} → ${e.to ? tp(`status${e.to}`) : ''}` : ''}</td>
                <td>{actorLabel(e.actor)}</td>
                <td class="prewrap">{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
