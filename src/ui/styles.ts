/** The CSS of Forethought's shadow-root UI (LinkedIn's CSS cannot reach it, and it cannot leak). */
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.ft { font: 13px/1.4 -apple-system, system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1d2226; }
.badge {
  position: fixed; z-index: 2147483646; display: inline-flex; align-items: center; gap: 5px;
  min-width: 26px; height: 24px; padding: 0 9px 0 7px; border: 0; border-radius: 12px; cursor: pointer;
  font: 600 12px/24px system-ui, sans-serif; color: #fff; background: #5e6a75; box-shadow: 0 1px 4px rgba(0,0,0,.25);
  pointer-events: auto;
}
.badge::before { content: ""; width: 8px; height: 8px; border-radius: 50%; background: rgba(255,255,255,.9); }
.badge[data-severity="error"] { background: #b3261e; }
.badge[data-severity="warning"] { background: #a15c00; }
.badge[data-severity="info"] { background: #0a66c2; }
.badge[data-severity="none"] { background: #1f7a3d; }
/* Not checked (not English): neutral grey with a hollow dot, never the clean green. */
.badge[data-severity="unchecked"] { background: #5e6a75; }
.badge[data-severity="unchecked"]::before { background: none; border: 1.5px solid rgba(255,255,255,.9); }
.badge:focus-visible, button:focus-visible { outline: 3px solid #0a66c2; outline-offset: 2px; }
.badge[hidden], .panel[hidden] { display: none; }
.mirror { position: fixed; visibility: hidden; pointer-events: none; overflow: hidden; margin: 0; border-style: solid; border-color: transparent; }
.mark { position: fixed; z-index: 2147483645; pointer-events: none; border-bottom: 2px solid; border-radius: 2px; }
.mark[data-severity="error"] { background: rgba(179,38,30,.13); border-color: #b3261e; }
.mark[data-severity="warning"] { background: rgba(161,92,0,.13); border-color: #c77700; }
.mark[data-severity="info"] { background: rgba(10,102,194,.10); border-color: #0a66c2; }
.panel {
  position: fixed; z-index: 2147483647; width: 360px; max-height: min(480px, 70vh); overflow: auto; pointer-events: auto;
  background: #fff; border: 1px solid #d0d5da; border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.22); padding: 12px 14px;
}
dialog.review {
  width: min(520px, 92vw); max-height: 80vh; padding: 18px 20px; border: 0; border-radius: 12px; overflow: hidden;
  box-shadow: 0 12px 40px rgba(0,0,0,.3); background: #fff; color: #1d2226;
}
dialog.review[open] { display: flex; flex-direction: column; }
dialog.review > ul { overflow: auto; min-height: 0; flex: 1 1 auto; }
dialog.review::backdrop { background: rgba(0,0,0,.45); }
h2 { font-size: 15px; margin: 0 0 4px; }
.top { display: flex; align-items: flex-start; gap: 8px; }
.top h2 { flex: 1; }
button.close { flex: none; width: 26px; height: 26px; margin: -4px -6px 0 0; border: 0; border-radius: 13px; background: none; color: #56687a; font: 20px/26px system-ui, sans-serif; cursor: pointer; }
button.close:hover { background: #eef1f4; color: #1d2226; }
.sub { margin: 0 0 10px; color: #56687a; font-size: 12px; }
ul { list-style: none; margin: 0; padding: 0; }
li.finding { padding: 10px 0; border-top: 1px solid #e8ebee; }
li.finding:first-child { border-top: 0; }
li.finding.current { box-shadow: inset 3px 0 0 #0a66c2; padding-left: 10px; margin-left: -4px; }
.panel:focus { outline: none; }
.head { display: flex; align-items: baseline; gap: 6px; flex-wrap: wrap; }
.sev { font-size: 10px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; padding: 1px 6px; border-radius: 8px; color: #fff; }
.sev[data-severity="error"] { background: #b3261e; } .sev[data-severity="warning"] { background: #a15c00; } .sev[data-severity="info"] { background: #0a66c2; }
.excerpt { font-style: italic; color: #38434f; overflow-wrap: anywhere; }
.message { margin: 4px 0 2px; font-weight: 600; }
.why { margin: 2px 0 6px; color: #56687a; font-size: 12px; }
.rewrite { margin: 6px 0; padding: 6px 8px; background: #f3f6f8; border-radius: 6px; overflow-wrap: anywhere; }
.rewrite .title { display: block; font-size: 11px; color: #56687a; margin-bottom: 2px; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 6px; }
button.btn { font: 600 12px/1 system-ui, sans-serif; padding: 7px 12px; border-radius: 14px; cursor: pointer; border: 1px solid #0a66c2; color: #0a66c2; background: #fff; }
button.btn.primary { background: #0a66c2; color: #fff; }
button.btn.quiet { border-color: #8c959f; color: #38434f; }
.footer { display: flex; justify-content: flex-end; gap: 10px; margin-top: 14px; }
.empty { color: #1f7a3d; font-weight: 600; }
.unchecked { margin: 4px 0 0; color: #38434f; }
@media (prefers-color-scheme: dark) {
  .ft, dialog.review, .panel { color: #e8eaed; }
  .panel, dialog.review { background: #1d2226; border-color: #38434f; }
  .rewrite { background: #2a3138; } .why, .sub, .rewrite .title { color: #aab4be; } .excerpt, .unchecked { color: #d0d5da; }
  li.finding { border-top-color: #38434f; }
  button.btn { background: #1d2226; color: #70b5f9; border-color: #70b5f9; } button.btn.primary { background: #70b5f9; color: #1d2226; }
  button.btn.quiet { color: #d0d5da; border-color: #8c959f; }
  button.close { color: #aab4be; } button.close:hover { background: #2a3138; color: #e8eaed; }
}
`;
