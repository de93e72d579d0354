/**
 * The options page: every rule with its title, description, rationale and its
 * own examples ("Flags" / "Doesn't flag", read from the rule metadata), a
 * severity override per rule, the review threshold, the invitation limit, the
 * user's own phrases, reset, and export / import as JSON. Every change is
 * saved at once and reaches open LinkedIn tabs through the storage watch; the
 * page says "Saved." only once the browser has stored it, and otherwise says
 * why not and shows what is really stored (issue 12).
 */
import { RULES } from '@/src/engine/registry';
import type { Severity } from '@/src/engine/types';
import { split, SYNC_LIMITS } from '@/src/settings/layout';
import { exportSettings, importSettings, LIMITS, limitProblem, sanitize, thresholdOf, withRule, type LimitProblem, type Settings } from '@/src/settings/settings';
import type { ReviewThreshold } from '@/src/settings/review';
import { loadSettings, saveSettings, SettingsTooLarge, watchSettings } from '@/src/settings/storage';
import { browserLanguage, SEVERITY_NAME, t } from '@/src/ui/i18n';
import { el } from '@/src/ui/el';
import { PAGE_CSS } from '@/src/ui/page-styles';


document.head.append(
  el('style', {
    textContent:
      PAGE_CSS +
      'body{padding:24px} main{max-width:860px;margin:0 auto} section{border-top:1px solid var(--line);padding:8px 0 16px} details{margin:4px 0} .rule{padding:10px 0;border-bottom:1px solid var(--line)} .examples{display:grid;grid-template-columns:1fr 1fr;gap:12px} .examples ul{margin:4px 0;padding-left:18px} fieldset{border:1px solid var(--line);border-radius:8px;margin:8px 0;padding:8px 12px}',
  }),
);
document.title = t('optionsTitle');
document.documentElement.lang = browserLanguage();

let settings: Settings = await loadSettings();
const status = el('p', { role: 'status', className: 'small muted' });
const alert = el('p', { role: 'alert' });
const app = document.getElementById('app')!;

const kB = (bytes: number) => (bytes / 1024).toFixed(1).replace(/\.0$/, '');
const describe = (problem: LimitProblem) => t(problem.key, ...problem.substitutions);

/** Why a write did not happen, in the user's words. */
function whyNot(e: unknown): string {
  if (e instanceof SettingsTooLarge) return t('tooBigForSync', kB(e.bytes), kB(e.limit));
  return t('storageRefused', e instanceof Error ? e.message : String(e));
}

/** Shows that nothing was stored and why, with the page redrawn from what is. */
async function refused(failed: 'notSaved' | 'notImported', why: string) {
  settings = await loadSettings();
  status.textContent = '';
  render();
  alert.textContent = t(failed, why);
}

/**
 * Stores the settings; says `done` once the browser has stored them. The page
 * shows the change at once, and a later change builds on it; when the write
 * fails, nothing was stored and the page goes back to what is.
 */
async function save(next: Settings, done = t('saved'), failed: 'notSaved' | 'notImported' = 'notSaved'): Promise<boolean> {
  const problem = limitProblem(next);
  if (problem) {
    await refused(failed, describe(problem));
    return false;
  }
  settings = sanitize(next);
  try {
    await saveSettings(settings);
  } catch (e) {
    await refused(failed, whyNot(e));
    return false;
  }
  status.textContent = done;
  alert.textContent = '';
  return true;
}

