// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextOf, findBoxes, invitationLimit, isEnterToSend, recipientName, sendControl, sendsOnChord } from '../../src/linkedin/surfaces';
import { readText } from '../../src/linkedin/editor';

// Selector tests run against the saved fixture pages, never live LinkedIn (STYLE.md).
const load = (file: string) => {
  const html = readFileSync(join(__dirname, '../fixtures/linkedin', file), 'utf8');
  document.body.innerHTML = html.replace(/^[\s\S]*?<body>/, '').replace(/<script[\s\S]*?<\/script>/g, '');
};

describe('surfaces on the fixture pages', () => {
  it('F1: the messaging page in Click Send mode, answering the other person', () => {
    load('messaging-click.html');
    const [box] = findBoxes();
    expect(box.surface).toBe('messaging');
    expect(sendControl(box)?.textContent).toBe('Send');
    expect(isEnterToSend(box)).toBe(false);
    expect(contextOf(box)).toBe('reply');
    expect(recipientName(box)).toBe('Avery');
  });

  it('F2: Press Enter to Send has no Send button, only the toggle', () => {
    load('messaging-enter.html');
    const [box] = findBoxes();
    expect(sendControl(box)).toBeNull();
    expect(isEnterToSend(box)).toBe(true);
  });

  it('F3: two bubbles, a form root and a div root, each with its own Send', () => {
    load('overlay.html');
    const boxes = findBoxes();
    expect(boxes.map((b) => [b.surface, b.root.tagName])).toEqual([
      ['chat', 'FORM'],
      ['chat', 'DIV'],
    ]);
    expect(sendControl(boxes[0])).not.toBe(sendControl(boxes[1]));
    expect(boxes.map(recipientName)).toEqual(['Robin', 'Sam']);
    expect(contextOf(boxes[1])).toBe('message');
  });

  it('F4: InMail has a body and a subject, both checked', () => {
    load('inmail.html');
    const boxes = findBoxes();
    expect(boxes.map((b) => [b.surface, b.field])).toEqual([
      ['inmail', 'body'],
      ['inmail', 'subject'],
    ]);
    expect(boxes.map(contextOf)).toEqual(['inmail', 'inmail']);
    expect(recipientName(boxes[0])).toBeUndefined(); // "New message" is not a name
  });

  it('F5: the invitation limit is read from the counter', () => {
    load('invite.html');
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog"><textarea id="custom-message" name="message"></textarea><span>0/200</span><button aria-label="Send invitation">Send</button></div>');
    const [box] = findBoxes();
    expect(box.surface).toBe('invitation');
    expect(invitationLimit(box)).toBe(200);
  });

  it('F6 and F7: classic and TipTap comments, the TipTap root holding its button section', () => {
    load('comment-classic.html');
    expect(findBoxes().map((b) => b.surface)).toEqual(['comment']);
    load('comment-tiptap.html');
    const [box] = findBoxes();
    expect(box.surface).toBe('comment');
    expect(sendControl(box)?.textContent).toBe('Comment');
  });

  it('F11: the German messaging page is found by structure, not by "Write a message"', () => {
    load('messaging-de.html');
    const [box] = findBoxes();
    expect(box.surface).toBe('messaging');
    expect(sendControl(box)?.textContent).toBe('Senden');
    expect(isEnterToSend(box)).toBe(false);
    expect(sendsOnChord(box)).toBe(true);
    expect(recipientName(box)).toBe('Avery');
    // "Mit Enter senden": no Send button, only the toggle (its data-test hook, whatever its text).
    box.root.querySelector('.msg-form__send-button')!.remove();
    box.root.querySelector('.msg-form__send-toggle')!.classList.remove('msg-form__send-toggle');
    expect(isEnterToSend(box)).toBe(true);
  });

  it('F12-like: the German invitation sends by the action bar’s primary button', () => {
    document.body.innerHTML =
      '<div role="dialog" class="artdeco-modal send-invite"><textarea id="custom-message" name="message"></textarea><span>0/200</span>' +
      '<div class="artdeco-modal__actionbar"><button aria-label="Hinzufügen der Nachricht abbrechen">Abbrechen</button><button aria-label="Einladung senden" class="artdeco-button artdeco-button--primary">Senden</button></div></div>';
    const [box] = findBoxes();
    expect(box.surface).toBe('invitation');
    expect(sendControl(box)?.getAttribute('aria-label')).toBe('Einladung senden');
  });

  it('F13-like: Sales Navigator InMail is inmail, subject and body, never an invitation', () => {
    document.body.innerHTML =
      '<section role="dialog" aria-label="Unterhaltung mit Jordan Platzhalter"><header><button type="button">Unterhaltung schließen</button></header>' +
      '<input type="text" aria-label="Betreff (erforderlich)"><textarea name="message"></textarea><button type="button"><svg></svg></button><button type="button" disabled>Senden</button></section>';
    const boxes = findBoxes();
    expect(boxes.map((b) => [b.surface, b.field, contextOf(b)])).toEqual([
      ['inmail', 'body', 'inmail'],
      ['inmail', 'subject', 'inmail'],
    ]);
    expect(sendControl(boxes[0])?.textContent).toBe('Senden');
    expect(sendsOnChord(boxes[0])).toBe(false);
  });

  it('F14: the edit form of a sent message saves by its own Save, apart from the composer', () => {
    load('message-edit.html');
    const boxes = findBoxes();
    expect(boxes.map((b) => b.surface)).toEqual(['message-edit', 'messaging']);
    expect(sendControl(boxes[0])?.textContent).toBe('Save');
    expect(sendControl(boxes[1])?.textContent).toBe('Send');
  });

  it('F16: in the hashed feed each comment box binds its own button, keyed on the button itself', () => {
    load('comment-replies.html');
    document.getElementById('replaceableComment_urn:li:comment:(urn:li:activity:3,101)')!.insertAdjacentHTML(
      'beforeend',
      '<div componentkey="commentBox-reply"><div class="tiptap ProseMirror" id="reply" contenteditable="true" role="textbox"><p></p></div></div><button componentkey="commentButtonSection-reply" id="reply-send">Reply</button>',
    );
    const boxes = findBoxes();
    const own = Object.fromEntries(boxes.map((b) => [b.editor.id, sendControl(b)?.id]));
    expect(own).toEqual({ top: 'top-send', 'item2-editor': 'item2-send', reply: 'reply-send' });
    expect(boxes.find((b) => b.editor.id === 'top')!.root.getAttribute('role')).toBe('listitem');
  });

  it('F17: a classic reply box never takes the comment box’s button beside it', () => {
    load('comment-replies-classic.html');
    document.querySelector('.comments-comment-box__button-group')!.innerHTML = '<button class="comments-comment-box__submit-button--cr" id="top-send">Comment</button>';
    const [top, reply] = findBoxes();
    expect(sendControl(top)?.id).toBe('top-send');
    expect(sendControl(reply)).toBeNull(); // no Reply button until the reply box holds text
    document.querySelector('.comments-reply-box__button-group')!.innerHTML = '<button class="comments-comment-box__submit-button--cr" id="reply-send">Reply</button>';
    expect(sendControl(reply)?.id).toBe('reply-send');
  });

  it('F18/F19: the referral modal sends by referralSendButton; the Easy Apply dialog is no compose box', () => {
    document.body.innerHTML =
      '<div role="dialog"><div data-testid="dialog-content"><textarea></textarea><button componentkey="referralSendButton-1" id="send"><svg></svg>Send</button><button>Cancel</button></div></div>';
    const [box] = findBoxes();
    expect(box.surface).toBe('sdui-message');
    expect(sendControl(box)?.id).toBe('send');
    document.body.innerHTML = '<div role="dialog"><div data-testid="dialog-content"><form><textarea name="answer"></textarea><button type="button">Submit application</button></form></div></div>';
    expect(findBoxes()).toEqual([]);
  });

  it('F15-like: the company page’s composer is a post, sent by its last text-only button', () => {
    document.body.innerHTML =
      '<div role="dialog"><button>Placeholder Co Post to Anyone</button><div contenteditable="true" role="textbox"><p><br></p></div><button aria-label="Add media"><svg></svg></button><button id="post">Post</button></div>';
    const [box] = findBoxes();
    expect(box.surface).toBe('post');
    expect(sendControl(box)?.id).toBe('post');
  });

  it('reads a contenteditable draft line by line', () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Hi&nbsp;Ana,</p><p><br></p><p>Line <b>two</b><br>and three</p></div>';
    expect(readText(document.getElementById('e')!)).toBe('Hi Ana,\n\nLine two\nand three');
  });
});
