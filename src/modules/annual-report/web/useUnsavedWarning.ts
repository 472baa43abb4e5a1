import { useEffect } from 'react';

/**
 * While `dirty`, asks before the user leaves the page with what they typed: the browser's own
 * question on reload or close, and `message` on a click on a link of the app (the navigation, a
 * breadcrumb). Downloads and links opening elsewhere do not leave the page and are let through.
 */
export function useUnsavedWarning(dirty: boolean, message: string): void {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    // Capturing on the document runs before React Router's own click handler on the link.
    const linkClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!link || link.hasAttribute('download') || link.getAttribute('target') === '_blank') return;
      if (window.confirm(message)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', linkClick, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', linkClick, true);
    };
  }, [dirty, message]);
}
