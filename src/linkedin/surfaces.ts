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

/** The compose root of an editor on a surface, or null when the editor is not that surface's. */
function rootOf(editor: HTMLElement, spec: SurfaceSelectors): Element | null {
  if (spec.not && closestDeep(editor, spec.not)) return null;
  for (const how of spec.root) {
    const root = typeof how === 'string' ? closestDeep(editor, how) : nearestWithSend(editor, spec.send, how.upTo);
    if (root) return !spec.requires || root.querySelector(spec.requires) ? root : null;
  }
  return null;
}

/** The editor's nearest ancestor holding a send control, up to the closest `upTo` (which is the root when none below it has one). */
function nearestWithSend(editor: HTMLElement, send: string, upTo: string): Element | null {
  const top = closestDeep(editor, upTo);
  if (!top) return null;
  for (let node = editor.parentElement; node && node !== top; node = node.parentElement) if (node.querySelector(send)) return node;
  return top;
}

/** Every compose box on the page, in the document and in open shadow roots. */
export function findBoxes(roots = openRoots()): ComposeBox[] {
  const boxes: ComposeBox[] = [];
  const seen = new Set<Element>();
  for (const root of roots) {
    for (const spec of SURFACES) {
      for (const editor of root.querySelectorAll<HTMLElement>(spec.editor)) {
        if (seen.has(editor) || !isEditor(editor) || (editor.matches(NOT_A_DRAFT) && !(editor instanceof HTMLTextAreaElement))) continue;
        const composeRoot = rootOf(editor, spec);
        if (!composeRoot) continue;
        seen.add(editor);
        const subject = spec.subject ? composeRoot.querySelector<HTMLInputElement>(spec.subject) : null;
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

const isButton = (b: Element): b is HTMLElement => b.tagName === 'BUTTON' || b.getAttribute('role') === 'button';
const textOnly = (b: Element) => !b.querySelector('svg') && !!b.textContent?.trim();

/** The enabled-or-not send control of a box, if the page renders one. */
export function sendControl(box: ComposeBox): HTMLElement | null {
  const { spec } = box;
  if (spec.preferredSend) {
    // The componentkey may sit on the button or on a wrapper around it.
    const keyed = box.root.querySelector(spec.preferredSend);
    const button = keyed && (keyed.closest('button, [role="button"]') ?? keyed.querySelector('button, [role="button"]'));
    if (button instanceof HTMLElement && box.root.contains(button)) return button;
  }
  const candidates = [...box.root.querySelectorAll(spec.send)].filter(isButton);
  if (spec.pick === 'last-text') return candidates.filter(textOnly).pop() ?? null;
  if (spec.pick === 'after-editor') {
    // The first control after the editor is its own; a neighbour's sits after the neighbour's editor.
    return candidates.find((b) => box.editor.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) ?? null;
  }
  return candidates[0] ?? null;
}

/** Press Enter to Send: no submit button in the root, only the send-options toggle (S3's rule). */
export function isEnterToSend(box: ComposeBox): boolean {
  if (box.spec.surface !== 'messaging' || box.field === 'subject') return false;
  return !sendControl(box) && !!box.root.querySelector(MESSAGING.sendToggle);
}

/**
 * Cmd/Ctrl+Enter sends a message in either send mode, on the messaging page and in bubbles ([netkeeper]'s
 * live table of 2026-10-05: "Off, ⌘+Enter: sent"); no source says it sends anywhere else.
 */
export const sendsOnChord = (box: ComposeBox): boolean => box.spec.surface === 'messaging' && box.field === 'body';

/** Whether an element is (inside) the send control of this box. */
export function isSendControlOf(box: ComposeBox, el: Element): boolean {
  const control = el.closest('button, [role="button"]');
  if (!control || !box.root.contains(control)) return false;
  return control === sendControl(box) || (box.spec.surface === 'messaging' && control.matches(box.spec.send));
}

/** How deep a box's root sits: of two boxes whose roots hold a target, the deeper one is the closer. */
export function depthOf(box: ComposeBox): number {
  let depth = 0;
  for (let node: Node | null = box.root; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) depth++;
  return depth;
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
  // "New message" / "Neue Nachricht" is no name: a bubble with a recipient field is a new message, in any language.
  if (bubble?.querySelector(MESSAGING.newMessage)) return undefined;
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
