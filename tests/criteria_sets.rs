//! The criteria data: every bundled set loads and validates, the Bến Tre 2021
//! set holds every condition of `domain.md` in the source's exact words, and
//! validation catches what a careless data file gets wrong.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use tsvmtd::domain::criteria::{
    BUNDLED, CountRule, CriteriaSet, DEFAULT_SET_ID, Found, Input, LoadError, RatingLevel,
    Registry, ScoreScale, baked_source, parse_set, validate,
};

const EVERY_KIND: &str = include_str!("fixtures/every-kind.json");

fn ben_tre() -> CriteriaSet {
    let registry = Registry::bundled();
    registry.latest("ben-tre-2021").unwrap().clone()
}

#[test]
fn every_bundled_set_loads_and_validates() {
    let (registry, errors) = Registry::from_data_files();
    let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert!(
        errors.is_empty(),
        "bundled sets with problems:\n{}",
        shown.join("\n")
    );
    assert_eq!(registry.sets().len(), BUNDLED.len());
    assert!(registry.latest(DEFAULT_SET_ID).is_some());
    for set in Registry::bundled().sets() {
        assert!(validate(set).is_empty());
    }
}

const BAKED: &str = "src/domain/criteria/baked.rs";

/// `baked.rs` written from the data files, formatted as `cargo fmt` would.
fn baked_source_of_the_data_files() -> String {
    let (registry, errors) = Registry::from_data_files();
    assert!(errors.is_empty(), "{errors:?}");
    let mut rustfmt = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("rustfmt (rustup component add rustfmt)");
    rustfmt
        .stdin
        .take()
        .unwrap()
        .write_all(baked_source(registry.sets()).as_bytes())
        .unwrap();
    let out = rustfmt.wait_with_output().unwrap();
    assert!(out.status.success(), "rustfmt failed");
    String::from_utf8(out.stdout).unwrap()
}

/// The app carries the sets as baked constants: they must be exactly what the
/// data files say, field by field, and `baked.rs` exactly what baking writes.
#[test]
fn the_baked_sets_are_the_data_files() {
    let (from_files, _) = Registry::from_data_files();
    let baked = Registry::bundled();
    assert_eq!(
        baked.sets(),
        from_files.sets(),
        "src/domain/criteria/baked.rs is stale: run `cargo test --test criteria_sets -- --ignored`"
    );
    let on_disk = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(BAKED)).unwrap();
    assert!(
        on_disk == baked_source_of_the_data_files(),
        "{BAKED} is not what baking writes: run `cargo test --test criteria_sets -- --ignored`"
    );
}

/// Bakes the data files into `src/domain/criteria/baked.rs`.
#[test]
#[ignore = "writes src/domain/criteria/baked.rs: run after changing a data file"]
fn bake_the_data_files() {
    fs::write(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(BAKED),
        baked_source_of_the_data_files(),
    )
    .unwrap();
}

/// Adding a set is adding a file: this test names any file the registry does
/// not list, and checks the file name matches the set it holds.
#[test]
fn every_file_in_the_sets_folder_is_bundled_under_its_own_name() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain/criteria/sets");
    let on_disk: BTreeSet<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".json"))
        .collect();
    let listed: BTreeSet<String> = BUNDLED.iter().map(|f| f.name.to_owned()).collect();
    assert_eq!(
        on_disk, listed,
        "add each file of src/domain/criteria/sets/ to BUNDLED in src/domain/criteria/registry.rs"
    );
    let registry = Registry::bundled();
    for file in BUNDLED {
        let set = parse_set(file.name, file.json).unwrap();
        let latest = registry.latest(&set.id).unwrap().version;
        let expected = if set.version == latest {
            format!("{}.json", set.id)
        } else {
            format!("{}.v{}.json", set.id, set.version)
        };
        assert_eq!(
            file.name, expected,
            "file name of {} v{}",
            set.id, set.version
        );
    }
}

