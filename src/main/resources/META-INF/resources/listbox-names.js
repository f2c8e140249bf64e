// Vaadin's combo boxes and selects keep their list of options (role="listbox") beside the field without a
// name, so a screen reader opening one hears "list box" and nothing about which. Each list takes the name of
// the field it belongs to: the visible label, or the accessible name of a field without one. Loaded on every
// page by ListboxNames.
(() => {
  const fieldOf = (list) => {
    for (let node = list.parentElement; node; node = node.parentElement) {
      if (node.localName.startsWith('vaadin-') && 'label' in node && 'accessibleName' in node) {
        return node;
      }
    }
    return null;
  };
  const nameLists = () => {
    for (const list of document.querySelectorAll('[role="listbox"]:not([aria-labelledby])')) {
      const field = fieldOf(list);
      const name = field && (field.label || field.accessibleName);
      if (name && list.getAttribute('aria-label') !== name) {
        list.setAttribute('aria-label', name);
      }
    }
  };
  new MutationObserver(nameLists).observe(document.documentElement, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'opened', 'label']
  });
  nameLists();
})();
