// 訴訟ホールド on the proposal page and the inquiry page: whether the record is held (and
// why, since when), and the desk's form to set the hold with a reason or lift it
// (setLegalHold). Holds are read in their own query, only by who holds retention/read, so a
// department's page never asks for a field the API refuses it.
import { useState } from 'preact/hooks';
import { gql } from '../../api';
import { formatDateTime } from '../../dates';
import { graphql } from '../../gql';
import { useAction, useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { tg } from '../../i18n/governance';
import { href } from '../../router';
import { Badge } from '../../ui/badge';
import { ErrorBanner, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm';
import { TextArea } from '../../ui/field';
import { useRights } from './rights';

const HoldDoc = graphql(`
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
`);

const SetHoldDoc = graphql(`
  mutation RecordLegalHoldSet($id: ID!, $hold: Boolean!, $reason: String) {
    setLegalHold(recordId: $id, hold: $hold, reason: $reason)
  }
`);

/** LegalHoldPanel shows and changes the legal hold of a proposal or inquiry; nothing for who may not read holds. */
export function LegalHoldPanel({ recordId }: { recordId: string }) {
  const can = useRights();
  if (!can('retention', 'read')) return null;
  return <HoldPanel recordId={recordId} editable={can('retention', 'hold')} reads={can('personalDataRead', 'read')} />;
}

function HoldPanel({ recordId, editable, reads }: { recordId: string; editable: boolean; reads: boolean }) {
  const q = useQuery(HoldDoc, { id: recordId });
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState('');
  const [confirming, setConfirming] = useState(false);
  const act = useAction(async (hold: boolean) => {
    await gql(SetHoldDoc, { id: recordId, hold, reason: reason.trim() || null });
    setReason('');
    setConfirming(false);
    setNotice(hold ? tg('holdSetDone') : tg('holdReleased'));
    await q.reload();
  });
  const n = q.data?.node;
  const hold = n && 'legalHold' in n ? n.legalHold : null;
  const fieldError = act.error?.field === 'reason' ? act.error.clerkMessage() : undefined;
  return (
    <section class="desk-panel legal-hold" aria-labelledby="legal-hold-title" data-testid="legal-hold">
      <h2 id="legal-hold-title">{tg('holdTitle')}</h2>
      <p class="help">{tg('holdIntro')}</p>
      <Notice>{notice}</Notice>
      <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      {q.data &&
        (hold ? (
          <p data-testid="legal-hold-state">
            <Badge tone="warning" icon="⚖">
              {tg('holdOn')}
            </Badge>{' '}
            {tg('holdSince', { at: formatDateTime(hold.setAt) })}
            <br />
            <span class="desk-label">{tg('holdReason')}</span>：<span class="prewrap">{hold.reason}</span>
          </p>
        ) : (
          <p data-testid="legal-hold-state">{tg('holdNone')}</p>
        ))}
      {q.data && editable && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setNotice('');
            if (hold) setConfirming(true);
            else void act.run(true);
          }}
        >
          <ErrorBanner error={fieldError || confirming ? undefined : act.error} />
          <TextArea
            label={tg('holdReason')}
            help={hold ? tg('releaseReasonHelp') : tg('holdReasonHelp')}
            value={reason}
            onInput={setReason}
            required={!hold}
            rows={2}
            error={fieldError}
            testid="legal-hold-reason"
          />
          <div class="actions">
            <Button type="submit" variant={hold ? 'secondary' : 'primary'} busy={act.busy && !confirming} data-testid="legal-hold-submit">
              {hold ? tg('holdRelease') : tg('holdSet')}
            </Button>
          </div>
        </form>
      )}
      {reads && (
        <p>
          <a href={href('/desk/personal-data-reads', { record: recordId })} data-testid="legal-hold-reads">
            {tg('readsOfRecord')}
          </a>
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={tg('holdReleaseConfirm')}
        confirmLabel={tg('holdRelease')}
        busy={act.busy}
        onConfirm={() => void act.run(false)}
        onCancel={() => {
          act.clear();
          setConfirming(false);
        }}
      >
        <p>{tg('holdReleaseBody')}</p>
        <ErrorBanner error={act.error} />
      </ConfirmDialog>
    </section>
  );
}
