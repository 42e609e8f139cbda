// The report's address and the marking's way into the page margins: parse(format(route)) gives the
// route back, bad values are dropped, filters the report cannot apply are named, and a marking
// becomes one CSS string whatever it holds.
import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from '../../../src/renderer/src/app/route';
import { cssString } from '../../../src/renderer/src/report/cssString';

describe('report route', () => {
  it('reads the period, categories, marking, paper, language and saved id, and writes them back', () => {
    const hash = `#/report?id=3&from=2016-01-01&to=2016-09-30&category=malware,phishing&marking=${encodeURIComponent('内部资料 注意保密')}&paper=letter&lang=zh`;
    const route = parseRoute(hash);
    expect(route).toEqual({
      view: 'report',
      id: 3,
      from: '2016-01-01',
      to: '2016-09-30',
      categories: ['malware', 'phishing'],
      marking: '内部资料 注意保密',
      paper: 'letter',
      lang: 'zh',
    });
    expect(formatRoute(route)).toBe(hash);
  });

  it('drops what is not valid and names the table filters it does not apply', () => {
    const route = parseRoute(
      '#/report?from=2016-02-30&to=2016-03-01&category=nope,ddos&marking=a%0Ab&paper=a3&region=Beijing&q=bank',
    );
    expect(route).toEqual({ view: 'report', categories: ['ddos'], ignored: ['region', 'q'] });
    expect(formatRoute(route)).toBe('#/report?category=ddos');
    expect(formatRoute({ view: 'report', categories: [], marking: 'TLP:AMBER+STRICT' })).toBe(
      '#/report?marking=TLP%3AAMBER%2BSTRICT',
    );
  });

  it('keeps an English report English: without lang the report speaks the window language', () => {
    const english = parseRoute('#/report?from=2016-01-01&to=2016-06-30&lang=en');
    expect(english).toEqual({
      view: 'report',
      categories: [],
      from: '2016-01-01',
      to: '2016-06-30',
      lang: 'en',
    });
    expect(formatRoute(english)).toBe('#/report?from=2016-01-01&to=2016-06-30&lang=en');
    expect(parseRoute('#/report?from=2016-01-01&to=2016-06-30')).not.toHaveProperty('lang');
    expect(parseRoute('#/report?lang=fr')).toEqual({ view: 'report', categories: [] });
  });
});

describe('cssString', () => {
  it('escapes quotes, backslashes and control characters, and keeps other text as it is', () => {
    expect(cssString('TLP:AMBER')).toBe('"TLP:AMBER"');
    expect(cssString('内部资料 注意保密')).toBe('"内部资料 注意保密"');
    expect(cssString('a"b\\c')).toBe('"a\\22 b\\5c c"');
    expect(cssString('x\n} body { display:none')).toBe('"x\\a } body { display:none"');
  });
});
