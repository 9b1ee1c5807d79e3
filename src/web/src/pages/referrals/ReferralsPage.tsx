// The referral inbox: Received (the provider's side: New, Overdue, In progress, Closed folded
// away), urgent ones first with the sender's note, answered right in the list (an accept can be
// undone for a minute); and Sent, where the referring worker follows hers.
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { listReferrals } from '../../api';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { undoAccept } from '../../referral-thread-api';
import { UNDO_ACCEPT_SECONDS } from '../../../../domain/referral-answers.js';
import { useApiData, usePageTitle } from '../../hooks';
import type { ReferralSummary } from '../../types';
import { QuickActions } from './QuickActions';
import { ReferralItem } from './ReferralItem';
import { useDescribeReferralError } from './words';

const BOXES = ['received', 'sent'] as const;
type Box = (typeof BOXES)[number];

export function ReferralsPage() {
  const { t } = useTranslation();
  const describeError = useDescribeReferralError();
  usePageTitle(t('referrals.inbox.title'));
  const [params, setParams] = useSearchParams();
  const box: Box = params.get('box') === 'sent' ? 'sent' : 'received';
  const received = useApiData('referrals:received', () => listReferrals({ box: 'received' }));
  const sent = useApiData('referrals:sent', () => listReferrals({ box: 'sent' }));
  const [done, setDone] = useState<string | null>(null);
  // The referral just accepted here, whose accept may be undone within its minute.
  const [justAccepted, setJustAccepted] = useState<ReferralSummary | null>(null);
  const [undoFailure, setUndoFailure] = useState<string | null>(null);
  useEffect(() => {
    if (!justAccepted) return;
    const timer = setTimeout(() => {
      setJustAccepted(null);
    }, UNDO_ACCEPT_SECONDS * 1000);
    return () => {
      clearTimeout(timer);
    };
  }, [justAccepted]);
  const undo = async (referral: ReferralSummary) => {
    setUndoFailure(null);
    try {
      await undoAccept(referral.id);
      setJustAccepted(null);
      setDone(t('referralThreads.undo.done'));
      received.reload();
    } catch (error) {
      setUndoFailure(describeError(error));
    }
  };
  const panel = useRef<HTMLDivElement>(null);

  const toAnswer = (received.data ?? []).filter(
    (r) => r.inbox === 'new' || r.inbox === 'overdue',
  ).length;
  const labels: Record<Box, string> = {
    received:
      received.data === undefined
        ? t('referrals.inbox.received')
        : t('referrals.inbox.receivedCount', { count: toAnswer }),
    sent:
      sent.data === undefined
        ? t('referrals.inbox.sent')
        : t('referrals.inbox.sentCount', { count: sent.data.length }),
  };
  const shown = box === 'received' ? received : sent;

  return (
    <>
      <h1>{t('referrals.inbox.title')}</h1>
      <p>{t('referrals.inbox.intro')}</p>
      <StatusMessage>{done}</StatusMessage>
      {justAccepted ? (
        <p className="actions">
          <button type="button" onClick={() => void undo(justAccepted)}>
            {t('referralThreads.undo.button')}
            <span className="visually-hidden">
              {' '}
              {t('referrals.inbox.case', { caseNumber: justAccepted.caseNumber })},{' '}
              {justAccepted.serviceName}
            </span>
          </button>
        </p>
      ) : null}
      <ErrorMessage>{undoFailure}</ErrorMessage>
      <Tabs
        label={t('referrals.inbox.tabsLabel')}
        selected={box}
        labels={labels}
        onSelect={(next) => {
          setDone(null);
          setJustAccepted(null);
          setParams(next === 'received' ? {} : { box: next }, { replace: true });
        }}
      >
        <div ref={panel} tabIndex={-1} className="tab-panel-inner">
          <ErrorMessage>{shown.error ? describeError(shown.error) : null}</ErrorMessage>
          {shown.data === undefined ? (
            shown.error ? null : (
              <Loading label={t('common.loading')} />
            )
          ) : box === 'received' ? (
            <ReceivedBox
              referrals={shown.data}
              onAnswered={(referral, answer) => {
                setJustAccepted(answer === 'accepted' ? referral : null);
                setUndoFailure(null);
                setDone(
                  t(`referrals.inbox.done.${answer}`, {
                    service: referral.serviceName,
                    caseNumber: referral.caseNumber,
                  }),
                );
                received.reload();
                // The answered item moves to another group; keep the keyboard in the box.
                panel.current?.focus();
              }}
            />
          ) : (
            <SentBox referrals={shown.data} />
          )}
        </div>
      </Tabs>
    </>
  );
}

