import { type ExecutionArgs, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { clientAddressHeader } from '../client-address.ts';
import { operationCost } from '../operation/cost.ts';
import { fieldCalls } from '../operation/field-calls.ts';
import { createGate } from '../operation/gate.ts';
import { argumentProblem, type InputLimits, valueProblem } from '../operation/input-values.ts';
import type { WorkBudget } from '../work-budget.ts';

export interface RequestLimits extends InputLimits {
  /** The most an operation may cost, as operationCost counts it. */
  maxCost: number;
  /** What one database query (a connection, once per parent record) adds to the cost. */
  queryCost: number;
  /** Operations costing more run `heavyAtOnce` at a time per process, at most `heavyQueue` waiting. */
  heavyCost: number;
  heavyAtOnce: number;
  heavyQueue: number;
  /** How long a heavy operation's place stays empty after it, as a share of the time it ran. */
  heavyRest: number;
}

const busy = new GraphQLError('the server is busy with other large queries: retry in a moment', {
  extensions: { code: 'SERVER_BUSY', http: { status: 503, headers: { 'retry-after': '1' } } },
});

const overBudget = (seconds: number) =>
  new GraphQLError(
    `this address has used its share of large queries for now: retry in ${seconds} s, or ask for fewer records`,
    {
      extensions: {
        code: 'TOO_MANY_LARGE_QUERIES',
        http: { status: 429, headers: { 'retry-after': String(seconds) } },
      },
    },
  );

const badInput = (message: string, argument: string, status?: number) =>
  new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', argument, ...(status ? { http: { status } } : {}) },
  });

/** Why an operation may not run (its arguments, its cost), or its cost when it may. */
function checked(
  args: ExecutionArgs,
  limits: RequestLimits,
): { errors: GraphQLError[] } | { cost: number } | null {
  const calls = fieldCalls(args.schema, args.document, args.operationName, args.variableValues);
  if (!calls) return null;
  const problem = argumentProblem(calls, limits);
  if (problem) return { errors: [badInput(problem.message, problem.argument)] };
  const cost = operationCost(calls, limits.queryCost);
  if (cost <= limits.maxCost) return { cost };
  return {
    errors: [
      new GraphQLError(`Query cost limit of ${limits.maxCost} exceeded, found ${Math.ceil(cost)}.`, {
        extensions: { code: 'COST_LIMIT_EXCEEDED' },
      }),
    ],
  };
}

const tooHeavyToFollow = (heavy: number, cost: number) =>
  new GraphQLError(
    `A subscription may cost ${heavy} at most (each change runs it again); this one costs ${Math.ceil(cost)}: select fewer fields or smaller lists.`,
    { extensions: { code: 'COST_LIMIT_EXCEEDED' } },
  );

const addressOf = (args: ExecutionArgs) =>
  (args.contextValue as { request?: Request }).request?.headers.get(clientAddressHeader) ?? '';

/**
 * Checks what a request passes in before anything runs: the nesting of its variables as sent (before
 * graphql-js coerces them, which recurses and could overflow the stack), then every argument as the
 * resolvers would see it (lists, texts, nesting, named by argument), then the operation's cost (`first: $n`
 * and `ids: $ids` counted by their real values), for queries, mutations and subscriptions alike. Costly
 * operations go through a few at a time per process, and within the work `budget` of their client address
 * (shared by every process through Redis when it is set).
 */
export function useRequestLimits(limits: RequestLimits, budget?: WorkBudget): Plugin {
  const heavy = createGate(limits.heavyAtOnce, limits.heavyQueue, limits.heavyRest);
  return {
    // Thrown while the request is parsed, so no later hook (the response cache's key) reads the variables.
    onRequestParse: () => ({
      onRequestParseDone({ requestParserResult }) {
        for (const params of [requestParserResult].flat()) {
          for (const [name, value] of Object.entries(params.variables ?? {})) {
            const problem = valueProblem(value, `$${name}`, limits, 'depth');
            if (problem) throw badInput(`${problem.argument} ${problem.message}`, problem.argument, 400);
          }
        }
      },
    }),
    onSubscribe({ args, setResultAndStopExecution }) {
      const verdict = checked(args, limits);
      if (verdict && 'errors' in verdict) return setResultAndStopExecution(verdict);
      // Each event runs the whole selection for every subscriber, past the heavy gate and the work budget.
      if (verdict && verdict.cost > limits.heavyCost)
        setResultAndStopExecution({ errors: [tooHeavyToFollow(limits.heavyCost, verdict.cost)] });
    },
    onExecute({ args, setResultAndStopExecution }) {
      const verdict = checked(args, limits);
      if (!verdict) return;
      if ('errors' in verdict) return setResultAndStopExecution(verdict);
      if (verdict.cost <= limits.heavyCost) return;
      const address = addressOf(args);
      // A few heavy operations at a time: many at once would take the CPU and memory that pages need.
      return (budget ? budget.wait(address) : Promise.resolve(0)).then(async (seconds) => {
        if (seconds > 0) return setResultAndStopExecution({ errors: [overBudget(seconds)] });
        const leave = await heavy.enter();
        if (!leave) return setResultAndStopExecution({ errors: [busy] });
        const since = performance.now();
        return {
          onExecuteDone: () => {
            leave();
            budget?.spend(address, performance.now() - since);
          },
        };
      });
    },
  };
}
