// Documents on a case (docs/LEGAL-AND-MDT.md, "Documents"): uploaded by whoever writes notes on
// the case (a privileged one only by a qualified caseworker), kept only sealed under the
// jurisdiction's data key, listed and downloaded only where src/domain/documents.ts allows, and
// every upload, list, download and refusal audited.
import { createHash, randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import {
  DENIAL_MESSAGES,
  type AccessBasis,
  type DenialReason,
} from '../../../domain/case-access.js';
import { caseRoleFor } from '../../../domain/case-team.js';
import {
  decideDocumentRead,
  decideDocumentSize,
  decideDocumentType,
  downloadFileName,
  type DocumentContentType,
} from '../../../domain/documents.js';
import type { DataCategory } from '../../../domain/vocabulary.js';
import { insertTeamMember } from '../../../db/repositories/case-grants.js';
import {
  insertDocument,
  readSealedContent,
  unsafeFindDocument,
  unsafeListDocuments,
  type StoredDocument,
} from '../../../db/repositories/documents.js';
import { listDisclosures } from '../../../db/repositories/notes.js';
import type { PointPerson } from '../../../db/repositories/point-persons.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { AppError, badRequest, conflict, notFound } from '../../errors.js';
import { currentDataKey, dataKey } from '../../security/data-keys.js';
import { seal, unseal } from '../../security/master-key.js';
import {
  documentLabelPurpose,
  documentPurpose,
  sealFile,
  unsealFile,
} from '../../security/sealed-files.js';
import { auditDenial, openCase, pointPersonOf, refusal, type CaseScope } from './case-scope.js';
import { isQualifiedCaseworker, requirePrivilegedAuthor } from './privileged-notes.js';

/** A document as a list shows it: never its bytes. */
export interface DocumentView {
  readonly id: string;
  readonly youthId: string;
  readonly category: DataCategory;
  readonly privileged: boolean;
  readonly title: string;
  readonly fileName: string;
  readonly contentType: DocumentContentType;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly authorName: string;
  readonly authorOrganizationId: string;
  readonly authorOrganizationName: string;
  readonly createdAt: Date;
  readonly basis: AccessBasis;
}

export interface DocumentUpload {
  readonly category: DataCategory;
  readonly title: string;
  readonly privileged: boolean;
  readonly file: {
    readonly fileName: string;
    readonly declaredType: string;
    readonly bytes: Buffer;
  };
}

const REFUSAL_MESSAGES = {
  document_type_not_allowed:
    'This kind of file is not kept. Upload a PDF, PNG, JPEG or WebP file (checked by its content).',
  document_type_mismatch:
    'The file’s name or declared type says something other than what its content is. Save it under its real type and upload it again.',
  document_empty: 'The file is empty.',
} as const;

interface Label {
  readonly title: string;
  readonly fileName: string;
}

/** The document's bytes, or null when its seal does not open or they do not match the fingerprint. */
function openContent(
  key: Buffer,
  sealed: Parameters<typeof unsealFile>[1],
  document: StoredDocument,
): Buffer | null {
  let bytes: Buffer;
  try {
    bytes = unsealFile(key, sealed, documentPurpose(document.id));
  } catch {
    return null;
  }
  return createHash('sha256').update(bytes).digest('hex') === document.sha256 ? bytes : null;
}

function openLabel(key: Buffer, document: StoredDocument): Label {
  return JSON.parse(unseal(key, document.labelSealed, documentLabelPurpose(document.id))) as Label;
}

// --- upload ---

export async function uploadDocument(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  upload: DocumentUpload,
): Promise<DocumentView> {
  const scope = await openCase(app, request, youthId, 'note.write');
  if (upload.privileged) {
    await requirePrivilegedAuthor(app, request, scope, {
      action: 'document.upload',
      targetType: 'youth',
      targetId: youthId,
    });
  }
  const { bytes } = upload.file;
  const size = decideDocumentSize(bytes.length, app.config.maxDocumentBytes);
  if (size === 'document_too_large') throw documentTooLarge(app.config.maxDocumentBytes);
  if (size) throw badRequest(size, REFUSAL_MESSAGES[size]);
  const detected = await fileTypeFromBuffer(bytes);
  const type = decideDocumentType({
    detected: detected?.mime ?? null,
    declaredType: upload.file.declaredType,
    fileName: upload.file.fileName,
  });
  if (!type.accepted) throw badRequest(type.refusal, REFUSAL_MESSAGES[type.refusal]);

  const id = randomUUID();
  const { actor, youth } = scope;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await app.db.transaction(async (tx) => {
    const key = await currentDataKey(tx, app.masterKey, youth.jurisdictionId);
    const label: Label = { title: upload.title, fileName: upload.file.fileName };
    await insertDocument(tx, {
      id,
      jurisdictionId: youth.jurisdictionId,
      youthId,
      category: upload.category,
      privileged: upload.privileged,
      contentType: type.contentType,
      sizeBytes: bytes.length,
      sha256,
      labelSealed: seal(key.key, JSON.stringify(label), documentLabelPurpose(id)),
      content: sealFile(key.key, bytes, documentPurpose(id)),
      keyVersion: key.version,
      userId: actor.userId,
      organizationId: actor.organizationId,
      writtenOn: scope.time.today,
      now: scope.time.now,
    });
    if (upload.privileged) {
      // As for a privileged note: its author reads it only while on the team in person.
      await insertTeamMember(tx, {
        jurisdictionId: youth.jurisdictionId,
        youthId,
        organizationId: actor.organizationId,
        userId: actor.userId,
        role: caseRoleFor(actor.organizationType),
        addedByUserId: actor.userId,
        now: scope.time.now,
      });
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'document.upload',
      outcome: 'allowed',
      targetType: 'document',
      targetId: id,
      categories: [upload.category],
      details: {
        contentType: type.contentType,
        sizeBytes: bytes.length,
        privileged: upload.privileged,
      },
    });
  });
  const stored = await unsafeFindDocument(app.db, id);
  if (!stored) throw new Error('a document just stored was not found');
  const label: Label = { title: upload.title, fileName: upload.file.fileName };
  return { ...viewOf(stored, label), basis: 'own_organization' };
}

