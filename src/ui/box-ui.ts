/**
 * Forethought's UI for one compose box, inside its own shadow root: the badge,
 * the highlights drawn from the text's Range rectangles, the findings panel
 * and the pre-send review. Everything is built with textContent, never HTML,
 * so a draft that contains markup is shown as text.
 */
import { cardsOf } from './cards';
import { isEnglish } from '../engine/language';
import type { Finding, Suggestion } from '../engine/types';
import { el } from './el';
import { intersect, TextGeometry, visibleTextBox } from './highlights';
import { severityName, t, uiLanguage } from './page-i18n';
import { placePanel, union } from './place';
import { worstSeverity } from './severity';

export interface BoxUiActions {
  apply(finding: Finding, suggestion: Suggestion): void;
  ignore(finding: Finding): void;
  /** Back to the box: the focus goes to the editor (from the review, the panel, after a send). */
  edit(): void;
  /** Send exactly once, through LinkedIn's own control. */
  sendAnyway(): void;
}

/**
 * Runs `act` on the user's own presses only. The UI's shadow root is open, so
 * a page script can reach our buttons; its element.click() makes an
 * untrusted event and does nothing here (issue 9: the page pressed Apply and
 * Send anyway). A key that activates a focused button gives a trusted click.
 */
function onPress(target: EventTarget, type: string, act: (e: Event) => void): void {
  target.addEventListener(type, (e) => {
    if (e.isTrusted) act(e);
  });
}

/** The compose box a UI belongs to. */
export interface BoxUiTarget {
  editor: HTMLElement;
  /** The box's Send control, which the panel must not cover. */
  sendControl(): Element | null;
  /** Aborted when the box leaves the page. */
  signal: AbortSignal;
}

export class BoxUi {
  readonly badge: HTMLButtonElement;
  private readonly marks: HTMLDivElement;
  private readonly panel: HTMLDivElement;
  private readonly review: HTMLDialogElement;
  private findings: Finding[] = [];
  private text = '';
  /** False when the engine skipped the draft (not English): no findings, but not clean either. */
  private checked = true;
  private readonly geometry: TextGeometry;
  /** The draft changed since the findings came: their offsets no longer point at their words. */
  private stale = false;
  /** Whether the controller shows the UI at all (Forethought on, the box rendered). */
  private shown = false;
  private frame = 0;

  constructor(
    /** The shadow host; carries data-forethought-count and -severity for automation. */
    readonly host: HTMLElement,
    container: HTMLElement,
    private readonly actions: BoxUiActions,
    private readonly target: BoxUiTarget,
  ) {
    container.classList.add('ft');
    container.lang = uiLanguage();
    this.badge = el('button', { className: 'badge', type: 'button', hidden: true });
    this.badge.setAttribute('aria-haspopup', 'dialog');
    onPress(this.badge, 'click', () => (this.panel.hidden ? this.openPanel(undefined, true) : this.closePanel()));
    this.marks = el('div');
    this.panel = el('div', { className: 'panel', hidden: true });
    this.panel.setAttribute('role', 'dialog');
    this.panel.setAttribute('aria-label', t('panelLabel'));
    this.panel.tabIndex = -1;
    onPress(this.panel, 'keydown', (e) => {
      if ((e as KeyboardEvent).key !== 'Escape') return;
      // Ours alone: LinkedIn's dialog around the box (the invitation note) would close on it too.
      e.stopPropagation();
      this.closePanel(true);
    });
    this.review = el('dialog', { className: 'review ft' });
    this.review.setAttribute('aria-label', t('reviewTitle'));
    onPress(this.review, 'cancel', (e) => {
      e.preventDefault();
      this.closeReview();
      this.actions.edit();
    });
    container.append(this.marks, this.badge, this.panel, this.review);
    this.setCount([]);
    target.signal.addEventListener('abort', () => this.closePanel());
    this.geometry = new TextGeometry(target.editor, container);
    this.follow();
  }

