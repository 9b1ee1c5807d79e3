// The refusal of text that cannot be stored (400 invalid_text), put together by
// src/web/src/unstorable-text.ts from where the character is and which it is.
export const unstorableTextApiErrorsEn = {
  invalid_text:
    '{{where}} contains a character that cannot be stored ({{character}}){{line}}. Remove it and try again.',
};

export const unstorableTextEn = {
  body: 'The field {{field}}',
  bodyWhole: 'What was sent',
  bodyKey: 'A field name in {{field}}',
  bodyKeyWhole: 'A field name',
  params: 'The address part {{field}}',
  paramsKey: 'An address part’s name',
  query: 'The search setting {{field}}',
  queryKey: 'A search setting’s name',
  nul: 'an empty character, {{codePoint}}',
  lone_surrogate: '{{codePoint}}, half of a character pair',
  line: ' on line {{line}}',
};
