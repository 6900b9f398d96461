import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { subPathURL } from '../playwright.config';
import { expectNoAxeViolations, expectNoHorizontalScroll, expectTapTargets, keepScreenshot } from './support';

// The sets page, "Bộ tiêu chí" (bo-tieu-chi.html, issue 19): the sets on this
// phone, the sets published beside the app in sets/ (the test server overlays
// e2e/fixtures/sets there: test-only sets, never in dist/), and a set file
// opened from the phone. A set is taken whole or not at all.

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.resolve(HERE, '../fixtures/sets');
const DIST = path.resolve(HERE, '../../dist');
/** One broken set file a class of mistake, with the first message the checker
 * says for it: the table of tests/fixtures/sets/README.md, which a native test
 * keeps true for scripts/check-set. The page must say the same. */
const BROKEN = path.resolve(HERE, '../../tests/fixtures/sets');
const brokenFiles = (): [string, string][] =>
  readFileSync(path.join(BROKEN, 'README.md'), 'utf8')
    .split('\n')
    .map((line) => line.match(/^\| `(broken-[a-z0-9-]+\.json)` \| (.+) \|$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => [m[1], m[2]]);

const PAGE = '/bo-tieu-chi.html';
const APP_TITLE = 'Tự đánh giá chi bộ trong sạch, vững mạnh toàn diện';
const BUNDLED = 'Bến Tre 2021: chi bộ ấp, khu phố trong sạch, vững mạnh toàn diện';
const V1 = 'Bộ kiểm thử: chi bộ ấp, khu phố mẫu';
const V2 = 'Bộ kiểm thử: chi bộ ấp, khu phố mẫu (sửa đổi)';
const WRONG_ENTRY = 'Bộ kiểm thử: danh mục ghi sai bộ';

const ON_PHONE = 'Bộ tiêu chí trên máy này';
const PUBLISHED = 'Bộ tiêu chí công bố trên trang này';
const OPEN_FILE = 'Mở tệp bộ tiêu chí';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
/** A set's card in a part of the page, by its title. */
const card = (page: Page, part: string, title: string) =>
  region(page, part)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 4, name: title, exact: true }) });
/** The value beside `label` in a card's details. */
const detail = (item: ReturnType<typeof card>, label: string) =>
  item.locator('.profile-row').filter({ has: item.page().getByText(label, { exact: true }) }).locator('dd');

async function open(page: Page, address = PAGE) {
  await page.goto(address);
  await expect(page.getByRole('heading', { level: 2, name: 'Bộ tiêu chí', exact: true })).toBeFocused();
}

/** Adds a published set from the list and waits for the page to say so. */
async function addPublished(page: Page, title: string, version: number) {
  await card(page, PUBLISHED, title).getByRole('button', { name: `Thêm vào máy: ${title}, phiên bản ${version}` }).tap();
  await expect(region(page, PUBLISHED).getByRole('status').filter({ hasText: 'Đã thêm bộ tiêu chí' })).toHaveText(
    `Đã thêm bộ tiêu chí “${title}”, phiên bản ${version}, vào máy này.`,
  );
}

test.beforeEach(async ({ page }) => {
  // Today on the phone: 1 December 2026, in Việt Nam.
  await page.clock.setFixedTime(new Date('2026-12-01T09:00:00+07:00'));
});

