// The record's Documents section (docs/LEGAL-AND-MDT.md, "Documents"): the documents the caller
// may read, each a download link; whose documents are withheld and whom to ask; and the upload
// form where the server lets the caller write on the case.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listDocuments, documentUrl, type CaseDocument } from '../../../documents-api';
import { ErrorMessage, Loading, StatusMessage } from '../../../components/Messages';
import { formatDateTime, useApiData, useDescribeError } from '../../../hooks';
import type { YouthRecord } from '../../../types';
import { WithheldPanel } from '../WithheldPanel';
import { UploadDocumentForm } from './UploadDocumentForm';

export function DocumentsSection({ youth }: { youth: YouthRecord }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const data = useApiData(`documents:${youth.id}`, () => listDocuments(youth.id));
  const [uploaded, setUploaded] = useState<string | null>(null);
  const allows = (action: YouthRecord['allowedActions'][number]) =>
    youth.allowedActions.includes(action);
  const view = data.data;

  return (
    <>
      <p className="muted">{t('documents.intro')}</p>
      <ErrorMessage>{data.error ? describeError(data.error) : null}</ErrorMessage>
      {view === undefined ? (
        data.error ? null : (
          <Loading label={t('common.loading')} />
        )
      ) : (
        <>
          {view.documents.length > 0 ? (
            <DocumentTable documents={view.documents} />
          ) : (
            <p>{t('documents.none')}</p>
          )}
          {view.withheld.length > 0 ? (
            <div className="withheld-list">
              <p>{t('documents.withheldIntro')}</p>
              {view.withheld.map((w) => (
                <div key={`${w.category}:${w.organizationId}`}>
                  <p className="muted">{t(`dataCategories.${w.category}`)}</p>
                  <WithheldPanel withheld={w} />
                </div>
              ))}
            </div>
          ) : null}
        </>
      )}
      <StatusMessage>{uploaded}</StatusMessage>
      {allows('note.write') && youth.status !== 'merged' ? (
        <UploadDocumentForm
          youthId={youth.id}
          mayBePrivileged={allows('privilegedNote.write')}
          onEdit={() => {
            setUploaded(null);
          }}
          onUploaded={(document) => {
            setUploaded(t('documents.uploaded', { title: document.title }));
            data.reload();
          }}
        />
      ) : null}
    </>
  );
}

function DocumentTable({ documents }: { documents: readonly CaseDocument[] }) {
  const { t, i18n } = useTranslation();
  // On a phone the rows read as a list, each cell naming its column (styles.css, .table-list).
  const column = {
    category: t('documents.category'),
    by: t('documents.by'),
    added: t('documents.added'),
    size: t('documents.size'),
  };
  return (
    <table className="table-list">
      <thead>
        <tr>
          <th scope="col">{t('documents.title')}</th>
          <th scope="col">{column.category}</th>
          <th scope="col">{column.by}</th>
          <th scope="col">{column.added}</th>
          <th scope="col">{column.size}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <tr key={document.id}>
            <td>
              <a
                href={documentUrl(document.id)}
                download
                aria-label={t('documents.download', { title: document.title })}
              >
                {document.title}
              </a>{' '}
              {document.privileged ? (
                <span className="badge badge-warn">{t('documents.privilegedBadge')}</span>
              ) : null}
            </td>
            <td data-label={column.category}>{t(`dataCategories.${document.category}`)}</td>
            <td data-label={column.by}>{document.authorOrganizationName}</td>
            <td data-label={column.added}>{formatDateTime(document.createdAt, i18n.language)}</td>
            <td data-label={column.size}>
              {t('documents.sizeKb', { size: Math.max(1, Math.round(document.sizeBytes / 1024)) })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
