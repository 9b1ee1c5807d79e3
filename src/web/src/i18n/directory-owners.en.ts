// English for directory ownership on the import screen: whose records an import may change.
export const directoryOwnersEn = {
  directoryOwners: {
    rule: 'Every directory record belongs to the county that created it, and only that county changes it. A row identical to what is already stored is no change, so you may import a datapackage that also carries other counties’ records.',
    refused:
      'Nothing was written: these rows would change records another county owns. Only that county’s coordinator or administrator changes them, even for a partial import. Leave the rows out, or make them identical to what is stored, and import again.',
    caption: 'Records of other counties: {{count}}',
    table: 'Record',
    id: 'Id',
    change: 'Change',
    owner: 'Owned by',
    changes: {
      create: 'new record',
      update: 'change of the record, or a record added under it',
      confidentiality: 'confidential location',
      provider_link: 'the agency that answers for the provider',
      capacity: 'open places',
    },
    unchanged: '{{count}} rows were identical to what is stored and changed nothing.',
  },
};