test('a published set is added, listed with its details, kept after a reload and offline', async ({ page, baseURL }, testInfo) => {
  await open(page);
  // The set that comes with the app, with what it is and where it comes from.
  const bundled = card(page, ON_PHONE, BUNDLED);
  await expect(bundled.getByText('Có sẵn trong ứng dụng')).toBeVisible();
  await expect(detail(bundled, 'Cơ quan ban hành')).toHaveText('Tỉnh ủy Bến Tre');
  await expect(detail(bundled, 'Thời gian áp dụng')).toHaveText('12/5/2021 – đang có hiệu lực');
  await expect(detail(bundled, 'Mã kiểm tra')).toHaveText(/^[0-9a-f]{8}$/);
  await expect(bundled.getByRole('button')).toHaveCount(0);

  // The sets published on this site, each with its button.
  await expect(card(page, PUBLISHED, V2).getByRole('button', { name: `Thêm vào máy: ${V2}, phiên bản 2` })).toBeVisible();
  await expect(card(page, PUBLISHED, V1).getByText('Nhóm kiểm thử')).toBeVisible();
  await expectNoAxeViolations(page);
  await expectTapTargets(page);

  await addPublished(page, V1, 1);
  const added = card(page, ON_PHONE, V1);
  await expect(detail(added, 'Cơ quan ban hành')).toHaveText('Nhóm kiểm thử');
  await expect(detail(added, 'Nguồn')).toHaveText('Văn bản mẫu cho kiểm thử — Nhóm kiểm thử, 15/1/2026');
  await expect(detail(added, 'Địa chỉ nguồn')).toHaveText('https://example.invalid/kiem-thu');
  await expect(detail(added, 'Thời gian áp dụng')).toHaveText('1/2/2026 – đang có hiệu lực');
  await expect(detail(added, 'Phiên bản')).toHaveText('1');
  await expect(detail(added, 'Mã kiểm tra')).toHaveText(/^[0-9a-f]{8}$/);
  await expect(detail(added, 'Tỉnh, thành phố áp dụng')).toHaveText('Tỉnh Kiểm Thử');
  await expect(detail(added, 'Số tiêu chí')).toHaveText('3');
  await expect(detail(added, 'Thêm từ')).toHaveText(`${baseURL}sets/kiem-thu.v1.json`);
  await expect(detail(added, 'Ngày thêm')).toHaveText('1/12/2026');
  await expect(card(page, PUBLISHED, V1).getByText('Đã có trên máy này')).toBeVisible();
  await expect(card(page, PUBLISHED, V1).getByRole('button')).toHaveCount(0);
  const fingerprint = await detail(added, 'Mã kiểm tra').textContent();
  await expectNoAxeViolations(page);
  await expectTapTargets(page);
  await expectNoHorizontalScroll(page);
  await keepScreenshot(page, testInfo, 'sets-added');

  // Kept on the phone.
  await page.reload();
  await expect(detail(card(page, ON_PHONE, V1), 'Mã kiểm tra')).toHaveText(fingerprint!);

  // Offline, once the service worker is there: the page opens and lists it.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  await page.context().setOffline(true);
  await open(page);
  await expect(detail(card(page, ON_PHONE, V1), 'Mã kiểm tra')).toHaveText(fingerprint!);
  await expect(card(page, ON_PHONE, BUNDLED)).toBeVisible();
  await expect(region(page, PUBLISHED).getByText('Máy đang không có kết nối mạng')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.context().setOffline(false);
  await region(page, PUBLISHED).getByRole('button', { name: 'Thử lại' }).tap();
  await expect(card(page, PUBLISHED, V1).getByText('Đã có trên máy này')).toBeVisible();
});

test('a set file is checked before it is added: a broken file, a set changed under its version, a wrong index entry are refused', async ({
  page,
}, testInfo) => {
  await open(page);
  const fileInput = page.getByLabel('Chọn tệp bộ tiêu chí');
  const said = region(page, OPEN_FILE).getByRole('alert');

  // A broken file: refused whole, with the checker's problems and where they are.
  const v1 = readFileSync(path.join(FIXTURES, 'kiem-thu.v1.json'), 'utf8');
  await fileInput.setInputFiles({ name: 'bo-hong.json', mimeType: 'application/json', buffer: Buffer.from(v1.slice(0, 700)) });
  await expect(said).toContainText('Không thêm bo-hong.json');
  await expectTapTargets(page);
  await expect(said.getByRole('listitem').first()).toHaveText(
    /^Dòng \d+, cột \d+: tệp kết thúc giữa chừng, còn thiếu dấu “[}\]]” đóng một (nhóm|danh sách)/,
  );
  await expect(card(page, ON_PHONE, V1)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await keepScreenshot(page, testInfo, 'sets-refused');

  // The published v1, then the same id and version with other content: refused.
  await addPublished(page, V1, 1);
  await fileInput.setInputFiles(path.join(FIXTURES, 'kiem-thu.v1-sua-cung-phien-ban.json'));
  await expect(said).toContainText(
    `Không thêm kiem-thu.v1-sua-cung-phien-ban.json: máy này đã có bộ tiêu chí “${V1}”, phiên bản 1, với nội dung khác`,
  );
  const fingerprint = await detail(card(page, ON_PHONE, V1), 'Mã kiểm tra').textContent();
  await expect(said).toContainText(`mã kiểm tra trên máy ${fingerprint}`);
  await expect(card(page, ON_PHONE, V1)).toHaveCount(1);

  // The very same file again changes nothing.
  await fileInput.setInputFiles(path.join(FIXTURES, 'kiem-thu.v1.json'));
  await expect(region(page, OPEN_FILE).getByRole('status')).toHaveText(
    `Bộ tiêu chí “${V1}”, phiên bản 1, đã có trên máy này; không có gì thay đổi.`,
  );

  // An index entry whose file holds another set: refused.
  await card(page, PUBLISHED, WRONG_ENTRY).getByRole('button', { name: /^Thêm vào máy/ }).tap();
  await expect(region(page, PUBLISHED).getByRole('alert')).toContainText(
    'danh mục ghi đây là bộ “kiem-thu-lech” phiên bản 1, nhưng tệp là bộ “kiem-thu” phiên bản 2',
  );
  await expect(card(page, ON_PHONE, V2)).toHaveCount(0);

  // A good file opened from the phone: added, its origin the file.
  await fileInput.setInputFiles(path.join(FIXTURES, 'kiem-thu.v2.json'));
  await expect(region(page, OPEN_FILE).getByRole('status')).toHaveText(
    `Đã thêm bộ tiêu chí “${V2}”, phiên bản 2, vào máy này.`,
  );
  await expect(detail(card(page, ON_PHONE, V2), 'Thêm từ')).toHaveText('tệp kiem-thu.v2.json');
  await expect(card(page, PUBLISHED, V2).getByText('Đã có trên máy này')).toBeVisible();
  // Newest first: v2 before v1, then the app's own set.
  await expect(region(page, ON_PHONE).getByRole('heading', { level: 4 })).toHaveText([V2, V1, BUNDLED]);
});

