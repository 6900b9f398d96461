import { expect, type Page } from '@playwright/test';

/** Moves to the next step with the visible button, as she would. */
export async function next(page: Page) {
  await page.getByRole('button', { name: /^(Tiếp theo|Xem kết quả)/ }).tap();
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
}

/** Answers a yes/no group (a fieldset named by its legend). */
export async function choose(page: Page, group: string | RegExp, option: string) {
  await page.getByRole('group', { name: group }).getByRole('radio', { name: option, exact: true }).check();
}

export interface Cell {
  ratings: [number, string][];
  members: number;
  dissentingMembers: number;
  households: number;
  dissentingHouseholds: number;
  works: string[];
  assigned: number;
  models: string[];
  poor: number;
  nearPoor: number;
  reference?: RegExp;
  poorHeads: number;
  poorHeadsProtected?: number;
  orgsOk: boolean;
  securityOk: boolean;
}

/** A cell that meets every condition of "Bến Tre 2021" in 2026. */
export const goodCell: Cell = {
  ratings: [
    [2025, 'Hoàn thành xuất sắc nhiệm vụ'],
    [2024, 'Hoàn thành xuất sắc nhiệm vụ'],
  ],
  members: 25,
  dissentingMembers: 0,
  households: 399,
  dissentingHouseholds: 0,
  works: ['Tuyến đường hoa ấp Hòa Thạnh A'],
  assigned: 25,
  models: ['Tổ hợp tác trồng dừa hữu cơ'],
  poor: 2,
  nearPoor: 3,
  poorHeads: 0,
  orgsOk: true,
  securityOk: true,
};

/** A cell missing four conditions in 2026: 1 (ratings), 4 (assignments), 6 (rates), 7 (poor heads). */
export const missingFourCell: Cell = {
  ...goodCell,
  ratings: [
    [2025, 'Hoàn thành xuất sắc nhiệm vụ'],
    [2024, 'Hoàn thành tốt nhiệm vụ'],
  ],
  assigned: 22,
  poor: 12,
  nearPoor: 3,
  reference: /Bến Tre, cuối năm 2023/,
  poorHeads: 2,
  poorHeadsProtected: 1,
};

export async function fillProfile(page: Page) {
  await page.getByLabel('Tên chi bộ').fill('Chi bộ ấp Hòa Thạnh A');
  await page.getByLabel('Ấp, khu phố').fill('Hòa Thạnh A');
  await page.getByLabel('Xã, phường').fill('xã Lương Hòa');
  await page.getByLabel('Tỉnh, thành phố').fill('Vĩnh Long');
  await page.getByLabel('Năm đánh giá').fill('2026');
  await page.getByLabel('Người đánh giá').fill('Nguyễn Văn An, bí thư chi bộ');
  await choose(page, /nông thôn mới/, 'Đã được công nhận');
}

/** Walks every criterion step, filling it from `cell`; calls `onStep` on each. */
export async function fillCriteria(page: Page, cell: Cell, onStep: (name: string) => Promise<void> = async () => {}) {
  // 1. Ratings, latest year first.
  await next(page);
  for (const [year, level] of cell.ratings) {
    await page.getByRole('button', { name: 'Thêm năm' }).tap();
    await page.getByLabel(`Xếp loại ${year}`).selectOption({ label: level });
  }
  await onStep('c1');
  // 2. Consent.
  await next(page);
  await page.getByLabel('Tổng số cán bộ, đảng viên').fill(String(cell.members));
  await page.getByLabel('Số cán bộ, đảng viên chưa đồng thuận, thống nhất').fill(String(cell.dissentingMembers));
  await page.getByLabel('Tổng số hộ dân trong ấp, khu phố').fill(String(cell.households));
  await page.getByLabel('Số hộ dân chưa đồng thuận, thống nhất').fill(String(cell.dissentingHouseholds));
  await onStep('c2');
  // 3. Works and products.
  await next(page);
  for (const [i, work] of cell.works.entries()) {
    await page.getByRole('button', { name: 'Thêm mục' }).tap();
    await expect(page.getByLabel(`Mục ${i + 1}`, { exact: true })).toBeFocused();
    await page.getByLabel(`Mục ${i + 1}`, { exact: true }).fill(work);
  }
  await onStep('c3');
  // 4. Assigned members.
  await next(page);
  await page.getByLabel('Tổng số đảng viên của chi bộ').fill(String(cell.members));
  await page.getByLabel('Số đảng viên đã được phân công nhiệm vụ và có việc làm cụ thể').fill(String(cell.assigned));
  await onStep('c4');
  // 5. Models.
  await next(page);
  for (const [i, model] of cell.models.entries()) {
    await page.getByRole('button', { name: 'Thêm mục' }).tap();
    await page.getByLabel(`Mục ${i + 1}`, { exact: true }).fill(model);
  }
  await onStep('c5');
  // 6. Poverty rates.
  await next(page);
  await page.getByLabel('Tổng số hộ của ấp, khu phố').fill(String(cell.households));
  await page.getByLabel('Số hộ nghèo', { exact: true }).fill(String(cell.poor));
  await page.getByLabel('Số hộ cận nghèo', { exact: true }).fill(String(cell.nearPoor));
  if (cell.reference) {
    const select = page.getByLabel('Tỷ lệ bình quân của tỉnh để so sánh');
    const label = (await select.locator('option').allTextContents()).find((t) => cell.reference!.test(t));
    await select.selectOption({ label: label! });
  }
  await onStep('c6');
  // 7. Members heading poor households.
  await next(page);
  await page.getByLabel('Tổng số đảng viên của chi bộ').fill(String(cell.members));
  await page.getByLabel('Số đảng viên là chủ hộ nghèo, cận nghèo').fill(String(cell.poorHeads));
  if (cell.poorHeadsProtected !== undefined) {
    await page.getByLabel('Trong đó, số hộ đang hưởng chính sách bảo trợ xã hội').fill(String(cell.poorHeadsProtected));
  }
  await onStep('c7');
  // 8. Organisations: two checks each.
  await next(page);
  const orgs = page.locator('fieldset.org');
  for (const group of await page.getByRole('group', { name: /: (Được củng cố, kiện toàn kịp thời|Duy trì họp thường xuyên)$/ }).all()) {
    await group.getByRole('radio', { name: cell.orgsOk ? 'Có' : 'Chưa', exact: true }).check();
  }
  expect(await orgs.count()).toBeGreaterThan(0);
  await onStep('c8');
  // 9. Security, five parts.
  await next(page);
  for (const group of await page.locator('fieldset.field-choice').all()) {
    await group.getByRole('radio', { name: cell.securityOk ? 'Đúng' : 'Chưa đúng', exact: true }).check();
  }
  await onStep('c9');
  // The result.
  await next(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Kết quả tự đánh giá' })).toBeFocused();
}

/** From the result step, the result page (ket-qua.html): "Gửi kết quả, in
 * phiếu", where the link, its QR code and the printed form are. */
export async function toSendAndPrint(page: Page) {
  await page.getByRole('link', { name: 'Gửi kết quả, in phiếu' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Gửi và in kết quả' })).toBeFocused();
}
