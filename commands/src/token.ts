import { parseArgs } from 'node:util';
import { issueToken, readAuthConfig, Role } from '@kumkm/subgraph-kit';

/**
 * `npm run token -- --role officer --region 36.74 [--subject name] [--expires 8h]`: prints a bearer
 * token signed with this machine's AUTH_JWT_SECRET (or the local development secret under data/).
 */
async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', default: 'analyst' },
      region: { type: 'string' },
      subject: { type: 'string', default: 'local-user' },
      expires: { type: 'string', default: '8h' },
    },
  });
  const role = Object.values(Role).find((candidate) => candidate === values.role!.toUpperCase());
  if (!role) throw new Error(`--role must be one of ${Object.values(Role).join(', ').toLowerCase()}`);
  if ((role === Role.OFFICER || role === Role.COORDINATOR) && !values.region) throw new Error(`--region is required for ${values.role}`);
  console.log(await issueToken(readAuthConfig(), { subject: values.subject!, role, region: values.region }, values.expires));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
