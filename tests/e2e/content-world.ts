import type { Page } from '@playwright/test';

/**
 * Evaluate an expression in the content script's isolated world of the page's main frame, through
 * the DevTools protocol. This is how a test sends a message exactly as our content script (or a
 * compromised one) would, without any test-only hook in the extension.
 */
export async function evaluateInContentWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: {
      id: number;
      name: string;
      auxData?: { type?: string; isDefault?: boolean };
    }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Waymark');
    if (!isolated) throw new Error('no Waymark content-script world in this page');
    const result = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: isolated.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
    return result.result.value;
  } finally {
    await cdp.detach();
  }
}
