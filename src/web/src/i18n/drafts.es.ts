// El aviso de inactividad, los borradores guardados en este dispositivo y la confirmación al
// cerrar sesión, en español (docs/CONFIDENTIALITY.md, "What the browser keeps").
import type { draftsEn } from './drafts.en';

export const draftsEs: typeof draftsEn = {
  idleWarning: {
    title: 'Su sesión está por terminar',
    endsIn_one: 'No ha usado Lantern por un rato. Su sesión termina en {{count}} minuto.',
    endsIn_other: 'No ha usado Lantern por un rato. Su sesión termina en {{count}} minutos.',
    draftsKept:
      'Lo que está escribiendo se guarda cifrado en este dispositivo y se le ofrece de nuevo al iniciar sesión.',
    stay: 'Seguir conectado',
    signOut: 'Cerrar sesión',
  },
  drafts: {
    kept: 'Borrador guardado en este dispositivo (cifrado) a las {{time}}.',
    offer: 'Tiene un borrador sin guardar de las {{time}}.',
    offerLabel: 'Borrador sin guardar',
    restore: 'Recuperar',
    discard: 'Descartar',
    restored: 'El borrador está de vuelta en el cuadro de abajo.',
  },
  signOutConfirm: {
    title: '¿Cerrar sesión?',
    drafts_one:
      'Tiene {{count}} borrador sin guardar en este dispositivo. Al cerrar sesión se borra.',
    drafts_other:
      'Tiene {{count}} borradores sin guardar en este dispositivo. Al cerrar sesión se borran.',
    confirm: 'Cerrar sesión y borrar borradores',
    cancel: 'Cancelar',
  },
};
