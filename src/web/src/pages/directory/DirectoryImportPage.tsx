// Import an HSDS 3.0 datapackage into the county's directory (coordinator or administrator):
// choose the files, check only or import, and read the report row by row.
import { useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { importDirectory, refusedDirectoryRecords } from '../../api';
import { Checkbox, Field } from '../../components/Field';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { useDescribeError, usePageTitle } from '../../hooks';
import type { DirectoryImportReport, RefusedDirectoryRecord } from '../../types';
import { ImportReportView } from './ImportReportView';
import { RefusedRecordsView } from './RefusedRecordsView';
import { readDatapackage } from './read-datapackage';
import { numberFormat } from '../../intl';

export function DirectoryImportPage() {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  usePageTitle(t('directoryImport.title'));
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File[]>([]);
  const [dryRun, setDryRun] = useState(false);
  const [partial, setPartial] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [leftOut, setLeftOut] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<{
    result: DirectoryImportReport;
    dryRun: boolean;
  } | null>(null);
  const [refused, setRefused] = useState<RefusedDirectoryRecord[] | null>(null);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setReport(null);
    setRefused(null);
    setBusy(true);
    const datapackage = await readDatapackage(chosen, t);
    if ('error' in datapackage) {
      setFileError(datapackage.error);
      setBusy(false);
      input.current?.focus();
      return;
    }
    setFileError(null);
    setLeftOut(datapackage.leftOut);
    try {
      const result = await importDirectory(datapackage.files, { dryRun, partial });
      setReport({ result, dryRun });
    } catch (error) {
      const records = refusedDirectoryRecords(error);
      if (records) setRefused(records);
      else setFailure(describeError(error));
    }
    setBusy(false);
  };

  const kilobytes = (bytes: number) =>
    numberFormat(i18n.language, { maximumFractionDigits: 1 }).format(bytes / 1024);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/directory">{t('directory.title')}</Link>
      </p>
      <h1>{t('directoryImport.title')}</h1>
      <p className="lead">{t('directoryImport.intro')}</p>
      <p>{t('directoryImport.rule')}</p>
      <p>{t('directoryOwners.rule')}</p>
      <form className="panel directory-import" noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        <Field
          label={t('directoryImport.files')}
          hint={t('directoryImport.filesHint')}
          error={fileError ?? undefined}
          required
        >
          {(control) => (
            <input
              {...control}
              ref={input}
              type="file"
              multiple
              accept=".csv,.json,text/csv,application/json"
              onChange={(event) => {
                setFileError(null);
                setReport(null);
                setRefused(null);
                setChosen([...(event.target.files ?? [])]);
              }}
            />
          )}
        </Field>
        {chosen.length > 0 ? (
          <>
            <h2 className="small-heading">{t('directoryImport.chosen')}</h2>
            <ul className="chosen-files">
              {chosen.map((file) => (
                <li key={file.name}>
                  {file.name}{' '}
                  <span className="muted">
                    ({t('directoryImport.kilobytes', { size: kilobytes(file.size) })})
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <Checkbox label={t('directoryImport.dryRun')} checked={dryRun} onChange={setDryRun} />
        <Checkbox label={t('directoryImport.partial')} checked={partial} onChange={setPartial} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {dryRun ? t('directoryImport.check') : t('directoryImport.import')}
          </button>
        </div>
      </form>
      <StatusMessage>{busy ? t('directoryImport.working') : null}</StatusMessage>
      {leftOut.length > 0 && report ? (
        <p>{t('directoryImport.leftOut', { names: leftOut.join(', ') })}</p>
      ) : null}
      {report ? <ImportReportView report={report.result} dryRun={report.dryRun} /> : null}
      {refused ? <RefusedRecordsView records={refused} /> : null}
    </>
  );
}
