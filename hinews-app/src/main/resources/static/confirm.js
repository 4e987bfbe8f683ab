// A button with data-confirm asks before its form is sent (no inline handlers: the CSP forbids them).
document.querySelectorAll('button[data-confirm]').forEach((button) =>
  button.addEventListener('click', (event) => {
    if (!window.confirm(button.dataset.confirm)) {
      event.preventDefault();
    }
  }));
