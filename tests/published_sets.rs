//! The `sets/` folder the app ships (`src/assets/sets/`, copied into `dist/sets/`
//! by the sets page's build): an index of no sets, so that a host has the place
//! to publish, and never a test-only set. And the test-only sets the end-to-end
//! tests publish beside the app (`e2e/fixtures/sets/`): each passes the checker
//! and says in its title that it is one, the index names them as they are, and
//! the file changed under the same version is what its name says.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;
use tsvmtd::domain::criteria::{INDEX_FILE, PublishedIndex, check_set_file};
use tsvmtd::domain::sets_page::file_path;

fn folder(relative: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

#[test]
fn the_app_ships_an_index_of_no_sets_and_no_test_set() {
    let shipped = folder("src/assets/sets");
    let index = fs::read_to_string(shipped.join(INDEX_FILE)).unwrap();
    assert_eq!(
        PublishedIndex::read(&index),
        Some(PublishedIndex::default())
    );
    for entry in fs::read_dir(&shipped).unwrap() {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap().to_lowercase();
        assert!(
            !text.contains("kiểm thử"),
            "{} is a test set",
            path.display()
        );
    }
}

#[test]
fn the_test_sets_pass_the_checker_say_so_and_match_their_index() {
    let fixtures = folder("e2e/fixtures/sets");
    let read = |name: &str| fs::read_to_string(fixtures.join(name)).unwrap();
    let index = PublishedIndex::read(&read(INDEX_FILE)).expect("the test index reads");
    assert!(index.sets.len() >= 2);
    for entry in &index.sets {
        assert!(file_path(entry).is_some(), "{}", entry.file);
        let checked = check_set_file(&read(&entry.file))
            .unwrap_or_else(|p| panic!("{}: {:?}", entry.file, p));
        assert!(
            checked.set.title.vi.starts_with("Bộ kiểm thử"),
            "{}",
            entry.file
        );
        assert!(entry.title.starts_with("Bộ kiểm thử"), "{}", entry.title);
        // One entry names another set than its file holds, on purpose.
        if entry.id != "kiem-thu-lech" {
            assert_eq!(
                (&*checked.set.id, checked.set.version),
                (&*entry.id, entry.version)
            );
        }
    }
    let v1 = check_set_file(&read("kiem-thu.v1.json")).unwrap();
    let changed = check_set_file(&read("kiem-thu.v1-sua-cung-phien-ban.json")).unwrap();
    assert_eq!(
        (&changed.set.id, changed.set.version),
        (&v1.set.id, v1.set.version)
    );
    assert_ne!(changed.fingerprint, v1.fingerprint);
    assert!(changed.set.title.vi.starts_with("Bộ kiểm thử"));
}
