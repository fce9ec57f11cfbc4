/**
 * `gov-static.css`: the static pages readable without scripts, on a phone and on paper, inside a
 * CMS's hostile global CSS too (every rule is scoped to `.gov-static` and sets what it relies on).
 */
export const STATIC_CSS = `.gov-static{all:initial;display:block;box-sizing:border-box;max-width:60rem;margin:0 auto;padding:1rem;font:16px/1.7 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1f1f1f;background:#fff;overflow-wrap:anywhere;text-align:left}
.gov-static *{box-sizing:border-box;float:none;position:static;max-width:100%;font-family:inherit;letter-spacing:normal;text-transform:none}
.gov-static a{color:#0b57a4;text-decoration:underline;text-underline-offset:.15em}
.gov-static a:focus-visible{outline:3px solid #b3261e;outline-offset:2px}
.gov-static h1{font-size:1.6rem;line-height:1.3;margin:.5rem 0 1rem;font-weight:700;color:#1f1f1f}
.gov-static h2{font-size:1.25rem;line-height:1.4;margin:1.5rem 0 .5rem;font-weight:700;color:#1f1f1f;border-left:4px solid #b3261e;padding-left:.5rem}
.gov-static p,.gov-static ul,.gov-static ol,.gov-static dl,.gov-static table{margin:0 0 1rem;padding:0}
.gov-static ul,.gov-static ol{list-style:none}
.gov-static li{margin:0;padding:.35rem 0;border-bottom:1px solid #e5e5e5;display:block}
.gov-static li li{border:0;padding-left:1.25rem}
.gov-static time,.gov-static .gov-static-count{color:#5f5f5f;font-size:.9em;white-space:nowrap}
.gov-static-header{border-bottom:3px solid #b3261e;margin-bottom:.75rem}
.gov-static-column{font-size:1.2rem;font-weight:700}
.gov-static-column a{color:#b3261e;text-decoration:none}
.gov-static-tabs,.gov-static-crumbs ol,.gov-static-pager ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.5rem 0}
.gov-static-tabs a{display:inline-block;padding:.5rem 0;min-height:44px}
.gov-static-tabs a[aria-current]{font-weight:700;color:#b3261e}
.gov-static-crumbs{font-size:.9rem;color:#5f5f5f}
.gov-static-crumbs li,.gov-static-pager li{border:0;padding:0}
.gov-static-crumbs li+li::before{content:"›";margin-right:.5rem;color:#5f5f5f}
.gov-static-actions{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.5rem}
.gov-static-actions li{border:1px solid #d0d0d0;border-radius:6px;padding:0}
.gov-static-actions a{display:block;padding:.75rem;text-decoration:none;min-height:44px}
.gov-static-actions span{display:block;color:#5f5f5f;font-size:.9rem}
.gov-static-areas{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:0 1rem}
.gov-static-facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
.gov-static-facts dt{font-weight:700;color:#5f5f5f}
.gov-static-facts dd{margin:0}
.gov-static-table{border-collapse:collapse;width:100%}
.gov-static-table th,.gov-static-table td{border:1px solid #d0d0d0;padding:.4rem .6rem;text-align:left;vertical-align:top}
.gov-static-body{margin:1rem 0}
.gov-static-body p{margin:0 0 1rem}
.gov-static-body img{height:auto}
.gov-static-body table{border-collapse:collapse;display:block;overflow-x:auto}
.gov-static-body td,.gov-static-body th{border:1px solid #d0d0d0;padding:.3rem .5rem}
.gov-static-note{padding:.75rem;background:#f5f5f5;border-left:4px solid #5f5f5f}
.gov-static-pager a,.gov-static-pager span{display:inline-block;min-width:44px;min-height:44px;padding:.5rem;text-align:center}
.gov-static-footer{margin-top:2rem;padding-top:.5rem;border-top:1px solid #e5e5e5;color:#5f5f5f;font-size:.9rem}
@media (max-width:40rem){.gov-static-facts{grid-template-columns:1fr}.gov-static-facts dd{margin-bottom:.5rem}}
@media print{.gov-static{max-width:none;padding:0;font-size:11pt;color:#000}.gov-static-tabs,.gov-static-pager,.gov-static-actions{display:none}.gov-static a{color:#000}.gov-static-body a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em}}
`;
