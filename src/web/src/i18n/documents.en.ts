// Documents on the youth record (docs/LEGAL-AND-MDT.md, "Documents"). Spanish in
// documents.es.ts, same keys.
export const documentsEn = {
  documents: {
    section: 'Documents',
    intro:
      'Scans, court orders, forms and photos, each in one kind of information. Each is stored encrypted and opens only for those who may read that kind of information.',
    none: 'No documents you may see.',
    title: 'Title',
    category: 'Kind of information',
    added: 'Added',
    by: 'By',
    size: 'Size',
    download: 'Download {{title}}',
    privilegedBadge: 'Privileged',
    sizeKb: '{{size}} KB',
    withheldIntro: 'Documents of these organizations are not shown to you:',
    uploadHeading: 'Add a document',
    fileLabel: 'File',
    fileHint: 'PDF, PNG, JPEG or WebP, at most 10 MB. Lantern checks what the file really is.',
    titleHint: 'A short description, e.g. “Signed consent, 23 November”.',
    privilegedLabel:
      'Privileged: only qualified caseworkers of your organization on the team may open it',
    upload: 'Upload the document',
    uploading: 'Uploading…',
    uploaded: 'The document “{{title}}” was added.',
    chooseFile: 'Choose the file to upload.',
  },
};

export const documentsApiErrorsEn = {
  document_type_not_allowed:
    'This kind of file is not kept. Upload a PDF, PNG, JPEG or WebP file; Lantern checks what the file really is, not its name.',
  document_type_mismatch:
    'The file’s name says it is one kind of file, but its content is another. Save it under its real type and try again.',
  document_too_large: 'The file is too large. Scan it at a lower resolution or split it.',
  document_unreadable:
    'The document is on file but cannot be opened: ask whoever added it to upload it again.',
  document_empty: 'The file is empty.',
  document_file_required: 'Choose the file to upload.',
  one_file_only: 'Upload one file at a time.',
};
