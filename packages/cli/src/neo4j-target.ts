/** True when the Bolt URI points at this machine, where the project's own launcher can serve it. */
export function isLoopbackUri(uri: string): boolean {
  try {
    const host = new URL(uri.replace(/^(bolt|neo4j)(\+s|\+ssc)?:/, 'http:')).hostname;
    return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\./.test(host);
  } catch {
    return false;
  }
}
