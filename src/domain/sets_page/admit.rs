//! A set file on its way onto the phone, published beside the app or opened
//! from the phone: checked with every rule (`criteria::check_set_file`),
//! matched to the index entry it was fetched for, and refused when this
//! phone has the same id and version with other content (a set changed
//! without a new version). A set is taken whole or not at all: any problem
//! and nothing is kept.

use super::{Fetched, SetOrigin};
use crate::domain::criteria::{
    AddedSet, Bilingual, PublishedEntry, Registry, SetProblem, check_set_bytes, check_set_file,
    fingerprint_text,
};
use crate::domain::i18n::{self, Lang};

/// A set file that may be kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Admission {
    /// A set this phone does not have: keep it.
    New(Box<AddedSet>),
    /// This very set is on the phone already (nothing to keep).
    AlreadyHere { title: Bilingual, version: u32 },
}

/// Why a set file was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The file did not come: no connection.
    Offline,
    /// The file did not come: the host did not answer, or with this status.
    Unreachable(Option<u16>),
    /// The file breaks the format's rules: every problem, with where it is.
    Problems(Vec<SetProblem>),
    /// The published file is another set than its index entry says.
    NotTheEntry {
        listed: (String, u32),
        found: (String, u32),
    },
    /// This phone has the same id and version with other content.
    ChangedUnderSameVersion {
        title: Bilingual,
        version: u32,
        here: u32,
        file: u32,
    },
}

/// Checks a set file's `text` for this phone. `listed`: the index entry it
/// was fetched for; `origin`: where it came from ([`SetOrigin::stored`]);
/// `today`: the day it is added, `YYYY-MM-DD`.
pub fn admit(
    registry: &Registry,
    text: &str,
    listed: Option<&PublishedEntry>,
    origin: SetOrigin,
    today: &str,
) -> Result<Admission, Refusal> {
    let checked = check_set_file(text).map_err(Refusal::Problems)?;
    let set = checked.set;
    if let Some(entry) = listed
        && (set.id != entry.id || set.version != entry.version)
    {
        return Err(Refusal::NotTheEntry {
            listed: (entry.id.clone(), entry.version),
            found: (set.id.to_string(), set.version),
        });
    }
    match registry.fingerprint(&set.id, set.version) {
        Some(here) if here == checked.fingerprint => Ok(Admission::AlreadyHere {
            title: set.title.clone(),
            version: set.version,
        }),
        Some(here) => Err(Refusal::ChangedUnderSameVersion {
            title: set.title.clone(),
            version: set.version,
            here,
            file: checked.fingerprint,
        }),
        None => Ok(Admission::New(Box::new(AddedSet {
            set,
            fingerprint: checked.fingerprint,
            origin: origin.stored(),
            added_on: today.to_owned(),
        }))),
    }
}

/// A set file's bytes as picked on the phone, checked as [`admit`] does; a
/// file not saved as UTF-8 is refused with the checker's words for it
/// (`criteria::check_set_bytes`), never read with its letters replaced.
pub fn admit_bytes(
    registry: &Registry,
    bytes: &[u8],
    listed: Option<&PublishedEntry>,
    origin: SetOrigin,
    today: &str,
) -> Result<Admission, Refusal> {
    match std::str::from_utf8(bytes) {
        Ok(text) => admit(registry, text, listed, origin, today),
        Err(_) => Err(Refusal::Problems(
            check_set_bytes(bytes).err().unwrap_or_default(),
        )),
    }
}

/// A published file as the request brought it back, checked as [`admit`]
/// does; its origin is its address.
pub fn admit_fetched(
    registry: &Registry,
    fetched: Fetched,
    entry: &PublishedEntry,
    today: &str,
) -> Result<Admission, Refusal> {
    match fetched {
        Fetched::Text { text, address } => admit(
            registry,
            &text,
            Some(entry),
            SetOrigin::Address(&address),
            today,
        ),
        Fetched::Offline => Err(Refusal::Offline),
        Fetched::Unreachable => Err(Refusal::Unreachable(None)),
        Fetched::Status(status) => Err(Refusal::Unreachable(Some(status))),
    }
}

impl Admission {
    /// What was done, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Admission::New(added) => {
                let set = &added.set;
                i18n::set_added(lang, set.title.get(lang), set.version)
            }
            Admission::AlreadyHere { title, version } => {
                i18n::set_already_here(lang, title.get(lang), *version)
            }
        }
    }
}

