// Documents on a case (docs/LEGAL-AND-MDT.md, "Documents"): upload as multipart/form-data, the
// list of what the caller may read, and the download. Multipart is registered for the upload
// alone, with limits: one file no larger than the county's setting, three short fields.
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppServices } from '../context.js';
import { AppError, badRequest } from '../errors.js';
import {
  DocumentList,
  DocumentUploadFields,
  DocumentUploadForm,
  DocumentView,
} from '../http/document-schemas.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import type { App } from '../http/types.js';
import {
  documentTooLarge,
  downloadDocument,
  listDocumentsFor,
  uploadDocument,
  type DocumentUpload,
} from '../services/cases/documents.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** Enough for the three fields (a title of 200 characters is at most 800 bytes of UTF-8). */
const FIELD_BYTES = 2048;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `body${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`)
    .join('; ');
}

/** The multipart parser's own errors, as a person can act on them. */
function uploadError(error: unknown, maxBytes: number): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return documentTooLarge(maxBytes);
  if (code === 'FST_FILES_LIMIT') {
    return badRequest('one_file_only', 'Upload one file at a time.');
  }
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') {
    return badRequest(
      'invalid_input',
      'The form has more fields than category, title, privileged and file.',
    );
  }
  return badRequest('malformed_multipart', 'The upload could not be read as multipart/form-data.');
}

/** Reads the form: its text fields and its one file, the file bounded by the county's limit. */
async function readUpload(request: FastifyRequest, maxBytes: number): Promise<DocumentUpload> {
  if (!request.isMultipart()) {
    // A JSON body here is a wrong body, answered 400 like any other route's (a media type the
    // app has no parser for is 415 before this runs).
    throw badRequest(
      'multipart_required',
      'Send the document as multipart/form-data with the fields category, title and file.',
    );
  }
  const fields: Record<string, string> = {};
  let file: DocumentUpload['file'] | null = null;
  let strayFile = false;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file') {
          file = { fileName: part.filename, declaredType: part.mimetype, bytes };
        } else strayFile = true;
      } else if (part.valueTruncated || part.fieldname in fields) {
        throw badRequest('invalid_input', `body.${part.fieldname}: too long, or sent twice`);
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    throw uploadError(error, maxBytes);
  }
  const parsed = DocumentUploadFields.safeParse(fields);
  if (!parsed.success) throw badRequest('invalid_input', describeIssues(parsed.error));
  if (strayFile) throw badRequest('invalid_input', 'body: the file goes in the field "file"');
  if (!file) throw badRequest('document_file_required', 'Choose the file to upload.');
  return { ...parsed.data, file };
}

export function documentRoutes(app: App, services: AppServices) {
  const maxBytes = services.config.maxDocumentBytes;
  void app.register(async (scoped: App) => {
    await scoped.register(multipart, {
      limits: {
        fileSize: maxBytes,
        files: 1,
        fields: 3,
        parts: 4,
        fieldSize: FIELD_BYTES,
        headerPairs: 20,
      },
    });
    scoped.post('/api/youth/:id/documents', {
      // The multipart plugin traces its parser options, request headers (the session cookie)
      // included: this route never logs at trace.
      ...(scoped.log.level === 'trace' ? { logLevel: 'debug' } : {}),
      schema: {
        tags: ['documents'],
        summary: 'Upload a document to the case (multipart/form-data)',
        description: `Fields category (a data category), title (at most 200 characters), privileged (optional, "true": a privileged document, by qualified caseworkers only) and one file of at most ${String(maxBytes)} bytes (LANTERN_MAX_DOCUMENT_BYTES). The type is found in the file's content: PDF, PNG, JPEG or WebP, else 400 document_type_not_allowed; a file name or declared type saying another type is 400 document_type_mismatch; 400 document_empty, document_file_required, one_file_only, invalid_input; 413 document_too_large; 400 multipart_required for a JSON body. Nothing is stored when refused. Who uploads: whoever writes case notes on the case. Kept sealed under the county's data key.`,
        consumes: ['multipart/form-data'],
        params: IdParams,
        // The body streams and is read in the handler (a multipart body is not parsed before
        // validation): this schema documents the form, DocumentUploadFields checks it once read.
        body: DocumentUploadForm.nullish(),
        response: { 201: DocumentView, ...errors, 413: ErrorBody, 415: ErrorBody },
      },
      handler: async (request, reply) => {
        const upload = await readUpload(request, maxBytes);
        const document = await uploadDocument(services, request.context, request.params.id, upload);
        return reply.status(201).send(document);
      },
    });
  });

  app.get('/api/youth/:id/documents', {
    schema: {
      tags: ['documents'],
      summary: 'The documents of the case the caller may read (titles, never contents)',
      description:
        'Each document is read as data of its category held by the organization that uploaded it; a privileged one as a privileged note. The read is audited.',
      params: IdParams,
      response: { 200: DocumentList, ...errors },
    },
    handler: (request) => listDocumentsFor(services, request.context, request.params.id),
  });

  app.get('/api/documents/:id', {
    schema: {
      tags: ['documents'],
      summary: 'Download a document, where the access rule allows it (audited)',
      description:
        'The bytes as uploaded, with the type found in their content, Content-Disposition: attachment and a safe file name, X-Content-Type-Options: nosniff, Cache-Control: no-store. 403 where the caller may not read its category (or, for a privileged document, the privileged rules refuse); 404 for an unknown id or another county’s.',
      params: IdParams,
      produces: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'],
    },
    handler: async (request, reply) => {
      const download = await downloadDocument(services, request.context, request.params.id);
      return reply
        .type(download.contentType)
        .header('content-disposition', `attachment; filename="${download.fileName}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(download.bytes);
    },
  });
}
