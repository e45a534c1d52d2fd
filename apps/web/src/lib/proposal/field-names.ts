/** The name of an item's form field: `r3.quote`, `r1.development.2.status`. */
export const fieldName = (key: string, ...path: (string | number)[]) => [key, ...path].join('.');

/** The value of a person choice that asks for a new person, named in the field `<choice>.new`. */
export const NEW_PERSON = 'new';

/** The field that names the new person a person choice asks for. */
export const newPersonField = (choice: string) => `${choice}.${NEW_PERSON}`;
