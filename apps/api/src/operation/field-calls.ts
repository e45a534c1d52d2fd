import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** One field of an operation with its arguments as the resolver will see them, and the fields it selects. */
export interface FieldCall {
  /** `Query.summits`: where the field is defined. */
  coordinate: string;
  field: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
  children: FieldCall[];
}

function operationOf(document: DocumentNode, operationName: string | null | undefined) {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
}

/**
 * The fields an operation asks for, fragments inlined, each with its arguments coerced from the request's
 * variables (defaults filled). Null when the operation or its variables are invalid: execution reports that.
 */
export function fieldCalls(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
): FieldCall[] | null {
  const operation = operationOf(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, {
    maxErrors: 1,
  });
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );

  function fieldsOf(type: GraphQLNamedType, node: FieldNode): FieldCall | null {
    if (!isObjectType(type) && !isInterfaceType(type)) return null;
    const field = type.getFields()[node.name.value];
    if (!field) return null;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, variables);
    } catch {
      return null;
    }
    const childType = getNamedType(field.type);
    return {
      coordinate: `${type.name}.${field.name}`,
      field,
      args,
      children: node.selectionSet ? walk(childType, node.selectionSet, new Set()) : [],
    };
  }

  // `seen` guards each path against fragment cycles (validation refuses them, this keeps the walk finite).
  function walk(type: GraphQLNamedType, set: SelectionSetNode, seen: Set<string>): FieldCall[] {
    const calls: FieldCall[] = [];
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const call = fieldsOf(type, selection);
        if (call) calls.push(call);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (inner) calls.push(...walk(inner, selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const inner = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && inner && !seen.has(name)) {
          calls.push(...walk(inner, fragment.selectionSet, new Set([...seen, name])));
        }
      }
    }
    return calls;
  }

  return walk(root, operation.selectionSet, new Set());
}
