// sitegen serve: reloads the page when the site is rebuilt, and lists content errors over it until they are fixed.
// Served by the preview only (never part of a built site), as a file of its own so a strict
// Content-Security-Policy (script-src 'self') allows it. The overlay is made with DOM calls and holds text only.
(() => {
  'use strict';
  const id = 'sitegen-preview-errors';

  const hide = () => document.getElementById(id)?.remove();

  const show = (lines) => {
    hide();
    const box = document.createElement('div');
    box.id = id;
    box.setAttribute('role', 'alert');
    Object.assign(box.style, {
      position: 'fixed', top: '0', left: '0', right: '0', zIndex: '2147483647', maxHeight: '70vh', overflow: 'auto',
      background: '#fff5f5', color: '#6b0000', borderBottom: '3px solid #b00020', padding: '12px 20px',
      font: '14px/1.5 ui-monospace, monospace', boxShadow: '0 2px 12px rgba(0,0,0,.25)',
    });
    const title = document.createElement('p');
    title.textContent = `内容有 ${lines.length} 个问题，页面显示的是上一次成功生成的网站（修正后自动恢复）：`;
    Object.assign(title.style, { margin: '0 0 8px', font: 'bold 15px/1.5 sans-serif' });
    const list = document.createElement('ul');
    Object.assign(list.style, { margin: '0', paddingLeft: '20px' });
    for (const line of lines) {
      const item = document.createElement('li');
      item.textContent = line;
      item.style.whiteSpace = 'pre-wrap';
      list.append(item);
    }
    box.append(title, list);
    document.body.prepend(box);
  };

  const events = new EventSource('/_sitegen/events');
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('errors', (e) => show(JSON.parse(e.data)));
  events.addEventListener('ok', hide);
})();
