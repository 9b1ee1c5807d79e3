// The resource directory: Open Referral HSDS 3.0 records kept exactly as the standard defines
// them (one row per HSDS record, its fields as JSON), Lantern's own fields beside them, and a
// search table derived from both. The directory is shared by the deployment, because
// providers serve more than one county, and it holds no youth data.
export const name = '0003-directory';

const KINDS = `'organization', 'program', 'service', 'attribute', 'service_at_location', 'location',
  'phone', 'contact', 'address', 'schedule', 'funding', 'service_area', 'required_document',
  'language', 'accessibility', 'taxonomy_term', 'metadata', 'meta_table_description',
  'cost_option', 'organization_identifier', 'taxonomy'`;

export const up = /* sql */ `
CREATE TABLE hsds_records (
  kind text NOT NULL CHECK (kind IN (${KINDS})),
  id text NOT NULL,
  -- The record's HSDS fields with typed values; empty fields are absent.
  data jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (kind, id)
);
-- How the API nests records: children are found by the id of what they belong to.
CREATE INDEX hsds_records_by_service ON hsds_records ((data ->> 'service_id'), kind)
  WHERE data ? 'service_id';
CREATE INDEX hsds_records_by_location ON hsds_records ((data ->> 'location_id'), kind)
  WHERE data ? 'location_id';
CREATE INDEX hsds_records_by_organization ON hsds_records ((data ->> 'organization_id'), kind)
  WHERE data ? 'organization_id';
CREATE INDEX hsds_records_by_service_at_location
  ON hsds_records ((data ->> 'service_at_location_id'), kind)
  WHERE data ? 'service_at_location_id';
CREATE INDEX hsds_records_by_contact ON hsds_records ((data ->> 'contact_id'))
  WHERE data ? 'contact_id';
CREATE INDEX hsds_records_by_phone ON hsds_records ((data ->> 'phone_id'))
  WHERE data ? 'phone_id';
CREATE INDEX hsds_records_by_link ON hsds_records ((data ->> 'link_id'))
  WHERE kind = 'attribute';
CREATE INDEX hsds_records_by_resource ON hsds_records ((data ->> 'resource_id'))
  WHERE kind = 'metadata';
CREATE INDEX hsds_records_by_taxonomy ON hsds_records ((data ->> 'taxonomy_id'))
  WHERE kind = 'taxonomy_term';
CREATE INDEX hsds_records_updated ON hsds_records (kind, updated_at);

-- Lantern's fields for a service (HSDS has no place for them). Matching reads these.
CREATE TABLE directory_service_profiles (
  service_id text PRIMARY KEY,
  needs text[] NOT NULL DEFAULT '{}',
  csec_specialized boolean NOT NULL DEFAULT false,
  csec_training text,
  level text NOT NULL DEFAULT 'both' CHECK (level IN ('prevention', 'intervention', 'both')),
  group_setting boolean NOT NULL DEFAULT false,
  cohort_rule text NOT NULL DEFAULT 'either'
    CHECK (cohort_rule IN ('at_risk_only', 'exploited_only', 'either')),
  -- Genders served; NULL means anyone.
  genders text[],
  lgbtq_affirming boolean NOT NULL DEFAULT false,
  -- The shape HSDS 3.1 calls service_capacity; NULL when the service does not track it.
  capacity_available integer CHECK (capacity_available >= 0),
  capacity_maximum integer CHECK (capacity_maximum >= 0),
  capacity_updated_at timestamptz,
  -- Business days the provider has to answer a referral.
  response_business_days integer NOT NULL DEFAULT 2 CHECK (response_business_days BETWEEN 0 AND 30),
  updated_at timestamptz NOT NULL
);

-- A confidential location (a safe house): its address never leaves authorized users.
CREATE TABLE directory_location_profiles (
  location_id text PRIMARY KEY,
  confidential boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL
);

-- Which Lantern agency answers for a directory organization (receives its referrals,
-- updates its capacity, may see its confidential addresses).
CREATE TABLE directory_organization_links (
  hsds_organization_id text PRIMARY KEY,
  jurisdiction_id uuid NOT NULL,
  organization_id uuid NOT NULL,
  updated_at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, organization_id) REFERENCES organizations (jurisdiction_id, id)
);
CREATE INDEX directory_organization_links_agency ON directory_organization_links (organization_id);

-- Derived from hsds_records on every write; what staff search and the public filters read.
-- Only public (non-confidential) locations contribute a point or a postcode.
CREATE TABLE directory_search (
  service_id text PRIMARY KEY,
  organization_id text,
  name text NOT NULL,
  organization_name text,
  status text NOT NULL,
  -- Lowercase, accents removed: names, description, organization, terms, languages, areas,
  -- and the service's needs in English and Spanish.
  search_text text NOT NULL,
  minimum_age numeric,
  maximum_age numeric,
  languages text[] NOT NULL,
  service_areas text[] NOT NULL,
  taxonomy_term_ids text[] NOT NULL,
  taxonomy_ids text[] NOT NULL,
  postal_codes text[] NOT NULL,
  latitude double precision,
  longitude double precision,
  modified_at timestamptz NOT NULL
);
CREATE INDEX directory_search_text ON directory_search USING gin (search_text gin_trgm_ops);
CREATE INDEX directory_search_terms ON directory_search USING gin (taxonomy_term_ids);
CREATE INDEX directory_search_organization ON directory_search (organization_id);
CREATE INDEX directory_search_modified ON directory_search (modified_at);
`;
