/**
 * The first-run page (issue 11), opened by the background on install and by
 * `npm run demo`: what Forethought does, the privacy promise and the truth about
 * sync, how to pin the button, and a "try it" box. The box runs the same
 * controller and shadow-root UI as LinkedIn's compose boxes, and its drafts go
 * to the background's engine by the same message, so what the user sees here
 * (badge, highlights, panel, rewrites, the review before Send) is what they get
 * on LinkedIn, with no LinkedIn account. The engine itself stays in the
 * background: this page never loads compromise.
 */
import { startController } from '@/src/linkedin/controller';
import type { SurfaceSelectors } from '@/src/linkedin/selectors';
import type { AnalyzeResponse, Request } from '@/src/messaging/protocol';
import { thresholdOf, type Settings } from '@/src/settings/settings';
import { loadSettings, watchSettings } from '@/src/settings/storage';
import { el } from '@/src/ui/el';
import { t } from '@/src/ui/i18n';
import { mountUi } from '@/src/ui/mount';
import { PAGE_CSS } from '@/src/ui/page-styles';

document.head.append(
  el('style', {
    textContent:
      PAGE_CSS +
      'body{padding:32px 24px;font-size:14px} main{max-width:760px;margin:0 auto} header{display:flex;gap:14px;align-items:center;margin-bottom:8px} h1{font-size:22px} h2{font-size:16px;margin-top:24px}' +
      ' ol.what{padding-left:20px;margin:8px 0} ol.what li{margin:4px 0}' +
      ' #try-editor{min-height:110px;border:1px solid var(--muted);border-radius:8px;padding:10px 12px;white-space:pre-wrap;background:var(--bg)} #try-editor:empty::before{content:attr(data-placeholder);color:var(--muted)}' +
      ' form .row{margin-top:8px} .note{border-left:3px solid var(--accent);padding:4px 10px;margin:8px 0}',
  }),
);
document.title = t('welcomeTitle');

/** The try-it box as the controller sees a compose box: its editor, its form and its Send button. */
const TRY_IT: SurfaceSelectors = { surface: 'messaging', context: 'message', editor: '#try-editor', root: ['#try-form'], send: '#try-send', pick: 'first', fixture: 'entrypoints/welcome' };

const editor = el('div', { id: 'try-editor', contentEditable: 'true', role: 'textbox', ariaMultiline: 'true', ariaLabel: t('welcomeTryLabel'), 'data-placeholder': t('welcomeTryPlaceholder') });
const sendButton = el('button', { id: 'try-send', type: 'submit', className: 'primary' }, t('welcomeTrySend'));
const example = el('button', { type: 'button' }, t('welcomeTryExample'));
const sentStatus = el('p', { role: 'status', id: 'try-sent' });
const form = el('form', { id: 'try-form', ariaLabelledby: 'h-try' }, editor, el('div', { className: 'row' }, sendButton, example, el('span', { className: 'spacer' })), sentStatus);

// Nothing is sent from here: a send the review let through only says so.
let sends = 0;
form.addEventListener('submit', (e) => {
  e.preventDefault();
  sends += 1;
  sentStatus.textContent = t('welcomeTrySent', String(sends));
});
// Types the example as a paste would, so the editor's input event starts a check as on LinkedIn.
example.addEventListener('click', () => {
  editor.focus();
  document.getSelection()?.selectAllChildren(editor);
  document.execCommand('insertText', false, t('welcomeTryExampleText'));
});

const settingsLink = el('a', { href: browser.runtime.getURL('/options.html'), target: '_blank' }, t('welcomeSettingsLink'));

document.getElementById('app')!.replaceChildren(
  el('header', {}, el('img', { src: browser.runtime.getURL('/icon/48.png'), alt: '', width: 48, height: 48 }), el('h1', {}, t('welcomeTitle'))),
  el('ol', { className: 'what' }, el('li', {}, t('welcomeWhat1')), el('li', {}, t('welcomeWhat2')), el('li', {}, t('welcomeWhat3'))),
  el('h2', { id: 'h-try' }, t('welcomeTryHeading')),
  el('p', { className: 'muted' }, t('welcomeTryHint')),
  form,
  el('h2', {}, t('welcomePrivacyHeading')),
  el('p', {}, t('welcomePrivacy')),
  el('p', { className: 'note', id: 'sync-note' }, t('syncTruth')),
  el('h2', {}, t('welcomePinHeading')),
  el('ul', {}, el('li', {}, t('welcomePinChrome')), el('li', {}, t('welcomePinFirefox'))),
  el('p', {}, settingsLink),
);

const send = <T>(request: Request) => browser.runtime.sendMessage(request) as Promise<T>;
let settings: Settings = {};
const lifetime = new AbortController();
const controller = startController({
  check: (draft) => send<AnalyzeResponse>({ type: 'analyze', draft }),
  warm: () => void send({ type: 'warm' }).catch(() => {}),
  keepAlive: () => void send({ type: 'keepalive' }).catch(() => {}),
  alive: () => !!browser.runtime?.id,
  mountUi,
  threshold: () => thresholdOf(settings),
  reviewPossible: () => settings.reviewPossible === true,
  signal: lifetime.signal,
  onLocationChange: () => {},
  findBoxes: () => [{ editor, root: form, surface: TRY_IT.surface, spec: TRY_IT, field: 'body' }],
});
void loadSettings().then((s) => (settings = s));
watchSettings((s) => {
  settings = s;
  controller.recheckAll();
});
