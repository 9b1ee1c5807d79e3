// Documents on a case (docs/LEGAL-AND-MDT.md, "Documents"). The shapes are derived from the
// server's schemas, so a changed field cannot drift.
import type { z } from 'zod';
import type {
  DocumentList as ListSchema,
  DocumentView as ViewSchema,
} from '../../server/http/document-schemas.js';
import type { DataCategory } from '../../domain/vocabulary.js';
import { path, request } from './api';
import type { Wire } from './wire';

export type CaseDocument = Wire<z.output<typeof ViewSchema>>;
export type DocumentList = Wire<z.output<typeof ListSchema>>;

export async function listDocuments(youthId: string): Promise<DocumentList> {
  return (await request('GET', `${path('/api/youth', youthId)}/documents`)) as DocumentList;
}

export async function uploadDocument(
  youthId: string,
  upload: { category: DataCategory; title: string; privileged: boolean; file: File },
): Promise<CaseDocument> {
  const form = new FormData();
  form.set('category', upload.category);
  form.set('title', upload.title);
  if (upload.privileged) form.set('privileged', 'true');
  form.set('file', upload.file);
  const url = `${path('/api/youth', youthId)}/documents`;
  return (await request('POST', url, { body: form })) as CaseDocument;
}

/** Where the browser downloads a document from: the server sends it as an attachment. */
export const documentUrl = (id: string) => path('/api/documents', id);
