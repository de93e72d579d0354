/**
 * Every LinkedIn selector Forethought uses, in one place (STYLE.md), with the
 * surface it serves, the evidence it rests on and the fixture page that tests
 * it (tests/fixtures/linkedin). Sources S1–S24 are those of
 * ../shared/linkedin-dom.md; the 2026 sources of ../shared/linkedin-2026.md
 * are named by repository and file:
 *   [netkeeper]  dsmorgan/netkeeper docs/linkedin-messaging-shapes.md (live capture 2026-10-05)
 *   [inmail]     ShredFred/linkedin-mcp-server linkedin/ext_inmail.py (measured 2026-09-30, de locale)
 *   [company]    ShredFred/linkedin-mcp-server linkedin/ext_company_post.py (measured 2026-10-09, de locale)
 *   [2026]       the summary of all of them in linkedin-2026.md
 * Current markup first, then legacy fallbacks. LinkedIn ships its interface in
 * about 25 languages, so structure, classes, data attributes and roles come
 * first; an English label is only ever the last fallback of a list.
 */
import type { MessageContext } from '../engine/types';

export type Surface = 'messaging' | 'chat' | 'inmail' | 'invitation' | 'comment' | 'post' | 'sdui-message' | 'message-edit';

/** The shadow host LinkedIn renders modals and overlays into (S1, S5, S7, S11). Fixtures: F3 shadow, F5, F8, F10, F12, F18. */
export const INTEROP_OUTLET = '#interop-outlet, [data-testid="interop-shadowdom"]';

/**
 * Which of the root's send controls is the box's own:
 * - `first`: the first match (a form's one submit button);
 * - `last-text`: the last text-only button (SDUI dialogs: icon buttons first, the send last, S10, [inmail], [company]);
 * - `after-editor`: the first one after the editor in document order (comments: a feed item holds several boxes).
 */
export type SendPick = 'first' | 'last-text' | 'after-editor';

export interface SurfaceSelectors {
  surface: Surface;
  /** The RULES.md context of a message written here. */
  context: MessageContext;
  /** The element to read and edit. */
  editor: string;
  /**
   * The compose root that holds the editor and its send control: the closest ancestor matching the first
   * selector that matches any. `nearest` instead takes the editor's nearest ancestor that holds a send
   * control, up to (and including) the closest `upTo`.
   */
  root: readonly (string | { nearest: true; upTo: string })[];
  /** The root must hold one of these too, else the editor is left to a later surface (or to none). */
  requires?: string;
  /** An editor inside one of these is not this surface's. */
  not?: string;
  /** A subject field in the root, checked as its own field (InMail). */
  subject?: string;
  /** The control that sends, inside the root. */
  send: string;
  /** A control matching this, or holding it, wins over the others (its componentkey or class names it). */
  preferredSend?: string;
  pick: SendPick;
  fixture: string;
}

/** The Sales Navigator InMail dialog's subject ([inmail]: `input[aria-label="Betreff (erforderlich)"]`, English "Subject (required)"). */
const SALES_SUBJECT = 'input[name="subject"], input[type="text"], input:not([type])';

/**
 * Surfaces in the order of the classifier of linkedin-dom.md §9: a box is the
 * first surface whose editor selector it matches and whose root it sits in.
 */
