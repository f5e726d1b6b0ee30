/**
 * Every bound on what one request may cost, in one place (the README's limits table). The step
 * that enforces each is named beside it.
 */
export interface GatewayLimits {
  /** Largest request body (http/ body parser). */
  bodyLimit: string;
  /** Requests per token (subject) per minute (http/rate-limit.ts). */
  requestsPerMinute: number;
  /** Lexical tokens in a document, counted by graphql-js's parser (operations/operation-limits.ts). */
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** GraphQL Armor's cost estimate (operations/operation-limits.ts). */
  maxCost: number;
  /** Entity representations one subgraph fetch may carry (subgraphs/answer-limits.ts). */
  entitiesPerFetch: number;
  /** Bytes of one subgraph answer, from its Content-Length, before it is read (subgraphs/answer-limits.ts). */
  bytesPerFetch: number;
  /** Bytes of all subgraph answers of one request together (subgraphs/answer-limits.ts). */
  bytesPerRequest: number;
}

export const DEFAULT_LIMITS: GatewayLimits = {
  bodyLimit: '256kb',
  requestsPerMinute: 600,
  maxTokens: 2000,
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  // Armor's cost grows with depth, not page size: the DOMAIN drill-down (depth 9) scores about 92,000,
  // a page of 100 cooperatives with every nested list about 4 million.
  maxCost: 150_000,
  // The national table of all 514 regencies with three summaries needs about 1,600 (Region
  // references to two subgraphs) and 0.3 MB; a province's 8,500 villages would need far more.
  entitiesPerFetch: 2_000,
  // With the gateway's 192 MB heap: a parsed answer takes several times its JSON size.
  bytesPerFetch: 4 * 1024 * 1024,
  bytesPerRequest: 8 * 1024 * 1024,
};
