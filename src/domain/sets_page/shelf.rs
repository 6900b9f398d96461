//! The sets on this phone, as the page lists them: those that came with the
//! app and those added here, each with its fingerprint and, for an added
//! one, where it came from and the day it was added.
//!
//! Order: each set's versions together, the highest version first; the sets
//! by the day their highest version came in force, the latest first (the
//! set a province published last comes before the one it replaces), then by
//! id.

use crate::domain::criteria::{AddedSet, CriteriaSet, Registry};
use crate::domain::i18n::{self, Lang, SetsText};
use crate::domain::record::date::day_text;
use crate::domain::short_sort;

/// One set of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShelfRow {
    pub set: CriteriaSet,
    pub fingerprint: u32,
    /// `None`: it came with the app (and cannot be removed).
    pub added: Option<Added>,
}

/// Where an added set came from and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Added {
    /// As stored ([`super::SetOrigin::read`] reads it).
    pub origin: String,
    /// `YYYY-MM-DD`.
    pub added_on: String,
}

/// Every set of `registry` (the bundled ones and `added`, those it holds),
/// in the list's order.
pub fn shelf(registry: &Registry, added: &[AddedSet]) -> Vec<ShelfRow> {
    let mut rows: Vec<ShelfRow> = registry
        .sets()
        .iter()
        .map(|set| ShelfRow {
            fingerprint: registry.fingerprint(&set.id, set.version).unwrap_or(0),
            added: (!registry.is_bundled(&set.id, set.version))
                .then(|| {
                    added
                        .iter()
                        .find(|a| a.set.id == set.id && a.set.version == set.version)
                })
                .flatten()
                .map(|a| Added {
                    origin: a.origin.clone(),
                    added_on: a.added_on.clone(),
                }),
            set: set.clone(),
        })
        .collect();
    let newest_from = |id: &str| -> String {
        registry
            .latest(id)
            .map(|s| s.effective.from.to_string())
            .unwrap_or_default()
    };
    short_sort::by(&mut rows, |a, b| {
        let (a, b) = (&a.set, &b.set);
        newest_from(&b.id)
            .cmp(&newest_from(&a.id))
            .then_with(|| a.id.cmp(&b.id))
            .then_with(|| b.version.cmp(&a.version))
    });
    rows
}

impl ShelfRow {
    /// The dates the set is in force, in `lang`: "12/5/2021 – đang có hiệu
    /// lực", "1/1/2026 – 31/12/2030".
    pub fn effective(&self, lang: Lang) -> String {
        let effective = &self.set.effective;
        let until = effective.until.as_deref().map(|u| day_text(lang, u));
        i18n::set_effective(lang, &day_text(lang, &effective.from), until.as_deref())
    }

    /// The provinces whose cells use it, or "any province".
    pub fn provinces(&self, lang: Lang) -> String {
        if self.set.provinces.is_empty() {
            SetsText::SetAnyProvince.get(lang).to_owned()
        } else {
            self.set.provinces.join(", ")
        }
    }

    /// The source in one line: the document, who published it, its day.
    pub fn source(&self, lang: Lang) -> String {
        let source = &self.set.source;
        i18n::set_source(
            lang,
            &source.document,
            &source.published_in,
            &day_text(lang, &source.date),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::criteria::DEFAULT_SET_ID;
    use crate::domain::sets_page::testing::{a_set, added};
    use std::borrow::Cow;

    #[test]
    fn the_list_holds_bundled_and_added_sets_newest_first_each_set_s_versions_together() {
        let extra = [
            added(a_set("an-giang-2024", 1, "2024-03-01")),
            added(a_set("vinh-long-2026", 1, "2025-01-01")),
            added(a_set("vinh-long-2026", 2, "2026-02-01")),
            added(a_set("can-tho-2026", 1, "2026-02-01")),
        ];
        let (registry, conflicts) = Registry::with_added(&extra);
        assert!(conflicts.is_empty());
        let rows = shelf(&registry, &extra);
        let order: Vec<(&str, u32)> = rows.iter().map(|r| (&*r.set.id, r.set.version)).collect();
        assert_eq!(
            order,
            [
                ("can-tho-2026", 1),
                ("vinh-long-2026", 2),
                ("vinh-long-2026", 1),
                ("an-giang-2024", 1),
                ("ben-tre-2021", 1),
            ]
        );
        let bundled = rows.iter().find(|r| r.set.id == DEFAULT_SET_ID).unwrap();
        assert_eq!(bundled.added, None);
        assert_eq!(
            bundled.fingerprint,
            registry.fingerprint(DEFAULT_SET_ID, 1).unwrap()
        );
        let vl = &rows[1];
        assert_eq!(
            vl.added,
            Some(Added {
                origin: "https://example.org/sets/x.json".into(),
                added_on: "2026-12-01".into()
            })
        );
        assert_eq!(vl.fingerprint, extra[2].fingerprint);
    }

    #[test]
    fn a_row_says_its_dates_provinces_and_source_in_the_language() {
        let registry = Registry::bundled();
        let rows = shelf(&registry, &[]);
        let row = &rows[0];
        assert_eq!(row.effective(Lang::Vi), "12/5/2021 – đang có hiệu lực");
        assert_eq!(row.effective(Lang::En), "12 May 2021 – in force");
        assert_eq!(row.provinces(Lang::Vi), "Bến Tre, Vĩnh Long");
        assert!(row.source(Lang::Vi).contains("Báo Đồng Khởi, 12/5/2021"));
        let mut ended = row.clone();
        ended.set.effective.until = Some("2030-12-31".into());
        ended.set.provinces = Cow::Borrowed(&[]);
        assert_eq!(ended.effective(Lang::Vi), "12/5/2021 – 31/12/2030");
        assert_eq!(
            ended.provinces(Lang::Vi),
            SetsText::SetAnyProvince.get(Lang::Vi)
        );
    }
}
