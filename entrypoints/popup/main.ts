/**
 * The toolbar popup: the findings of the draft in the active LinkedIn tab,
 * grouped by severity, with their rewrites (applied in the page by the same
 * path as the in-page panel); the rules, switchable live; the templates; a
 * global on/off and a pause for this tab. Every string comes from _locales.
 */
import { RULES } from '@/src/engine/registry';
import type { Finding, Severity } from '@/src/engine/types';
import type { FocusInfo, OutlineInfo, PageInfo, ReportChanged, SightRequest, TabRequest, TabState } from '@/src/messaging/protocol';
import { isEnabled, withRule, type Settings } from '@/src/settings/settings';
import { loadSettings, saveSettings, watchSettings } from '@/src/settings/storage';
import { fill, TEMPLATES } from '@/src/templates/templates';
import { browserLanguage, SEVERITY_NAME, t, type MessageKey } from '@/src/ui/i18n';
import { el } from '@/src/ui/el';
import { PAGE_CSS } from '@/src/ui/page-styles';
import { SEVERITY_ORDER } from '@/src/ui/severity';


const GROUP: Record<Severity, MessageKey> = { error: 'groupError', warning: 'groupWarning', info: 'groupInfo' };
const isLinkedIn = (url?: string) => !!url && /^https:\/\/www\.linkedin\.com\//.test(url);

document.head.append(el('style', { textContent: PAGE_CSS + 'body{width:380px;padding:12px 14px;} main{min-height:120px} #outline{display:block;width:100%;box-sizing:border-box;font:11px/1.4 ui-monospace,monospace;white-space:pre;overflow:auto} #outline[hidden]{display:none}' }));
document.title = t('popupTitle');
document.documentElement.lang = browserLanguage();

async function activeTab(): Promise<{ id?: number; url?: string }> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) {
    const tab = await browser.tabs.get(Number(param)).catch(() => undefined);
    return { id: Number(param), url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url };
}

const tabSend = <T>(tabId: number, request: TabRequest | SightRequest) => browser.tabs.sendMessage(tabId, request) as Promise<T>;

let settings: Settings = await loadSettings();
/** Why the last change was not stored, shown until the next change that is. */
let saveError = '';

/** Stores a change; a failed write says why and shows the settings as they are really stored (issue 12). */
async function save(next: Settings) {
  settings = next;
  try {
    await saveSettings(next);
    saveError = '';
  } catch (e) {
    saveError = t('notSaved', e instanceof Error ? e.message : String(e));
    settings = await loadSettings();
    void render();
  }
}
const tab = await activeTab();
let view: 'findings' | 'rules' | 'templates' = 'findings';
const app = document.getElementById('app')!;