function general(): HTMLElement {
  const select = el('select', { id: 'threshold' });
  for (const [value, key] of [['off', 'thresholdOff'], ['error', 'thresholdError'], ['warning', 'thresholdWarning']] as const) {
    select.append(el('option', { value, selected: thresholdOf(settings) === value }, t(key)));
  }
  select.addEventListener('change', () => save({ ...settings, threshold: select.value as ReviewThreshold }));
  const possible = el('input', { type: 'checkbox', id: 'review-possible', checked: settings.reviewPossible === true });
  possible.addEventListener('change', () => save({ ...settings, reviewPossible: possible.checked || undefined }));
  const radios = ([200, 300] as const).map((n) => {
    const input = el('input', { type: 'radio', name: 'limit', id: `limit-${n}`, value: String(n), checked: (settings.invitationLimit ?? 300) === n });
    input.addEventListener('change', () => save({ ...settings, invitationLimit: n }));
    return el('label', { className: 'row' }, input, t(n === 200 ? 'limitFree' : 'limitPremium'));
  });
  return el(
    'section',
    { ariaLabelledby: 'h-general' },
    el('h2', { id: 'h-general' }, t('generalHeading')),
    el('div', { className: 'row' }, el('label', { for: 'threshold' }, t('thresholdLabel')), select),
    el('label', { className: 'row' }, possible, t('reviewPossible')),
    el('fieldset', {}, el('legend', {}, t('limitLegend')), ...radios),
  );
}

function rules(): HTMLElement {
  const sevName = (s: Severity) => t(SEVERITY_NAME[s]);
  const items = RULES.map(({ meta, examples }) => {
    const id = meta.id;
    const on = el('input', { type: 'checkbox', id: `on-${id}`, checked: settings.rules?.[id] ?? meta.enabled, 'data-rule': id, ariaDescribedby: `title-${id}` });
    on.addEventListener('change', () => save(withRule(settings, id, on.checked, meta.enabled)));
    const sev = el('select', { id: `sev-${id}`, 'data-rule': id }, el('option', { value: '' }, t('severityDefault', sevName(meta.severity))));
    for (const s of ['info', 'warning', 'error'] as const) sev.append(el('option', { value: s, selected: settings.severity?.[id] === s }, sevName(s)));
    sev.addEventListener('change', () => {
      const severity = { ...settings.severity };
      if (sev.value) severity[id] = sev.value as Severity;
      else delete severity[id];
      void save({ ...settings, severity });
    });
    const list = (xs: string[]) => el('ul', {}, ...xs.slice(0, 3).map((x) => el('li', {}, x.length > 140 ? x.slice(0, 137) + '…' : x)));
    return el(
      'article',
      { className: 'rule', 'data-rule': id, ariaLabelledby: `title-${id}` },
      el('h3', { id: `title-${id}` }, meta.title, ' ', el('code', { className: 'small muted' }, id)),
      el('p', {}, meta.description),
      el('p', { className: 'muted small' }, meta.why),
      el('div', { className: 'row' }, el('label', { className: 'row' }, on, t('ruleEnabled')), el('label', { for: `sev-${id}` }, t('severityLabel')), sev),
      el(
        'details',
        {},
        el('summary', {}, `${t('examplesFlags')} / ${t('examplesDoesNotFlag')}`),
        el('div', { className: 'examples' }, el('div', {}, el('h4', {}, t('examplesFlags')), list(examples.invalid.map((e) => e.text))), el('div', {}, el('h4', {}, t('examplesDoesNotFlag')), list(examples.valid.map((e) => e.text)))),
      ),
    );
  });
  return el('section', { ariaLabelledby: 'h-rules' }, el('h2', { id: 'h-rules' }, t('rulesHeading')), ...items);
}