impl Refusal {
    /// Why `name` (a file's name) was not taken, in `lang`; the problems
    /// themselves are listed apart ([`SetProblem::message`]).
    pub fn message(&self, lang: Lang, name: &str) -> String {
        match self {
            Refusal::Offline => i18n::set_file_offline(lang, name),
            Refusal::Unreachable(status) => i18n::set_file_unreachable(lang, name, *status),
            Refusal::Problems(problems) => i18n::set_file_problems(lang, name, problems.len()),
            Refusal::NotTheEntry { listed, found } => {
                i18n::set_file_not_the_entry(lang, name, (&listed.0, listed.1), (&found.0, found.1))
            }
            Refusal::ChangedUnderSameVersion {
                title,
                version,
                here,
                file,
            } => i18n::set_file_changed(
                lang,
                name,
                title.get(lang),
                *version,
                &fingerprint_text(*here),
                &fingerprint_text(*file),
            ),
        }
    }

    /// The file's problems (none for other refusals).
    pub fn problems(&self) -> &[SetProblem] {
        match self {
            Refusal::Problems(problems) => problems,
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::criteria::{DEFAULT_SET_ID, fingerprint};
    use crate::domain::sets_page::testing::{a_set, added};

    fn json(set: &crate::domain::criteria::CriteriaSet) -> String {
        serde_json::to_string_pretty(set).unwrap()
    }

    fn entry(id: &str, version: u32) -> PublishedEntry {
        PublishedEntry {
            file: "x.json".into(),
            id: id.into(),
            version,
            title: String::new(),
            issuer: String::new(),
        }
    }

    #[test]
    fn a_new_set_is_kept_with_where_it_came_from_and_the_day() {
        let registry = Registry::bundled();
        let set = a_set("vinh-long-2026", 1, "2026-01-01");
        let fetched = Fetched::Text {
            text: json(&set),
            address: "https://example.org/tsvmtd/sets/vl.json".into(),
        };
        let admitted = admit_fetched(
            &registry,
            fetched,
            &entry("vinh-long-2026", 1),
            "2026-12-01",
        )
        .unwrap();
        let Admission::New(added) = &admitted else {
            panic!("{admitted:?}")
        };
        assert_eq!(added.set, set);
        assert_eq!(added.fingerprint, fingerprint(&set));
        assert_eq!(added.origin, "https://example.org/tsvmtd/sets/vl.json");
        assert_eq!(added.added_on, "2026-12-01");
        assert!(admitted.message(Lang::Vi).contains("phiên bản 1"));
        // Opened from a file: no entry to match, the file's name kept.
        let opened = admit(
            &registry,
            &json(&set),
            None,
            SetOrigin::File("vl.json"),
            "2026-12-02",
        );
        assert!(matches!(opened, Ok(Admission::New(a)) if a.origin == "tệp vl.json"));
    }

    #[test]
    fn the_same_set_again_keeps_nothing_and_says_it_is_here() {
        let set = a_set("vinh-long-2026", 1, "2026-01-01");
        let (registry, _) = Registry::with_added([&added(set.clone())]);
        let again = admit(
            &registry,
            &json(&set),
            None,
            SetOrigin::File("a.json"),
            "2026-12-01",
        );
        assert!(matches!(
            again,
            Ok(Admission::AlreadyHere { version: 1, .. })
        ));
        let bundled = Registry::bundled().latest(DEFAULT_SET_ID).unwrap().clone();
        let again = admit(
            &registry,
            &json(&bundled),
            None,
            SetOrigin::File("a.json"),
            "2026-12-01",
        );
        assert!(
            matches!(again, Ok(Admission::AlreadyHere { .. })),
            "{again:?}"
        );
    }

    #[test]
    fn a_set_changed_under_the_same_version_is_refused_with_both_fingerprints() {
        let set = a_set("vinh-long-2026", 1, "2026-01-01");
        let (registry, _) = Registry::with_added([&added(set.clone())]);
        let mut changed = set.clone();
        changed.issuer = "Ban Tổ chức Tỉnh ủy".into();
        let refusal = admit(
            &registry,
            &json(&changed),
            None,
            SetOrigin::File("b.json"),
            "d",
        )
        .unwrap_err();
        assert_eq!(
            refusal,
            Refusal::ChangedUnderSameVersion {
                title: set.title.clone(),
                version: 1,
                here: fingerprint(&set),
                file: fingerprint(&changed),
            }
        );
        let vi = refusal.message(Lang::Vi, "b.json");
        assert!(vi.contains("b.json"), "{vi}");
        assert!(vi.contains(&fingerprint_text(fingerprint(&set))), "{vi}");
        assert!(
            vi.contains(&fingerprint_text(fingerprint(&changed))),
            "{vi}"
        );
        // Under the bundled set's id and version too.
        let mut bundled = Registry::bundled().latest(DEFAULT_SET_ID).unwrap().clone();
        bundled.issuer = "Khác".into();
        assert!(matches!(
            admit(
                &registry,
                &json(&bundled),
                None,
                SetOrigin::File("c.json"),
                "d"
            ),
            Err(Refusal::ChangedUnderSameVersion { .. })
        ));
    }

    #[test]
    fn a_file_not_saved_as_utf8_is_refused_as_such() {
        let registry = Registry::bundled();
        let set = a_set("vinh-long-2026", 2, "2026-01-01");
        let good = json(&set);
        assert!(matches!(
            admit_bytes(&registry, good.as_bytes(), None, SetOrigin::File("x"), "d"),
            Ok(Admission::New(_))
        ));
        // Latin-1 "ấ" is not UTF-8.
        let mut bad = good.into_bytes();
        let at = bad.iter().position(|&b| b == b'T').unwrap();
        bad[at] = 0xE2;
        let Err(Refusal::Problems(problems)) =
            admit_bytes(&registry, &bad, None, SetOrigin::File("x"), "d")
        else {
            panic!("refused as problems");
        };
        assert!(
            problems[0].message(Lang::Vi).contains("UTF-8"),
            "{:?}",
            problems[0].message(Lang::Vi)
        );
    }

    #[test]
    fn a_published_file_must_be_the_set_its_entry_names() {
        let registry = Registry::bundled();
        let set = a_set("vinh-long-2026", 2, "2026-01-01");
        for listed in [entry("vinh-long-2026", 1), entry("an-giang", 2)] {
            let refusal = admit(
                &registry,
                &json(&set),
                Some(&listed),
                SetOrigin::File("x"),
                "d",
            )
            .unwrap_err();
            assert_eq!(
                refusal,
                Refusal::NotTheEntry {
                    listed: (listed.id.clone(), listed.version),
                    found: ("vinh-long-2026".into(), 2)
                }
            );
            assert!(!refusal.message(Lang::En, "x.json").is_empty());
        }
    }

    #[test]
    fn a_broken_file_is_refused_whole_with_its_problems() {
        let registry = Registry::bundled();
        let mut set = json(&a_set("vinh-long-2026", 1, "2026-01-01"));
        set.truncate(set.len() / 2);
        let refusal = admit(&registry, &set, None, SetOrigin::File("cut.json"), "d").unwrap_err();
        assert!(!refusal.problems().is_empty());
        assert!(refusal.message(Lang::Vi, "cut.json").contains("cut.json"));
        for bad in ["", "null", "{}", "<!doctype html>"] {
            assert!(matches!(
                admit(&registry, bad, None, SetOrigin::File("f"), "d"),
                Err(Refusal::Problems(p)) if !p.is_empty()
            ));
        }
    }

    #[test]
    fn a_file_that_did_not_come_says_why() {
        let registry = Registry::bundled();
        let e = entry("a", 1);
        assert_eq!(
            admit_fetched(&registry, Fetched::Offline, &e, "d"),
            Err(Refusal::Offline)
        );
        assert_eq!(
            admit_fetched(&registry, Fetched::Status(404), &e, "d"),
            Err(Refusal::Unreachable(Some(404)))
        );
        assert_eq!(
            admit_fetched(&registry, Fetched::Unreachable, &e, "d"),
            Err(Refusal::Unreachable(None))
        );
        for refusal in [
            Refusal::Offline,
            Refusal::Unreachable(Some(404)),
            Refusal::Unreachable(None),
        ] {
            assert!(refusal.message(Lang::Vi, "a.json").contains("a.json"));
            assert!(refusal.problems().is_empty());
        }
    }
}
