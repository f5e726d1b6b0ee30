import { cooperativesManifest } from '@kumkm/cooperatives/manifest';
import { trainingManifest } from '@kumkm/training/manifest';
import { umkmManifest } from '@kumkm/umkm/manifest';

/**
 * The subgraphs of the KUMKM graph, in dependency order (a subgraph comes after those it asks
 * about): the one list the gateway, the commands, the bench and the tests read. Adding a
 * subgraph is a manifest in its package and one line here.
 */
export const SUBGRAPH_MANIFESTS = [cooperativesManifest, umkmManifest, trainingManifest];
