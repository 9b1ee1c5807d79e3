// Documents on a case: which files are taken (by content, a disguise refused), the size rule,
// the download name, and the read rule, written here as tables from docs/LEGAL-AND-MDT.md and
// docs/CONFIDENTIALITY.md, never read from the module.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import type {
  AccessTime,
  CaseFacts,
  ConsentGrant,
  Disclosure,
} from '../../src/domain/case-access.js';
import {
  decideDocumentRead,
  decideDocumentSize,
  decideDocumentType,
  downloadFileName,
  extensionOf,
  type DocumentFacts,
} from '../../src/domain/documents.js';
import { DATA_CATEGORIES, type OrganizationType, type Role } from '../../src/domain/vocabulary.js';

describe('which files are taken, by their content', () => {
  // detected (what the bytes are), declared type, file name -> decision.
  const TABLE: [string | null, string, string, string][] = [
    ['application/pdf', 'application/pdf', 'order.pdf', 'application/pdf'],
    ['application/pdf', 'application/octet-stream', 'order.PDF', 'application/pdf'],
    ['application/pdf', '', 'scan', 'application/pdf'],
    ['application/pdf', 'application/x-pdf', 'scan.pdf', 'application/pdf'],
    ['image/png', 'image/png', 'photo.png', 'image/png'],
    ['image/jpeg', 'image/jpeg', 'photo.jpg', 'image/jpeg'],
    ['image/jpeg', 'image/jpg', 'photo.jpeg', 'image/jpeg'],
    ['image/jpeg', 'image/pjpeg', 'photo.JPG', 'image/jpeg'],
    ['image/webp', 'image/webp', 'photo.webp', 'image/webp'],
    ['image/png', 'image/png; charset=binary', 'a.b.png', 'image/png'],
    // What the bytes are is not kept.
    [null, 'application/pdf', 'notes.pdf', 'document_type_not_allowed'],
    [null, 'text/plain', 'notes.txt', 'document_type_not_allowed'],
    ['image/gif', 'image/gif', 'a.gif', 'document_type_not_allowed'],
    ['application/zip', 'application/pdf', 'a.pdf', 'document_type_not_allowed'],
    ['text/html', 'application/pdf', 'a.pdf', 'document_type_not_allowed'],
    ['application/x-msdownload', 'application/pdf', 'a.pdf', 'document_type_not_allowed'],
    ['image/svg+xml', 'image/svg+xml', 'a.svg', 'document_type_not_allowed'],
    // Disguised: the name or the declared type says another type than the content.
    ['image/png', 'application/pdf', 'photo.png', 'document_type_mismatch'],
    ['image/png', 'image/png', 'photo.pdf', 'document_type_mismatch'],
    ['application/pdf', 'application/pdf', 'order.exe', 'document_type_mismatch'],
    ['application/pdf', 'text/html', 'order.pdf', 'document_type_mismatch'],
    ['image/jpeg', 'image/jpeg', 'photo.png', 'document_type_mismatch'],
    ['image/webp', 'image/png', 'photo.webp', 'document_type_mismatch'],
    ['application/pdf', 'application/pdf', 'order.pdf.html', 'document_type_mismatch'],
  ];
  for (const [detected, declaredType, fileName, expected] of TABLE) {
    test(`${String(detected)} sent as ${declaredType || '(none)'} named ${fileName}: ${expected}`, () => {
      const decision = decideDocumentType({ detected, declaredType, fileName });
      assert.equal(decision.accepted ? decision.contentType : decision.refusal, expected);
    });
  }
  test('the extension of a file name', () => {
    const names: [string, string | null][] = [
      ['a.pdf', 'pdf'],
      ['A.PDF', 'pdf'],
      ['a.tar.gz', 'gz'],
      ['.bashrc', null],
      ['noext', null],
      ['trailing.', null],
      ['C:\\scans\\order.pdf', 'pdf'],
      ['dir.d/file', null],
    ];
    for (const [name, extension] of names) assert.equal(extensionOf(name), extension, name);
  });
  test('property: a type not kept is refused whatever the name and declared type say', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(null, 'image/gif', 'text/plain', 'application/zip', 'image/tiff'),
        fc.string(),
        fc.string(),
        (detected, declaredType, fileName) => {
          const decision = decideDocumentType({ detected, declaredType, fileName });
          assert.deepEqual(decision, { accepted: false, refusal: 'document_type_not_allowed' });
        },
      ),
    );
  });
  test('property: an accepted file is always the type its content is', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('application/pdf', 'image/png', 'image/jpeg', 'image/webp'),
        fc.string(),
        fc.string(),
        (detected, declaredType, fileName) => {
          const decision = decideDocumentType({ detected, declaredType, fileName });
          if (decision.accepted) assert.equal(decision.contentType, detected);
        },
      ),
    );
  });
});

