// What an import did: whether anything was written (said plainly), rows written per file, and
// every problem and warning with its file, line and reason in the reader's language.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryImportReport, ImportProblem } from '../../types';
import { wordImportProblem, type Translate } from './import-reasons';
import { numberFormat } from '../../intl';

export function ImportReportView(props: { report: DirectoryImportReport; dryRun: boolean }) {
  const { report, dryRun } = props;
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The report replaces the "working" message: start reading here.
  useEffect(() => {
    heading.current?.focus();
  }, [report]);
  const rows = numberFormat(i18n.language).format(report.rowsRead);
  const summary = report.committed
    ? t('directoryImport.committed', { rows })
    : dryRun
      ? report.problems.length === 0
        ? t('directoryImport.dryRunClean', { rows })
        : t('directoryImport.dryRunProblems', { rows })
      : t('directoryImport.refused', { rows });
  const written = Object.entries(report.written);
  return (
    <section aria-labelledby="import-report" className="import-report">
      <h2 id="import-report" ref={heading} tabIndex={-1}>
        {t('directoryImport.report')}
      </h2>
      <p className={`message ${report.committed ? 'message-success' : 'message-notice'}`}>
        {summary}
      </p>
      {report.unchanged > 0 ? (
        <p>
          {t('directoryOwners.unchanged', {
            count: report.unchanged,
          })}
        </p>
      ) : null}
      {written.length > 0 ? (
        <div className="table-scroll" role="region" aria-labelledby="import-written" tabIndex={0}>
          <table className="compact-table">
            <caption id="import-written">{t('directoryImport.written')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('directoryImport.file')}</th>
                <th scope="col">{t('directoryImport.rows')}</th>
              </tr>
            </thead>
            <tbody>
              {written.map(([file, count]) => (
                <tr key={file}>
                  <th scope="row">{file}</th>
                  <td>{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ProblemTable
        id="import-problems"
        caption={t('directoryImport.problems', { count: report.problems.length })}
        problems={report.problems}
        empty={t('directoryImport.noProblems')}
      />
      {report.warnings.length > 0 ? (
        <>
          <ProblemTable
            id="import-warnings"
            caption={t('directoryImport.warnings', { count: report.warnings.length })}
            problems={report.warnings}
            empty=""
          />
          <p className="muted">{t('directoryImport.warningsHint')}</p>
        </>
      ) : null}
    </section>
  );
}

function ProblemTable(props: {
  id: string;
  caption: string;
  problems: readonly ImportProblem[];
  empty: string;
}) {
  const { t, i18n } = useTranslation();
  // Keys are built from the codes import-reasons.ts checks, so the typed `t` is set aside (as
  // for match reasons).
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  const translate: Translate = (key, options) => i18n.t(key as never, options);
  const captionId = `${props.id}-caption`;
  if (props.problems.length === 0) return <p>{props.empty}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('directoryImport.file')}</th>
            <th scope="col">{t('directoryImport.line')}</th>
            <th scope="col">{t('directoryImport.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {props.problems.map((problem, index) => (
            <tr key={index}>
              <td>{problem.file}</td>
              <td>{problem.line ?? t('directoryImport.wholeFile')}</td>
              <td>{wordImportProblem(translate, problem)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
