// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextOf, findBoxes, invitationLimit, isEnterToSend, recipientName, sendControl } from '../../src/linkedin/surfaces';
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

  it('reads a contenteditable draft line by line', () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Hi&nbsp;Ana,</p><p><br></p><p>Line <b>two</b><br>and three</p></div>';
    expect(readText(document.getElementById('e')!)).toBe('Hi Ana,\n\nLine two\nand three');
  });
});
