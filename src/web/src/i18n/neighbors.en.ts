// English for organizations of neighboring counties on an agreement (docs/CONFIDENTIALITY.md,
// Agreements across counties).
export const neighborsEn = {
  neighbors: {
    heading: 'Organizations of neighboring counties',
    none: 'None.',
    ofCounty: 'An agreement of {{county}}. You read it; its coordinator keeps it.',
    partyLine: '{{organization}} ({{county}}): {{status}}',
    status: {
      proposed: 'proposed, waiting for its county’s answer',
      accepted: 'accepted',
      declined: 'declined',
    },
    opensNothing:
      'A party in another county opens nothing of any youth’s case: Lantern never shows a case to another county.',
    add: 'Add an organization of a neighboring county',
    addHeading: 'Add an organization of a neighboring county to {{title}}',
    county: 'County',
    organization: 'Organization',
    noOrganizations: 'This county has no organizations listed.',
    propose: 'Propose',
    proposed: '{{organization}} was proposed. Its county’s coordinator accepts or declines it.',
    acceptButton: 'Accept',
    declineButton: 'Decline',
    onAgreement: '{{organization}} on {{title}}',
    accepted: '{{organization}} is now a party to {{title}}.',
    declined: 'You declined {{organization}} on {{title}}.',
    withdrawButton: 'Withdraw the proposal',
    withdrawn: 'You withdrew the proposal of {{organization}} on {{title}}.',
  },
};

export const neighborsApiErrorsEn = {
  own_county_organization:
    'This organization is of the agreement’s own county: add it as an ordinary party.',
  already_proposed: 'This organization is already proposed or a party.',
  neighbor_party_declined:
    'Its county declined this organization on this agreement; it is not proposed again.',
  already_answered: 'This proposal was already answered. Reload the page.',
};
