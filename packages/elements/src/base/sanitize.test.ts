/**
 * The sanitiser against a corpus of known XSS vectors (from the OWASP cheat sheet, the
 * html5sec.org list and DOMPurify's own tests): after the output is in the live page, nothing has
 * run and nothing that could run is left.
 */
import { expect } from '@open-wc/testing';
import { setSafeHTML } from './sanitize.js';

declare global {
  interface Window {
    __pwned?: string | undefined;
  }
}

const P = 'window.__pwned=1';
const VECTORS = [
  `<script>${P}</script>`,
  `<img src=x onerror="${P}">`,
  `<IMG SRC="jav&#x09;ascript:${P}">`,
  `<a href="javascript:${P}">x</a>`,
  `<a href=" &#14;  javascript:${P}">x</a>`,
  `<a href="JaVaScRiPt:${P}">x</a>`,
  `<a href="java\nscript:${P}">x</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>`,
  `<a href="vbscript:msgbox(1)">x</a>`,
  `<svg onload="${P}"><circle r=1 /></svg>`,
  `<svg><script>${P}</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${P}">`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror="${P}">`,
  `<noscript><p title="</noscript><img src=x onerror=${P}>">`,
  `<iframe src="javascript:${P}"></iframe>`,
  `<iframe srcdoc="<script>parent.${P}</script>"></iframe>`,
  `<object data="javascript:${P}"></object>`,
  `<embed src="javascript:${P}">`,
  `<body onload="${P}">`,
  `<details open ontoggle="${P}">`,
  `<video><source onerror="${P}"></video>`,
  `<input autofocus onfocus="${P}">`,
  `<button formaction="javascript:${P}">x</button>`,
  `<style>@import 'javascript:${P}';</style>`,
  `<p style="background:url(javascript:${P})">x</p>`,
  `<div onmouseover="${P}">hover</div>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${P}">`,
  `<base href="javascript:${P}//">`,
  `<link rel=import href="data:text/html,<script>${P}</script>">`,
  `<template><img src=x onerror="${P}"></template>`,
  `<!--<img src="--><img src=x onerror=${P}//">`,
  `<table><td background="javascript:${P}">`,
  `<img src="x` + '`' + `<script>${P}</script>"` + '`' + `>`,
  `<scr<script>ipt>${P}</scr</script>ipt>`,
  `<a href="#" id="x" name="cookie">clobber</a><form name="getElementById"></form>`,
  `<xmp><img src=x onerror="${P}"></xmp>`,
  `<div><isindex action="javascript:${P}" type=image>`,
  `<marquee onstart="${P}">滚动通知</marquee>`,
  `<select><style></select><img src=x onerror="${P}"></style>`,
  `<gov-feedback onclick="${P}"></gov-feedback>`,
];

// A link runs `javascript:` when followed; an image's `src` never runs it, so only `href` is checked.
const dangerous = (root: Element) =>
  [...root.querySelectorAll('*')].filter(
    (el) =>
      /^(script|style|iframe|object|embed|svg|math|form|input|button|meta|base|link|template|noscript)$/.test(el.localName) ||
      [...el.attributes].some((a) => a.name.startsWith('on') || a.name === 'style' || a.name === 'srcdoc' || (a.name === 'href' && /^\s*(javascript|data|vbscript):/i.test(a.value.replace(/[\s\u0000-\u001f]/g, '')))),
  );

{
  describe('sanitising published HTML', () => {
    it('lets nothing from the XSS corpus run or remain', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      try {
        for (const vector of VECTORS) {
          const box = document.createElement('div');
          host.append(box);
          setSafeHTML(box, vector);
          expect(dangerous(box).map((el) => el.outerHTML), vector).to.deep.equal([]);
        }
        await new Promise((r) => setTimeout(r, 200));
        expect(window.__pwned).to.equal(undefined);
      } finally {
        host.remove();
      }
    });

    it('keeps what a published document needs: structure, tables, safe links and images', async () => {
      const box = document.createElement('div');
      setSafeHTML(box, '<h2>一、总则</h2><p>依据<strong>《条例》</strong>第<em>三十三</em>条。<a href="/files/a.pdf" target="_top">附件</a> <a href="https://www.gov.cn/">中国政府网</a></p><table><thead><tr><th scope="col">项目</th></tr></thead><tbody><tr><td colspan="2">低保</td></tr></tbody></table><ol start="3"><li>三</li></ol><img src="/img/a.png" alt="图一" width="10">');
      expect(box.querySelector('h2')!.textContent).to.equal('一、总则');
      expect(box.querySelector('td')!.getAttribute('colspan')).to.equal('2');
      expect(box.querySelector('th')!.getAttribute('scope')).to.equal('col');
      expect([...box.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('rel'), a.getAttribute('target')])).to.deep.equal([
        ['/files/a.pdf', 'noopener noreferrer', null],
        ['https://www.gov.cn/', 'noopener noreferrer', null],
      ]);
      expect(box.querySelector('img')!.getAttribute('alt')).to.equal('图一');
      expect(box.querySelector('ol')!.getAttribute('start')).to.equal('3');
    });
  });
}