export function documentTooLarge(maxBytes: number): AppError {
  return new AppError(
    413,
    'document_too_large',
    `The file is larger than ${String(Math.floor(maxBytes / 1024 / 1024))} MB (${String(maxBytes)} bytes), the most a document may be.`,
  );
}

// --- reading ---

/** The read rule for every document of a case, with the facts loaded once. */
async function documentReader(app: AppServices, scope: CaseScope) {
  const [disclosures, qualified] = await Promise.all([
    listDisclosures(app.db, scope.youth.id),
    isQualifiedCaseworker(app.db, scope.actor, scope.profile, scope.time.today),
  ]);
  const facts = { ...scope.facts, disclosures };
  return (document: StoredDocument) =>
    decideDocumentRead(
      scope.actor,
      {
        id: document.id,
        category: document.category,
        authorOrganizationId: document.authorOrganizationId,
        privileged: document.privileged,
        writtenOn: document.writtenOn,
      },
      facts,
      qualified,
      scope.time,
    );
}

export interface DocumentList {
  readonly documents: DocumentView[];
  /**
   * Holders of documents the caller may not read, by category, with why and whom to ask, as the
   * record's category sections say it: never how many, what or when. A privileged document
   * withheld is not mentioned at all, like a privileged note.
   */
  readonly withheld: {
    readonly category: DataCategory;
    readonly organizationId: string;
    readonly organizationName: string;
    readonly reason: DenialReason;
    readonly message: string;
    readonly ask: PointPerson | null;
  }[];
}

