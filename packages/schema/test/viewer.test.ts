import type { Viewer } from '@parley/domain';
import { GraphQLError, graphql } from 'graphql';
import { describe, expect, test } from 'vitest';
import { createContext, requireRole, schema } from '../src/index.ts';
import { seedStore } from './run.ts';

const editor: Viewer = { id: 'u1', email: 'editor@parley.example', role: 'editor' };
const admin: Viewer = { id: 'u2', email: 'admin@parley.example', role: 'admin' };

const viewerAs = async (viewer: Viewer | null) =>
  (
    await graphql({
      schema,
      source: '{ viewer { email role } }',
      contextValue: createContext(seedStore, viewer),
    })
  ).data;

describe('viewer', () => {
  test('is null for an anonymous reader, the default', async () => {
    expect(await viewerAs(null)).toEqual({ viewer: null });
    expect(
      (await graphql({ schema, source: '{ viewer { email } }', contextValue: createContext(seedStore) }))
        .data,
    ).toEqual({
      viewer: null,
    });
  });

  test('is the account in the context, its role as the enum', async () => {
    expect(await viewerAs(editor)).toEqual({ viewer: { email: editor.email, role: 'EDITOR' } });
    expect(await viewerAs(admin)).toEqual({ viewer: { email: admin.email, role: 'ADMIN' } });
  });
});

describe('requireRole', () => {
  const codeOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      return (error as GraphQLError).extensions.code;
    }
    return 'passed';
  };

  test('UNAUTHENTICATED without a viewer, whatever the role asked', () => {
    expect(codeOf(() => requireRole(null, 'editor'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireRole(null, 'admin'))).toBe('UNAUTHENTICATED');
  });

  test('FORBIDDEN for a weaker role', () => {
    expect(codeOf(() => requireRole(editor, 'admin'))).toBe('FORBIDDEN');
  });

  test('the viewer for the role asked or a stronger one', () => {
    expect(requireRole(editor, 'editor')).toBe(editor);
    expect(requireRole(admin, 'editor')).toBe(admin);
    expect(requireRole(admin, 'admin')).toBe(admin);
  });
});
