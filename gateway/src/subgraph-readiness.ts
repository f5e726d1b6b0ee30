/** The subgraphs (of `urls`, their GraphQL endpoints) whose /ready does not answer 2xx within 2 s. */
export async function subgraphsReady(urls: string[]): Promise<string[]> {
  const results = await Promise.all(
    urls.map(async (url) => {
      try {
        const response = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2000) });
        return response.ok ? null : url;
      } catch {
        return url;
      }
    }),
  );
  return results.filter((url): url is string => url !== null);
}
