// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editableBox, outline } from '../../src/linkedin/unrecognised';

describe('editableBox', () => {
  it.each([
    ['a textarea', '<textarea id="x"></textarea>', 'x', 'x'],
    ['a read-only textarea', '<textarea id="x" readonly></textarea>', 'x', null],
    ['a text input (search, typeahead)', '<input id="x">', 'x', null],
    ['a paragraph inside a contenteditable: its editing host', '<div id="h" contenteditable="true"><p id="x">hi</p></div>', 'x', 'h'],
    ['a combobox', '<div id="x" contenteditable="true" role="combobox"></div>', 'x', null],
    ['a button', '<button id="x">Send</button>', 'x', null],
  ])('%s', (_, html, target, expected) => {
    document.body.innerHTML = html;
    expect(editableBox(document.getElementById(target))?.id ?? null).toBe(expected);
  });
});

describe('outline', () => {
  it('crosses into a shadow root, marks the box and keeps no text', () => {
    document.body.innerHTML = '<div id="interop-outlet" data-testid="interop-shadowdom"></div>';
    const shadow = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<div class="modal" role="dialog" aria-label="Message to Avery"><p>Hello Avery</p><div data-x="Avery" data-title="Avery" data-id="urn:li:member:12345">' +
      '<textarea class="note" placeholder="Say hi to Avery" title="Avery" name="note">My private draft</textarea><button type="submit" aria-label="Send to Avery">Send</button></div></div>';
    const text = outline(shadow.querySelector('textarea')!, '/in/someone/');
    expect(text).toMatch(/<div id="interop-outlet" data-testid="interop-shadowdom">\n\s+#shadow-root\n/);
    expect(text).toMatch(/<textarea class="note" name="note">\s+<- focused/);
    expect(text).toContain('<div class="modal" role="dialog">');
    // A bare word in a data attribute could be a name: the attribute is listed, its value is not.
    expect(text).toContain('<div data-x data-title data-id="urn:li:member:0">');
    expect(text).toContain('<button type="submit">');
    expect(text).not.toMatch(/Avery|Hello|private|Send|Say hi|12345/);
  });

  it('keeps the way down to the box on a page too big to outline whole', () => {
    document.body.innerHTML = `<main><section>${'<div class="filler"></div>'.repeat(400)}<div class="late"><div contenteditable="true" class="box"></div></div></section></main>`;
    const text = outline(document.querySelector('.box')!, '/feed/');
    expect(text).toMatch(/<div contenteditable="true" class="box">\s+<- focused/);
    expect(text).toContain('the rest left out');
    expect(text.split('\n').length).toBeLessThan(220);
  });
});
