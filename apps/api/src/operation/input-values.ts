import type { FieldCall } from './field-calls.ts';

/** Bounds on the values a client passes as arguments (literally or as variables). */
export interface InputLimits {
  /** Items in any one list, `nodes(ids:)` included. */
  maxListItems: number;
  /** Characters in any one string. */
  maxTextLength: number;
  /** Characters in any one string a mutation writes: an article's text (the body limit bounds it too). */
  maxWrittenTextLength: number;
  /** Nesting of lists and input objects. */
  maxInputDepth: number;
}

/** What is wrong with a client's value, and where: `argument` is a path like `filterBy.text`. */
export interface InputProblem {
  argument: string;
  message: string;
}

// A UTF-16 surrogate without its pair: no Unicode character, and PostgreSQL cannot store it.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string, limits: InputLimits): string | null {
  if (text.length > limits.maxTextLength)
    return `is ${text.length} characters long; at most ${limits.maxTextLength} are accepted`;
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000), which text cannot hold';
  if (loneSurrogate.test(text)) return 'contains an unpaired UTF-16 surrogate, which is not a character';
  return null;
}

/**
 * The first problem in a value, walked without recursion so that no nesting can overflow the stack:
 * too deep, and unless only `depth` is asked for, a list too long or a string too long or holding what text
 * cannot.
 */
export function valueProblem(
  value: unknown,
  path: string,
  limits: InputLimits,
  only?: 'depth',
): InputProblem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value: v, path: at, depth } = item;
    if (typeof v === 'string') {
      const message = only ? null : textProblem(v, limits);
      if (message) return { argument: at, message };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limits.maxInputDepth)
      return { argument: at, message: `nests deeper than ${limits.maxInputDepth} levels` };
    if (Array.isArray(v)) {
      if (!only && v.length > limits.maxListItems)
        return {
          argument: at,
          message: `has ${v.length} items; at most ${limits.maxListItems} are accepted`,
        };
      for (const [i, inner] of v.entries())
        stack.push({ value: inner, path: `${at}[${i}]`, depth: depth + 1 });
    } else {
      for (const [key, inner] of Object.entries(v))
        stack.push({ value: inner, path: `${at}.${key}`, depth: depth + 1 });
    }
  }
  return null;
}

/** The first problem in any argument of any field of an operation. */
export function argumentProblem(calls: FieldCall[], limits: InputLimits): InputProblem | null {
  const pending = [...calls];
  for (let call = pending.pop(); call; call = pending.pop()) {
    // A write may carry a whole article; a read's strings are a few words or a cursor.
    const bounds = call.coordinate.startsWith('Mutation.')
      ? { ...limits, maxTextLength: limits.maxWrittenTextLength }
      : limits;
    for (const [name, value] of Object.entries(call.args)) {
      const problem = valueProblem(value, name, bounds);
      if (problem)
        return {
          argument: problem.argument,
          message: `${call.coordinate}(${problem.argument}) ${problem.message}`,
        };
    }
    pending.push(...call.children);
  }
  return null;
}
