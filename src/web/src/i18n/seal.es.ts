// Un caso sellado por orden judicial, en español (docs/CONFIDENTIALITY.md, "Sealed cases").
import type { sealApiErrorsEn, sealEn } from './seal.en';

export const sealEs: typeof sealEn = {
  seal: {
    banner: 'Sellado por orden judicial',
    bannerDetail:
      'Orden {{number}} del {{date}}, registrada por {{who}}. Este caso no aparece en ninguna lista, búsqueda ni exportación, y solo lo abren {{roles}} del tribunal; cada apertura queda registrada.',
    numberUnreadable: '(no se puede abrir el número)',
    roles: { judge: 'los jueces', court_clerk: 'los secretarios judiciales' },
    and: ' y ',
    sealHeading: 'Sellar este caso',
    sealIntro:
      'Registre la orden de sellado del tribunal. Desde entonces, nadie salvo los puestos del tribunal que nombra la orden ve este caso, tampoco la coordinación.',
    unsealHeading: 'Levantar el sellado',
    unsealIntro:
      'Registre la orden posterior que levanta el sellado. El caso vuelve a todas las listas.',
    orderNumber: 'Número de la orden',
    orderDate: 'Fecha de la orden',
    rolesAllowed: 'Quién del tribunal puede seguir abriéndolo',
    submitSeal: 'Sellar este caso',
    submitUnseal: 'Levantar el sellado',
    sealed: 'El caso está sellado.',
    unsealed: 'Se levantó el sellado.',
    required: 'Complete este campo.',
    chooseRole: 'Elija al menos un puesto.',
  },
};

export const sealApiErrorsEs: typeof sealApiErrorsEn = {
  not_court:
    'Solo un juez o un secretario judicial del tribunal de menores del condado registra una orden de sellado.',
  already_sealed: 'Este caso ya está sellado.',
  not_sealed: 'Este caso no está sellado.',
  order_in_future: 'La fecha de la orden es posterior a hoy.',
  order_before_seal:
    'La orden que levanta el sellado no puede tener fecha anterior a la orden que lo selló.',
};