export async function listDocumentsFor(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<DocumentList> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const stored = await unsafeListDocuments(app.db, youthId);
  const mayRead = await documentReader(app, scope);
  const documents: DocumentView[] = [];
  const withheld = new Map<string, DocumentList['withheld'][number]>();
  for (const document of stored) {
    const decision = mayRead(document);
    if (decision.allowed) {
      const key = await dataKey(
        app.db,
        app.masterKey,
        document.jurisdictionId,
        document.keyVersion,
      );
      documents.push({ ...viewOf(document, openLabel(key, document)), basis: decision.basis });
    } else if (!document.privileged) {
      const at = `${document.category}:${document.authorOrganizationId}`;
      if (!withheld.has(at)) {
        withheld.set(at, {
          category: document.category,
          organizationId: document.authorOrganizationId,
          organizationName: document.authorOrganizationName,
          reason: decision.reason,
          message: DENIAL_MESSAGES[decision.reason],
          ask: await pointPersonOf(app.db, document.authorOrganizationId),
        });
      }
    }
  }
  const withheldList = [...withheld.values()];
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'document.list',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youthId,
    categories: [...new Set(documents.map((d) => d.category))],
    details: {
      results: documents.length,
      withheld: withheldList.map((w) => ({ category: w.category, reason: w.reason })),
    },
  });
  return { documents, withheld: withheldList };
}

function viewOf(document: StoredDocument, label: Label): Omit<DocumentView, 'basis'> {
  return {
    id: document.id,
    youthId: document.youthId,
    category: document.category,
    privileged: document.privileged,
    title: label.title,
    fileName: label.fileName,
    contentType: document.contentType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    authorName: document.authorName,
    authorOrganizationId: document.authorOrganizationId,
    authorOrganizationName: document.authorOrganizationName,
    createdAt: document.createdAt,
  };
}

export interface DocumentDownload {
  readonly contentType: DocumentContentType;
  readonly fileName: string;
  readonly bytes: Buffer;
}

/**
 * One document's bytes, opened only when the read rule allows it. A document of another county
 * answers exactly as an unknown id; every download and every refusal is audited.
 */
export async function downloadDocument(
  app: AppServices,
  request: RequestContext,
  documentId: string,
): Promise<DocumentDownload> {
  const document = await unsafeFindDocument(app.db, documentId);
  if (!document) throw notFound('The document');
  const scope = await openCase(app, request, document.youthId, 'case.view', 'The document');
  const decision = (await documentReader(app, scope))(document);
  if (!decision.allowed) {
    await auditDenial(app, request, {
      action: 'document.download',
      reason: decision.reason,
      targetType: 'document',
      targetId: document.id,
      ...(document.privileged ? {} : { categories: [document.category] }),
    });
    throw await refusal(app, scope.actor.jurisdictionId, decision.reason);
  }
  const [key, sealed] = await Promise.all([
    dataKey(app.db, app.masterKey, document.jurisdictionId, document.keyVersion),
    readSealedContent(app.db, document.id),
  ]);
  if (!sealed) throw notFound('The document');
  const bytes = openContent(key, sealed, document);
  if (!bytes) {
    // Altered ciphertext (GCM refuses it) or a changed fingerprint: nothing is sent, the reader
    // hears plainly what to do, and the fault is in the audit log, not only in a server log.
    await appendAuditEvent(app.db, auditContext(app, request), {
      action: 'document.download',
      outcome: 'denied',
      reason: 'document_unreadable',
      targetType: 'document',
      targetId: document.id,
      ...(document.privileged ? {} : { categories: [document.category] }),
      details: { basis: decision.basis, privileged: document.privileged },
    });
    throw conflict(
      'document_unreadable',
      'The document is on file but cannot be opened: ask whoever added it to upload it again.',
    );
  }
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'document.download',
    outcome: 'allowed',
    targetType: 'document',
    targetId: document.id,
    ...(document.privileged ? {} : { categories: [document.category] }),
    details: { basis: decision.basis, privileged: document.privileged },
  });
  return {
    contentType: document.contentType,
    fileName: downloadFileName(openLabel(key, document).fileName, document.contentType),
    bytes,
  };
}