#[test]
fn ben_tre_2021_has_the_nine_conditions_of_the_domain_brief() {
    let set = ben_tre();
    assert_eq!((&*set.id, set.version, set.format), ("ben-tre-2021", 1, 1));
    assert_eq!(set.source.published_in, "Báo Đồng Khởi");
    assert_eq!(set.source.date, "2021-05-12");
    let kinds: Vec<(&str, &str)> = set
        .criteria
        .iter()
        .map(|c| (&*c.id, c.input.kind_name()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("c1", "yearly_ratings"),
            ("c2", "counts"),
            ("c3", "named_items"),
            ("c4", "counts"),
            ("c5", "named_items"),
            ("c6", "household_rates"),
            ("c7", "counts"),
            ("c8", "organisations"),
            ("c9", "checklist"),
        ]
    );
    let input = |id: &str| set.criterion(id).unwrap().input.clone();
    match input("c1") {
        Input::YearlyRatings {
            level,
            consecutive,
            score_scales,
        } => {
            assert_eq!((level, consecutive), (RatingLevel::Excellent, 2));
            // Quy định 366-QĐ/TW (30/8/2025): the 2025 ratings on.
            let years: Vec<u16> = score_scales.iter().map(|s| s.from_year).collect();
            assert_eq!(years, [2025]);
            let s = &score_scales[0];
            assert!(s.source.vi.contains("366-QĐ/TW"), "{:?}", s.source);
            assert_eq!(
                (s.excellent_tenths, s.good_tenths, s.completed_tenths),
                (900, 700, 500)
            );
        }
        other => panic!("{other:?}"),
    }
    match input("c2") {
        Input::Counts { rule, groups } => {
            assert_eq!(rule, CountRule::None);
            let ids: Vec<&str> = groups.iter().map(|g| &*g.id).collect();
            assert_eq!(ids, ["members", "households"]);
        }
        other => panic!("{other:?}"),
    }
    match input("c4") {
        Input::Counts { rule, groups } => {
            assert_eq!(rule, CountRule::All);
            assert_eq!(groups.len(), 1);
            assert!(groups[0].exempt_label.is_none());
        }
        other => panic!("{other:?}"),
    }
    match input("c7") {
        Input::Counts { rule, groups } => {
            assert_eq!(rule, CountRule::None);
            assert!(
                groups[0].exempt_label.is_some(),
                "social-protection exemption"
            );
        }
        other => panic!("{other:?}"),
    }
    for id in ["c3", "c5"] {
        assert!(
            matches!(input(id), Input::NamedItems { min: 1, .. }),
            "{id}"
        );
    }
    match input("c8") {
        Input::Organisations { organisations } => {
            let required: Vec<&str> = organisations
                .iter()
                .filter(|o| o.required)
                .map(|o| &*o.id)
                .collect();
            assert_eq!(required, ["government", "front", "self_managed"]);
            assert!(organisations.len() >= 6);
        }
        other => panic!("{other:?}"),
    }
    match input("c9") {
        Input::Checklist { parts } => assert_eq!(parts.len(), 5),
        other => panic!("{other:?}"),
    }
}

#[test]
fn reference_figures_match_the_domain_brief_with_source_and_date() {
    let set = ben_tre();
    let Input::HouseholdRates { references } = &set.criterion("c6").unwrap().input else {
        panic!("c6 is not household_rates");
    };
    let table: Vec<(&str, &str, u32, u32, &str)> = references
        .iter()
        .map(|r| (&*r.id, &*r.as_of, r.poor_bp, r.near_poor_bp, &*r.source))
        .collect();
    assert_eq!(
        table,
        [
            (
                "ben-tre-2021",
                "2021-12-31",
                426,
                424,
                "Thời báo Tài chính Việt Nam"
            ),
            ("ben-tre-2023", "2023-12-31", 263, 259, "VietNamNet"),
            ("vinh-long-2025", "2025-12-31", 88, 194, "Thanh Niên"),
        ]
    );
    // The 2021 near-poor figure does not add up, and the data says so.
    let note = references[0].note.as_ref().unwrap();
    assert!(note.vi.contains("3,99%") && note.en.contains("3.99%"));
    assert_eq!(references[2].published.as_deref(), Some("2026-01-30"));
}

/// The interview the Bến Tre 2021 set quotes, kept with the tests
/// (`tests/fixtures/sources/README.md` says where it comes from).
const SOURCE: &str = include_str!("fixtures/sources/ben-tre-2021-interview.vi.txt");

/// The wording is the source's, byte for byte (criteria and sub-parts), and
/// so is every quotation in the set's own reading notes.
#[test]
fn source_wording_is_exactly_the_sources() {
    let source = SOURCE;
    let set = ben_tre();
    for c in set.criteria.iter() {
        assert!(
            source.contains(&*c.source_text),
            "{}: {}",
            c.id,
            c.source_text
        );
        if let Input::Checklist { parts } = &c.input {
            for p in parts.iter() {
                assert!(source.contains(&*p.source_text), "{}.{}", c.id, p.id);
            }
        }
        // A reading note quotes the source (“…”) to say what it leaves open.
        if let Some(reading) = &c.reading {
            let quoted: Vec<&str> = reading
                .vi
                .split('“')
                .skip(1)
                .filter_map(|q| q.split('”').next())
                .collect();
            assert!(!quoted.is_empty(), "{}: the reading quotes nothing", c.id);
            for q in quoted {
                assert!(source.contains(q), "{}: “{q}” is not the source's", c.id);
            }
        }
    }
    // Condition 8's organisations beyond those the source names are a reading.
    assert!(set.criterion("c8").unwrap().reading.is_some());
}

