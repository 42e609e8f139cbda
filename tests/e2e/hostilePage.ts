// What a page holding hostile text is checked for, view by view: that nothing the payloads carry ran
// (the sentinels they would set, the URLs they would fetch, markup they would add) and that nothing
// they carry spilled out of its place (a table cell, a facet list, the detail pane, the page's width).
import type { Page } from 'playwright-core';

export interface PageState {
  /** window.__pwned: set by every script payload. */
  pwned: unknown;
  title: string;
  /** Elements or attributes that only markup from the data could have made. */
  injected: string[];
  /** Text outside its cell or region, rows too tall, a page wider than the window. */
  layout: string[];
  /** The tallest visible table row, in CSS pixels. */
  tallestRow: number;
}

/** Regions whose text must stay inside them, beside every table cell. */
const REGIONS = [
  '.facet-panel',
  '[data-testid="detail-pane"]',
  '[data-testid="import-summary"]',
  '[data-testid="import-wizard"]',
  '.alert-list',
  '.panel',
  'nav',
];

/** Runs in the page: must not close over anything. */
function inspect({ regions, maxRowPx }: { regions: string[]; maxRowPx: number }): PageState {
  const injected: string[] = [];
  const layout: string[] = [];
  const named = (el: Element): string =>
    `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid') ?? ''}]` : ''}`;

  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const value = attr.value.trim();
      if (attr.name.startsWith('on')) injected.push(`${named(el)} ${attr.name}`);
      if (
        /^(href|src|action|formaction|xlink:href|srcdoc)$/.test(attr.name) &&
        /^(javascript|vbscript):/i.test(value)
      )
        injected.push(`${named(el)} ${attr.name}=${value.slice(0, 40)}`);
      if (attr.name === 'style' && /pwned|url\(|expression\(/i.test(value))
        injected.push(`${named(el)} style=${value.slice(0, 40)}`);
    }
    const tag = el.tagName.toLowerCase();
    if (['iframe', 'object', 'embed', 'frame', 'base', 'image'].includes(tag)) injected.push(named(el));
    if (tag === 'script' && el.textContent.trim() !== '') injected.push('inline script');
    if (tag === 'img' && /pwned/.test(el.getAttribute('src') ?? '')) injected.push('img from the data');
    if (tag === 'style' && /pwned/.test(el.textContent)) injected.push('style from the data');
  }

  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1)
    layout.push(`the page is ${String(root.scrollWidth)} px wide in a ${String(root.clientWidth)} px window`);

  /** The part of `rect` left visible by the clipping boxes from `from` up to `to`, inclusive. */
  const clipped = (rect: DOMRect, from: Element | null, to: Element) => {
    let { left, right, top, bottom } = rect;
    for (let el = from; el !== null; el = el === to ? null : el.parentElement) {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      // Text kept for screen readers only (the visually-hidden pattern) is clipped to nothing.
      if (style.getPropertyValue('clip') !== 'auto' || style.clipPath !== 'none')
        return { left, right, top, bottom, empty: true };
      if (style.overflowX !== 'visible') {
        left = Math.max(left, box.left);
        right = Math.min(right, box.right);
      }
      if (style.overflowY !== 'visible') {
        top = Math.max(top, box.top);
        bottom = Math.min(bottom, box.bottom);
      }
    }
    return { left, right, top, bottom, empty: right <= left || bottom <= top };
  };
  /** Whether any text under `box` shows outside it. */
  const spills = (box: Element): string | null => {
    const outer = box.getBoundingClientRect();
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if ((node.textContent ?? '').trim() === '') continue;
      // A closed <details> shows its summary only.
      const closed = node.parentElement?.closest('details:not([open])');
      if (closed && !node.parentElement?.closest('summary')) continue;
      range.selectNodeContents(node);
      const seen = clipped(range.getBoundingClientRect(), node.parentElement, box);
      if (seen.empty) continue;
      if (seen.right > outer.right + 1 || seen.left < outer.left - 1 || seen.bottom > outer.bottom + 1) {
        const at = (n: number): string => String(Math.round(n));
        return `${(node.textContent ?? '').slice(0, 30)}" at ${at(seen.left)}–${at(seen.right)} × ${at(seen.top)}–${at(seen.bottom)} in ${at(outer.left)}–${at(outer.right)} × ${at(outer.top)}–${at(outer.bottom)} "`;
      }
    }
    return null;
  };
  const visible = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };

  const cells = document.querySelectorAll(
    'td, th, [role="gridcell"], [role="cell"], [role="columnheader"], [role="rowheader"]',
  );
  for (const cell of cells) {
    if (!visible(cell)) continue;
    const text = spills(cell);
    if (text !== null) layout.push(`${named(cell)} text "${text}" shows outside its cell`);
    const table = cell.parentElement?.closest('table, [role="grid"], [role="table"]');
    if (table) {
      const box = table.getBoundingClientRect();
      const seen = clipped(cell.getBoundingClientRect(), cell.parentElement, table);
      if (!seen.empty && seen.right > box.right + 1)
        layout.push(`a ${named(cell)} reaches past its table (${String(seen.right)} > ${String(box.right)})`);
    }
  }
  let tallestRow = 0;
  for (const row of document.querySelectorAll('tr, [role="row"]')) {
    if (!visible(row)) continue;
    const height = row.getBoundingClientRect().height;
    tallestRow = Math.max(tallestRow, height);
    if (height > maxRowPx) {
      const table = row.closest('table, [role="grid"], [role="table"]');
      const where = table ? `${named(table)}.${table.className}` : '';
      layout.push(`a row of ${where} is ${String(Math.round(height))} px tall`);
    }
  }
  for (const selector of regions) {
    for (const region of document.querySelectorAll(selector)) {
      if (!visible(region)) continue;
      const text = spills(region);
      if (text !== null) layout.push(`${selector}: text "${text}" shows outside it`);
    }
  }
  return {
    pwned: (window as { __pwned?: unknown }).__pwned,
    title: document.title,
    injected,
    layout,
    tallestRow,
  };
}

export function pageState(page: Page, maxRowPx: number): Promise<PageState> {
  return page.evaluate(inspect, { regions: REGIONS, maxRowPx });
}
