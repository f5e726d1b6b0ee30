import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives, type IResolvers } from '@graphql-tools/utils';
import { validate, type ValidationError } from 'class-validator';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import merge from 'lodash.merge';
import { buildSchema, createResolversMap, type BuildSchemaOptions, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../auth/authorization';
import { badUserInput } from '../errors/graphql-errors';

const FEDERATION_LINK = `
  extend schema @link(
    url: "https://specs.apollo.dev/federation/v2.7"
    import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"]
  )
`;

function describeViolations(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const field = `${prefix}${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => `${field}: ${message}`);
    return [...own, ...describeViolations(error.children ?? [], `${field}.`)];
  });
}

/** class-validator on every input, reported as one BAD_USER_INPUT that names each broken field. */
async function validateArgument(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const errors = await validate(argValue, { forbidUnknownValues: false, validationError: { target: false } });
  if (errors.length === 0) return;
  const violations = describeViolations(errors);
  throw badUserInput(`Invalid input: ${violations.join('; ')}`, { violations });
}

export interface FederatedSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  /** `__resolveReference` of each entity this subgraph resolves, e.g. `{ Cooperative: { __resolveReference } }`. */
  referenceResolvers?: IResolvers[];
  orphanedTypes?: Function[];
}

/** type-graphql classes → Apollo Federation 2 subgraph schema. */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const buildOptions: BuildSchemaOptions = {
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    validateFn: validateArgument,
    authChecker,
    // Federation adds Query/_entities later; type-graphql's own check would reject a schema without them.
    skipCheck: true,
  };
  const schema = await buildSchema(buildOptions);
  return buildSubgraphSchema({
    typeDefs: gql`
      ${FEDERATION_LINK}
      ${printSchemaWithDirectives(schema)}
    `,
    resolvers: merge(createResolversMap(schema) as IResolvers, ...(options.referenceResolvers ?? [])) as never,
  });
}
