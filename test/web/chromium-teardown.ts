import { CHROMIUM_ENDPOINT_VARIABLE } from './browser';

export default async function stopSharedChromium(): Promise<void> {
  await (globalThis as { ledgerChromium?: { close(): Promise<void> } }).ledgerChromium?.close();
  delete process.env[CHROMIUM_ENDPOINT_VARIABLE];
}
