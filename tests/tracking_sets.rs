//! The commune's view names the set each check was made with, as its link
//! names it (id, version, fingerprint; link format 4), with the set's title,
//! in the table's details and its CSV; a link whose set this device lacks or
//! has with other content is explained, and the rest of the paste imports.
#![cfg(not(target_arch = "wasm32"))]

mod share_link_common;
mod tracking_common;

use share_link_common::*;
use tracking_common::{cell, fragment};
use tsvmtd::domain::criteria::{Registry, fingerprint, parse_set};
use tsvmtd::domain::i18n::{Lang, TrackingText};
use tsvmtd::domain::share_link::{LinkError, SetRef, encode};
use tsvmtd::domain::tracking::{Collection, read, to_csv, write};

const NOW: &str = "2026-06-20T09:00:00Z";
const EVERY_KIND: &str = include_str!("fixtures/every-kind.json");
const EVERY_KIND_RESULT: &str = include_str!("fixtures/share-link/every-kind-result.json");

fn ben_tre_ref() -> SetRef {
    SetRef {
        id: "ben-tre-2021".into(),
        version: 1,
        fingerprint: BEN_TRE_FINGERPRINT,
    }
}

#[test]
fn each_check_names_its_set() {
    let registry = registry();
    let mut collection = Collection::default();
    // A check linked now (format 4), and an earlier check of another cell as
    // an earlier release linked it (format 1: no fingerprint in the link).
    let now = cell("ấp 3", "xã Phú Hòa", 2026, Some((2026, 6, 1)), &[]);
    let text = format!("{}\n{LEGACY_COMPLETE_BARE}\n", fragment(&now, false));
    let report = collection.import_text(&text, &registry, NOW);
    assert_eq!((report.added, report.bad.len()), (2, 0));
    assert!(
        collection
            .entries
            .iter()
            .all(|e| e.fingerprint == BEN_TRE_FINGERPRINT)
    );
    let rows = collection.rows(&registry, 2026);
    assert_eq!(rows.len(), 2);
    for row in &rows {
        let check = row.latest();
        assert_eq!(check.set, ben_tre_ref());
        assert_eq!(check.set_title.as_ref(), Some(&ben_tre().title));
        assert_eq!(
            check.set_message(Lang::Vi),
            "Bộ tiêu chí: Bến Tre 2021: chi bộ ấp, khu phố trong sạch, vững mạnh toàn diện, phiên bản 1, mã kiểm tra bac783de"
        );
        assert_eq!(
            check.set_message(Lang::En),
            "Criteria set: Bến Tre 2021: clean, strong and comprehensive hamlet and neighbourhood Party cells, version 1, check code bac783de"
        );
    }
    let csv = to_csv(&rows, Lang::Vi);
    assert_eq!(
        csv.matches(";ben-tre-2021, phiên bản 1, mã kiểm tra bac783de;#k=")
            .count(),
        2
    );
}

#[test]
fn a_check_made_with_an_added_set_names_it() {
    let set = parse_set("every-kind.json", EVERY_KIND).unwrap();
    let print = fingerprint(&set);
    let mut registry = registry();
    registry.add(set.clone(), print).unwrap();
    let result = result_from_json(&serde_json::from_str(EVERY_KIND_RESULT).unwrap());
    let link = encode(&result, &registry, BARE).unwrap();
    let mut collection = Collection::default();
    assert_eq!(collection.import_text(&link, &registry, NOW).added, 1);
    let rows = collection.rows(&registry, 2026);
    let check = rows[0].latest();
    let named = SetRef {
        id: "every-kind".into(),
        version: 2,
        fingerprint: print,
    };
    assert_eq!(check.set, named);
    assert_eq!(
        check.set_message(Lang::Vi),
        format!(
            "Bộ tiêu chí: Bộ kiểm thử: mỗi dạng câu hỏi một tiêu chí, phiên bản 2, mã kiểm tra {print:08x}"
        )
    );
    assert!(to_csv(&rows, Lang::En).contains(&format!(
        ";every-kind, version 2, check code {print:08x};#k="
    )));
    // Kept as its link: read again on a device with the set, it names it
    // again; on one without it, kept aside, never dropped.
    let stored = write(&collection);
    let back = read(&stored, &registry).unwrap();
    assert_eq!(back.collection, collection);
    let elsewhere = read(&stored, &Registry::bundled()).unwrap();
    assert!(elsewhere.collection.entries.is_empty());
    assert_eq!(elsewhere.unreadable.len(), 1);
}

#[test]
fn links_whose_set_is_missing_or_changed_are_explained() {
    let registry = registry();
    let good = encode(&complete(), &registry, BARE).unwrap();
    let missing = renamed(&good, "ben-tre-2099", 1, BEN_TRE_FINGERPRINT);
    let changed = renamed(&good, "ben-tre-2021", 1, 0x1234_5678);
    let cut = &good[..good.len() - 5];
    let text = format!(
        "Ấp 1: https://x.vn/#k{}\nẤp 2: https://x.vn/{missing}\nẤp 3: https://x.vn/{changed}\nẤp 4: https://x.vn/{cut}\n",
        &good[2..]
    );
    let mut collection = Collection::default();
    let report = collection.import_text(&text, &registry, NOW);
    assert_eq!(report.added, 1);
    assert_eq!(report.bad.len(), 3);
    let [missing, changed, cut] = [&report.bad[0], &report.bad[1], &report.bad[2]];
    assert_eq!((missing.line, changed.line, cut.line), (2, 3, 4));
    assert_eq!(
        missing.error.needed_set(),
        Some(&SetRef {
            id: "ben-tre-2099".into(),
            ..ben_tre_ref()
        })
    );
    assert!(matches!(changed.error, LinkError::SetChanged { .. }));
    assert_eq!(cut.error, LinkError::Truncated);
    let hint = TrackingText::TrackingPasteAgainWithSet.get(Lang::Vi);
    assert_eq!(
        missing.message(Lang::Vi),
        "Liên kết này dùng bộ tiêu chí ben-tre-2099, phiên bản 1, mã kiểm tra bac783de, mà máy này chưa có. Hãy thêm bộ tiêu chí đó vào máy rồi mở lại liên kết. Liên kết này chưa được thêm vào danh sách; khi máy đã có đúng bộ tiêu chí, hãy dán lại liên kết."
    );
    assert_eq!(
        changed.message(Lang::Vi),
        format!("{} {hint}", changed.error.message(Lang::Vi))
    );
    assert!(
        changed
            .message(Lang::En)
            .ends_with("once this device has the right criteria set, paste the link again.")
    );
    // Other bad links keep their own explanation alone.
    assert_eq!(cut.message(Lang::Vi), cut.error.message(Lang::Vi));
}