  /** New findings for the current text. */
  update(text: string, findings: Finding[]): void {
    this.text = text;
    this.findings = findings;
    this.stale = false;
    // Which draft the badge speaks for, by length: a page (or a test) can tell a fresh check from an old one.
    this.host.dataset.forethoughtLength = String(text.length);
    // The engine's own language test (pure, no tagger, a few hundred bytes in the content script):
    // a draft it skipped gets no findings, and that must not read as a green 0 (issue 9, item 8).
    this.checked = !text.trim() || isEnglish(text);
    this.setCount(findings);
    if (!this.panel.hidden) this.renderPanel();
  }

  private setCount(findings: readonly Finding[]) {
    const worst = worstSeverity(findings);
    const n = cardsOf(findings).length;
    this.host.dataset.forethoughtCount = String(n);
    this.host.dataset.forethoughtSeverity = worst;
    this.host.dataset.forethoughtChecked = String(this.checked);
    this.badge.dataset.severity = this.checked ? worst : 'unchecked';
    this.badge.textContent = this.checked ? String(n) : '–';
    const label = !this.checked ? t('badgeUnchecked') : !n ? t('badgeClean') : n === 1 ? t('badgeOneFinding', severityName(worst)) : t('badgeFindings', String(n), severityName(worst));
    this.badge.setAttribute('aria-label', label);
    this.badge.title = label;
  }

  /** "Checking…" on the badge while a send waits for the draft's first check (a cold background, issue 9). */
  setChecking(on: boolean): void {
    this.host.toggleAttribute('data-forethought-checking', on);
    if (!on) {
      this.setCount(this.findings);
      return this.position(this.shown);
    }
    this.badge.textContent = t('badgeChecking');
    this.badge.setAttribute('aria-label', t('badgeChecking'));
    this.badge.title = t('badgeChecking');
    this.position(this.shown); // wider now: kept inside the box
  }

  /**
   * Highlights follow the text (issue 9, item 7): a resize of the box (the
   * words wrap elsewhere), a scroll inside it or inside a shadow root (whose
   * scroll events never reach the window), and typing, which hides them until
   * the next check, since the old offsets no longer point at their words. The
   * page pushing the box down comes through the controller's observers.
   */
  private follow() {
    const { editor, signal } = this.target;
    const redraw = () => this.redraw();
    if (typeof ResizeObserver !== 'undefined') {
      const ro = new ResizeObserver(redraw);
      ro.observe(editor);
      signal.addEventListener('abort', () => ro.disconnect());
    }
    editor.addEventListener('scroll', redraw, { passive: true, signal });
    const root = editor.getRootNode();
    if (root instanceof ShadowRoot) root.addEventListener('scroll', redraw, { capture: true, passive: true, signal });
    editor.addEventListener(
      'input',
      () => {
        this.stale = true;
        this.marks.replaceChildren();
      },
      { signal },
    );
  }

