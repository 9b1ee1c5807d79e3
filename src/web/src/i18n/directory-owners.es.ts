// Spanish (usted) for directory ownership on the import screen. Same keys as the English file.
import type { directoryOwnersEn } from './directory-owners.en';

export const directoryOwnersEs: typeof directoryOwnersEn = {
  directoryOwners: {
    rule: 'Cada registro del directorio pertenece al condado que lo creó, y solo ese condado lo cambia. Una fila idéntica a lo ya guardado no es un cambio, así que puede importar un paquete de datos que también lleve registros de otros condados.',
    refused:
      'No se guardó nada: estas filas cambiarían registros de otro condado. Solo el coordinador o un administrador de ese condado los cambia, también en una importación parcial. Quite esas filas, o déjelas idénticas a lo guardado, e importe de nuevo.',
    caption: 'Registros de otros condados: {{count}}',
    table: 'Registro',
    id: 'Id',
    change: 'Cambio',
    owner: 'Pertenece a',
    changes: {
      create: 'registro nuevo',
      update: 'cambio del registro, o un registro añadido bajo él',
      confidentiality: 'ubicación confidencial',
      provider_link: 'la agencia que responde por el proveedor',
      capacity: 'plazas disponibles',
    },
    unchanged: '{{count}} filas eran idénticas a lo guardado y no cambiaron nada.',
  },
};
