//! The short-list sort (`domain::short_sort`) gives exactly what the standard
//! library's stable sort gives, equal items kept in order.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use tsvmtd::domain::short_sort;

proptest! {
    #[test]
    fn it_sorts_like_the_standard_stable_sort(items in prop::collection::vec((0u8..6, any::<u16>()), 0..40)) {
        // Sorting by the first field only: the second shows whether equal
        // items kept their order.
        let mut ours = items.clone();
        short_sort::by_key(&mut ours, |(k, _)| *k);
        let mut std = items.clone();
        std.sort_by_key(|(k, _)| *k);
        prop_assert_eq!(&ours, &std);
        let mut ours = items.clone();
        short_sort::by(&mut ours, |a, b| b.0.cmp(&a.0));
        let mut std = items;
        std.sort_by_key(|b| std::cmp::Reverse(b.0));
        prop_assert_eq!(ours, std);
    }
}
