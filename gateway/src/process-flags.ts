/**
 * Node flags every launcher of the gateway process uses (npm start, docker-compose, bench, soak).
 * A bounded old generation makes V8 collect before the heap grows: at 50 concurrent clients the
 * gateway's resident memory stayed near 180 MB with it and reached 330 MB without it, at the same
 * throughput (bench/RESULTS.md).
 */
export const GATEWAY_NODE_FLAGS = ['--max-old-space-size=192'];
