// The idle warning, drafts kept on this device and the sign-out confirmation, in English
// (docs/CONFIDENTIALITY.md, "What the browser keeps").
export const draftsEn = {
  idleWarning: {
    title: 'Your session is about to end',
    endsIn_one: 'You have not used Lantern for a while. Your session ends in {{count}} minute.',
    endsIn_other: 'You have not used Lantern for a while. Your session ends in {{count}} minutes.',
    draftsKept:
      'What you are typing is kept on this device, encrypted, and offered back when you sign in again.',
    stay: 'Stay signed in',
    signOut: 'Sign out',
  },
  drafts: {
    kept: 'Draft kept on this device (encrypted) at {{time}}.',
    offer: 'You have an unsaved draft from {{time}}.',
    offerLabel: 'Unsaved draft',
    restore: 'Restore',
    discard: 'Discard',
    restored: 'The draft is back in the box below.',
  },
  signOutConfirm: {
    title: 'Sign out?',
    drafts_one: 'You have {{count}} unsaved draft on this device. Signing out deletes it.',
    drafts_other: 'You have {{count}} unsaved drafts on this device. Signing out deletes them.',
    confirm: 'Sign out and delete drafts',
    cancel: 'Cancel',
  },
};
