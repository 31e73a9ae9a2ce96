import { chromium } from 'playwright-core';
import { assertChromiumInstalled, CHROMIUM, CHROMIUM_ARGS, CHROMIUM_ENDPOINT_VARIABLE } from './browser';

/**
 * One Chromium for the whole browser project: starting one takes about a second of a core, and each
 * file used to start its own. Files connect to it and work in browser contexts of their own.
 */
export default async function startSharedChromium(): Promise<void> {
  assertChromiumInstalled();
  const server = await chromium.launchServer({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  process.env[CHROMIUM_ENDPOINT_VARIABLE] = server.wsEndpoint();
  (globalThis as { ledgerChromium?: { close(): Promise<void> } }).ledgerChromium = server;
}
