// A case sealed by court order, in English (docs/CONFIDENTIALITY.md, "Sealed cases").
export const sealEn = {
  seal: {
    banner: 'Sealed by court order',
    bannerDetail:
      'Order {{number}} of {{date}}, recorded by {{who}}. This case is in no list, search or export, and only {{roles}} of the court open it; each opening is recorded.',
    numberUnreadable: '(number cannot be opened)',
    roles: { judge: 'judges', court_clerk: 'court clerks' },
    and: ' and ',
    sealHeading: 'Seal this case',
    sealIntro:
      'Record the court’s sealing order. From then on nobody but the court’s roles the order names sees this case, the coordinator included.',
    unsealHeading: 'Lift the seal',
    unsealIntro: 'Record the later order that lifts the seal. The case returns to every list.',
    orderNumber: 'Order number',
    orderDate: 'Date of the order',
    rolesAllowed: 'Who of the court may still open it',
    submitSeal: 'Seal this case',
    submitUnseal: 'Lift the seal',
    sealed: 'The case is sealed.',
    unsealed: 'The seal is lifted.',
    required: 'Fill in this field.',
    chooseRole: 'Choose at least one role.',
  },
};

export const sealApiErrorsEn = {
  not_court: 'Only a judge or court clerk of the county’s juvenile court records a sealing order.',
  already_sealed: 'This case is already sealed.',
  not_sealed: 'This case is not sealed.',
  order_in_future: 'The order’s date is after today.',
  order_before_seal: 'The order lifting the seal cannot be dated before the order that sealed it.',
};
