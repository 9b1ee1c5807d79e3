// El rechazo de un texto que no se puede guardar (400 invalid_text).
import type { unstorableTextApiErrorsEn, unstorableTextEn } from './unstorable-text.en.js';

export const unstorableTextApiErrorsEs: typeof unstorableTextApiErrorsEn = {
  invalid_text:
    '{{where}} contiene un carácter que no se puede guardar ({{character}}){{line}}. Quítelo e inténtelo de nuevo.',
};

export const unstorableTextEs: typeof unstorableTextEn = {
  body: 'El campo {{field}}',
  bodyWhole: 'Lo enviado',
  bodyKey: 'Un nombre de campo en {{field}}',
  bodyKeyWhole: 'Un nombre de campo',
  params: 'La parte de la dirección {{field}}',
  paramsKey: 'El nombre de una parte de la dirección',
  query: 'El parámetro de búsqueda {{field}}',
  queryKey: 'El nombre de un parámetro de búsqueda',
  nul: 'un carácter vacío, {{codePoint}}',
  lone_surrogate: '{{codePoint}}, la mitad de un par de caracteres',
  line: ' en la línea {{line}}',
};
