export { DEFAULT_TRUSTED_DOCUMENT_MANIFESTS, readGatewayConfig, type GatewayConfig } from './config';
export type { GatewayContext } from './context';
export { startGateway, type GatewayOptions } from './gateway-server';
export { TrustedDocumentStore, type TrustedDocumentsOptions } from './http/trusted-documents';
export { DEFAULT_LIMITS, type GatewayLimits } from './limits';
export { DEFAULT_SUMMARY_CACHE, SummaryCache, type SummaryCacheOptions } from './operations/summary-cache';
export { GATEWAY_NODE_FLAGS } from './process-flags';
export { SUBGRAPH_MANIFESTS } from './subgraph-manifests';
export { DEFAULT_FAULT_TOLERANCE, type FaultTolerance } from './subgraphs/subgraph-data-source';