  /** Draws again at the next frame (many scroll and resize events make one redraw). */
  private redraw() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      try {
        if (!this.target.signal.aborted) this.position(this.shown);
      } catch (e) {
        console.info('[Forethought] could not draw the highlights', e); // never into the page
      }
    });
  }

  /** Places the badge at the box's bottom-right corner and redraws the highlights, clipped to the box. */
  position(visible: boolean): void {
    this.shown = visible;
    const box = visible ? this.target.editor.getBoundingClientRect() : null;
    this.badge.hidden = !box || !this.text.trim();
    const marks: HTMLElement[] = [];
    const clip = !box || this.badge.hidden || this.stale ? null : visibleTextBox(this.target.editor);
    if (box && !this.badge.hidden) {
      // Its right edge 6 px inside the box's, however wide its text ("3", or "Checking…").
      this.badge.style.left = `${Math.round(box.right - 6 - (this.badge.offsetWidth || 28))}px`;
      this.badge.style.top = `${Math.round(box.bottom - 28)}px`;
    }
    const findings = clip ? this.findings : [];
    const lines = this.geometry.rects(findings);
    findings.forEach((f, i) => {
      for (const line of lines[i]) {
        // Only the part that shows inside the box: never over the page around it.
        const r = intersect(line, clip!);
        if (!r) continue;
        const mark = el('div', { className: 'mark', dataset: { severity: f.severity } });
        Object.assign(mark.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
        marks.push(mark);
      }
    });
    this.marks.replaceChildren(...marks);
    if (!this.panel.hidden && !this.badge.hidden) this.placePanel();
  }

  /**
   * Shows the panel. `at` scrolls to that finding's card and marks it. The
   * panel takes the focus only when the user opened it on purpose (the badge,
   * the keyboard shortcut): a click on a highlight leaves the focus in the
   * editor, so the next Enter or Space types rather than applying a rewrite
   * nobody chose (issue 9, item 5).
   */
  openPanel(at?: Finding, takeFocus = false): void {
    this.renderPanel();
    this.panel.hidden = false;
    document.addEventListener('pointerdown', this.onOutside, { capture: true, signal: this.target.signal });
    this.placePanel();
    const card = at && this.panel.querySelector<HTMLElement>(`li[data-keys~="${CSS.escape(keyOf(at))}"]`);
    this.panel.querySelector('li.current')?.classList.remove('current');
    card?.classList.add('current');
    this.panel.scrollTop = card ? Math.max(0, card.offsetTop - 8) : 0;
    if (takeFocus) this.panel.focus({ preventScroll: true });
  }

  /** Hides the panel; `returnFocus` puts the focus back in the editor, never on <body>. */
  closePanel(returnFocus = false): void {
    this.panel.hidden = true;
    document.removeEventListener('pointerdown', this.onOutside, { capture: true });
    if (returnFocus) this.actions.edit();
  }

  /** What has the focus inside the panel: a card's button, or the panel itself. */
  private panelFocus(): { key?: string; index: number; button: number } | null {
    const active = (this.panel.getRootNode() as ShadowRoot).activeElement;
    if (!active || !this.panel.contains(active)) return null;
    const card = active.closest<HTMLElement>('li.finding');
    if (!card) return { index: -1, button: -1 };
    return { key: card.dataset.key, index: [...this.panel.querySelectorAll('li.finding')].indexOf(card), button: [...card.querySelectorAll('button')].indexOf(active as HTMLButtonElement) };
  }

  /** After a re-render: the same button of the same card, else the next card, else the panel. */
  private restoreFocus(was: { key?: string; index: number; button: number }) {
    const cards = [...this.panel.querySelectorAll<HTMLElement>('li.finding')];
    const same = cards.find((c) => c.dataset.key === was.key);
    const card = same ?? (was.index >= 0 ? cards[Math.min(was.index, cards.length - 1)] : undefined);
    const buttons = card ? [...card.querySelectorAll<HTMLElement>('button')] : [];
    ((same && buttons[was.button]) || buttons[0] || this.panel).focus({ preventScroll: true });
  }

  get panelOpen(): boolean {
    return !this.panel.hidden;
  }

  /** Next to the box, clear of the draft and its Send control where the window has room (issue 9, item 6). */
  private placePanel() {
    const clear = [this.target.editor.getBoundingClientRect(), this.badge.getBoundingClientRect()];
    const send = this.target.sendControl()?.getBoundingClientRect() ?? null;
    if (send && (send.width || send.height)) clear.push(send);
    this.panel.style.maxHeight = '';
    const p = placePanel(union(clear), send, this.panel.offsetHeight, { width: window.innerWidth, height: window.innerHeight });
    Object.assign(this.panel.style, { left: `${p.left}px`, top: `${p.top}px`, width: `${p.width}px`, maxHeight: `${p.maxHeight}px` });
  }

  /** A press anywhere outside the panel, the badge and the editor closes the panel. */
  private readonly onOutside = (e: Event) => {
    if (!e.isTrusted) return;
    const path = e.composedPath();
    if (!path.includes(this.host) && !path.includes(this.target.editor)) this.closePanel();
  };

  private renderPanel() {
    // A re-check rebuilds the cards; whoever had the focus in them keeps it.
    const focus = this.panelFocus();
    this.fillPanel();
    if (focus) this.restoreFocus(focus);
  }

  private fillPanel() {
    const n = cardsOf(this.findings).length;
    const close = el('button', { className: 'close', type: 'button', title: t('close'), ariaLabel: t('close') }, '×');
    onPress(close, 'click', () => this.closePanel(true));
    const top = (title: string) => el('div', { className: 'top' }, el('h2', {}, title), close);
    if (!this.checked) {
      this.panel.replaceChildren(top(t('panelUncheckedTitle')), el('p', { className: 'unchecked' }, t('panelUnchecked')));
      return;
    }
    const title = !n ? t('looksGood') : n === 1 ? t('panelTitleOne') : t('panelTitle', String(n));
    const list = n ? this.list(this.findings, true) : el('p', { className: 'empty' }, t('panelEmpty'));
    this.panel.replaceChildren(top(title), el('p', { className: 'sub' }, t('panelPrivacy')), list);
  }

  /** The pre-send review: the findings, their rewrites, "Edit message" and "Send anyway". */
  openReview(findings: Finding[]): void {
    const cards = cardsOf(findings).length;
    this.closePanel();
    const edit = el('button', { className: 'btn quiet', type: 'button' }, t('editMessage'));
    onPress(edit, 'click', () => {
      this.closeReview();
      this.actions.edit();
    });
    const send = el('button', { className: 'btn primary', type: 'button' }, t('sendAnyway'));
    onPress(send, 'click', () => {
      this.closeReview();
      this.actions.sendAnyway();
      this.actions.edit(); // the focus goes back to the (now empty) box, not to <body>
    });
    const heading = el('h2', { id: 'ft-review-title' }, t('reviewTitle'));
    this.review.replaceChildren(
      heading,
      el('p', { className: 'sub' }, cards === 1 ? t('reviewIntroOne') : t('reviewIntro', String(cards))),
      this.list(findings, false),
      el('div', { className: 'footer' }, edit, send),
    );
    if (!this.review.open) this.review.showModal();
    edit.focus({ preventScroll: true });
  }

  closeReview(): void {
    if (this.review.open) this.review.close();
  }

  get reviewOpen(): boolean {
    return this.review.open;
  }

  private list(findings: readonly Finding[], withIgnore: boolean): HTMLUListElement {
    return el(
      'ul',
      {},
      ...cardsOf(findings).map((group) => {
        // One card for the rules that flagged the same words: each one's message, their one shared rewrite.
        const f = group[0];
        const excerpt = this.text.slice(Math.min(...group.map((g) => g.start)), Math.max(...group.map((g) => g.end)));
        const item = el(
          'li',
          { className: 'finding', dataset: { key: keyOf(f), keys: group.map(keyOf).join(' '), rule: f.ruleId } },
          el('div', { className: 'head' }, el('span', { className: 'sev', dataset: { severity: f.severity } }, f.evidence === 'scorer' ? t('severityPossible', severityName(f.severity)) : severityName(f.severity)), el('span', { className: 'excerpt' }, `“${excerpt.length > 120 ? excerpt.slice(0, 117) + '…' : excerpt}”`)),
          ...group.flatMap((g) => [el('p', { className: 'message' }, g.message), el('p', { className: 'why' }, g.why)]),
        );
        for (const s of f.suggestions) {
          const apply = el('button', { className: 'btn primary', type: 'button' }, t('apply'));
          apply.title = s.title;
          onPress(apply, 'click', () => this.actions.apply(f, s));
          item.append(el('div', { className: 'rewrite' }, el('span', { className: 'title' }, s.title), s.replacement ? `“${s.replacement}”` : t('removeIt'), el('div', { className: 'actions' }, apply)));
        }
        if (withIgnore) {
          const ignore = el('button', { className: 'btn quiet', type: 'button' }, t('ignore'));
          onPress(ignore, 'click', () => {
            for (const g of group) this.actions.ignore(g); // re-renders at once: the focus moves to the next card
            if (!this.findings.length && !this.panel.hidden) this.closePanel(true);
          });
          item.append(el('div', { className: 'actions' }, ignore));
        }
        return item;
      }),
    );
  }
}

/** Identifies a finding within a draft across re-checks: its rule and its words. */
export const keyOf = (f: Finding): string => `${f.ruleId}@${f.start}-${f.end}`;