export const SURFACES: readonly SurfaceSelectors[] = [
  {
    // [inmail]: "Bearbeiten" swaps the thread composer for form.msg-edit-form__base-form, prefilled, with
    // button.msg-edit-form__dismiss-button and button.msg-edit-form__save-button ("Speichern" / Save).
    // First, because its editor carries the composer's .msg-form__contenteditable class too.
    surface: 'message-edit',
    context: 'message',
    editor: 'form.msg-edit-form__base-form [contenteditable="true"]',
    root: ['form.msg-edit-form__base-form'],
    send: '.msg-edit-form__save-button, button[type="submit"]',
    preferredSend: '.msg-edit-form__save-button',
    pick: 'first',
    fixture: 'F14 message-edit',
  },
  {
    // S4 (measured 2026-10-04), S2, S5, S13, [netkeeper] (form#msg-form-…, role=textbox, the one submit button);
    // the root is a div in some overlay bubbles (S22). The aria-label is English ("Nachricht verfassen…" in
    // German, F11): the class comes first and the label is the last fallback.
    surface: 'messaging',
    context: 'message',
    editor: '.msg-form__contenteditable[contenteditable="true"], [role="textbox"][contenteditable="true"][aria-label^="Write a message"]',
    root: ['.msg-form'],
    // The InMail / message-request subject (S1, S4, S21).
    subject: 'input[name="subject"], input.msg-form__subject',
    send: '.msg-form__send-button, button[type="submit"]',
    pick: 'first',
    fixture: 'F1 messaging-click, F2 messaging-enter, F3 overlay, F4 inmail, F11 messaging-de',
  },
  {
    // [inmail]: Sales Navigator's composer is section[role=dialog][aria-label^="Conversation with"]
    // ("Unterhaltung mit" in German) with a required subject input, textarea[name=message] and a text
    // Send button ("Senden"), disabled while empty. Its textarea[name=message] is the invitation's too
    // ([2026]), so the section and its subject field decide, not the label.
    surface: 'inmail',
    context: 'inmail',
    editor: 'section[role="dialog"] textarea[name="message"]',
    root: ['section[role="dialog"]'],
    requires: SALES_SUBJECT,
    subject: SALES_SUBJECT,
    send: 'button',
    pick: 'last-text',
    fixture: 'F13 sales-inmail',
  },
  {
    // S7, S15: the invite note, in the interop shadow root; legacy class from S21. Its send is the action
    // bar's primary button (S11), in any language ("Einladung senden", F12); the English label last.
    surface: 'invitation',
    context: 'invitation',
    editor: 'textarea#custom-message, textarea[name="message"], textarea.connect-button-send-invite__custom-message',
    root: ['[role="dialog"], dialog, .send-invite'],
    not: 'section[role="dialog"]',
    send: '.artdeco-modal__actionbar button.artdeco-button--primary, button[aria-label="Send invitation"]',
    pick: 'first',
    fixture: 'F5 invite, F12 invite-de',
  },
  {
    // Classic Quill comments (S13, S14) and their reply boxes (.comments-reply-box, [2026]); SDUI TipTap
    // comments (S7, S19) and the reply boxes under [componentkey^="replaceableComment_"] ([2026]).
    surface: 'comment',
    context: 'comment',
    editor:
      '.comments-comment-box [data-test-ql-editor-contenteditable="true"], .comments-comment-texteditor [contenteditable="true"], .comments-reply-box [contenteditable="true"], ' +
      '[data-testid="ui-core-tiptap-text-editor-wrapper"] [role="textbox"][contenteditable="true"], [componentkey^="commentBox-"] [role="textbox"][contenteditable="true"], ' +
      '[componentkey^="replaceableComment_"] [role="textbox"][contenteditable="true"]',
    // TipTap comments have no form (S19): the box and its button are siblings somewhere in the feed item,
    // which is [role=listitem] in the hashed feed (.feed-shared-update-v2 is gone there, [2026]). A feed
    // item holds the post's box and every reply box, so the root is the editor's nearest ancestor that
    // holds a send control, and the send is the first one after the editor: never a neighbour's.
    root: ['.comments-comment-box__form', '.comments-reply-box', { nearest: true, upTo: '[role="listitem"], .feed-shared-update-v2' }, '[componentkey^="commentBox-"]'],
    // The componentkey commentButtonSection sits on the button itself in two tools ([2026]); on a
    // wrapper in older captures (S19).
    send: '.comments-comment-box__submit-button--cr, [class*="comments-comment-box__submit-button"], button[componentkey*="commentButtonSection"], [componentkey*="commentButtonSection"] button',
    pick: 'after-editor',
    fixture: 'F6 comment-classic, F7 comment-tiptap, F16 comment-replies, F17 comment-replies-classic',
  },
  {
    // Classic share box in the shadow root (S5, S6, S7) and the SDUI native dialog (S10).
    surface: 'post',
    context: 'post',
    editor: '[data-test-modal-id="sharebox"] [data-test-ql-editor-contenteditable="true"], .share-creation-state__text-editor .ql-editor, [componentkey="ShareBox_textEditor"]',
    root: ['[data-test-modal-id="sharebox"], .share-box-v2__modal, dialog'],
    send: '.share-actions__primary-action, button',
    preferredSend: '.share-actions__primary-action',
    pick: 'last-text',
    fixture: 'F8 post-classic, F9 post-sdui, F20 post-classic?share=decoy',
  },
  {
    // The SDUI "Send message" modal with a plain textarea (S9). The Easy Apply dialog shares
    // data-testid="dialog-content" ([2026], F19) and is not a message: a dialog is this surface only when
    // it holds the Message screen or the referral send button. That button, where present, is the send
    // ([2026]: one source clicks [componentkey^="referralSendButton"]); else the last text-only button.
    surface: 'sdui-message',
    context: 'message',
    editor: '[data-sdui-screen*="Message"] textarea, [role="dialog"] textarea, dialog textarea',
    root: ['[role="dialog"], dialog'],
    requires: '[data-sdui-screen*="Message"], [componentkey^="referralSendButton"]',
    send: '[componentkey^="referralSendButton"], button',
    preferredSend: '[componentkey^="referralSendButton"]',
    pick: 'last-text',
    fixture: 'F10 sdui-message, F18 sdui-referral (F19 easy-apply left alone)',
  },
  {
    // [company]: the company page's composer (opened from /company/<id>/admin/page-posts/) is a dialog whose
    // editor is its [role=textbox], not ShareBox_textEditor, and whose "Posten"/Post is the last text-only
    // button (the author button "<Page> Post to Anyone" comes first). Last, as the widest net: every more
    // specific surface has claimed its editors by now.
    surface: 'post',
    context: 'post',
    editor: '[role="dialog"] [role="textbox"][contenteditable="true"], dialog [role="textbox"][contenteditable="true"]',
    root: ['[role="dialog"], dialog'],
    send: 'button',
    pick: 'last-text',
    fixture: 'F15 company-post',
  },
];

