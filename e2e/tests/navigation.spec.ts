import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { next } from './assessment';
import { blockStorage } from './support';

// On an Android phone the system Back button is how people go back. Inside the
// app it walks back through the places she was: the steps of the questionnaire
// she walked, a result link opened in between, the pages of their own (the
// cell's record and the list of records, the commune's view); it leaves the app only from the
// entry she came in on, and nothing typed is lost either way. A reload stays
// where she was, and Back still works after it.

const PROFILE = 'Thông tin chi bộ';
const RECORD = 'Hồ sơ chi bộ';
const RECORDS = 'Các hồ sơ trên máy này';
const TRACKING = 'Theo dõi kết quả các chi bộ';
const SHARED = 'Kết quả được gửi đến';
const NOTES = 'Ghi chú, minh chứng';
const STEPS = 11;
// The page the tab showed before she opened the app.
const BEFORE = 'data:text/html,<p>The page before</p>';

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
const recordButton = (page: Page) => page.getByRole('link', { name: RECORD, exact: true });

/** She is on step `n` of the questionnaire, its heading focused. */
async function onStep(page: Page, n: number) {
  await expect(page.getByText(`Bước ${n}/${STEPS}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
}

/** The questionnaire's own Quay lại button. */
async function quayLai(page: Page) {
  await page.getByRole('button', { name: 'Quay lại', exact: true }).tap();
}

const historyLength = (page: Page) => page.evaluate(() => history.length);

/** The first result link of the commune's fixture chat, as a fragment of this app's address. */
async function resultFragment(): Promise<string> {
  const chat = await readFile(new URL('../../tests/fixtures/tracking/chat-30.txt', import.meta.url), 'utf8');
  return chat.split('\n')[0].match(/#k=[\w-]+/)![0];
}

/** Opens the commune's page from the app, adds one result link to it, and opens that result. */
async function openResultFromList(page: Page) {
  const chat = await readFile(new URL('../../tests/fixtures/tracking/chat-30.txt', import.meta.url), 'utf8');
  await page.goto('/');
  await page.getByRole('link', { name: 'Theo dõi các chi bộ' }).tap();
  await page.getByLabel('Dán liên kết kết quả').fill(chat.split('\n')[0]);
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).tap();
  await page.getByRole('button', { name: /^Xem chi tiết: / }).first().tap();
}

test('Back walks back through the steps she walked, keeps what she typed, and leaves the app only where she came in', async ({
  page,
}) => {
  await page.goto(BEFORE);
  await page.goto('/');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Một');
  for (let n = 2; n <= 7; n++) {
    await next(page);
    await onStep(page, n);
    if (n >= 4) {
      await page.getByLabel(NOTES).fill(`Ghi chú ở bước ${n}`);
    }
  }

  // Back three times: steps 6, 5, 4, each with what she typed there.
  for (const n of [6, 5, 4]) {
    await page.goBack();
    await onStep(page, n);
    await expect(page.getByLabel(NOTES)).toHaveValue(`Ghi chú ở bước ${n}`);
  }
  await page.goForward();
  await onStep(page, 5);

  // A reload stays on the step, and Back still walks back from it.
  await page.reload();
  await expect(page.getByText(`Bước 5/${STEPS}`, { exact: true })).toBeVisible();
  await expect(page.getByLabel(NOTES)).toHaveValue('Ghi chú ở bước 5');
  await page.goBack();
  await onStep(page, 4);
  await expect(page.getByLabel(NOTES)).toHaveValue('Ghi chú ở bước 4');

  for (const n of [3, 2, 1]) {
    await page.goBack();
    await onStep(page, n);
  }
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Một');

  // Back from the step she came in on leaves the app, for the page before it.
  await page.goBack();
  await expect(page).toHaveURL(BEFORE);
  await expect(page.getByText('The page before')).toBeVisible();
  // Nothing was lost: Forward opens the app again where she left it.
  await page.goForward();
  await expect(page.getByText(`Bước 1/${STEPS}`, { exact: true })).toBeVisible();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Một');
  await page.goForward();
  await expect(page.getByText(`Bước 2/${STEPS}`, { exact: true })).toBeVisible();
});

test('Quay lại goes to the step before; when she came from there it goes back, so that it and Back agree', async ({
  page,
}) => {
  await page.goto('/');
  await next(page);
  await next(page);
  await next(page);
  await onStep(page, 4);

  // She came to step 4 from step 3: Quay lại is Back (no new entry, Forward returns).
  const length = await historyLength(page);
  await quayLai(page);
  await onStep(page, 3);
  expect(await historyLength(page)).toBe(length);
  await page.goForward();
  await onStep(page, 4);

  // She jumps from step 4 to the result through the list of steps. Quay lại
  // still goes to the step before the result; Back from there returns to the
  // result, then to step 4, the way she came.
  await page.getByText('Danh sách các bước').tap();
  await page.getByRole('button', { name: /^Kết quả tự đánh giá/ }).tap();
  await onStep(page, 11);
  await quayLai(page);
  await onStep(page, 10);
  await page.goBack();
  await onStep(page, 11);
  await page.goBack();
  await onStep(page, 4);
});

test('the steps walk back through the record screen and a result link opened in between', async ({ page }) => {
  const fragment = await resultFragment();
  await page.goto('/');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Một');
  await next(page);
  await next(page);
  await onStep(page, 3);
  await page.getByLabel(NOTES).fill('Biên bản họp chi bộ');

  // The record's page, left with Back: the same step, what she typed there.
  await recordButton(page).tap();
  await expect(heading(page, RECORD)).toBeFocused();
  await page.goBack();
  await expect(heading(page, RECORD)).toHaveCount(0);
  await expect(page.getByText(`Bước 3/${STEPS}`, { exact: true })).toBeVisible();
  await expect(page.getByLabel(NOTES)).toHaveValue('Biên bản họp chi bộ');

  // A result link opened in this tab: Back closes it, Forward opens it again.
  await page.goto(`/${fragment}`);
  await expect(heading(page, SHARED)).toBeVisible();
  await page.goBack();
  await expect(heading(page, SHARED)).toHaveCount(0);
  await expect(page.getByText(`Bước 3/${STEPS}`, { exact: true })).toBeVisible();
  await expect(page.getByLabel(NOTES)).toHaveValue('Biên bản họp chi bộ');
  await page.goForward();
  await expect(heading(page, SHARED)).toBeVisible();

  // Its close button does what Back does: the next Back goes on to step 2.
  await page.getByRole('button', { name: 'Đóng, về bản đánh giá của tôi' }).tap();
  await expect(heading(page, SHARED)).toHaveCount(0);
  await expect(page.getByText(`Bước 3/${STEPS}`, { exact: true })).toBeVisible();
  await expect(page).not.toHaveURL(/#k=/);
  await page.goBack();
  await onStep(page, 2);

  // A result kept as a draft of her own opens on its result; Back returns to
  // her draft, on the step she opened the link from, nothing lost.
  await page.goto(`/${fragment}`);
  await page.getByRole('button', { name: 'Lưu thành bản nháp của tôi' }).tap();
  await expect(heading(page, 'Kết quả tự đánh giá')).toBeVisible();
  await expect(page).not.toHaveURL(/#k=/);
  await page.goBack();
  await onStep(page, 2);
  await page.goBack();
  await onStep(page, 1);
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Một');
  // Forward walks to the kept result again.
  await page.goForward();
  await onStep(page, 2);
  await page.goForward();
  await expect(heading(page, 'Kết quả tự đánh giá')).toBeVisible();
  await expect(page.getByText(`Bước ${STEPS}/${STEPS}`, { exact: true })).toBeVisible();
});

test('with storage blocked, as in some chat apps’ browsers, Back still walks the steps, after a reload too', async ({
  page,
}) => {
  await blockStorage(page);
  await page.goto('/');
  await next(page);
  await next(page);
  await next(page);
  await page.goBack();
  await onStep(page, 3);
  // The draft lived in this page only (the app said so); the steps stay.
  await page.reload();
  await expect(page.getByText(`Bước 3/${STEPS}`, { exact: true })).toBeVisible();
  await page.goBack();
  await onStep(page, 2);
  await page.goForward();
  await onStep(page, 3);
});

test("the phone's Back button returns from the record's page and from the commune's page to the app, where she was", async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Một');

  // The record screens are a page of their own: Back returns to the app.
  await recordButton(page).tap();
  await expect(heading(page, RECORD)).toBeFocused();
  await expect(page).toHaveURL(/\/ho-so\.html$/);
  await page.goBack();
  await expect(heading(page, PROFILE)).toBeVisible();
  await expect(heading(page, RECORD)).toHaveCount(0);
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Một');

  // The list of records opens from the record screen, in its place (a
  // reload keeps it): Back returns from it to the questionnaire too.
  await recordButton(page).tap();
  await page.getByRole('button', { name: RECORDS }).tap();
  await expect(heading(page, RECORDS)).toBeFocused();
  await expect(heading(page, RECORD)).toHaveCount(0);
  const listLength = await historyLength(page);
  await page.reload();
  await expect(heading(page, RECORDS)).toBeVisible();
  expect(await historyLength(page)).toBe(listLength);
  await page.goBack();
  await expect(heading(page, PROFILE)).toBeVisible();
  await expect(heading(page, RECORDS)).toHaveCount(0);

  // A reload keeps the record's page open; its own button goes back to the
  // app as Back does, so that Back does not open it again and Forward still does.
  await recordButton(page).tap();
  await expect(heading(page, RECORD)).toBeFocused();
  await page.reload();
  await expect(heading(page, RECORD)).toBeVisible();
  const recordLength = await historyLength(page);
  await page.getByRole('button', { name: 'Quay lại bản đánh giá đang mở' }).tap();
  await expect(heading(page, PROFILE)).toBeVisible();
  await expect(page).not.toHaveURL(/ho-so/);
  await page.goForward();
  await expect(heading(page, RECORD)).toBeVisible();
  expect(await historyLength(page)).toBe(recordLength);
  // The list's own button does the same.
  await page.getByRole('button', { name: RECORDS }).tap();
  await page.getByRole('button', { name: 'Quay lại bản đánh giá đang mở' }).tap();
  await expect(heading(page, PROFILE)).toBeVisible();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Một');

  // The commune's view is a page of its own: Back returns to the app, where she was.
  await page.getByRole('link', { name: 'Theo dõi các chi bộ' }).tap();
  await expect(heading(page, TRACKING)).toBeFocused();
  await expect(page).toHaveURL(/\/theo-doi\.html$/);
  await page.goBack();
  await expect(heading(page, PROFILE)).toBeVisible();
  await expect(heading(page, TRACKING)).toHaveCount(0);
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Một');

  // Forward opens it again, as in any site; a reload keeps it open.
  await page.goForward();
  await expect(heading(page, TRACKING)).toBeVisible();
  await page.reload();
  await expect(heading(page, TRACKING)).toBeVisible();

  // The page's own button goes back to the app as Back does, so that Back
  // does not open it again and Forward still does.
  const length = await historyLength(page);
  await page.getByRole('button', { name: 'Về bản đánh giá của tôi' }).tap();
  await expect(heading(page, PROFILE)).toBeVisible();
  await expect(page).not.toHaveURL(/theo-doi/);
  await page.goForward();
  await expect(heading(page, TRACKING)).toBeVisible();
  expect(await historyLength(page)).toBe(length);
  await page.getByRole('button', { name: 'Về bản đánh giá của tôi' }).tap();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Một');
});

test("a record started from the list takes the list's place: Back returns to the draft she had open", async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Một');
  await next(page);
  await recordButton(page).tap();
  await page.getByRole('button', { name: RECORDS }).tap();
  await page.getByRole('button', { name: 'Hồ sơ mới (chi bộ khác)' }).tap();
  await expect(heading(page, RECORDS)).toHaveCount(0);
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Hai');

  // Back skips the record's page (she chose there: the app took its place)
  // and reopens her first draft where she was.
  await page.goBack();
  await expect(heading(page, RECORDS)).toHaveCount(0);
  await expect(heading(page, RECORD)).toHaveCount(0);
  await expect(page.getByText(`Bước 2/${STEPS}`, { exact: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Một');
  // Forward walks to the new draft again, with what she typed in it.
  await page.goForward();
  await page.goForward();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Hai');
  // A reload stays on the draft this tab shows.
  await page.reload();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Hai');
  await page.goBack();
  await expect(page.getByText(`Bước 2/${STEPS}`, { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText(`Bước 2/${STEPS}`, { exact: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Một');
});

test("Back from a result opened in the commune's list returns to the list, then to the questionnaire", async ({
  page,
}) => {
  await openResultFromList(page);
  await expect(heading(page, SHARED)).toBeVisible();

  await page.goBack();
  await expect(heading(page, TRACKING)).toBeVisible();
  await expect(heading(page, SHARED)).toHaveCount(0);
  await page.goBack();
  await expect(heading(page, PROFILE)).toBeVisible();
  await expect(heading(page, TRACKING)).toHaveCount(0);

  // Its own close button does what Back does: one more Back closes the list.
  await page.goForward();
  await expect(heading(page, TRACKING)).toBeVisible();
  await page.getByRole('button', { name: /^Xem chi tiết: / }).first().tap();
  await page.getByRole('button', { name: 'Đóng, về danh sách' }).tap();
  await expect(heading(page, TRACKING)).toBeVisible();
  await expect(heading(page, SHARED)).toHaveCount(0);
  await page.goBack();
  await expect(heading(page, PROFILE)).toBeVisible();
});

test("a result opened from the commune's list and kept as a draft opens as her draft", async ({ page }) => {
  await openResultFromList(page);
  await page.getByRole('button', { name: 'Lưu thành bản nháp của tôi' }).tap();

  await expect(heading(page, 'Kết quả tự đánh giá')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu kết quả được gửi thành một bản nháp trên máy này.' })).toBeVisible();
  await expect(heading(page, TRACKING)).toHaveCount(0);
  // Back returns to the list she came from.
  await page.goBack();
  await expect(heading(page, TRACKING)).toBeVisible();
});

test("another record's screen opened from the list: its own back button opens its check, Back then the draft she had open", async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Một');
  await next(page);
  await recordButton(page).tap();
  await page.getByRole('button', { name: RECORDS }).tap();
  await page.getByRole('button', { name: 'Hồ sơ mới (chi bộ khác)' }).tap();
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Hai');
  await recordButton(page).tap();
  await page.getByRole('button', { name: RECORDS }).tap();
  await page.getByRole('button', { name: 'Xem hồ sơ: Chi bộ ấp Một' }).tap();
  await expect(heading(page, RECORD)).toBeFocused();
  await expect(page.getByText('Chi bộ ấp Một', { exact: true })).toBeVisible();

  // Its back button: that record's check, on the step it was saved on, in
  // the page's place; Back: the draft she had open before the list.
  await page.getByRole('button', { name: 'Quay lại bản đánh giá đang mở' }).tap();
  await expect(heading(page, RECORD)).toHaveCount(0);
  await expect(page.getByText(`Bước 2/${STEPS}`, { exact: true })).toBeVisible();
  await page.goBack();
  await expect(heading(page, PROFILE)).toBeVisible();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Hai');
  await page.goBack();
  await expect(page.getByText(`Bước 2/${STEPS}`, { exact: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel('Tên chi bộ')).toHaveValue('Chi bộ ấp Một');
});