describe('size', () => {
  const TABLE: [number, number, string | null][] = [
    [0, 100, 'document_empty'],
    [1, 100, null],
    [99, 100, null],
    [100, 100, null],
    [101, 100, 'document_too_large'],
    [10 * 1024 * 1024 + 1, 10 * 1024 * 1024, 'document_too_large'],
  ];
  for (const [bytes, max, expected] of TABLE) {
    test(`${String(bytes)} bytes, limit ${String(max)}: ${String(expected)}`, () => {
      assert.equal(decideDocumentSize(bytes, max), expected);
    });
  }
});

describe('the download name', () => {
  const TABLE: [string, string, string][] = [
    ['court-order.pdf', 'application/pdf', 'court-order.pdf'],
    ['Court Order (signed).PDF', 'application/pdf', 'Court-Order-signed.pdf'],
    ['../../etc/passwd', 'application/pdf', 'passwd.pdf'],
    ['C:\\Users\\me\\scan 1.jpeg', 'image/jpeg', 'scan-1.jpg'],
    ['photo.png', 'image/jpeg', 'photo.jpg'],
    ['a"b;c\r\nSet-Cookie: x.pdf', 'application/pdf', 'a-b-c-Set-Cookie-x.pdf'],
    ['Cédula José.pdf', 'application/pdf', 'Cedula-Jose.pdf'],
    ['', 'image/png', 'document.png'],
    ['.pdf', 'application/pdf', 'document.pdf'],
    ['———.webp', 'image/webp', 'document.webp'],
  ];
  for (const [name, type, expected] of TABLE) {
    test(`${JSON.stringify(name)} as ${type}: ${expected}`, () => {
      assert.equal(downloadFileName(name, type as 'application/pdf'), expected);
    });
  }
  test('property: only safe characters, the content’s extension, at most 80 characters', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.constantFrom('application/pdf', 'image/png', 'image/jpeg', 'image/webp'),
        (name, type) => {
          const safe = downloadFileName(name, type);
          assert.match(safe, /^[A-Za-z0-9][A-Za-z0-9_-]*\.(pdf|png|jpg|webp)$/);
          assert.ok(safe.length <= 80, safe);
          const extension = {
            'application/pdf': 'pdf',
            'image/png': 'png',
            'image/jpeg': 'jpg',
            'image/webp': 'webp',
          }[type];
          assert.ok(safe.endsWith(`.${extension}`));
        },
      ),
    );
  });
});

