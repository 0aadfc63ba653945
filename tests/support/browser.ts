/**
 * Debian's Chromium driven by playwright-core. A missing browser is a test
 * failure, never a skip: .ci/run installs it.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function requireChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * A browser with a real profile in `userDataDir` rather than an incognito-like
 * context: what a web app's install criteria are checked against.
 */
export async function launchProfile(userDataDir: string, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  requireChromium();
  return chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, viewport });
}

export interface CheckedPage {
  page: Page;
  /** Requests to anything but 127.0.0.1 (blocked, and a test failure). */
  externalRequests: string[];
  consoleErrors: string[];
}

/** A page that blocks and records every request leaving 127.0.0.1 and every console error. */
export async function openCheckedPage(
  browser: Browser,
  options: { width: number; height?: number; javaScript?: boolean },
): Promise<CheckedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height ?? 900 },
    javaScriptEnabled: options.javaScript ?? true,
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const externalRequests: string[] = [];
  const consoleErrors: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    externalRequests.push(url.href);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  // Chromium logs most CSP violations itself; this reports every one, with the directive, as a console error.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return { page, externalRequests, consoleErrors };
}

const require = createRequire(import.meta.url);
const axeSource: string = (require('axe-core') as { source: string }).source;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string | undefined }[];
}

/**
 * Runs axe-core in the page (WCAG 2.x A/AA rules plus best practices). axe is
 * evaluated through the DevTools protocol, not added as an inline <script>,
 * which the pages' Content-Security-Policy rightly refuses.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
    }));
  });
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
    )
    .join('\n');
}
