//! Every draft format ever shipped still reads and opens: one sample of each
//! lives in `tests/fixtures/drafts/format-<N>.json`.
#![cfg(not(target_arch = "wasm32"))]

use tsvmtd::domain::criteria::Registry;
use tsvmtd::domain::draft::{self, DRAFT_FORMAT};
use tsvmtd::domain::questionnaire::Step;

#[test]
fn a_sample_of_every_format_reads_opens_and_scores() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/drafts");
    let registry = Registry::bundled();
    for format in 1..=DRAFT_FORMAT {
        let path = dir.join(format!("format-{format}.json"));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("keep a sample of draft format {format} in {path:?}"));
        let read = draft::read(&text).unwrap_or_else(|e| panic!("format {format}: {e:?}"));
        assert!(
            read.dropped_answers.is_empty(),
            "format {format}: {:?}",
            read.dropped_answers
        );
        assert_eq!(
            read.draft.format, DRAFT_FORMAT,
            "migrated to the current format"
        );
        let q = read.draft.open(&registry).unwrap();
        assert_eq!(q.content.profile.cell_name, "Chi bộ ấp Hòa Thạnh A");
        assert_eq!(q.step, Step::Criterion("c4".into()));
        let verdict = q.score(2026);
        assert_eq!(
            verdict.result("c4").unwrap().status,
            tsvmtd::domain::scoring::Status::NotMet
        );
        // Writing it again and reading back loses nothing.
        assert_eq!(
            draft::read(&draft::write(&read.draft)).unwrap().draft,
            read.draft
        );
    }
}