async function render() {
  const onLinkedIn = tab.id !== undefined && isLinkedIn(tab.url);
  const state: TabState = onLinkedIn ? await browser.runtime.sendMessage({ type: 'report', tabId: tab.id }).catch(() => ({ paused: false })) : { paused: false };
  // No content script (a LinkedIn tab opened before the extension was installed) is no unrecognised box.
  const focus: FocusInfo = onLinkedIn && view === 'findings' ? await tabSend<FocusInfo>(tab.id!, { type: 'focus' }).catch(() => ({})) : {};

  const enabled = el('input', { type: 'checkbox', id: 'enabled', checked: isEnabled(settings) });
  enabled.addEventListener('change', async () => {
    await save({ ...settings, enabled: enabled.checked ? undefined : false });
  });
  const pause = el('input', { type: 'checkbox', id: 'pause', checked: state.paused, disabled: !onLinkedIn });
  pause.addEventListener('change', async () => {
    await browser.runtime.sendMessage({ type: 'pause', tabId: tab.id, paused: pause.checked });
    void render();
  });
  const header = el(
    'header',
    {},
    el('div', { className: 'row' }, el('h1', {}, t('popupTitle')), el('span', { className: 'spacer' }), el('label', { className: 'row small' }, enabled, t('enabledLabel'))),
    el('label', { className: 'row small muted' }, pause, t('pauseLabel')),
  );

  const tabs = (['findings', 'rules', 'templates'] as const).map((name) => {
    const b = el('button', { role: 'tab', id: `tab-${name}`, ariaSelected: String(view === name), ariaControls: `panel-${name}`, tabIndex: view === name ? 0 : -1 }, t(name === 'findings' ? 'tabFindings' : name === 'rules' ? 'tabRules' : 'tabTemplates'));
    b.addEventListener('click', () => {
      view = name;
      void render().then(() => document.getElementById(`tab-${name}`)?.focus());
    });
    return b;
  });
  const tablist = el('div', { role: 'tablist', ariaLabel: t('popupTitle') }, ...tabs);
  // Arrow keys move between tabs (WAI-ARIA tabs pattern).
  tablist.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = tabs.findIndex((b) => b.getAttribute('aria-selected') === 'true');
    tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length].click();
  });

  const panel = el('section', { role: 'tabpanel', id: `panel-${view}`, ariaLabelledby: `tab-${view}` });
  if (view === 'findings') panel.append(...findingsView(onLinkedIn, state, focus));
  else if (view === 'rules') panel.append(...rulesView());
  else panel.append(...(await templatesView(onLinkedIn)));

  const options = el('a', { href: '#', className: 'small' }, t('openOptions'));
  options.addEventListener('click', (e) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  app.replaceChildren(header, ...(saveError ? [el('p', { role: 'alert', className: 'error' }, saveError)] : []), tablist, panel, el('p', {}, options));
}

function findingsView(onLinkedIn: boolean, state: TabState, focus: FocusInfo): Node[] {
  if (!onLinkedIn) return [el('p', { className: 'muted' }, t('noLinkedIn'))];
  if (!isEnabled(settings)) return [el('p', { className: 'muted' }, t('offState'))];
  if (state.paused) return [el('p', { className: 'muted' }, t('pausedState'))];
  // The box in use is one Forethought cannot read: an older draft's findings, or "looks good", would pass for a check of it.
  if (focus.unrecognised) return cantCheckView(focus.unrecognised.path);
  const report = state.report;
  if (!report || !report.draft.text.trim()) return [el('p', { className: 'muted' }, t('noDraft'))];
  if (!report.findings.length) return [el('p', { className: 'ok' }, t('looksGood'))];
  const text = report.draft.text;
  const out: Node[] = [];
  for (const sev of SEVERITY_ORDER) {
    const group = report.findings.filter((f) => f.severity === sev);
    if (!group.length) continue;
    out.push(el('h2', {}, `${t(GROUP[sev])} (${group.length})`), el('ul', { className: 'plain' }, ...group.map((f) => findingItem(text, f))));
  }
  return out;
}

/**
 * Issue 10, "say when it cannot see": what the user types in this box is not checked. The report
 * button is the opt-in: only its click builds the outline (in the page, with no text in it) and
 * copies it, from this page and on that click, so no clipboard permission is needed. It is shown
 * too, so the user sees exactly what they would paste. Nothing is sent anywhere.
 */
function cantCheckView(path: string): Node[] {
  const status = el('p', { role: 'status', className: 'small' });
  const preview = el('textarea', { id: 'outline', readOnly: true, hidden: true, rows: 8, spellcheck: false, ariaLabel: t('reportPreview') });
  const report = el('button', { type: 'button' }, t('reportButton'));
  report.addEventListener('click', async () => {
    const { outline } = await tabSend<OutlineInfo>(tab.id!, { type: 'outline' }).catch((): OutlineInfo => ({}));
    if (!outline) return void (status.textContent = t('reportGone'));
    preview.value = outline;
    preview.hidden = false;
    try {
      await navigator.clipboard.writeText(outline);
      status.textContent = t('reportCopied');
    } catch {
      // A browser that refuses the clipboard here: the outline is selected, for Ctrl+C.
      preview.focus();
      preview.select();
      status.textContent = t('reportNotCopied');
    }
  });
  return [
    el('p', {}, el('strong', {}, t('cantCheck'))),
    el('p', { className: 'small' }, `${t('cantCheckPage')} `, el('code', {}, path)),
    el('p', { className: 'muted small' }, t('cantCheckWhy')),
    el('div', { className: 'row' }, report),
    el('p', { className: 'muted small' }, t('reportHint')),
    status,
    preview,
  ];
}

