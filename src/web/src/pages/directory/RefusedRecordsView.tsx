// A refused import: the records of other counties it would have changed, each with the row
// that would have changed it and the county to ask. Nothing was written.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefusedDirectoryRecord } from '../../types';

export function RefusedRecordsView(props: { records: readonly RefusedDirectoryRecord[] }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The refusal replaces the "working" message: start reading here.
  useEffect(() => {
    heading.current?.focus();
  }, [props.records]);
  return (
    <section aria-labelledby="import-report" className="import-report">
      <h2 id="import-report" ref={heading} tabIndex={-1}>
        {t('directoryImport.report')}
      </h2>
      <p className="message message-notice">{t('directoryOwners.refused')}</p>
      <div className="table-scroll" role="region" aria-labelledby="refused-records" tabIndex={0}>
        <table>
          <caption id="refused-records">
            {t('directoryOwners.caption', { count: props.records.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('directoryImport.file')}</th>
              <th scope="col">{t('directoryImport.line')}</th>
              <th scope="col">{t('directoryOwners.table')}</th>
              <th scope="col">{t('directoryOwners.id')}</th>
              <th scope="col">{t('directoryOwners.change')}</th>
              <th scope="col">{t('directoryOwners.owner')}</th>
            </tr>
          </thead>
          <tbody>
            {props.records.map((record, index) => (
              <tr key={index}>
                <td>{record.file}</td>
                <td>{record.line ?? t('directoryImport.wholeFile')}</td>
                <td>{record.table}</td>
                <td>
                  <code>{record.id}</code>
                </td>
                <td>{t(`directoryOwners.changes.${record.change}`)}</td>
                <td>{record.owner}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
