// Documents on a case (docs/LEGAL-AND-MDT.md, "Documents"): which files are accepted, judged by
// their content and never by their name; how one is named on download; and who reads one. The
// read rule adds nothing of its own: a document is read exactly as a case note of its category
// (decideRead), and a privileged one exactly as a privileged note (decidePrivilegedRead).
import type { Actor } from './actor.js';
import {
  decidePrivilegedRead,
  decideRead,
  type AccessDecision,
  type AccessTime,
  type CaseFacts,
  type Disclosure,
} from './case-access.js';
import type { DataCategory } from './vocabulary.js';

/** The kinds of file a case keeps: scans and forms (PDF) and photos. Nothing that runs. */
export const DOCUMENT_TYPES = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
} as const satisfies Record<string, readonly string[]>;
export type DocumentContentType = keyof typeof DOCUMENT_TYPES;

export const DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export function isDocumentContentType(value: string): value is DocumentContentType {
  return Object.hasOwn(DOCUMENT_TYPES, value);
}

/** Names browsers and scanners give the same types; anything else is compared as sent. */
const DECLARED_ALIASES: Readonly<Record<string, DocumentContentType>> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'application/x-pdf': 'application/pdf',
};

/** A declared type that says nothing about the content (what a browser sends for unknown). */
const UNINFORMATIVE_DECLARED = ['', 'application/octet-stream'];

export type DocumentRefusal =
  'document_type_not_allowed' | 'document_type_mismatch' | 'document_empty' | 'document_too_large';

export type DocumentTypeDecision =
  | { readonly accepted: true; readonly contentType: DocumentContentType }
  | {
      readonly accepted: false;
      readonly refusal: 'document_type_not_allowed' | 'document_type_mismatch';
    };

/** The file name's extension, lower case, or null when it has none. */
export function extensionOf(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || dot === base.length - 1) return null;
  return base.slice(dot + 1).toLowerCase();
}

/**
 * Whether a file is taken, from the type its bytes show (`detected`, the magic-number reading;
 * null when they show none) and what came with it: the declared content type and the file name.
 * The content decides; a name or declared type that says otherwise is a disguised file, refused
 * so that a file is never kept under a type it is not.
 */
export function decideDocumentType(file: {
  readonly detected: string | null;
  readonly declaredType: string;
  readonly fileName: string;
}): DocumentTypeDecision {
  if (file.detected === null || !isDocumentContentType(file.detected)) {
    return { accepted: false, refusal: 'document_type_not_allowed' };
  }
  const contentType = file.detected;
  const declared = file.declaredType.split(';')[0]?.trim().toLowerCase() ?? '';
  const declaredAs = DECLARED_ALIASES[declared] ?? declared;
  if (!UNINFORMATIVE_DECLARED.includes(declaredAs) && declaredAs !== contentType) {
    return { accepted: false, refusal: 'document_type_mismatch' };
  }
  const extension = extensionOf(file.fileName);
  if (
    extension !== null &&
    !(DOCUMENT_TYPES[contentType] as readonly string[]).includes(extension)
  ) {
    return { accepted: false, refusal: 'document_type_mismatch' };
  }
  return { accepted: true, contentType };
}

/** An empty file, or one over the county's limit, is refused before anything else. */
export function decideDocumentSize(
  bytes: number,
  maxBytes: number,
): 'document_empty' | 'document_too_large' | null {
  if (bytes <= 0) return 'document_empty';
  if (bytes > maxBytes) return 'document_too_large';
  return null;
}

const MAX_NAME_LENGTH = 80;

/**
 * The name a download is saved under: the uploaded name reduced to letters, digits, dot, dash
 * and underscore (no path, no quote, nothing a header or a file system reads specially), ending
 * in the extension of the type the content is.
 */
export function downloadFileName(fileName: string, contentType: DocumentContentType): string {
  const extension = DOCUMENT_TYPES[contentType][0];
  const base = (fileName.split(/[\\/]/).pop() ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\.[^.]*$/, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, MAX_NAME_LENGTH - extension.length - 1)
    .replace(/[-_]+$/, '');
  return `${base || 'document'}.${extension}`;
}

/** What the read rule weighs of a document: its category, holder, privilege and day written. */
export interface DocumentFacts {
  readonly id: string;
  readonly category: DataCategory;
  readonly authorOrganizationId: string;
  readonly privileged: boolean;
  /** The county's calendar day it was uploaded: a waiver for a period reaches it like a note. */
  readonly writtenOn: string;
}

/**
 * Who reads a document: a privileged one only as a privileged note (the authoring organization's
 * qualified caseworkers on the team, or a waiver or court order covering it); any other one as
 * data of its category held by the organization that uploaded it.
 */
export function decideDocumentRead(
  actor: Actor,
  document: DocumentFacts,
  facts: CaseFacts & { readonly disclosures: readonly Disclosure[] },
  qualified: boolean,
  time: AccessTime,
): AccessDecision {
  if (document.privileged) {
    return decidePrivilegedRead(
      actor,
      {
        id: document.id,
        authorOrganizationId: document.authorOrganizationId,
        writtenOn: document.writtenOn,
      },
      facts,
      qualified,
      time,
    );
  }
  return decideRead(
    actor,
    { category: document.category, holderOrganizationId: document.authorOrganizationId },
    facts,
    time,
  );
}
