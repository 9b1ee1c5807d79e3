// Adding a document to the case: a kind of information, a title and one file. What the file
// really is the server decides from its content; its refusals are shown as they come.
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_CATEGORIES, type DataCategory } from '../../../../../domain/vocabulary.js';
import { uploadDocument, type CaseDocument } from '../../../documents-api';
import { ErrorMessage } from '../../../components/Messages';
import { Field } from '../../../components/Field';
import { TextField } from '../../../components/TextField';
import { focusFirstInvalid, useDescribeError } from '../../../hooks';

export function UploadDocumentForm(props: {
  youthId: string;
  mayBePrivileged: boolean;
  onUploaded: (document: CaseDocument) => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [category, setCategory] = useState<DataCategory>('legal');
  const [title, setTitle] = useState('');
  const [privileged, setPrivileged] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ title?: string; file?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const found = {
      ...(title.trim() ? {} : { title: t('errors.required') }),
      ...(file ? {} : { file: t('documents.chooseFile') }),
    };
    setErrors(found);
    if (!file || Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      const document = await uploadDocument(props.youthId, {
        category,
        title: title.trim(),
        privileged,
        file,
      });
      setTitle('');
      setFile(null);
      setPrivileged(false);
      if (fileInput.current) fileInput.current.value = '';
      props.onUploaded(document);
    } catch (caught) {
      setFailure(describeError(caught));
    }
    setBusy(false);
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('documents.uploadHeading')}</h3>
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        <Field label={t('documents.category')} required>
          {(control) => (
            <select
              {...control}
              value={category}
              onChange={(event) => {
                setCategory(event.target.value as DataCategory);
                props.onEdit();
              }}
            >
              {DATA_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`dataCategories.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={t('documents.title')}
          hint={t('documents.titleHint')}
          value={title}
          onChange={(value) => {
            setTitle(value);
            props.onEdit();
          }}
          error={errors.title}
          required
        />
        <Field
          label={t('documents.fileLabel')}
          hint={t('documents.fileHint')}
          error={errors.file}
          required
        >
          {(control) => (
            <input
              {...control}
              ref={fileInput}
              type="file"
              accept="application/pdf,image/png,image/jpeg,image/webp,.pdf,.png,.jpg,.jpeg,.webp"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                props.onEdit();
              }}
            />
          )}
        </Field>
        {props.mayBePrivileged ? (
          <div className="field">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={privileged}
                onChange={(event) => {
                  setPrivileged(event.target.checked);
                }}
              />
              {t('documents.privilegedLabel')}
            </label>
          </div>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('documents.uploading') : t('documents.upload')}
        </button>
      </form>
    </section>
  );
}
