// The missing-youth profile: the description, risk level and photo the alert packet prints.
// A photo is taken only after the youth's agreement is ticked, and checked here for type and
// size before it is sent (the server checks again).
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PHOTO_MAX_BYTES, PHOTO_TYPES, RISK_LEVELS } from '../../../../../domain/missing-youth.js';
import { Checkbox, Field } from '../../../components/Field';
import { ErrorMessage, Loading, StatusMessage } from '../../../components/Messages';
import { TextField } from '../../../components/TextField';
import { formatDateTime, useApiData, useDescribeError, usePageTitle } from '../../../hooks';
import { getMissingProfile, saveMissingProfile, type MissingProfile } from '../../../missing-api';
import './missing.css';

const DESCRIPTION = ['height', 'build', 'hair', 'eyes', 'marks'] as const;
type DescriptionField = (typeof DESCRIPTION)[number];
type Draft = Record<DescriptionField, string> & { riskLevel: string; photoConsent: boolean };

const draftOf = (p: MissingProfile): Draft => ({
  height: p.height ?? '',
  build: p.build ?? '',
  hair: p.hair ?? '',
  eyes: p.eyes ?? '',
  marks: p.marks ?? '',
  riskLevel: p.riskLevel ?? '',
  photoConsent: p.photoConsent !== null,
});

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => {
      reject(new Error('read'));
    };
    reader.readAsDataURL(file);
  });
}

export function MissingProfilePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const loaded = useApiData(`missing-profile:${id}`, () => getMissingProfile(id));
  usePageTitle(t('missing.profile.title'));
  const back = (
    <p className="breadcrumb">
      <Link to={`/youth/${encodeURIComponent(id)}`}>{t('missing.profile.back')}</Link>
    </p>
  );
  if (!loaded.data) {
    return (
      <>
        {back}
        <h1>{t('missing.profile.title')}</h1>
        {loaded.error ? (
          <ErrorMessage>{describeError(loaded.error)}</ErrorMessage>
        ) : (
          <Loading label={t('common.loading')} />
        )}
      </>
    );
  }
  return (
    <>
      {back}
      <h1>{t('missing.profile.title')}</h1>
      <p className="muted">{t('missing.profile.intro')}</p>
      <ProfileForm youthId={id} initial={loaded.data} />
    </>
  );
}

function ProfileForm({ youthId, initial }: { youthId: string; initial: MissingProfile }) {
  const id = youthId;
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const [profile, setProfile] = useState<MissingProfile>(initial);
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [photo, setPhoto] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const onPhoto = (file: File | null) => {
    setSaved(false);
    setPhoto(null);
    if (!file) return;
    if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) {
      setProblem(t('missing.profile.wrongType'));
      return;
    }
    if (file.size > PHOTO_MAX_BYTES) {
      setProblem(t('missing.profile.tooLarge'));
      return;
    }
    setProblem(null);
    setPhoto(file);
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setSaved(false);
    if (photo && !draft.photoConsent) {
      setProblem(t('missing.profile.needsConsent'));
      return;
    }
    setBusy(true);
    try {
      const blank = (v: string) => (v.trim() === '' ? null : v.trim());
      const next = await saveMissingProfile(id, {
        height: blank(draft.height),
        build: blank(draft.build),
        hair: blank(draft.hair),
        eyes: blank(draft.eyes),
        marks: blank(draft.marks),
        riskLevel: (blank(draft.riskLevel) as (typeof RISK_LEVELS)[number] | null) ?? null,
        photoConsent: draft.photoConsent,
        ...(photo ? { photo: { contentType: photo.type, data: await readBase64(photo) } } : {}),
      });
      setProfile(next);
      setDraft(draftOf(next));
      setPhoto(null);
      setProblem(null);
      setSaved(true);
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form
        onSubmit={(event) => {
          void submit(event);
        }}
        noValidate
      >
        {DESCRIPTION.map((field) => (
          <TextField
            key={field}
            label={t(`missing.description.${field}`)}
            value={draft[field]}
            optional
            onChange={(value) => {
              setDraft({ ...draft, [field]: value });
            }}
          />
        ))}
        <Field label={t('missing.riskLevel')} optional>
          {(control) => (
            <select
              {...control}
              value={draft.riskLevel}
              onChange={(event) => {
                setDraft({ ...draft, riskLevel: event.target.value });
              }}
            >
              <option value="">{t('common.choose')}</option>
              {RISK_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`missing.risk.${level}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Checkbox
          label={t('missing.profile.photoConsent')}
          checked={draft.photoConsent}
          onChange={(checked) => {
            setDraft({ ...draft, photoConsent: checked });
          }}
        />
        <p className="muted">{t('missing.profile.photoConsentHint')}</p>
        {profile.photo && draft.photoConsent ? (
          <figure>
            <img
              className="alert-photo"
              src={profile.photo}
              alt={t('missing.profile.currentPhoto')}
            />
            {profile.photoConsent ? (
              <figcaption className="muted">
                {t('missing.profile.consentBy', {
                  name: profile.photoConsent.byName,
                  date: formatDateTime(profile.photoConsent.at, i18n.language),
                })}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
        {profile.photoUnreadable && draft.photoConsent ? (
          <p role="status">{t('missing.profile.photoUnreadable')}</p>
        ) : null}
        {draft.photoConsent ? (
          <Field label={t('missing.profile.photo')} optional>
            {(control) => (
              <input
                {...control}
                type="file"
                accept={PHOTO_TYPES.join(',')}
                onChange={(event) => {
                  onPhoto(event.target.files?.[0] ?? null);
                }}
              />
            )}
          </Field>
        ) : null}
        {problem ? <ErrorMessage>{problem}</ErrorMessage> : null}
        {saved ? <StatusMessage>{t('missing.profile.saved')}</StatusMessage> : null}
        <button type="submit" disabled={busy}>
          {t('missing.profile.save')}
        </button>
      </form>
    </>
  );
}