#[test]
fn texts_meant_to_be_translated_differ_between_the_languages() {
    for set in Registry::bundled().sets() {
        for c in set.criteria.iter() {
            for t in [&c.title, &c.question, &c.help] {
                assert_ne!(t.vi, t.en, "{}: untranslated {:?}", c.id, t.vi);
            }
            for t in c.evidence.iter().chain(c.actions.iter()) {
                assert_ne!(t.vi, t.en, "{}: untranslated {:?}", c.id, t.vi);
            }
        }
    }
}

#[test]
fn the_sample_set_with_every_kind_validates() {
    let set = parse_set("every-kind.json", EVERY_KIND).unwrap();
    let kinds: BTreeSet<&str> = set.criteria.iter().map(|c| c.input.kind_name()).collect();
    assert_eq!(
        kinds,
        BTreeSet::from([
            "yes_no",
            "counts",
            "named_items",
            "household_rates",
            "yearly_ratings",
            "checklist",
            "organisations"
        ])
    );
}

/// One broken copy of the sample set per row: (what to replace, with what,
/// a piece of the problem's path or message that must be reported).
#[test]
fn validation_reports_each_kind_of_mistake() {
    let cases: &[(&str, &str, &str)] = &[
        (r#""format": 1"#, r#""format": 2"#, "format"),
        (
            r#""id": "every-kind""#,
            r#""id": "Every Kind""#,
            "not a slug",
        ),
        (r#""version": 2"#, r#""version": 0"#, "version"),
        (
            r#""id": "tasks""#,
            r#""id": "meeting""#,
            "duplicate criterion id",
        ),
        (
            r#""en": "Cell meetings""#,
            r#""en": "  ""#,
            "criteria[meeting].title.en",
        ),
        (
            r#""en": "Cell meetings""#,
            r#""en": "Cell meetings ""#,
            "spaces",
        ),
        (
            r#""source_text": "Chi bộ sinh hoạt định kỳ hằng tháng""#,
            r#""source_text": """#,
            "source_text",
        ),
        (
            r#""evidence": [{ "vi": "Sổ biên bản sinh hoạt chi bộ", "en": "The cell's minutes book" }]"#,
            r#""evidence": []"#,
            "evidence",
        ),
        (
            r#""date": "2026-01-01""#,
            r#""date": "2026-02-30""#,
            "source.date",
        ),
        (
            r#""until": "2030-12-31""#,
            r#""until": "2025-12-31""#,
            "ends before",
        ),
        (
            r#""min_total": 1,
            "met": { "vi": "{counted}"#,
            r#""min_total": 0,
            "met": { "vi": "{counted}"#,
            "min_total",
        ),
        (
            r#""{gap}/{total} members have no task""#,
            r#""{gap}/{all} members have no task""#,
            "unknown placeholder {all}",
        ),
        (
            r#""rule": "all""#,
            r#""rule": "all", "groups": [], "x": 1"#,
            "",
        ),
        (r#""min": 2"#, r#""min": 0"#, "min"),
        (r#""poor_bp": 300"#, r#""poor_bp": 10001"#, "poor_bp"),
        (
            r#""near_poor_bp": 250"#,
            r#""near_poor_bp": 0"#,
            "near_poor_bp",
        ),
        (
            r#""id": "tinh-2025""#,
            r#""id": "tinh-2024""#,
            "duplicate id",
        ),
        (r#""consecutive": 3"#, r#""consecutive": 0"#, "consecutive"),
        (r#""consecutive": 3"#, r#""consecutive": 11"#, "consecutive"),
        (
            r#""from_year": 2028"#,
            r#""from_year": 2025"#,
            "each a later year",
        ),
        (r#""from_year": 2025"#, r#""from_year": 1999"#, "from_year"),
        (
            r#""good_tenths": 650"#,
            r#""good_tenths": 850"#,
            "completed_tenths < good_tenths < excellent_tenths",
        ),
        (
            r#""excellent_tenths": 900"#,
            r#""excellent_tenths": 1001"#,
            "score_scales[0]",
        ),
        (
            r#""completed_tenths": 500"#,
            r#""completed_tenths": 0"#,
            "score_scales[0]",
        ),
        (
            r#""vi": "Quy định giả định""#,
            r#""vi": " ""#,
            "score_scales[1].source.vi",
        ),
        (
            r#""en": "The source names no organisation; the list is this set's reading.""#,
            r#""en": """#,
            "criteria[orgs].reading.en",
        ),
        (
            r#""from_year": 2025"#,
            r#""from_year": 2025, "until": 2030"#,
            "",
        ),
        (r#""id": "model""#, r#""id": "no_crime""#, "duplicate id"),
        (
            r#""organisations": [
          { "id": "government""#,
            r#""organisations": [
          { "id": "farmers""#,
            "duplicate id",
        ),
    ];
    for (from, to, expect) in cases {
        assert!(EVERY_KIND.contains(from), "fixture lacks {from}");
        let json = EVERY_KIND.replacen(from, to, 1);
        match parse_set("broken.json", &json) {
            Ok(_) => panic!("accepted: {from} -> {to}"),
            Err(LoadError::Invalid { problems, .. }) => {
                let all: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
                assert!(
                    all.iter().any(|p| p.contains(expect)),
                    "{from} -> {to}: {all:?}"
                );
            }
            Err(LoadError::Parse { .. }) => assert!(expect.is_empty(), "{from} -> {to}"),
            Err(e) => panic!("{e}"),
        }
    }
}

#[test]
fn an_exempt_count_under_rule_all_is_refused() {
    let json = EVERY_KIND.replacen(r#""rule": "none""#, r#""rule": "all""#, 1);
    let Err(LoadError::Invalid { problems, .. }) = parse_set("x.json", &json) else {
        panic!("accepted");
    };
    assert!(problems.iter().any(|p| p.to_string().contains("rule none")));
}

#[test]
fn bad_files_are_reported_and_skipped_never_a_panic() {
    let cases = [
        "",
        "null",
        "[]",
        "{",
        "{\"format\":1}",
        "\u{feff}{}",
        EVERY_KIND,
    ];
    let (registry, errors) = Registry::from_files(cases.iter().map(|j| ("f.json", *j)));
    assert_eq!(registry.sets().len(), 1);
    assert_eq!(errors.len(), cases.len() - 1);
    assert!(errors.iter().all(|e| matches!(e, LoadError::Parse { .. })));
    // A second file with the same id and version is refused.
    let (registry, errors) = Registry::from_files([("a.json", EVERY_KIND), ("b.json", EVERY_KIND)]);
    assert_eq!(registry.sets().len(), 1);
    assert!(matches!(
        &errors[..],
        [LoadError::Duplicate { file, version: 2, .. }] if file == "b.json"
    ));
}

#[test]
fn answers_find_their_own_version_or_the_latest_of_their_set() {
    let v3 = EVERY_KIND.replacen(r#""version": 2"#, r#""version": 3"#, 1);
    let (registry, errors) =
        Registry::from_files([("every-kind.v2.json", EVERY_KIND), ("every-kind.json", &v3)]);
    assert!(errors.is_empty());
    assert_eq!(registry.latest("every-kind").unwrap().version, 3);
    assert_eq!(registry.latest_of_each().len(), 1);
    match registry.for_answers("every-kind", 2) {
        Some(Found::Exact(s)) => assert_eq!(s.version, 2),
        other => panic!("{other:?}"),
    }
    match registry.for_answers("every-kind", 9) {
        Some(Found::OtherVersion(s)) => assert_eq!(s.version, 3),
        other => panic!("{other:?}"),
    }
    assert!(registry.for_answers("nope", 1).is_none());
    assert!(registry.get("every-kind", 1).is_none());
}

/// The bands of Quy định 366-QĐ/TW as the bundled set holds them: ≥ 90
/// excellent, 70 to < 90 good, 50 to < 70 completed, < 50 not completed.
#[test]
fn rating_levels_follow_the_100_point_bands() {
    let set = ben_tre();
    let Input::YearlyRatings { score_scales, .. } = &set.criterion("c1").unwrap().input else {
        panic!("c1 is the ratings");
    };
    assert!(ScoreScale::for_year(score_scales, 2024).is_none());
    let scale = ScoreScale::for_year(score_scales, 2025).unwrap();
    assert_eq!(ScoreScale::for_year(score_scales, 2040), Some(scale));
    let cases = [
        (1000, RatingLevel::Excellent),
        (900, RatingLevel::Excellent),
        (899, RatingLevel::Good),
        (700, RatingLevel::Good),
        (699, RatingLevel::Completed),
        (500, RatingLevel::Completed),
        (499, RatingLevel::NotCompleted),
        (0, RatingLevel::NotCompleted),
    ];
    for (tenths, level) in cases {
        assert_eq!(scale.level_for(tenths), level, "{tenths}");
    }
    let names: Vec<&str> = RatingLevel::ALL
        .iter()
        .map(|l| l.name(tsvmtd::domain::i18n::Lang::Vi))
        .collect();
    assert_eq!(
        names,
        [
            "Hoàn thành xuất sắc nhiệm vụ",
            "Hoàn thành tốt nhiệm vụ",
            "Hoàn thành nhiệm vụ",
            "Không hoàn thành nhiệm vụ"
        ]
    );
}
