// Spanish for alternatives to detention (issue 11); the same keys as alternatives.en.ts.
import type { alternativesEn } from './alternatives.en';

export const alternativesEs: typeof alternativesEn = {
  alternatives: {
    badge: 'Alternativa a la detención',
    filter: 'Solo alternativas a la detención',
    formHeading: 'Alternativa a la detención',
    formIntro:
      'Marque el servicio si el departamento de libertad condicional o el tribunal pueden colocar aquí a un joven en lugar del centro de detención juvenil: un hogar de acogida, una cama en un refugio, un centro de reporte vespertino. La búsqueda de servicios lo ofrecerá primero a un joven que enfrenta una decisión de detención.',
    checkbox: 'Este servicio es una alternativa a la detención',
    save: 'Guardar la marca',
    savedOn: 'Guardado: el servicio está marcado como alternativa a la detención.',
    savedOff: 'Guardado: el servicio ya no está marcado como alternativa a la detención.',
    facingDetention: 'El joven enfrenta una decisión de detención',
    facingDetentionHint:
      'Las alternativas a la detención se ofrecen entonces primero, aunque no cubran ninguna de las necesidades anteriores. El joven es una víctima, nunca un infractor.',
    planFacingDetention: 'Decisión de detención',
    planFacingDetentionYes: 'La enfrenta: primero las alternativas a la detención',
    planFacingDetentionNo: 'No registrada',
  },
};
