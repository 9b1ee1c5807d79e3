// Lantern's own indicator screen, written for Lantern from indicators of commercial sexual
// exploitation that public guidance describes (running away, an older partner, money or gifts
// with no clear source, hotel stays, branding tattoos, a phone someone else controls...). Its
// wording is Lantern's; it copies no licensed instrument (docs/SCREENING.md). It is an indicator
// screen, not a diagnosis: a positive result means "talk with an advocate and look closer", and
// the threshold is the county's decision.
import type { Instrument, ScreeningItem } from './screening.js';

const yesNo = (id: string, en: string, es: string): ScreeningItem => ({
  id,
  text: { en, es },
  answer: { type: 'yes_no_unsure', points: { yes: 1, no: 0, unsure: 0 } },
});

export const LANTERN_INDICATORS_KEY = 'lantern-indicators';

export const LANTERN_INDICATORS: Instrument = {
  key: LANTERN_INDICATORS_KEY,
  version: 1,
  name: {
    en: 'Lantern indicators (indicator screen, not a diagnosis)',
    es: 'Indicadores de Lantern (detección de señales, no un diagnóstico)',
  },
  languages: ['en', 'es'],
  items: [
    yesNo(
      'ran_away',
      'In the last year, has the youth been away from home or placement overnight without permission?',
      'En el último año, ¿ha pasado la o el joven la noche fuera de casa o de su colocación sin permiso?',
    ),
    yesNo(
      'older_partner',
      'Does the youth have a boyfriend, girlfriend or friend who is much older?',
      '¿Tiene la o el joven una pareja o amistad mucho mayor?',
    ),
    yesNo(
      'money_gifts',
      'Does the youth have money, clothes, phones or other things with no clear source?',
      '¿Tiene la o el joven dinero, ropa, teléfonos u otras cosas sin un origen claro?',
    ),
    yesNo(
      'hotel_stays',
      'Has the youth stayed at hotels or motels, or at addresses they cannot or will not name?',
      '¿Se ha quedado en hoteles o moteles, o en lugares que no puede o no quiere nombrar?',
    ),
    yesNo(
      'branding',
      'Does the youth have a tattoo or mark that looks like a name, a symbol of ownership or a price?',
      '¿Tiene un tatuaje o marca que parece un nombre, un símbolo de pertenencia o un precio?',
    ),
    yesNo(
      'phone_controlled',
      'Does someone else control the youth’s phone, money, identity papers or whom they talk to?',
      '¿Alguien más controla su teléfono, su dinero, sus documentos o con quién habla?',
    ),
    yesNo(
      'online_explicit',
      'Does the youth have a sexually explicit online presence, or ads or profiles made for them?',
      '¿Tiene presencia sexual explícita en internet, o anuncios o perfiles hechos para ella o él?',
    ),
    yesNo(
      'sex_for_needs',
      'Has the youth traded sex or sexual images for a place to stay, food, money, drugs or anything else?',
      '¿Ha intercambiado sexo o imágenes sexuales por un lugar donde quedarse, comida, dinero, drogas u otra cosa?',
    ),
    yesNo(
      'travel',
      'Has the youth travelled to other cities or states with no clear reason?',
      '¿Ha viajado a otras ciudades o estados sin una razón clara?',
    ),
    yesNo(
      'fear_of_someone',
      'Does the youth seem afraid of someone, or worried about what happens if they do not go back?',
      '¿Parece tener miedo de alguien, o preocupación por lo que pase si no regresa?',
    ),
    yesNo(
      'substance_use',
      'Is the youth using alcohol or drugs that someone else provides?',
      '¿Consume alcohol o drogas que otra persona le da?',
    ),
    yesNo(
      'school_absence',
      'Has the youth stopped going to school, or missed many days, in the last months?',
      '¿Ha dejado de ir a la escuela, o ha faltado muchos días, en los últimos meses?',
    ),
  ],
  scoring: { method: 'count_positive', threshold: 2 },
  administeredBy: [
    'advocate',
    'child_welfare_worker',
    'probation_officer',
    'medical_provider',
    'mental_health_provider',
    'forensic_interviewer',
    'provider_intake',
  ],
  minimumAge: 10,
  source:
    'Written for Lantern from publicly described indicators of commercial sexual exploitation of children; free to use. An indicator screen, not a diagnosis: a positive result calls for a conversation with an advocate. The threshold (2 indicators by default) is a county decision.',
};