function findingItem(text: string, f: Finding): HTMLElement {
  const excerpt = text.slice(f.start, f.end);
  const item = el(
    'li',
    { className: 'card', 'data-rule': f.ruleId },
    el('div', { className: 'row' }, el('span', { className: `sev sev-${f.severity}` }, t(SEVERITY_NAME[f.severity])), el('em', {}, `“${excerpt.length > 80 ? excerpt.slice(0, 77) + '…' : excerpt}”`)),
    el('p', {}, el('strong', {}, f.message)),
    el('p', { className: 'muted small' }, f.why),
  );
  for (const s of f.suggestions) {
    const apply = el('button', { className: 'primary', type: 'button', title: s.title }, t('apply'));
    apply.addEventListener('click', async () => {
      await tabSend(tab.id!, { type: 'apply', text, suggestion: s }).catch(() => undefined);
    });
    item.append(el('div', { className: 'row small' }, el('span', {}, s.replacement ? `→ “${s.replacement}”` : t('removeIt')), apply));
  }
  const ignore = el('button', { type: 'button' }, t('ignore'));
  ignore.addEventListener('click', async () => {
    await tabSend(tab.id!, { type: 'ignore', text, finding: f }).catch(() => undefined);
  });
  item.append(el('div', { className: 'row' }, ignore));
  return item;
}

function rulesView(): Node[] {
  const items = RULES.map(({ meta }) => {
    const on = settings.rules?.[meta.id] ?? meta.enabled;
    const box = el('input', { type: 'checkbox', id: `rule-${meta.id}`, checked: on, 'data-rule': meta.id });
    box.addEventListener('change', async () => {
      await save(withRule(settings, meta.id, box.checked, meta.enabled));
    });
    return el('li', { className: 'row' }, box, el('label', { for: `rule-${meta.id}`, title: meta.description }, meta.title));
  });
  return [el('p', { className: 'muted small' }, t('rulesHint')), el('ul', { className: 'plain' }, ...items)];
}

async function templatesView(onLinkedIn: boolean): Promise<Node[]> {
  const info: PageInfo = onLinkedIn ? await tabSend<PageInfo>(tab.id!, { type: 'page-info' }).catch(() => ({ hasBox: false })) : { hasBox: false };
  const status = el('p', { role: 'status', className: 'small' });
  const items = TEMPLATES.map((template) => {
    const text = fill(template, { 'first name': info.firstName, company: info.company });
    const insert = el('button', { className: 'primary', type: 'button', disabled: !onLinkedIn, 'data-template': template.id }, t('insert'));
    insert.addEventListener('click', async () => {
      const result = await tabSend<{ ok: boolean }>(tab.id!, { type: 'insert', text }).catch(() => ({ ok: false }));
      status.textContent = result.ok ? '' : t('insertFailed');
    });
    return el('li', { className: 'card' }, el('h2', {}, t(template.titleKey as MessageKey)), el('p', { className: 'small' }, text), insert);
  });
  return [el('p', { className: 'muted small' }, t('templatesHint')), status, el('ul', { className: 'plain' }, ...items)];
}

// Live: a new report from the background, or settings changed anywhere.
browser.runtime.onMessage.addListener((message: unknown) => {
  if ((message as ReportChanged)?.type === 'report-changed' && (message as ReportChanged).tabId === tab.id && view === 'findings') void render();
});
watchSettings((s) => {
  settings = s;
  if (view !== 'rules') void render();
});
await render();
