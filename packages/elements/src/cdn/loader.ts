/**
 * The classic-script loader (`gov-disclosure.loader.js` on the CDN), for CMS templates that
 * cannot add `type="module"`: it adds the module script from its own folder. Browsers without
 * modules keep the link pasted inside `<gov-disclosure-column>`.
 *
 * ```html
 * <script src="https://cdn.example.gov.cn/gov-disclosure/gov-disclosure.loader.js"></script>
 * <script src="…/gov-disclosure.loader.js" data-bundle="all"></script>  <!-- every element at once -->
 * ```
 */
(() => {
  const current = document.currentScript as HTMLScriptElement | null;
  if (!current || !('noModule' in current)) return;
  const folder = current.src.slice(0, current.src.lastIndexOf('/') + 1);
  const script = document.createElement('script');
  script.type = 'module';
  script.src = folder + (current.dataset.bundle === 'all' ? 'gov-disclosure.min.js' : 'gov-disclosure-autoloader.js');
  // Keep the page's nonce, for pages with a nonce-based CSP.
  if (current.nonce) script.nonce = current.nonce;
  (document.head ?? document.documentElement).append(script);
})();