test('an added set is removed with undo, never while a stored draft uses it; a stored set that does not read is said and kept', async ({
  page,
}) => {
  await open(page);
  // A stored set cut short (storage damaged, or written by hand): said, never deleted.
  await page.evaluate(() => localStorage.setItem('tsvmtd:set:hong:v1', 'AQAAAB-cut'));
  await page.reload();
  await expect(region(page, ON_PHONE).getByRole('status').filter({ hasText: 'tsvmtd:set:hong:v1' })).toHaveText(
    'Một bộ tiêu chí lưu trên máy (tsvmtd:set:hong:v1) bị hỏng nên không đọc được; bộ này được giữ nguyên, không bị xoá.',
  );
  expect(await page.evaluate(() => localStorage.getItem('tsvmtd:set:hong:v1'))).toBe('AQAAAB-cut');
  await page.evaluate(() => localStorage.removeItem('tsvmtd:set:hong:v1'));

  await addPublished(page, V1, 1);
  const remove = card(page, ON_PHONE, V1).getByRole('button', { name: `Gỡ khỏi máy: ${V1}, phiên bản 1` });

  // A draft made with it (as the app stores one).
  await page.evaluate(() => {
    const draft = {
      format: 1,
      id: 'kiem-thu-draft',
      created: '2026-11-30T02:00:00.000Z',
      changed: '2026-11-30T02:00:00.000Z',
      revision: 1,
      profile: { cell_name: 'Chi bộ ấp Kiểm Thử' },
      answers: { set_id: 'kiem-thu', set_version: 1, answers: {} },
      step: { kind: 'profile' },
    };
    localStorage.setItem('tsvmtd:draft:kiem-thu-draft', JSON.stringify(draft));
  });
  await remove.tap();
  await expect(region(page, ON_PHONE).getByRole('alert')).toContainText(
    'Chưa gỡ được: bộ tiêu chí này đang được dùng trong 1 bản đánh giá trên máy này (Chi bộ ấp Kiểm Thử).',
  );
  await expect(card(page, ON_PHONE, V1)).toHaveCount(1);

  // Once no draft uses it: removed, with undo.
  await page.evaluate(() => localStorage.removeItem('tsvmtd:draft:kiem-thu-draft'));
  await remove.tap();
  await expect(region(page, ON_PHONE).getByRole('status')).toContainText('Đã gỡ bộ tiêu chí khỏi máy này.');
  await expect(card(page, ON_PHONE, V1)).toHaveCount(0);
  await expect(card(page, PUBLISHED, V1).getByRole('button', { name: `Thêm vào máy: ${V1}, phiên bản 1` })).toBeVisible();
  await expectNoAxeViolations(page);
  await region(page, ON_PHONE).getByRole('button', { name: 'Hoàn tác' }).tap();
  await expect(card(page, ON_PHONE, V1)).toHaveCount(1);
  await expect(region(page, ON_PHONE).getByRole('button', { name: 'Hoàn tác' })).toHaveCount(0);
  await page.reload();
  await expect(detail(card(page, ON_PHONE, V1), 'Ngày thêm')).toHaveText('1/12/2026');
});

