/** Shared look of the popup and the options page: light and dark, following prefers-color-scheme. */
export const PAGE_CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1d2226; --muted: #56687a; --line: #dce0e4; --card: #f3f6f8; --accent: #0a66c2; --accent-fg: #ffffff;
  --error: #b3261e; --warning: #8a4f00; --info: #0a66c2; --ok: #1f7a3d; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #1d2226; --fg: #e8eaed; --muted: #b0bac4; --line: #3c4650; --card: #2a3138; --accent: #70b5f9; --accent-fg: #1d2226;
    --error: #ff8a80; --warning: #ffc266; --info: #8ec8ff; --ok: #7fd69a; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: var(--bg); color: var(--fg); }
h1 { font-size: 16px; margin: 0; } h2 { font-size: 14px; margin: 14px 0 6px; } h3 { font-size: 13px; margin: 0; }
p { margin: 4px 0; } .muted { color: var(--muted); } .small { font-size: 12px; }
button, select, input, textarea { font: inherit; color: inherit; }
button { cursor: pointer; border-radius: 14px; padding: 5px 12px; border: 1px solid var(--accent); background: var(--bg); color: var(--accent); font-weight: 600; }
button.primary { background: var(--accent); color: var(--accent-fg); }
button:disabled { opacity: .5; cursor: default; }
input[type=text], select, textarea { background: var(--bg); border: 1px solid var(--muted); border-radius: 6px; padding: 5px 8px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
a { color: var(--accent); }
ul.plain { list-style: none; padding: 0; margin: 0; }
.card { background: var(--card); border-radius: 8px; padding: 8px 10px; margin: 6px 0; }
.sev { font-size: 10px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; padding: 1px 6px; border-radius: 8px; border: 1px solid currentColor; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info { color: var(--info); } .ok { color: var(--ok); font-weight: 600; }
.row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.spacer { flex: 1; }
[role=tablist] { display: flex; gap: 4px; border-bottom: 1px solid var(--line); margin: 10px 0 8px; }
[role=tab] { border: 0; border-bottom: 3px solid transparent; border-radius: 0; background: none; color: var(--muted); padding: 6px 10px; }
[role=tab][aria-selected=true] { color: var(--fg); border-bottom-color: var(--accent); }
[role=alert]:empty, [role=status]:empty { display: none; }
[role=alert] { color: var(--error); font-weight: 600; }
`;
