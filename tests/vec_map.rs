//! `domain::vec_map::VecMap` behaves as `BTreeMap` does wherever the app uses
//! it: the same answers to every edit and lookup, the same order, the same
//! JSON both ways (stored drafts and records keep their exact text), and the
//! same refusals of JSON that is not a map of the right values.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use std::collections::BTreeMap;
use tsvmtd::domain::vec_map::VecMap;

#[derive(Clone, Debug)]
enum Op {
    Insert(String, i32),
    Remove(String),
    OrDefault(String, i32),
    Retain(i32),
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec!["c1", "c10", "c2", "", "Đ", "c1 "]).prop_map(String::from),
        "\\PC{0,4}",
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (key(), any::<i32>()).prop_map(|(k, v)| Op::Insert(k, v)),
        2 => key().prop_map(Op::Remove),
        2 => (key(), any::<i32>()).prop_map(|(k, v)| Op::OrDefault(k, v)),
        1 => any::<i32>().prop_map(Op::Retain),
    ]
}

fn same(ours: &VecMap<String, i32>, std: &BTreeMap<String, i32>) -> Result<(), TestCaseError> {
    prop_assert_eq!(ours.len(), std.len());
    prop_assert_eq!(ours.is_empty(), std.is_empty());
    prop_assert!(ours.iter().eq(std.iter()));
    prop_assert!(ours.keys().eq(std.keys()));
    prop_assert!(ours.values().rev().eq(std.values().rev()));
    prop_assert_eq!(ours.first_key_value(), std.first_key_value());
    prop_assert_eq!(ours.last_key_value(), std.last_key_value());
    prop_assert_eq!(format!("{ours:?}"), format!("{std:?}"));
    prop_assert_eq!(
        serde_json::to_string(ours).unwrap(),
        serde_json::to_string(std).unwrap()
    );
    Ok(())
}

proptest! {
    #[test]
    fn every_edit_and_lookup_answers_as_a_btree_map_does(ops in prop::collection::vec(op(), 0..40), probe in key()) {
        let mut ours = VecMap::new();
        let mut std = BTreeMap::new();
        for op in ops {
            match op {
                Op::Insert(k, v) => prop_assert_eq!(ours.insert(k.clone(), v), std.insert(k, v)),
                Op::Remove(k) => prop_assert_eq!(ours.remove(&k), std.remove(&k)),
                Op::OrDefault(k, v) => {
                    let ours = ours.entry(k.clone()).or_default();
                    *ours = ours.wrapping_add(v);
                    let std = std.entry(k).or_default();
                    *std = std.wrapping_add(v);
                }
                Op::Retain(n) => {
                    let keep = |k: &String, v: &mut i32| (k.len() as i32).wrapping_add(*v) % 3 != n % 3;
                    ours.retain(keep);
                    std.retain(keep);
                }
            }
            same(&ours, &std)?;
        }
        prop_assert_eq!(ours.get(&probe), std.get(&probe));
        prop_assert_eq!(ours.get_key_value(probe.as_str()), std.get_key_value(probe.as_str()));
        prop_assert_eq!(ours.contains_key(&probe), std.contains_key(&probe));
        let collected: VecMap<String, i32> = std.clone().into_iter().rev().collect();
        prop_assert_eq!(&collected, &ours);
        prop_assert_eq!(VecMap::from(std.clone()), ours.clone());
        prop_assert!(ours.into_iter().eq(std));
    }

    #[test]
    fn json_reads_as_into_a_btree_map(entries in prop::collection::vec((key(), any::<i32>()), 0..12)) {
        // Written by hand, keys out of order and repeated: the last value of
        // a key wins in both.
        let text = format!(
            "{{{}}}",
            entries
                .iter()
                .map(|(k, v)| format!("{}:{v}", serde_json::to_string(k).unwrap()))
                .collect::<Vec<_>>()
                .join(",")
        );
        let ours: VecMap<String, i32> = serde_json::from_str(&text).unwrap();
        let std: BTreeMap<String, i32> = serde_json::from_str(&text).unwrap();
        same(&ours, &std)?;
        // Cut anywhere, both refuse alike.
        for cut in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            let ours = serde_json::from_str::<VecMap<String, i32>>(&text[..cut]);
            let std = serde_json::from_str::<BTreeMap<String, i32>>(&text[..cut]);
            prop_assert_eq!(ours.is_ok(), std.is_ok());
            if let (Err(a), Err(b)) = (ours, std) {
                prop_assert_eq!(a.to_string(), b.to_string());
            }
        }
    }
}

#[test]
fn what_is_no_map_of_the_right_values_is_refused_with_the_same_words() {
    for text in [
        "[1,2]",
        "7",
        "null",
        r#"{"a":"x"}"#,
        r#"{"a":1,}"#,
        r#"{"a":1.5}"#,
        r#"{"a":99999999999}"#,
        "",
    ] {
        let ours = serde_json::from_str::<VecMap<String, i32>>(text).unwrap_err();
        let std = serde_json::from_str::<BTreeMap<String, i32>>(text).unwrap_err();
        assert_eq!(ours.to_string(), std.to_string(), "{text}");
    }
    let map = VecMap::from([("b".to_owned(), 2), ("a".to_owned(), 1)]);
    assert_eq!(map["a"], 1);
    assert_eq!(map.clone().into_values().collect::<Vec<_>>(), [1, 2]);
    assert_eq!(map.into_keys().collect::<Vec<_>>(), ["a", "b"]);
}
