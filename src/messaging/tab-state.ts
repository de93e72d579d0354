/**
 * What the background remembers per tab: the latest report (for the popup and
 * the toolbar count) and whether Forethought is paused there. Chrome stops the
 * service worker after 30 s idle, and a map in its memory would forget both:
 * findings came back on a paused tab (issue 9). So each is kept in
 * `storage.session` too, which lives in memory for the browser session only and
 * is not readable by content scripts, and read back when the worker starts.
 * Where there is no session storage (an old Firefox), memory alone serves: its
 * background page is not stopped.
 */
import type { Report } from './protocol';

/** The slice of storage.StorageArea used here. */
export interface SessionArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const REPORT = 'report:';
const PAUSED = 'paused:';

export class TabState {
  private readonly reports = new Map<number, Report>();
  private readonly paused = new Set<number>();
  /** Resolves once what the last worker stored is read back; answer no request before. */
  readonly ready: Promise<void>;

  constructor(private readonly area: SessionArea | undefined) {
    this.ready = this.load().catch((e) => console.info('[Forethought] could not read the tabs’ state back', e));
  }

  private async load() {
    const stored = (await this.area?.get(null)) ?? {};
    for (const [key, value] of Object.entries(stored)) {
      const tabId = Number(key.slice(key.indexOf(':') + 1));
      if (!Number.isInteger(tabId)) continue;
      if (key.startsWith(REPORT) && value && typeof value === 'object') this.reports.set(tabId, value as Report);
      if (key.startsWith(PAUSED) && value === true) this.paused.add(tabId);
    }
  }

  report(tabId: number): Report | undefined {
    return this.reports.get(tabId);
  }

  isPaused(tabId: number): boolean {
    return this.paused.has(tabId);
  }

  setReport(tabId: number, report: Report): void {
    this.reports.set(tabId, report);
    this.write({ [REPORT + tabId]: report });
  }

  setPaused(tabId: number, paused: boolean): void {
    if (paused) {
      this.paused.add(tabId);
      this.write({ [PAUSED + tabId]: true });
    } else {
      this.paused.delete(tabId);
      this.area?.remove(PAUSED + tabId).catch(() => {});
    }
  }

  /** The tab was closed. */
  forget(tabId: number): void {
    this.reports.delete(tabId);
    this.paused.delete(tabId);
    this.area?.remove([REPORT + tabId, PAUSED + tabId]).catch(() => {});
  }

  private write(items: Record<string, unknown>) {
    // Memory answers at once; a failed write only costs the state after a restart.
    this.area?.set(items).catch((e) => console.info('[Forethought] could not keep the tab’s state', e));
  }
}