/** Messaging, inside a compose root (S4, S3, S18). */
/**
 * The user's own photo in LinkedIn's top bar, whose alt text is their name: the sender of every draft.
 * Evidence: public 2026 automation code checks `img.global-nav__me-photo` for a signed-in session, and a
 * captured nav shows it as `<img alt="<full name>" class="global-nav__me-photo …">`. Fixtures: F1, InMail.
 */
export const PROFILE = { mePhoto: 'img.global-nav__me-photo' };

export const MESSAGING = {
  /**
   * The send-options toggle; with no submit button beside it, the box is in Press Enter to Send mode (S3).
   * "Open send options" is its text, not its aria-label ([netkeeper]), so no label selector: the class and
   * the data-test hook (S18, [netkeeper]) hold in every language.
   */
  sendToggle: '.msg-form__send-toggle, [data-test-msg-ui-send-mode-toggle-presenter__button]',
  /** An overlay bubble; its title holds the other person's name (S1, F3, [netkeeper]). */
  bubble: '.msg-overlay-conversation-bubble, [data-view-name="message-overlay-conversation-bubble-item"]',
  bubbleTitle: '.msg-overlay-bubble-header__title',
  /** A new-message bubble: its title is "New message" ("Neue Nachricht"), not a name; it has a recipient field (S1, [netkeeper]). */
  newMessage: '.msg-connections-typeahead__search-field, input[role="combobox"]',
  /** The thread header on the messaging page (S4, F1). */
  threadTitle: 'h2.msg-entity-lockup__entity-title',
  /** The other person's headline ("Engineering Manager at Acme"), for a template's {company}; the class is from older captures. */
  headline: '.msg-entity-lockup__headline, .msg-entity-lockup__entity-info, .msg-overlay-bubble-header__subtitle',
  thread: '.msg-thread, .msg-convo-wrapper',
  /** A message from the other person: the draft answers it, so its context is `reply` ([inmail] confirms --other). */
  otherMessage: '.msg-s-event-listitem--other',
} as const;

/** Invite dialog parts (S7, S15). */
export const INVITE = {
  /** The counter is plain text "N/200" or "N/300" near the textarea; its element is not confirmed (§10.3). */
  counter: /^\s*\d+\s*\/\s*(\d+)\s*$/,
} as const;

/** Controls that are never a draft: search, typeahead, combobox (linkedin-dom.md §9, layer 3). */
/** Quill's hidden .ql-clipboard is contenteditable too (S14). */
export const NOT_A_DRAFT = '[role="combobox"], [role="searchbox"], .msg-connections-typeahead__search-field, .ql-clipboard, input';
