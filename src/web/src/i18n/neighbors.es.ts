// Español: organizaciones de condados vecinos en un acuerdo (docs/CONFIDENTIALITY.md).
import type { neighborsApiErrorsEn, neighborsEn } from './neighbors.en';

export const neighborsEs: typeof neighborsEn = {
  neighbors: {
    heading: 'Organizaciones de condados vecinos',
    none: 'Ninguna.',
    ofCounty: 'Un acuerdo de {{county}}. Usted lo lee; lo mantiene su coordinador.',
    partyLine: '{{organization}} ({{county}}): {{status}}',
    status: {
      proposed: 'propuesta, en espera de la respuesta de su condado',
      accepted: 'aceptada',
      declined: 'rechazada',
    },
    opensNothing:
      'Una parte de otro condado no abre nada del caso de ningún joven: Lantern nunca muestra un caso a otro condado.',
    add: 'Agregar una organización de un condado vecino',
    addHeading: 'Agregar una organización de un condado vecino a {{title}}',
    county: 'Condado',
    organization: 'Organización',
    noOrganizations: 'Este condado no tiene organizaciones registradas.',
    propose: 'Proponer',
    proposed: 'Se propuso {{organization}}. El coordinador de su condado la acepta o la rechaza.',
    acceptButton: 'Aceptar',
    declineButton: 'Rechazar',
    onAgreement: '{{organization}} en {{title}}',
    accepted: '{{organization}} ahora es parte de {{title}}.',
    declined: 'Usted rechazó {{organization}} en {{title}}.',
    withdrawButton: 'Retirar la propuesta',
    withdrawn: 'Usted retiró la propuesta de {{organization}} en {{title}}.',
  },
};

export const neighborsApiErrorsEs: typeof neighborsApiErrorsEn = {
  own_county_organization:
    'Esta organización es del condado del acuerdo: agréguela como parte ordinaria.',
  already_proposed: 'Esta organización ya está propuesta o es parte.',
  neighbor_party_declined:
    'Su condado rechazó esta organización en este acuerdo; no se propone de nuevo.',
  already_answered: 'Esta propuesta ya fue respondida. Vuelva a cargar la página.',
};
