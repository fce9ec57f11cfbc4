/**
 * The sanitiser against a corpus of known XSS vectors (from the OWASP cheat sheet, the
 * html5sec.org list and DOMPurify's own tests): after the output is in the live page, nothing has
 * run and nothing that could run is left.
 */
import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { scriptsCouldRun, until } from '../../../../test/support/elements.js';
import { sanitise, setSafeHTML } from './sanitize.js';

const O = { external: '查看图片（外部网站）' };

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
      [...el.attributes].some(
        (a) =>
          a.name.startsWith('on') ||
          a.name === 'style' ||
          a.name === 'srcdoc' ||
          (a.name === 'href' && /^\s*(javascript|data|vbscript):/i.test(a.value.replace(/[\s\u0000-\u001f]/g, ''))),
      ),
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
          setSafeHTML(box, vector, O);
          expect(
            dangerous(box).map((el) => el.outerHTML),
            vector,
          ).to.deep.equal([]);
        }
        await scriptsCouldRun('onerror');
        expect(window.__pwned).to.equal(undefined);
      } finally {
        host.remove();
      }
    });

    it('keeps what a published document needs: structure, tables, safe links and images', async () => {
      const box = document.createElement('div');
      setSafeHTML(
        box,
        '<h2>一、总则</h2><p>依据<strong>《条例》</strong>第<em>三十三</em>条。<a href="/files/a.pdf" target="_top">附件</a> <a href="https://www.gov.cn/">中国政府网</a></p><table><thead><tr><th scope="col">项目</th></tr></thead><tbody><tr><td colspan="2">低保</td></tr></tbody></table><ol start="3"><li>三</li></ol><img src="/img/a.png" alt="图一" width="10">',
        O,
      );
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

    it('loads images only from home or hosts the site lists; any other becomes a link, and nothing is fetched from it', async () => {
      const seen: string[] = [];
      const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.name)));
      observer.observe({ type: 'resource', buffered: false });
      const box = document.createElement('div');
      document.body.append(box);
      try {
        setSafeHTML(
          box,
          '<p>图：<img src="/img/home.png" alt="本站"><img src="https://cdn.example.gov.cn/a.png" alt="列出的主机"><img src="https://tracker.example.com/beacon.gif"><img src="//tracker.example.com/b.gif"></p>',
          { ...O, base: location.href, hosts: ['cdn.example.gov.cn'] },
        );
        expect([...box.querySelectorAll('img')].map((i) => i.getAttribute('alt'))).to.deep.equal(['本站', '列出的主机']);
        const links = [...box.querySelectorAll('a')];
        expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')])).to.deep.equal([
          ['查看图片（外部网站）', 'https://tracker.example.com/beacon.gif', 'noopener noreferrer'],
          ['查看图片（外部网站）', '//tracker.example.com/b.gif', 'noopener noreferrer'],
        ]);
        // Wait for the home image's request: the beacons', had they gone, came before it.
        await new Promise<void>((resolve) => {
          const check = () => (seen.some((url) => url.includes('/img/home.png')) ? resolve() : requestAnimationFrame(check));
          check();
        });
        expect(seen.filter((url) => url.includes('tracker.example.com'))).to.deep.equal([]);
      } finally {
        observer.disconnect();
        box.remove();
      }
    });

    it('keeps the text that follows dropped foreign content (an unclosed <svg>, <math>)', () => {
      const box = document.createElement('div');
      setSafeHTML(
        box,
        '<p>前言</p><svg><style>a{}</style><title>x</title>正文内容<a href="javascript:alert(1)">链接</a></svg><math><mi>x</mi>之后的正文</math>',
        O,
      );
      expect(box.textContent).to.equal('前言正文内容链接x之后的正文');
      expect(box.querySelector('svg, math, style, a[href]')).to.equal(null);
    });

    it('keeps no more than DOMPurify keeps, over the whole corpus, and no vector runs in either', async () => {
      const kept = (root: ParentNode) =>
        new Set([...root.querySelectorAll('*')].flatMap((el) => [el.localName, ...[...el.attributes].map((a) => `${el.localName}[${a.name}=${a.value}]`)]));
      const host = document.createElement('div');
      document.body.append(host);
      try {
        for (const vector of VECTORS) {
          const ours = kept(sanitise(vector, O));
          const theirs = DOMPurify.sanitize(vector, { RETURN_DOM_FRAGMENT: true });
          const allowed = kept(theirs);
          expect(
            [...ours].filter((k) => !allowed.has(k)),
            vector,
          ).to.deep.equal([]);
          host.append(theirs);
        }
        // Every image has loaded or failed, so any handler that could run has had its chance.
        await until(() => [...host.querySelectorAll('img')].every((image) => image.complete), 5000, 'images settled');
        await new Promise(requestAnimationFrame);
        expect(window.__pwned).to.equal(undefined);
      } finally {
        host.remove();
      }
    });
  });
}
