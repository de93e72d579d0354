/**
 * Forethought's UI for one compose box, inside its own shadow root: the badge,
 * the highlights drawn from the text's Range rectangles, the findings panel
 * and the pre-send review. Everything is built with textContent, never HTML,
 * so a draft that contains markup is shown as text.
 */
import type { Finding, Suggestion } from '../engine/types';
import { el } from './el';
import { t } from './i18n';
import { worstSeverity } from './severity';

export interface BoxUiActions {
  apply(finding: Finding, suggestion: Suggestion): void;
  ignore(finding: Finding): void;
  /** Back to the box from the review. */
  edit(): void;
  /** Send exactly once, through LinkedIn's own control. */
  sendAnyway(): void;
}



export class BoxUi {
  readonly badge: HTMLButtonElement;
  private readonly marks: HTMLDivElement;
  private readonly panel: HTMLDivElement;
  private readonly review: HTMLDialogElement;
  private findings: Finding[] = [];
  private text = '';
  private rects: (f: Finding) => DOMRect[] = () => [];

  constructor(
    /** The shadow host; carries data-forethought-count and -severity for automation. */
    readonly host: HTMLElement,
    container: HTMLElement,
    private readonly actions: BoxUiActions,
  ) {
    container.classList.add('ft');
    this.badge = el('button', { className: 'badge', type: 'button', hidden: true });
    this.badge.setAttribute('aria-haspopup', 'dialog');
    this.badge.addEventListener('click', () => (this.panel.hidden ? this.openPanel() : this.closePanel()));
    this.marks = el('div');
    this.panel = el('div', { className: 'panel', hidden: true });
    this.panel.setAttribute('role', 'dialog');
    this.panel.setAttribute('aria-label', t('panelLabel'));
    this.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.closePanel(true);
    });
    this.review = el('dialog', { className: 'review ft' });
    this.review.setAttribute('aria-label', t('reviewTitle'));
    this.review.addEventListener('cancel', (e) => {
      e.preventDefault();
      this.closeReview();
      this.actions.edit();
    });
    container.append(this.marks, this.badge, this.panel, this.review);
    this.setCount([]);
  }

  /** New findings for the current text; `rects` tells where a finding's words are drawn. */
  update(text: string, findings: Finding[], rects: (f: Finding) => DOMRect[]): void {
    this.text = text;
    this.findings = findings;
    this.rects = rects;
    this.setCount(findings);
    if (!this.panel.hidden) this.renderPanel();
  }

  private setCount(findings: readonly Finding[]) {
    const worst = worstSeverity(findings);
    this.host.dataset.forethoughtCount = String(findings.length);
    this.host.dataset.forethoughtSeverity = worst;
    this.badge.dataset.severity = worst;
    this.badge.textContent = String(findings.length);
    const label = !findings.length ? t('badgeClean') : findings.length === 1 ? t('badgeOneFinding', worst) : t('badgeFindings', String(findings.length), worst);
    this.badge.setAttribute('aria-label', label);
    this.badge.title = label;
  }

  /** "Checking…" on the badge while a send waits for the draft's first check (a cold background, issue 9). */
  setChecking(on: boolean): void {
    this.host.toggleAttribute('data-forethought-checking', on);
    if (!on) return this.setCount(this.findings);
    this.badge.textContent = t('badgeChecking');
    this.badge.setAttribute('aria-label', t('badgeChecking'));
    this.badge.title = t('badgeChecking');
  }

  /** Places the badge at the box's bottom-right corner and redraws the highlights. */
  position(box: DOMRect | null, visible: boolean): void {
    this.badge.hidden = !box || !visible || !this.text.trim();
    this.marks.replaceChildren();
    if (!box || this.badge.hidden) return;
    this.badge.style.left = `${Math.round(box.right - 34)}px`;
    this.badge.style.top = `${Math.round(box.bottom - 28)}px`;
    for (const f of this.findings) {
      for (const r of this.rects(f)) {
        // Only what shows inside the box: a scrolled-away line has no highlight.
        if (r.bottom < box.top || r.top > box.bottom) continue;
        const mark = el('div', { className: 'mark', dataset: { severity: f.severity } });
        Object.assign(mark.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
        this.marks.append(mark);
      }
    }
    if (!this.panel.hidden) this.placePanel();
  }

  openPanel(focus?: Finding): void {
    this.renderPanel();
    this.panel.hidden = false;
    this.placePanel();
    const target = focus ? this.panel.querySelector<HTMLElement>(`[data-key="${CSS.escape(keyOf(focus))}"] button`) : this.panel.querySelector<HTMLElement>('button');
    target?.focus();
  }

  closePanel(returnFocus = false): void {
    this.panel.hidden = true;
    if (returnFocus) this.badge.focus();
  }

  get panelOpen(): boolean {
    return !this.panel.hidden;
  }

  private placePanel() {
    const b = this.badge.getBoundingClientRect();
    const width = 360;
    const height = this.panel.offsetHeight || 200;
    // Above the badge, else below it, else beside it: never on top of it.
    let left = Math.max(8, Math.min(window.innerWidth - width - 8, b.right - width));
    let top: number;
    if (b.top - height - 8 >= 8) top = b.top - height - 8;
    else if (b.bottom + 8 + height <= window.innerHeight - 8) top = b.bottom + 8;
    else {
      top = Math.max(8, window.innerHeight - height - 8);
      left = Math.max(8, b.left - width - 8);
    }
    Object.assign(this.panel.style, { left: `${left}px`, top: `${top}px` });
  }

  private renderPanel() {
    const n = this.findings.length;
    const title = el('h2', {}, !n ? t('looksGood') : n === 1 ? t('panelTitleOne') : t('panelTitle', String(n)));
    const list = n ? this.list(this.findings, true) : el('p', { className: 'empty' }, t('panelEmpty'));
    this.panel.replaceChildren(title, el('p', { className: 'sub' }, t('panelPrivacy')), list);
  }

  /** The pre-send review: the findings, their rewrites, "Edit message" and "Send anyway". */
  openReview(findings: Finding[]): void {
    this.closePanel();
    const edit = el('button', { className: 'btn quiet', type: 'button' }, t('editMessage'));
    edit.addEventListener('click', () => {
      this.closeReview();
      this.actions.edit();
    });
    const send = el('button', { className: 'btn primary', type: 'button' }, t('sendAnyway'));
    send.addEventListener('click', () => {
      this.closeReview();
      this.actions.sendAnyway();
    });
    const heading = el('h2', { id: 'ft-review-title' }, t('reviewTitle'));
    this.review.replaceChildren(
      heading,
      el('p', { className: 'sub' }, findings.length === 1 ? t('reviewIntroOne') : t('reviewIntro', String(findings.length))),
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
      ...findings.map((f) => {
        const excerpt = this.text.slice(f.start, f.end);
        const item = el(
          'li',
          { className: 'finding', dataset: { key: keyOf(f), rule: f.ruleId } },
          el('div', { className: 'head' }, el('span', { className: 'sev', dataset: { severity: f.severity } }, f.evidence === 'scorer' ? `possible ${f.severity}` : f.severity), el('span', { className: 'excerpt' }, `“${excerpt.length > 120 ? excerpt.slice(0, 117) + '…' : excerpt}”`)),
          el('p', { className: 'message' }, f.message),
          el('p', { className: 'why' }, f.why),
        );
        for (const s of f.suggestions) {
          const apply = el('button', { className: 'btn primary', type: 'button' }, t('apply'));
          apply.title = s.title;
          apply.addEventListener('click', () => this.actions.apply(f, s));
          item.append(el('div', { className: 'rewrite' }, el('span', { className: 'title' }, s.title), s.replacement ? `“${s.replacement}”` : t('removeIt'), el('div', { className: 'actions' }, apply)));
        }
        if (withIgnore) {
          const ignore = el('button', { className: 'btn quiet', type: 'button' }, t('ignore'));
          ignore.addEventListener('click', () => this.actions.ignore(f));
          item.append(el('div', { className: 'actions' }, ignore));
        }
        return item;
      }),
    );
  }
}

/** Identifies a finding within a draft across re-checks: its rule and its words. */
export const keyOf = (f: Finding): string => `${f.ruleId}@${f.start}-${f.end}`;
