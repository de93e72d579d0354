/**
 * Every LinkedIn selector Forethought uses, in one place (STYLE.md), with the
 * surface it serves, the evidence it comes from (sources S1–S24 of
 * ../shared/linkedin-dom.md) and the fixture page that tests it
 * (tests/fixtures/linkedin). Current markup first, then legacy fallbacks.
 * Locale-neutral hooks (roles, types, data attributes) come before English
 * labels, which only ever add confidence.
 */
import type { MessageContext } from '../engine/types';

export type Surface = 'messaging' | 'chat' | 'inmail' | 'invitation' | 'comment' | 'post' | 'sdui-message';

/** The shadow host LinkedIn renders modals and overlays into (S1, S5, S7, S11). Fixtures: F3 shadow, F5, F8, F10. */
export const INTEROP_OUTLET = '#interop-outlet, [data-testid="interop-shadowdom"]';

export interface SurfaceSelectors {
  surface: Surface;
  /** The RULES.md context of a message written here. */
  context: MessageContext;
  /** The element to read and edit. */
  editor: string;
  /** The compose root that holds the editor and its send control: the closest ancestor matching the first selector that matches any. */
  root: readonly string[];
  /** The control that sends, inside the root. */
  send: string;
  fixture: string;
}

/**
 * Surfaces in the order of the classifier of linkedin-dom.md §9: a box is the
 * first surface whose editor selector it matches and whose root it sits in.
 */
export const SURFACES: readonly SurfaceSelectors[] = [
  {
    // S4 (measured 2026-10-04), S2, S5, S13; the root is a div in some overlay bubbles (S22).
    surface: 'messaging',
    context: 'message',
    editor: '.msg-form__contenteditable[contenteditable="true"], [role="textbox"][contenteditable="true"][aria-label^="Write a message"]',
    root: ['.msg-form'],
    send: '.msg-form__send-button, button[type="submit"]',
    fixture: 'F1 messaging-click, F2 messaging-enter, F3 overlay, F4 inmail',
  },
  {
    // S7, S15: the invite note, in the interop shadow root; legacy class from S21.
    surface: 'invitation',
    context: 'invitation',
    editor: 'textarea#custom-message, textarea[name="message"], textarea.connect-button-send-invite__custom-message',
    root: ['[role="dialog"], dialog, .send-invite'],
    send: 'button[aria-label="Send invitation"]',
    fixture: 'F5 invite',
  },
  {
    // Classic Quill comments (S13, S14) and SDUI TipTap comments (S7, S19).
    surface: 'comment',
    context: 'comment',
    editor:
      '.comments-comment-box [data-test-ql-editor-contenteditable="true"], .comments-comment-texteditor [contenteditable="true"], ' +
      '[data-testid="ui-core-tiptap-text-editor-wrapper"] [role="textbox"][contenteditable="true"], [componentkey^="commentBox-"] [role="textbox"][contenteditable="true"]',
    // TipTap comments have no form: the editor's box and the button section are siblings in the feed item (S19).
    root: ['.comments-comment-box__form', '[role="listitem"], .feed-shared-update-v2', '[componentkey^="commentBox-"]'],
    send: '.comments-comment-box__submit-button--cr, [class*="comments-comment-box__submit-button"], [componentkey*="commentButtonSection"] button',
    fixture: 'F6 comment-classic, F7 comment-tiptap',
  },
  {
    // Classic share box in the shadow root (S5, S6, S7) and the SDUI native dialog (S10).
    surface: 'post',
    context: 'post',
    editor: '[data-test-modal-id="sharebox"] [data-test-ql-editor-contenteditable="true"], .share-creation-state__text-editor .ql-editor, [componentkey="ShareBox_textEditor"]',
    root: ['[data-test-modal-id="sharebox"], .share-box-v2__modal, dialog'],
    send: '.share-actions__primary-action, [data-sdui-screen*="ShareCompose"] ~ * button:not(:has(svg)), dialog button:not(:has(svg))',
    fixture: 'F8 post-classic, F9 post-sdui',
  },
  {
    // The SDUI "Send message" modal with a plain textarea (S9).
    surface: 'sdui-message',
    context: 'message',
    editor: '[data-sdui-screen*="Message"] textarea, [data-testid="dialog-content"] textarea',
    root: ['[role="dialog"], dialog'],
    send: 'button:not(:has(svg))',
    fixture: 'F10 sdui-message',
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
  /** The send-options toggle; with no submit button beside it, the box is in Press Enter to Send mode (S3). */
  sendToggle: '.msg-form__send-toggle, [data-test-msg-ui-send-mode-toggle-presenter__button], button[aria-label="Open send options"]',
  /** The InMail / message-request subject (S1, S4, S21). */
  subject: 'input[name="subject"], input.msg-form__subject',
  /** An overlay bubble; its title holds the other person's name (S1, F3). */
  bubble: '.msg-overlay-conversation-bubble, [data-view-name="message-overlay-conversation-bubble-item"]',
  bubbleTitle: '.msg-overlay-bubble-header__title',
  /** The thread header on the messaging page (S4, F1). */
  threadTitle: 'h2.msg-entity-lockup__entity-title',
  /** The other person's headline ("Engineering Manager at Acme"), for a template's {company}; the class is from older captures. */
  headline: '.msg-entity-lockup__headline, .msg-entity-lockup__entity-info, .msg-overlay-bubble-header__subtitle',
  thread: '.msg-thread, .msg-convo-wrapper',
  /** A message from the other person: the draft answers it, so its context is `reply`. */
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
