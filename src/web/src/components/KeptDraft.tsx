// A note form's draft kept on this device as the person types (drafts.ts): offered back after
// signing in again ("You have an unsaved draft from 10:42: Restore / Discard"), deleted once the
// note is saved.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftForm } from '../draft-rules';
import { deleteDraft, findDraft, keepDraftSoon, type KeptDraft } from '../drafts';
import { useSignedIn } from '../session';
import { dateTimeFormat } from '../intl';

export function useKeptDraft(input: {
  youthId: string;
  form: DraftForm;
  text: string;
  setText: (text: string) => void;
}): { panel: ReactNode; typed: (text: string) => void; saved: () => void } {
  const { youthId, form, setText } = input;
  const { t, i18n } = useTranslation();
  const { user } = useSignedIn();
  const address = useMemo(() => ({ userId: user.id, youthId, form }), [user.id, youthId, form]);
  const [offer, setOffer] = useState<KeptDraft | null>(null);
  const [keptAt, setKeptAt] = useState<number | null>(null);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    let cancelled = false;
    // Offered against an empty form: the form opens empty.
    void findDraft(address, '').then((found) => {
      if (!cancelled) setOffer(found);
    });
    return () => {
      cancelled = true;
    };
  }, [address]);

  const typed = useCallback(
    (text: string) => {
      setRestored(false);
      // While a draft is offered, typing does not overwrite it until the person chooses.
      if (offer) return;
      keepDraftSoon(address, text, setKeptAt);
    },
    [address, offer],
  );
  const saved = useCallback(() => {
    setKeptAt(null);
    void deleteDraft(address);
  }, [address]);

  const time = (at: number) =>
    dateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(at));
  let panel: ReactNode = null;
  if (offer) {
    panel = (
      <div className="panel draft-offer" role="group" aria-label={t('drafts.offerLabel')}>
        <p>{t('drafts.offer', { time: time(offer.savedAt) })}</p>
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              setText(offer.text);
              setOffer(null);
              setRestored(true);
              setKeptAt(offer.savedAt);
            }}
          >
            {t('drafts.restore')}
          </button>
          <button
            type="button"
            onClick={() => {
              setOffer(null);
              void deleteDraft(address);
            }}
          >
            {t('drafts.discard')}
          </button>
        </div>
      </div>
    );
  } else if (keptAt !== null) {
    panel = <p className="muted">{t('drafts.kept', { time: time(keptAt) })}</p>;
  }
  return {
    panel: (
      <>
        <div role="status" className="message-status">
          {restored ? <p className="message message-success">{t('drafts.restored')}</p> : null}
        </div>
        {panel}
      </>
    ),
    typed,
    saved,
  };
}
