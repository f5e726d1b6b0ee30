import type { ApolloServerOptions } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GatewayLimits } from '../limits';
import type { GatewayContext } from '../context';

type LimitOptions = Pick<ApolloServerOptions<GatewayContext>, 'parseOptions' | 'validationRules' | 'plugins'>;

/**
 * What a document may cost, checked before it is planned: tokens while parsing
 * (graphql-js's own parser), then depth, aliases, directives and cost as validation rules
 * (GraphQL Armor). Field suggestions ("Did you mean …?") map the schema for an attacker: hidden
 * when `hideFieldSuggestions` (production).
 */
export function operationLimits(limits: GatewayLimits, hideFieldSuggestions: boolean): LimitOptions {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    // Counted by graphql-js's parser instead (parseOptions.maxTokens): Armor's parse-time plugin
    // makes Apollo answer HTTP 500 for a client error.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { maxCost: limits.maxCost },
    blockFieldSuggestion: { enabled: hideFieldSuggestions },
  }).protect();
  return { parseOptions: { maxTokens: limits.maxTokens }, validationRules: armor.validationRules, plugins: armor.plugins };
}
