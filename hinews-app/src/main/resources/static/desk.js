// The editor's desk in the browser. No inline handlers and no eval: the Content-Security-Policy
// allows only our scripts. Everything here is delegated from the document, so that the parts of a
// page htmx swaps in keep working.
(() => {
  'use strict';

  // A button with data-confirm asks before its form is sent.
  document.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-confirm]');
    if (button && !window.confirm(button.dataset.confirm)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // Toasts: what an action did, shown a few seconds at the bottom of the screen.
  const showToasts = () => {
    document.querySelectorAll('.toast:not([data-shown])').forEach((toast) => {
      toast.dataset.shown = '1';
      window.setTimeout(() => toast.classList.add('gone'), 6000);
    });
  };
  document.addEventListener('DOMContentLoaded', showToasts);
  document.addEventListener('htmx:afterSettle', showToasts);

  // A request htmx could not complete: say so rather than nothing.
  document.addEventListener('htmx:responseError', (event) => {
    const status = event.detail.xhr.status;
    if (status >= 400) {
      // the server's page (a Chinese error page) replaces the body: what a full reload would show
      document.body.innerHTML = event.detail.xhr.responseText;
    }
  });
  document.addEventListener('htmx:sendError', () => {
    const toast = document.createElement('div');
    toast.className = 'toast error';
    toast.setAttribute('role', 'alert');
    toast.textContent = '连接服务器失败，操作没有完成。请检查网络后重试。';
    document.body.appendChild(toast);
    showToasts();
  });

  // Order by drag and drop, or from the keyboard: the handle of an item moves it with ↑ and ↓.
  // The new order goes to the server as the list's form (article ids in order), through htmx.
  let dragged = null;
  let focusAfterSwap = null;
  const list = (el) => el && el.closest('ol[data-reorder]');
  const submitOrder = (ol) => {
    const form = document.getElementById(ol.dataset.reorder);
    form.querySelectorAll('input[name=article]').forEach((input) => input.remove());
    ol.querySelectorAll(':scope > li[data-article]').forEach((li) => {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = 'article';
      input.value = li.dataset.article;
      form.appendChild(input);
    });
    form.requestSubmit();
  };
  document.addEventListener('dragstart', (event) => {
    const li = event.target.closest && event.target.closest('ol[data-reorder] > li[data-article]');
    if (!li) return;
    dragged = li;
    li.classList.add('dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', li.dataset.article);
  });
  document.addEventListener('dragover', (event) => {
    const over = event.target.closest && event.target.closest('ol[data-reorder] > li[data-article]');
    if (!dragged || !over || over === dragged || list(over) !== list(dragged)) return;
    event.preventDefault();
    const box = over.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    over.parentNode.insertBefore(dragged, after ? over.nextSibling : over);
  });
  document.addEventListener('drop', (event) => {
    if (dragged) event.preventDefault();
  });
  document.addEventListener('dragend', () => {
    if (!dragged) return;
    const ol = list(dragged);
    dragged.classList.remove('dragging');
    focusAfterSwap = dragged.dataset.article;
    dragged = null;
    submitOrder(ol);
  });
  document.addEventListener('keydown', (event) => {
    const handle = event.target.closest && event.target.closest('ol[data-reorder] .handle');
    if (!handle || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const li = handle.closest('li[data-article]');
    const sibling = event.key === 'ArrowUp' ? li.previousElementSibling : li.nextElementSibling;
    if (!sibling) return;
    li.parentNode.insertBefore(li, event.key === 'ArrowUp' ? sibling : sibling.nextSibling);
    focusAfterSwap = li.dataset.article;
    handle.focus();
    submitOrder(list(li));
  });
  document.addEventListener('htmx:afterSettle', () => {
    if (focusAfterSwap) {
      const handle = document.querySelector(
        'ol[data-reorder] > li[data-article="' + CSS.escape(focusAfterSwap) + '"] .handle');
      if (handle) handle.focus({ preventScroll: true });
      focusAfterSwap = null;
    }
  });
})();
