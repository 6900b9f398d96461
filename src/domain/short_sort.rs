//! Sorting the app's short lists (a record's checks, registrations and
//! appraisals, a condition's figures, the drafts on a phone: tens of items)
//! with a stable insertion sort. The standard library's sorts are built anew
//! for every element type and key, about 3 KB of wasm each; with a dozen such
//! lists that is some 7 KB gzip of the first load for no gain at these sizes.
//! `tests/short_sort.rs` checks it against the standard stable sort.

/// Sorts `items` by `key`, keeping equal items in their order (as
/// `slice::sort_by_key` does). Quadratic: for short lists only.
pub fn by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by `compare`, keeping equal items in their order (as
/// `slice::sort_by` does). Quadratic: for short lists only.
pub fn by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> std::cmp::Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == std::cmp::Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}
