import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';
import { expect, test } from 'vitest';
import { schema } from '../src/index.ts';

/** Every named thing in the schema that lacks a description, as "Type.field(arg)". */
function undescribed(): string[] {
  const missing: string[] = [];
  const check = (where: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(where);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        check(`${type.name}.${field.name}`, field.description);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing;
}

test('every type, field, argument and enum value has a description', () => {
  expect(undescribed()).toEqual([]);
});

// Without it, client generators (GraphQL Code Generator, Apollo's) type the scalar as `unknown`.
test('every custom scalar names its specification (@specifiedBy)', () => {
  const custom = Object.values(schema.getTypeMap()).filter(
    (type) => isScalarType(type) && !isSpecifiedScalarType(type),
  );
  expect(custom.length).toBeGreaterThan(0);
  for (const scalar of custom) {
    expect(isScalarType(scalar) && scalar.specifiedByURL, scalar.name).toMatch(/^https:\/\//);
  }
});