function phrases(): HTMLElement {
  const room = split(settings).bytes;
  const phrase = el('input', { type: 'text', id: 'always-phrase', maxLength: LIMITS.phraseLength });
  const message = el('input', { type: 'text', id: 'always-message', maxLength: LIMITS.messageLength });
  const add = el('button', { type: 'button' }, t('add'));
  add.addEventListener('click', () => {
    if (!phrase.value.trim() || !message.value.trim()) return;
    void save({ ...settings, alwaysFlag: [...(settings.alwaysFlag ?? []), { phrase: phrase.value, message: message.value }] }).then((ok) => ok && render());
  });
  const always = (settings.alwaysFlag ?? []).map((p, i) => {
    const remove = el('button', { type: 'button', ariaLabel: `${t('remove')} ${p.phrase}` }, t('remove'));
    remove.addEventListener('click', () => save({ ...settings, alwaysFlag: settings.alwaysFlag?.filter((_, j) => j !== i) }).then((ok) => ok && render()));
    return el('li', { className: 'row' }, el('strong', {}, p.phrase), el('span', { className: 'muted' }, p.message), remove);
  });
  const never = el('input', { type: 'text', id: 'never-phrase', maxLength: LIMITS.phraseLength });
  const addNever = el('button', { type: 'button' }, t('add'));
  addNever.addEventListener('click', () => {
    if (!never.value.trim()) return;
    void save({ ...settings, neverFlag: [...(settings.neverFlag ?? []), never.value] }).then((ok) => ok && render());
  });
  const nevers = (settings.neverFlag ?? []).map((p, i) => {
    const remove = el('button', { type: 'button', ariaLabel: `${t('remove')} ${p}` }, t('remove'));
    remove.addEventListener('click', () => save({ ...settings, neverFlag: settings.neverFlag?.filter((_, j) => j !== i) }).then((ok) => ok && render()));
    return el('li', { className: 'row' }, el('strong', {}, p), remove);
  });
  return el(
    'section',
    { ariaLabelledby: 'h-phrases' },
    el('h2', { id: 'h-phrases' }, t('phrasesHeading')),
    el('p', { className: 'small muted', id: 'sync-room' }, t('phrasesRoom', kB(room), kB(SYNC_LIMITS.totalBytes))),
    el(
      'fieldset',
      {},
      el('legend', {}, t('alwaysFlagLegend')),
      el('div', { className: 'row' }, el('label', { for: 'always-phrase' }, t('phraseLabel')), phrase, el('label', { for: 'always-message' }, t('messageLabel')), message, add),
      el('ul', { className: 'plain' }, ...always),
    ),
    el('fieldset', {}, el('legend', {}, t('neverFlagLegend')), el('div', { className: 'row' }, el('label', { for: 'never-phrase' }, t('phraseLabel')), never, addNever), el('ul', { className: 'plain' }, ...nevers)),
  );
}

function backup(): HTMLElement {
  const exportButton = el('button', { type: 'button' }, t('export'));
  exportButton.addEventListener('click', () => {
    // A local download from a blob: nothing leaves the machine.
    const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
    el('a', { href: url, download: 'forethought-settings.json' }).click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  const file = el('input', { type: 'file', id: 'import', accept: 'application/json,.json' });
  file.addEventListener('change', async () => {
    const text = await file.files?.[0]?.text();
    if (text === undefined) return;
    const result = importSettings(text);
    file.value = ''; // the same file can be chosen again
    if (!result.ok) {
      // Nothing changes.
      alert.textContent = 'problem' in result ? t('notImported', describe(result.problem)) : result.error;
      status.textContent = '';
      return;
    }
    if (await save(result.settings, t('imported'), 'notImported')) render();
  });
  const reset = el('button', { type: 'button' }, t('reset'));
  reset.addEventListener('click', () => save({}, t('resetDone')).then((ok) => ok && render()));
  return el(
    'section',
    { ariaLabelledby: 'h-backup' },
    el('h2', { id: 'h-backup' }, t('backupHeading')),
    el('div', { className: 'row' }, exportButton, el('label', { for: 'import' }, t('import')), file, reset),
  );
}

function render() {
  const keepStatus = status.textContent;
  app.replaceChildren(el('h1', {}, t('optionsTitle')), el('p', { className: 'muted' }, t('optionsPrivacy')), el('p', { className: 'muted', id: 'sync-note' }, t('syncTruth')), alert, status, general(), phrases(), backup(), rules());
  status.textContent = keepStatus;
}

watchSettings((s) => {
  // Changes made elsewhere (the popup) show here too; our own saves are already shown.
  if (JSON.stringify(s) !== JSON.stringify(settings)) {
    settings = s;
    render();
  }
});
render();