test('sent here for a result whose set is missing: the set named first, added, and the result opened again', async ({ page }, testInfo) => {
  // The fingerprint of the published v1, as the result would name it.
  await open(page);
  await addPublished(page, V1, 1);
  const fingerprint = (await detail(card(page, ON_PHONE, V1), 'Mã kiểm tra').textContent())!;
  await page.evaluate(() => localStorage.clear());

  // Sent from the app (another page): a new visit of this one.
  await page.goto('/404-nothing-here');
  await open(page, `${PAGE}#can=kiem-thu~1~${fingerprint}&k=AQID`);
  const needed = region(page, 'Kết quả cần một bộ tiêu chí');
  await expect(needed).toContainText(
    `Kết quả này được đánh giá theo bộ tiêu chí “${V1}” của Nhóm kiểm thử, phiên bản 1 (mã kiểm tra ${fingerprint}).`,
  );
  await expect(needed).toContainText('Trang này có công bố bộ đó: bấm “Thêm vào máy” ở dưới.');
  await expect(needed.getByRole('link', { name: 'Mở lại kết quả' })).toHaveCount(0);
  // Its entry comes first in the published list.
  await expect(region(page, PUBLISHED).getByRole('heading', { level: 4 }).first()).toHaveText(V1);
  await expect(card(page, PUBLISHED, V1).getByText('Kết quả cần bộ này')).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await keepScreenshot(page, testInfo, 'sets-needed');

  await addPublished(page, V1, 1);
  await expect(needed).toContainText('Bộ tiêu chí này đã có trên máy này.');
  await expectTapTargets(page);
  await expectNoAxeViolations(page);
  await needed.getByRole('link', { name: 'Mở lại kết quả' }).tap();
  // The app's address, which sends a result link on to the result page.
  await expect(page).toHaveURL(/\/ket-qua\.html#k=AQID$/);
  await expect(page.getByRole('heading', { level: 1, name: APP_TITLE })).toBeVisible();
});

test('sent here for a set that this site does not publish, or that differs from the one here: it says so', async ({ page }) => {
  await open(page, `${PAGE}#can=khong-co-dau~3~0a1b2c3d&k=AQID`);
  const needed = region(page, 'Kết quả cần một bộ tiêu chí');
  await expect(needed).toContainText('bộ tiêu chí “khong-co-dau”, phiên bản 3 (mã kiểm tra 0a1b2c3d)');
  await expect(needed).toContainText('trang này không công bố bộ đó');
  await expect(needed.getByRole('link', { name: 'Mở lại kết quả' })).toHaveCount(0);

  await addPublished(page, V1, 1);
  // Another result's link followed while the page is open.
  await page.evaluate(() => (location.hash = '#can=kiem-thu~1~00000000&k=AQID'));
  await expect(needed).toContainText('bộ tiêu chí “Bộ kiểm thử: chi bộ ấp, khu phố mẫu” của Nhóm kiểm thử, phiên bản 1 (mã kiểm tra 00000000)');
  await expect(needed).toContainText('Máy này có một bộ cùng mã và phiên bản nhưng nội dung khác');
  await expect(needed.getByRole('link', { name: 'Mở lại kết quả' })).toHaveCount(0);
});

test.describe('the published index, as hosts serve it', () => {
  // Requests left to the page (no service worker in between), to answer them here.
  test.use({ serviceWorkers: 'block' });

  test('an index that does not read, or a host that fails, is said; trying again reads it', async ({ page }) => {
    await page.route('**/sets/index.json', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Tự đánh giá</title>' }),
    );
    await open(page);
    await expect(region(page, PUBLISHED)).toContainText(
      'Danh mục bộ tiêu chí của trang này (sets/index.json) không đúng định dạng nên không đọc được.',
    );
    await page.unroute('**/sets/index.json');
    await page.route('**/sets/index.json', (route) => route.fulfill({ status: 503, body: 'busy' }));
    await region(page, PUBLISHED).getByRole('button', { name: 'Thử lại' }).tap();
    await expect(region(page, PUBLISHED)).toContainText('Không đọc được danh mục bộ tiêu chí từ trang này (mã lỗi 503).');
    await page.unroute('**/sets/index.json');
    await region(page, PUBLISHED).getByRole('button', { name: 'Thử lại' }).tap();
    await expect(card(page, PUBLISHED, V1).getByRole('button', { name: /^Thêm vào máy/ })).toBeVisible();

    // A set file that is gone from the host.
    await page.route('**/sets/kiem-thu.v1.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await card(page, PUBLISHED, V1).getByRole('button', { name: /^Thêm vào máy/ }).tap();
    await expect(region(page, PUBLISHED).getByRole('alert')).toHaveText(
      'Không tải được kiem-thu.v1.json từ trang này (mã lỗi 404). Không có gì được thêm.',
    );
  });
});

test('the app ships an empty sets/ folder: no test-only set, nothing precached or precompressed there', async ({ page }) => {
  // The sub-path server serves dist/ as built, with no test sets beside it.
  await open(page, `${subPathURL}bo-tieu-chi.html`);
  await expect(region(page, PUBLISHED)).toContainText('Trang này chưa công bố bộ tiêu chí nào.');
  await expect(card(page, ON_PHONE, BUNDLED)).toBeVisible();

  const shipped = readdirSync(path.join(DIST, 'sets'));
  expect(shipped).toEqual(['index.json']);
  for (const name of shipped) {
    const text = readFileSync(path.join(DIST, 'sets', name), 'utf8');
    expect(text.toLowerCase(), name).not.toContain('kiểm thử');
  }
  expect(JSON.parse(readFileSync(path.join(DIST, 'sets', 'index.json'), 'utf8')).sets).toEqual([]);
  const worker = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  expect(worker).toContain('"bo-tieu-chi.html"');
  expect(worker).not.toContain('"sets/index.json"');
});

test('the sets page is a page of its own: its wasm, no request to another host; in English too', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await open(page);
  const origin = new URL(baseURL!).origin;
  for (const url of requests) expect(new URL(url).origin, url).toBe(origin);
  const wasm = requests.filter((url) => url.endsWith('.wasm')).map((url) => path.basename(new URL(url).pathname));
  expect(wasm).toEqual([expect.stringMatching(/^bo-tieu-chi-[0-9a-f]{1,16}_bg\.wasm$/)]);
  await expect(page.getByRole('link', { name: 'Về bản đánh giá của tôi' })).toHaveAttribute('href', './');

  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Criteria sets', exact: true })).toBeVisible();
  await expect(region(page, 'Criteria sets published on this site')).toBeVisible();
  await expect(page.getByRole('button', { name: `Add to this device: ${V1}, version 1` })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test('each class of broken set file is refused with the checker\'s words and where the problem is', async ({ page }) => {
  await open(page);
  const fileInput = page.getByLabel('Chọn tệp bộ tiêu chí');
  const said = region(page, OPEN_FILE).getByRole('alert');
  const classes = brokenFiles();
  expect(classes.length).toBeGreaterThanOrEqual(12);
  for (const [file, first] of classes) {
    await fileInput.setInputFiles(path.join(BROKEN, file));
    await expect(said, file).toContainText(`Không thêm ${file}`);
    await expect(said.getByRole('listitem').first(), file).toHaveText(first);
  }
  // Seven problems at once, every one said.
  await fileInput.setInputFiles(path.join(BROKEN, 'broken-rules.json'));
  await expect(said.getByRole('listitem')).toHaveCount(7);
  await expect(region(page, ON_PHONE).getByRole('heading', { level: 4 })).toHaveText([BUNDLED]);
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
});
