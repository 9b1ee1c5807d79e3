// Alternatives to detention (issue 11; docs/MISSING-AND-CUSTODY.md, "Alternatives to
// detention"): a directory service its owner marks as one, and a service plan that says the
// youth faces a detention decision, so matching puts those services first.
export const name = '0019-alternatives-to-detention';

export const up = /* sql */ `
-- Owned with the service like the rest of its profile (migration 0008): only the owning
-- county's coordinator or administrator changes it, through an import or the service page.
ALTER TABLE directory_service_profiles
  ADD COLUMN alternative_to_detention boolean NOT NULL DEFAULT false;

-- needs_services data like the rest of the plan: the youth faces a detention decision.
ALTER TABLE case_service_plans ADD COLUMN facing_detention boolean NOT NULL DEFAULT false;
`;
