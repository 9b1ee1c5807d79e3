// The demo county's resource directory: invented providers in HSDS 3.0 form, with Lantern's
// fields (needs, CSEC training, cohort rules, capacity) and one confidential safe house; the
// shelter and the drop-in center's evening reporting are alternatives to detention.
// Three providers answer through demo agencies, so referrals can be tried end to end.
import { createHash } from 'node:crypto';
import { NEED_LABELS, NEEDS, type Need } from '../../../domain/matching.js';
import type { DatasetInput } from '../../../hsds/dataset.js';

/** A stable UUID for a demo record, so the demo is the same on every install. */
export function demoUuid(name: string): string {
  const h = createHash('sha1').update(`lantern-demo:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

interface DemoService {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly needs: readonly Need[];
  readonly minimumAge?: number;
  readonly maximumAge?: number;
  readonly languages?: readonly ['en' | 'es', string][];
  readonly area?: string;
  readonly csecTraining?: string;
  readonly level?: 'prevention' | 'intervention' | 'both';
  readonly group?: 'at_risk_only' | 'exploited_only' | 'either';
  readonly capacity?: readonly [number, number];
  readonly lgbtq?: boolean;
  /** Somewhere probation can send a youth instead of juvenile hall. */
  readonly alternativeToDetention?: boolean;
  /** HSDS hours: the days (byday) and the times it opens and closes. */
  readonly hours?: { readonly byday: string; readonly opens: string; readonly closes: string };
  readonly genders?: readonly string[];
  readonly location: {
    readonly name: string;
    readonly street: string;
    readonly postcode: string;
    readonly lat: number;
    readonly lon: number;
    readonly confidential?: boolean;
  };
}

interface DemoProvider {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly phone: string;
  /** The demo agency (by name) that answers referrals for it. */
  readonly agency?: string;
  readonly services: readonly DemoService[];
}

const ENGLISH: readonly ['en' | 'es', string][] = [['en', 'English']];
const BOTH: readonly ['en' | 'es', string][] = [
  ['en', 'English'],
  ['es', 'Spanish'],
];

export const DEMO_PROVIDERS: readonly DemoProvider[] = [
  {
    key: 'new-horizons',
    name: 'New Horizons Youth Shelter',
    description: 'Shelter and drop-in services for youth who have been sexually exploited.',
    phone: '555-0180',
    agency: 'New Horizons Youth Shelter',
    services: [
      {
        key: 'new-horizons-shelter',
        name: 'New Horizons Emergency Shelter',
        description:
          'Short-term, trauma-informed shelter for youth leaving exploitation. Staffed day and night; the address is shared only with referring staff.',
        needs: ['emergency_shelter', 'basic_needs', 'crisis_counseling'],
        minimumAge: 12,
        maximumAge: 17,
        languages: BOTH,
        csecTraining: 'All staff complete 40 hours of CSEC training and yearly refreshers.',
        level: 'intervention',
        group: 'exploited_only',
        capacity: [2, 8],
        lgbtq: true,
        alternativeToDetention: true,
        hours: { byday: 'MO,TU,WE,TH,FR,SA,SU', opens: '00:00', closes: '23:59' },
        location: {
          name: 'New Horizons safe house',
          street: '1 Confidential Lane',
          postcode: '94610',
          lat: 37.8101,
          lon: -122.2402,
          confidential: true,
        },
      },
      {
        key: 'new-horizons-drop-in',
        name: 'New Horizons Drop-in Center',
        description:
          'Meals, showers, clothing, school help and peer mentoring for youth; no appointment needed. On weekday evenings it is the county’s evening reporting center, which probation and the court use instead of detention.',
        needs: ['basic_needs', 'survivor_mentoring', 'education'],
        minimumAge: 12,
        maximumAge: 24,
        languages: BOTH,
        csecTraining: 'Peer mentors are survivors trained by the county CSEC program.',
        lgbtq: true,
        alternativeToDetention: true,
        location: {
          name: 'New Horizons Drop-in Center',
          street: '410 Harbor Way',
          postcode: '94607',
          lat: 37.8012,
          lon: -122.2755,
        },
      },
    ],
  },
  {
    key: 'clinic',
    name: 'Demo General Hospital Pediatric Clinic',
    description: 'Pediatric and adolescent health care at Demo General Hospital.',
    phone: '555-0130',
    agency: 'Demo General Hospital Pediatric Clinic',
    services: [
      {
        key: 'teen-health',
        name: 'Teen Health Clinic',
        description:
          'Confidential medical care for adolescents: check-ups, sexual and reproductive health, testing and treatment.',
        needs: ['medical', 'sexual_health'],
        minimumAge: 10,
        maximumAge: 24,
        languages: BOTH,
        csecTraining: 'Clinicians trained in the county CSEC medical protocol.',
        lgbtq: true,
        location: {
          name: 'Demo General Hospital, East Wing',
          street: '200 Hospital Drive',
          postcode: '94609',
          lat: 37.8205,
          lon: -122.2641,
        },
      },
    ],
  },
  {
    key: 'behavioral-health',
    name: 'Demo County Behavioral Health',
    description: 'County mental-health services for children, youth and families.',
    phone: '555-0170',
    agency: 'Demo County Behavioral Health',
    services: [
      {
        key: 'youth-trauma-therapy',
        name: 'Youth Crisis and Trauma Therapy',
        description:
          'Crisis counseling and trauma-focused therapy for youth, in English and Spanish.',
        needs: ['mental_health', 'crisis_counseling'],
        minimumAge: 8,
        maximumAge: 21,
        languages: BOTH,
        csecTraining: 'Therapists certified in trauma-focused CBT with CSEC training.',
        location: {
          name: 'Behavioral Health Youth Services',
          street: '75 Civic Center Plaza',
          postcode: '94612',
          lat: 37.8044,
          lon: -122.2712,
        },
      },
    ],
  },
  {
    key: 'bright-futures',
    name: 'Bright Futures Prevention',
    description: 'Prevention programs for young people at risk.',
    phone: '555-0140',
    services: [
      {
        key: 'bright-futures-group',
        name: 'Bright Futures Girls Group',
        description:
          'A weekly prevention group on healthy relationships, online safety and recruitment tactics.',
        needs: ['education', 'family_support'],
        minimumAge: 11,
        maximumAge: 17,
        languages: ENGLISH,
        level: 'prevention',
        group: 'at_risk_only',
        location: {
          name: 'Eastside Community Center',
          street: '900 Fruitvale Avenue',
          postcode: '94601',
          lat: 37.7801,
          lon: -122.2241,
        },
      },
    ],
  },
  {
    key: 'youth-law',
    name: 'Youth Law Center of Demo County',
    description: 'Free legal help for young people.',
    phone: '555-0150',
    services: [
      {
        key: 'youth-legal-clinic',
        name: 'Youth Legal Clinic',
        description:
          'Free legal advice and representation: vacatur of records, victim rights, immigration relief (T and U visas, SIJS).',
        needs: ['legal', 'immigration'],
        minimumAge: 10,
        maximumAge: 24,
        languages: BOTH,
        csecTraining: 'Attorneys experienced in trafficking survivor cases.',
        location: {
          name: 'Youth Law Center',
          street: '55 Broadway',
          postcode: '94607',
          lat: 37.7975,
          lon: -122.2763,
        },
      },
    ],
  },
  {
    key: 'survivor-voices',
    name: 'Survivor Voices Mentoring',
    description: 'Survivor-led mentoring.',
    phone: '555-0160',
    services: [
      {
        key: 'survivor-mentors',
        name: 'Survivor Mentors',
        description: 'One-to-one mentoring by adult survivors of commercial sexual exploitation.',
        needs: ['survivor_mentoring'],
        minimumAge: 12,
        maximumAge: 24,
        languages: BOTH,
        csecTraining: 'Mentors complete 30 hours of training and meet weekly with a supervisor.',
        level: 'intervention',
        capacity: [0, 5],
        location: {
          name: 'Survivor Voices office',
          street: '12 Lakeshore Avenue',
          postcode: '94610',
          lat: 37.8105,
          lon: -122.248,
        },
      },
    ],
  },
  {
    key: 'clean-slate',
    name: 'Clean Slate Recovery',
    description: 'Substance use treatment for teens.',
    phone: '555-0165',
    services: [
      {
        key: 'teen-recovery',
        name: 'Teen Recovery Program',
        description: 'Outpatient substance use treatment and family sessions for teens.',
        needs: ['substance_use', 'family_support'],
        minimumAge: 13,
        maximumAge: 19,
        languages: ENGLISH,
        location: {
          name: 'Clean Slate clinic',
          street: '300 Telegraph Avenue',
          postcode: '94609',
          lat: 37.8262,
          lon: -122.2661,
        },
      },
    ],
  },
  {
    key: 'ready-works',
    name: 'Ready Works',
    description: 'Jobs and training for young adults.',
    phone: '555-0175',
    services: [
      {
        key: 'youth-employment',
        name: 'Youth Employment Program',
        description: 'Paid internships, job readiness and GED support.',
        needs: ['employment', 'education'],
        minimumAge: 16,
        maximumAge: 24,
        languages: BOTH,
        location: {
          name: 'Ready Works training center',
          street: '1500 San Pablo Avenue',
          postcode: '94612',
          lat: 37.8083,
          lon: -122.2731,
        },
      },
    ],
  },
  {
    key: 'transit-assist',
    name: 'Demo Transit Assist',
    description: 'Transportation help.',
    phone: '555-0185',
    services: [
      {
        key: 'bus-passes',
        name: 'Youth Bus Passes',
        description: 'Free monthly bus passes and rides to appointments for youth in services.',
        needs: ['transportation'],
        languages: BOTH,
        location: {
          name: 'Transit Assist desk',
          street: '1 Station Square',
          postcode: '94607',
          lat: 37.799,
          lon: -122.279,
        },
      },
    ],
  },
  {
    key: 'neighbor-housing',
    name: 'Neighbor County Housing Collaborative',
    description: 'Housing for young people in Neighbor County.',
    phone: '555-0190',
    services: [
      {
        key: 'transitional-housing',
        name: 'Transitional Housing for Youth',
        description: 'Up to 24 months of supported housing for youth aged 16 to 24.',
        needs: ['housing'],
        minimumAge: 16,
        maximumAge: 24,
        languages: ENGLISH,
        area: 'Neighbor County',
        location: {
          name: 'Neighbor County Housing office',
          street: '8 Main Street',
          postcode: '94700',
          lat: 37.8716,
          lon: -122.2727,
        },
      },
    ],
  },
];

const TAXONOMY_ID = demoUuid('taxonomy:lantern-needs');
export const needTermId = (need: Need) => demoUuid(`term:${need}`);
export const demoServiceId = (key: string) => demoUuid(`service:${key}`);
export const demoOrganizationId = (key: string) => demoUuid(`organization:${key}`);

/**
 * The demo directory as tabular HSDS (the JSON form of the CSV datapackage). `agencies` maps
 * a demo agency's name to its Lantern id, to link the providers that take referrals.
 */
export function demoDirectory(agencies: ReadonlyMap<string, string>): DatasetInput {
  const tables: Record<string, Record<string, unknown>[]> = {
    'organizations.csv': [],
    'services.csv': [],
    'locations.csv': [],
    'service_at_location.csv': [],
    'addresses.csv': [],
    'phones.csv': [],
    'languages.csv': [],
    'service_areas.csv': [],
    'schedules.csv': [],
    'taxonomies.csv': [
      {
        id: TAXONOMY_ID,
        name: 'Lantern needs',
        description: 'The fixed list of needs Lantern matches youth to services by.',
      },
    ],
    'taxonomy_terms.csv': NEEDS.map((need) => ({
      id: needTermId(need),
      code: need,
      name: NEED_LABELS[need].en,
      description: `${NEED_LABELS[need].en} (${NEED_LABELS[need].es})`,
      taxonomy_id: TAXONOMY_ID,
      language: 'en',
    })),
    'attributes.csv': [],
    'lantern_services.csv': [],
    'lantern_locations.csv': [],
    'lantern_organizations.csv': [],
  };
  const push = (file: string, row: Record<string, unknown>) => (tables[file] ??= []).push(row);
  for (const provider of DEMO_PROVIDERS) {
    const organizationId = demoOrganizationId(provider.key);
    push('organizations.csv', {
      id: organizationId,
      name: provider.name,
      description: provider.description,
    });
    push('phones.csv', {
      id: demoUuid(`phone:${provider.key}`),
      organization_id: organizationId,
      number: provider.phone,
      type: 'voice',
    });
    const agency = provider.agency ? agencies.get(provider.agency) : undefined;
    if (agency) {
      push('lantern_organizations.csv', {
        organization_id: organizationId,
        lantern_organization_id: agency,
      });
    }
    for (const s of provider.services) {
      const serviceId = demoServiceId(s.key);
      const locationId = demoUuid(`location:${s.key}`);
      push('services.csv', {
        id: serviceId,
        organization_id: organizationId,
        name: s.name,
        description: s.description,
        status: 'active',
        minimum_age: s.minimumAge,
        maximum_age: s.maximumAge,
        eligibility_description:
          s.minimumAge !== undefined ? `Ages ${s.minimumAge} to ${s.maximumAge}` : undefined,
      });
      push('locations.csv', {
        id: locationId,
        location_type: 'physical',
        organization_id: organizationId,
        name: s.location.name,
        latitude: s.location.lat,
        longitude: s.location.lon,
      });
      push('addresses.csv', {
        id: demoUuid(`address:${s.key}`),
        location_id: locationId,
        address_1: s.location.street,
        city: s.area === 'Neighbor County' ? 'Neighbor City' : 'Demo City',
        state_province: 'CA',
        postal_code: s.location.postcode,
        country: 'US',
        address_type: 'physical',
      });
      push('service_at_location.csv', {
        id: demoUuid(`sal:${s.key}`),
        service_id: serviceId,
        location_id: locationId,
      });
      if (s.location.confidential) {
        push('lantern_locations.csv', { location_id: locationId, confidential: 'true' });
      }
      for (const [code, name] of s.languages ?? []) {
        push('languages.csv', {
          id: demoUuid(`language:${s.key}:${code}`),
          service_id: serviceId,
          name,
          code,
        });
      }
      if (s.hours) {
        push('schedules.csv', {
          id: demoUuid(`schedule:${s.key}`),
          service_id: serviceId,
          freq: 'WEEKLY',
          byday: s.hours.byday,
          opens_at: s.hours.opens,
          closes_at: s.hours.closes,
        });
      }
      push('service_areas.csv', {
        id: demoUuid(`area:${s.key}`),
        service_id: serviceId,
        name: s.area ?? 'Demo County',
      });
      for (const need of s.needs) {
        push('attributes.csv', {
          id: demoUuid(`attribute:${s.key}:${need}`),
          link_id: serviceId,
          link_type: 'service',
          link_entity: 'service',
          taxonomy_term_id: needTermId(need),
        });
      }
      push('lantern_services.csv', {
        service_id: serviceId,
        needs: s.needs.join(','),
        csec_specialized: s.csecTraining !== undefined,
        csec_training: s.csecTraining ?? '',
        level: s.level ?? 'both',
        group_setting: s.group !== undefined,
        cohort_rule: s.group ?? 'either',
        genders: (s.genders ?? []).join(','),
        lgbtq_affirming: s.lgbtq ?? false,
        capacity_available: s.capacity?.[0] ?? '',
        capacity_maximum: s.capacity?.[1] ?? '',
        response_business_days: 2,
        alternative_to_detention: s.alternativeToDetention ?? false,
      });
    }
  }
  return tables;
}
