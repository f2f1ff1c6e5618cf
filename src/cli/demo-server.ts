/** The local Siro-compatible server that `--demo` runs against, started on 127.0.0.1. */
export interface DemoServer {
  url: string;
  orgGroupToken: string;
  close(): Promise<void>;
}

export async function startDemoServer(): Promise<DemoServer> {
  // Loaded only in demo mode, so ordinary runs do not load the server code.
  const { startSiroServer } = await import('../demo/siro-server.js');
  const { DEMO_ORG_GROUP_TOKEN } = await import('../demo/demo-credentials.js');
  const server = await startSiroServer();

  return { url: server.url, orgGroupToken: DEMO_ORG_GROUP_TOKEN, close: () => server.close() };
}