/** Two tabs in the WAI-ARIA pattern: arrow keys move between them, Tab goes into the panel. */
function Tabs(props: {
  label: string;
  selected: Box;
  labels: Record<Box, string>;
  onSelect: (box: Box) => void;
  children: ReactNode;
}) {
  const tabs = useRef<Partial<Record<Box, HTMLButtonElement | null>>>({});
  const move = (event: KeyboardEvent<HTMLButtonElement>, from: Box) => {
    const index = BOXES.indexOf(from);
    const target =
      event.key === 'ArrowRight'
        ? BOXES[(index + 1) % BOXES.length]
        : event.key === 'ArrowLeft'
          ? BOXES[(index + BOXES.length - 1) % BOXES.length]
          : event.key === 'Home'
            ? BOXES[0]
            : event.key === 'End'
              ? BOXES[BOXES.length - 1]
              : undefined;
    if (!target) return;
    event.preventDefault();
    props.onSelect(target);
    tabs.current[target]?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={props.label} className="tabs">
        {BOXES.map((box) => (
          <button
            key={box}
            ref={(element) => {
              tabs.current[box] = element;
            }}
            type="button"
            role="tab"
            id={`referrals-tab-${box}`}
            aria-selected={props.selected === box}
            aria-controls="referrals-panel"
            tabIndex={props.selected === box ? 0 : -1}
            onClick={() => {
              props.onSelect(box);
            }}
            onKeyDown={(event) => {
              move(event, box);
            }}
          >
            {props.labels[box]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="referrals-panel"
        aria-labelledby={`referrals-tab-${props.selected}`}
        className="tab-panel"
      >
        {props.children}
      </div>
    </>
  );
}

const OPEN_GROUPS = ['new', 'overdue', 'in_progress'] as const;

function ReceivedBox(props: {
  referrals: readonly ReferralSummary[];
  onAnswered: Parameters<typeof QuickActions>[0]['onAnswered'];
}) {
  const { t } = useTranslation();
  const { referrals } = props;
  if (referrals.length === 0) return <p>{t('referrals.inbox.noneReceived')}</p>;
  const closed = referrals.filter((r) => r.inbox === 'closed');
  const list = (group: readonly ReferralSummary[]) => (
    <ul className="referral-list">
      {group.map((referral) => (
        <li key={referral.id}>
          <ReferralItem referral={referral} headingLevel={3}>
            <QuickActions referral={referral} onAnswered={props.onAnswered} />
          </ReferralItem>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      {OPEN_GROUPS.map((group) => {
        const inGroup = referrals.filter((r) => r.inbox === group);
        const headingId = `received-${group}`;
        return (
          <section key={group} aria-labelledby={headingId} className="inbox-group">
            <h2 id={headingId}>
              {t(`referrals.inbox.groups.${group}`)}{' '}
              <span className="count">({inGroup.length})</span>
            </h2>
            {inGroup.length === 0 ? (
              <p className="muted">{t('referrals.inbox.groupEmpty')}</p>
            ) : (
              list(inGroup)
            )}
          </section>
        );
      })}
      {closed.length > 0 ? (
        <details className="inbox-group">
          <summary>{t('referrals.inbox.closedCount', { count: closed.length })}</summary>
          {list(closed)}
        </details>
      ) : null}
    </>
  );
}

function SentBox({ referrals }: { referrals: readonly ReferralSummary[] }) {
  const { t } = useTranslation();
  if (referrals.length === 0) return <p>{t('referrals.inbox.noneSent')}</p>;
  // What waits on the worker first (a question to answer, a late answer to chase), then the newest.
  const waiting = (r: ReferralSummary) => r.overdue || r.status === 'info_requested';
  const ordered = [...referrals].sort(
    (a, b) => Number(waiting(b)) - Number(waiting(a)) || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <ul className="referral-list">
      {ordered.map((referral) => (
        <li key={referral.id}>
          <ReferralItem referral={referral} headingLevel={2} />
        </li>
      ))}
    </ul>
  );
}