describe('who reads a document', () => {
  const J = 'j-1';
  const TIME: AccessTime = { now: new Date('2026-06-15T12:00:00Z'), today: '2026-06-15' };
  const person = (
    organizationId: string,
    organizationType: OrganizationType,
    role: Role,
    overrides: Partial<Actor> = {},
  ): Actor => ({
    userId: `user-${organizationId}`,
    organizationId,
    organizationType,
    jurisdictionId: J,
    roles: [role],
    ...overrides,
  });
  const author = person('org-adv', 'advocacy', 'advocate');
  const colleague = person('org-adv', 'advocacy', 'advocate', { userId: 'user-colleague' });
  const clinic = person('org-med', 'medical', 'medical_provider');
  const police = person('org-pol', 'law_enforcement', 'law_enforcement_officer');
  const admin = person('org-lead', 'county_lead', 'administrator');
  const oversight = person('org-over', 'oversight', 'oversight_analyst');
  const elsewhere = person('org-adv', 'advocacy', 'advocate', { jurisdictionId: 'j-2' });

  const consentToClinic: ConsentGrant = {
    id: 'consent-1',
    recordedByOrganizationId: 'org-adv',
    releases: [],
    recipientOrganizationIds: ['org-med'],
    categories: ['medical'],
    signedOn: '2026-06-01',
    expiresOn: '2026-08-30',
    revokedAt: null,
  };
  const waiverToClinic: Disclosure = {
    id: 'waiver-1',
    kind: 'waiver',
    authorOrganizationId: 'org-adv',
    recipientOrganizationIds: ['org-med'],
    noteIds: null,
    periodFrom: '2026-06-01',
    periodTo: '2026-06-30',
    expiresOn: '2026-12-31',
    revokedAt: null,
  };
  const facts = (disclosures: Disclosure[] = []): CaseFacts & { disclosures: Disclosure[] } => ({
    jurisdictionId: J,
    seal: null,
    team: [
      { organizationId: 'org-adv', userId: 'user-org-adv' },
      { organizationId: 'org-adv', userId: null },
      { organizationId: 'org-med', userId: null },
      { organizationId: 'org-pol', userId: null },
      { organizationId: 'org-lead', userId: null },
      { organizationId: 'org-over', userId: null },
    ],
    consents: [consentToClinic],
    legalBases: [],
    agreements: [
      {
        startsOn: '2026-01-01',
        endsOn: null,
        categories: [...DATA_CATEGORIES],
        organizationIds: ['org-adv', 'org-med', 'org-pol'],
      },
    ],
    breakGlass: [],
    disclosures,
  });
  const document = (category: 'medical' | 'legal', privileged: boolean): DocumentFacts => ({
    id: 'doc-1',
    category,
    authorOrganizationId: 'org-adv',
    privileged,
    writtenOn: '2026-06-10',
  });

  // reader, qualified, category, privileged, waiver to the clinic -> allowed basis or refusal.
  const TABLE: [string, Actor, boolean, 'medical' | 'legal', boolean, boolean, string][] = [
    ['the author', author, false, 'medical', false, false, 'own_organization'],
    ['a colleague of the author', colleague, false, 'legal', false, false, 'own_organization'],
    ['the clinic, consented category', clinic, false, 'medical', false, false, 'consent'],
    [
      'the clinic, other category',
      clinic,
      false,
      'legal',
      false,
      false,
      'no_consent_or_legal_basis',
    ],
    ['the police, no basis', police, false, 'medical', false, false, 'no_consent_or_legal_basis'],
    ['the administrator', admin, false, 'medical', false, false, 'role_without_youth_data'],
    ['oversight', oversight, false, 'medical', false, false, 'role_without_youth_data'],
    ['another county', elsewhere, true, 'medical', false, false, 'other_jurisdiction'],
    // Privileged: the author's qualified caseworker on the team in person only, or a waiver.
    ['the author, qualified', author, true, 'medical', true, false, 'own_organization'],
    [
      'the author, not qualified',
      author,
      false,
      'medical',
      true,
      false,
      'not_qualified_caseworker',
    ],
    [
      'a qualified colleague not on the team',
      colleague,
      true,
      'legal',
      true,
      false,
      'not_on_case_team',
    ],
    ['the clinic with consent, privileged', clinic, false, 'medical', true, false, 'privileged'],
    ['the clinic with a waiver', clinic, false, 'medical', true, true, 'privilege_waiver'],
    ['the police, waiver to the clinic', police, false, 'medical', true, true, 'privileged'],
    [
      'the administrator, privileged',
      admin,
      false,
      'medical',
      true,
      true,
      'role_without_youth_data',
    ],
    ['another county, privileged', elsewhere, true, 'medical', true, true, 'other_jurisdiction'],
  ];
  for (const [who, reader, qualified, category, privileged, waiver, expected] of TABLE) {
    test(`${who}${privileged ? ' (privileged)' : ''}: ${expected}`, () => {
      const decision = decideDocumentRead(
        reader,
        document(category, privileged),
        facts(waiver ? [waiverToClinic] : []),
        qualified,
        TIME,
      );
      assert.equal(decision.allowed ? decision.basis : decision.reason, expected);
    });
  }
  test('a waiver for another period does not reach the document', () => {
    const decision = decideDocumentRead(
      clinic,
      document('medical', true),
      facts([{ ...waiverToClinic, periodFrom: '2026-05-01', periodTo: '2026-06-09' }]),
      false,
      TIME,
    );
    assert.deepEqual(decision, { allowed: false, reason: 'privileged' });
  });
  test('property: a privileged document never opens by consent, whatever the category', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATA_CATEGORIES), fc.boolean(), (category, qualified) => {
        const f = facts();
        const decision = decideDocumentRead(
          clinic,
          { ...document('medical', true), category },
          { ...f, consents: [{ ...consentToClinic, categories: [...DATA_CATEGORIES] }] },
          qualified,
          TIME,
        );
        assert.equal(decision.allowed, false);
      }),
    );
  });
});
