// Documentos en el expediente (docs/LEGAL-AND-MDT.md, "Documents"). Same keys as documents.en.ts.
import type { documentsApiErrorsEn, documentsEn } from './documents.en';

export const documentsEs: typeof documentsEn = {
  documents: {
    section: 'Documentos',
    intro:
      'Escaneos, órdenes judiciales, formularios y fotos, cada uno en un tipo de información. Cada uno se guarda cifrado y solo se abre para quienes pueden leer ese tipo de información.',
    none: 'No hay documentos que usted pueda ver.',
    title: 'Título',
    category: 'Tipo de información',
    added: 'Agregado',
    by: 'Por',
    size: 'Tamaño',
    download: 'Descargar {{title}}',
    privilegedBadge: 'Privilegiado',
    sizeKb: '{{size}} KB',
    withheldIntro: 'No se le muestran los documentos de estas organizaciones:',
    uploadHeading: 'Agregar un documento',
    fileLabel: 'Archivo',
    fileHint:
      'PDF, PNG, JPEG o WebP, de 10 MB como máximo. Lantern comprueba qué es realmente el archivo.',
    titleHint: 'Una descripción breve, p. ej. “Consentimiento firmado, 23 de noviembre”.',
    privilegedLabel:
      'Privilegiado: solo lo abren los trabajadores calificados de su organización en el equipo',
    upload: 'Subir el documento',
    uploading: 'Subiendo…',
    uploaded: 'Se agregó el documento “{{title}}”.',
    chooseFile: 'Elija el archivo que va a subir.',
  },
};

export const documentsApiErrorsEs: typeof documentsApiErrorsEn = {
  document_type_not_allowed:
    'Este tipo de archivo no se guarda. Suba un archivo PDF, PNG, JPEG o WebP; Lantern comprueba qué es realmente el archivo, no su nombre.',
  document_type_mismatch:
    'El nombre del archivo dice que es un tipo de archivo, pero su contenido es otro. Guárdelo con su tipo real e inténtelo de nuevo.',
  document_too_large: 'El archivo es demasiado grande. Escanéelo con menos resolución o divídalo.',
  document_unreadable:
    'El documento está guardado pero no se puede abrir: pida a quien lo agregó que lo suba de nuevo.',
  document_empty: 'El archivo está vacío.',
  document_file_required: 'Elija el archivo que va a subir.',
  one_file_only: 'Suba un archivo a la vez.',
};
