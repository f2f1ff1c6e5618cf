/**
 * Measures how fast the client reads a large organization list from the
 * local server: time to the first page, total time, and peak memory.
 * Run with `npx tsx bench/organizations.ts [organizations] [pageSize]`.
 */
import { performance } from 'node:perf_hooks';

import { createSiroApi } from '../src/api/client.js';
import { DEMO_ORG_GROUP_TOKEN, startSiroServer } from '../src/demo/siro-server.js';
import { generateOrganizations } from '../src/demo/sample-organizations.js';

const organizationCount = Number(process.argv[2] ?? 5000);
const pageSize = Number(process.argv[3] ?? 100);
if (!Number.isInteger(organizationCount) || organizationCount < 1 || !Number.isInteger(pageSize) || pageSize < 1) {
  console.error('Usage: npx tsx bench/organizations.ts [organizations] [pageSize], both positive integers.');
  process.exit(2);
}

let peakRssBytes = 0;
let peakHeapBytes = 0;

function samplePeakMemory(): void {
  const usage = process.memoryUsage();
  peakRssBytes = Math.max(peakRssBytes, usage.rss);
  peakHeapBytes = Math.max(peakHeapBytes, usage.heapUsed);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const server = await startSiroServer({ organizations: generateOrganizations(organizationCount), pageSize });
const api = createSiroApi({ baseUrl: server.url, token: DEMO_ORG_GROUP_TOKEN });

try {
  // The server runs in this process, so the memory figures include it.
  const memoryTimer = setInterval(samplePeakMemory, 5);
  const startedAt = performance.now();
  let firstPageMs: number | undefined;
  let pages = 0;
  let received = 0;

  for await (const page of api.organizationPages()) {
    firstPageMs ??= performance.now() - startedAt;
    pages += 1;
    received += page.length;
    samplePeakMemory();
  }

  const totalMs = performance.now() - startedAt;
  clearInterval(memoryTimer);

  console.log(`organizations:    ${received} in ${pages} pages of up to ${pageSize}`);
  console.log(`first page:       ${firstPageMs?.toFixed(1)} ms`);
  console.log(`all pages:        ${totalMs.toFixed(1)} ms (${(totalMs / pages).toFixed(2)} ms per page)`);
  console.log(`peak RSS:         ${megabytes(peakRssBytes)}`);
  console.log(`peak heap used:   ${megabytes(peakHeapBytes)}`);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
} finally {
  await server.close();
}
