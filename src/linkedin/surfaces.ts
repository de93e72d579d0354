/**
 * Finding LinkedIn's compose boxes and what belongs to each: its surface, the
 * RULES.md context, the send control, the send mode, the invitation limit and
 * the recipient's name. Pure DOM reads; nothing here changes LinkedIn's page.
 */
import type { MessageContext } from '../engine/types';
import { closestDeep, openRoots } from './dom';
import { INVITE, MESSAGING, NOT_A_DRAFT, PROFILE, SURFACES, type Surface, type SurfaceSelectors } from './selectors';

/** One compose box: an editor (contenteditable or textarea) and the root it sends from. */
export interface ComposeBox {
  editor: HTMLElement;
  root: Element;
  surface: Surface;
  spec: SurfaceSelectors;
  /** The InMail subject is checked as its own field. */
  field: 'body' | 'subject';
}

const isEditor = (el: Element): el is HTMLElement =>
  el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement || (el instanceof HTMLElement && el.isContentEditable);

/** Every compose box on the page, in the document and in open shadow roots. */
export function findBoxes(roots = openRoots()): ComposeBox[] {
  const boxes: ComposeBox[] = [];
  const seen = new Set<Element>();
  for (const root of roots) {
    for (const spec of SURFACES) {
      for (const editor of root.querySelectorAll<HTMLElement>(spec.editor)) {
        if (seen.has(editor) || !isEditor(editor) || (editor.matches(NOT_A_DRAFT) && !(editor instanceof HTMLTextAreaElement))) continue;
        const composeRoot = spec.root.reduce<Element | null>((found, selector) => found ?? closestDeep(editor, selector), null);
        if (!composeRoot) continue;
        seen.add(editor);
        const subject = spec.surface === 'messaging' ? composeRoot.querySelector<HTMLInputElement>(MESSAGING.subject) : null;
        const surface: Surface = spec.surface === 'messaging' ? (subject ? 'inmail' : closestDeep(composeRoot, MESSAGING.bubble) ? 'chat' : 'messaging') : spec.surface;
        boxes.push({ editor, root: composeRoot, surface, spec, field: 'body' });
        if (subject && !seen.has(subject)) {
          seen.add(subject);
          boxes.push({ editor: subject, root: composeRoot, surface: 'inmail', spec, field: 'subject' });
        }
      }
    }
  }
  return boxes;
}

/** The enabled-or-not send control of a box, if the page renders one. */
export function sendControl(box: ComposeBox): HTMLElement | null {
  const candidates = [...box.root.querySelectorAll<HTMLElement>(box.spec.send)].filter((b) => b.tagName === 'BUTTON' || b.getAttribute('role') === 'button');
  if (box.surface === 'post' || box.surface === 'sdui-message') {
    // SDUI dialogs: the only text-only button (S10); classic: the primary action.
    return candidates.find((b) => b.matches('.share-actions__primary-action')) ?? candidates.filter((b) => !b.querySelector('svg') && b.textContent?.trim()).pop() ?? null;
  }
  return candidates[0] ?? null;
}

/** Press Enter to Send: no submit button in the root, only the send-options toggle (S3's rule). */
export function isEnterToSend(box: ComposeBox): boolean {
  if (box.spec.surface !== 'messaging' || box.field === 'subject') return false;
  return !sendControl(box) && !!box.root.querySelector(MESSAGING.sendToggle);
}

/** Whether an element is (inside) the send control of this box. */
export function isSendControlOf(box: ComposeBox, el: Element): boolean {
  const control = el.closest('button, [role="button"]');
  if (!control || !box.root.contains(control)) return false;
  return control === sendControl(box) || (box.spec.surface === 'messaging' && control.matches(box.spec.send));
}

/** The connection-note limit, read from the page: maxlength, else the "N/200" counter (S17, §10.3). */
export function invitationLimit(box: ComposeBox): number | undefined {
  const max = box.editor instanceof HTMLTextAreaElement ? box.editor.maxLength : -1;
  if (max === 200 || max === 300) return max;
  const walker = document.createTreeWalker(box.root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const m = INVITE.counter.exec(n.textContent ?? '');
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** The other person's first name, from the thread header or the bubble title, for rewrites. */
export function recipientName(box: ComposeBox): string | undefined {
  const bubble = closestDeep(box.root, MESSAGING.bubble);
  const title = bubble?.querySelector(MESSAGING.bubbleTitle) ?? (closestDeep(box.root, MESSAGING.thread) ?? document).querySelector(MESSAGING.threadTitle);
  const name = title?.textContent?.trim().split(/\s+/)[0];
  return name && /^\p{Lu}[\p{L}'’-]+$/u.test(name) && !/^new$/i.test(name) ? name : undefined;
}

/** The user's own name, from the photo in LinkedIn's profile menu ("Photo of Ana Souza" or "Ana Souza"). */
export function senderName(): string | undefined {
  const alt = document.querySelector<HTMLImageElement>(PROFILE.mePhoto)?.alt?.trim().replace(/^photo\s+of\s+/i, '') ?? '';
  return /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(alt) ? alt : undefined;
}

/** The other person's company, from a headline such as "Engineering Manager at Acme Labs". */
export function companyName(box: ComposeBox): string | undefined {
  const scope = closestDeep(box.root, `${MESSAGING.bubble}, ${MESSAGING.thread}`) ?? document;
  const headline = scope.querySelector(MESSAGING.headline)?.textContent?.trim() ?? '';
  const m = /\b(?:at|@)\s+([^|·,()]{2,60}?)\s*(?:$|[|·,(])/.exec(headline);
  return m?.[1].trim() || undefined;
}

/** The RULES.md context of a draft in this box: a message that answers the other person is a reply. */
export function contextOf(box: ComposeBox): MessageContext {
  if (box.surface === 'inmail') return 'inmail';
  if (box.surface === 'messaging' || box.surface === 'chat') {
    const thread = closestDeep(box.root, `${MESSAGING.bubble}, ${MESSAGING.thread}`);
    const messages = thread?.querySelectorAll('.msg-s-event-listitem');
    const last = messages?.[messages.length - 1];
    return last?.matches(MESSAGING.otherMessage) ? 'reply' : 'message';
  }
  return box.spec.context;
}
