//! The set a result needs, as the app's missing-set screen names it when it
//! sends her to this page: `bo-tieu-chi.html#can=<id>~<version>~<fingerprint>`,
//! the fingerprint as eight hexadecimal digits, optionally followed by
//! `&k=<payload>`, the result link's own payload, so that the result opens
//! again once the set is on the phone (`ket-qua.html#k=<payload>`, the result
//! page, where the app's page would send it).

use crate::domain::criteria::{Registry, fingerprint_text};
use crate::domain::i18n::{self, Lang};
use crate::domain::share_link::FRAGMENT_KEY;
use crate::domain::shell::result_page;

/// The fragment's key that names the set.
pub const NEEDED_KEY: &str = "can";

/// A set a result needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NeededSet {
    pub id: String,
    pub version: u32,
    pub fingerprint: u32,
    /// The result link's payload, to open the result again.
    pub result: Option<String>,
}

/// Whether this phone has the set a result needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NeededStatus {
    /// The very set (same id, version and fingerprint).
    Here,
    /// Same id and version, other content (the fingerprint of the one here):
    /// one of the two was changed without a new version.
    HereDifferent(u32),
    Missing,
}

impl NeededSet {
    /// Reads the page's fragment (with or without its `#`); `None` when it
    /// names no set, or names one in a way that does not read.
    pub fn from_fragment(fragment: &str) -> Option<NeededSet> {
        let parts = || fragment.trim().trim_start_matches('#').split('&');
        let value = |key: &str| parts().find_map(|part| part.strip_prefix(key)?.strip_prefix('='));
        let mut fields = value(NEEDED_KEY)?.split('~');
        let (id, version, fp) = (fields.next()?, fields.next()?, fields.next()?);
        let slug = !id.is_empty()
            && id.len() <= 40
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        let number = |s: &str, radix| {
            (!s.is_empty() && s.chars().all(|c| c.is_digit(radix)))
                .then(|| u32::from_str_radix(s, radix).ok())
                .flatten()
        };
        if !slug || fields.next().is_some() || fp.len() != 8 {
            return None;
        }
        let result = value(FRAGMENT_KEY)
            .filter(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            })
            .map(str::to_owned);
        Some(NeededSet {
            id: id.to_owned(),
            version: number(version, 10).filter(|v| *v > 0)?,
            fingerprint: number(fp, 16)?,
            result,
        })
    }

    /// The fragment that names this set, for a link to this page.
    pub fn fragment(&self) -> String {
        let mut out = format!(
            "#{NEEDED_KEY}={}~{}~{}",
            self.id,
            self.version,
            fingerprint_text(self.fingerprint)
        );
        if let Some(payload) = &self.result {
            out.push_str(&format!("&{FRAGMENT_KEY}={payload}"));
        }
        out
    }

    /// Whether `registry` holds it.
    pub fn status(&self, registry: &Registry) -> NeededStatus {
        match registry.fingerprint(&self.id, self.version) {
            Some(here) if here == self.fingerprint => NeededStatus::Here,
            Some(here) => NeededStatus::HereDifferent(here),
            None => NeededStatus::Missing,
        }
    }

    /// The result page on the result, once the set is here.
    pub fn result_address(&self) -> Option<String> {
        let payload = self.result.as_ref()?;
        Some(format!("{}#{FRAGMENT_KEY}={payload}", result_page::PAGE))
    }

    /// What the result needs, in `lang`, with the title and issuer the
    /// index gives when it lists the set.
    pub fn describe(&self, lang: Lang, title: Option<(&str, &str)>) -> String {
        i18n::set_needed(
            lang,
            &self.id,
            self.version,
            &fingerprint_text(self.fingerprint),
            title,
        )
    }
}

impl NeededStatus {
    /// Where the phone stands, in `lang`; `published`: whether the page's
    /// index lists the set (`None` while it is read, or when it could not be).
    pub fn message(self, lang: Lang, published: Option<bool>) -> String {
        match self {
            NeededStatus::Here => i18n::set_needed_here(lang),
            NeededStatus::HereDifferent(here) => {
                i18n::set_needed_different(lang, &fingerprint_text(here))
            }
            NeededStatus::Missing => i18n::set_needed_missing(lang, published),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::criteria::DEFAULT_SET_ID;
    use crate::domain::sets_page::testing::{a_set, added};

    #[test]
    fn the_fragment_names_the_set_and_the_result_and_reads_back() {
        let needed = NeededSet::from_fragment("#can=vinh-long-2026~2~0a1b2c3d&k=AQID-_x").unwrap();
        assert_eq!(
            needed,
            NeededSet {
                id: "vinh-long-2026".into(),
                version: 2,
                fingerprint: 0x0a1b_2c3d,
                result: Some("AQID-_x".into())
            }
        );
        assert_eq!(
            needed.fragment(),
            "#can=vinh-long-2026~2~0a1b2c3d&k=AQID-_x"
        );
        assert_eq!(
            NeededSet::from_fragment(&needed.fragment()),
            Some(needed.clone())
        );
        assert_eq!(
            needed.result_address().as_deref(),
            Some("ket-qua.html#k=AQID-_x")
        );
        // Without the result, in another order, without '#'.
        let alone = NeededSet::from_fragment("x=1&can=a~1~FFFFFFFF").unwrap();
        assert_eq!(
            (alone.fingerprint, alone.result_address()),
            (u32::MAX, None)
        );
        assert_eq!(alone.fragment(), "#can=a~1~ffffffff");
    }

    #[test]
    fn a_fragment_that_does_not_name_a_set_names_none() {
        for bad in [
            "",
            "#k=AQID",
            "#can=",
            "#can=a~1",
            "#can=a~1~0a1b2c3",
            "#can=a~1~0a1b2c3d4",
            "#can=a~0~0a1b2c3d",
            "#can=a~-1~0a1b2c3d",
            "#can=a~+1~0a1b2c3d",
            "#can=a~1~+a1b2c3d",
            "#can=a~99999999999~0a1b2c3d",
            "#can=A~1~0a1b2c3d",
            "#can=a/b~1~0a1b2c3d",
            "#can=a~1~0a1b2c3g",
            "#can=a~1~0a1b2c3d~x",
            "#can=ả~1~0a1b2c3d",
        ] {
            assert_eq!(NeededSet::from_fragment(bad), None, "{bad}");
        }
        // A payload that is not one is left out, the set still named.
        let needed = NeededSet::from_fragment("#can=a~1~0a1b2c3d&k=<script>").unwrap();
        assert_eq!(needed.result, None);
    }

    #[test]
    fn the_phone_has_the_set_has_another_content_under_its_version_or_lacks_it() {
        let here = added(a_set("vinh-long-2026", 1, "2026-01-01"));
        let (registry, _) = Registry::with_added([&here]);
        let mut needed = NeededSet {
            id: "vinh-long-2026".into(),
            version: 1,
            fingerprint: here.fingerprint,
            result: None,
        };
        assert_eq!(needed.status(&registry), NeededStatus::Here);
        needed.fingerprint ^= 1;
        assert_eq!(
            needed.status(&registry),
            NeededStatus::HereDifferent(here.fingerprint)
        );
        needed.version = 2;
        assert_eq!(needed.status(&registry), NeededStatus::Missing);
        let bundled = NeededSet {
            id: DEFAULT_SET_ID.into(),
            version: 1,
            fingerprint: registry.fingerprint(DEFAULT_SET_ID, 1).unwrap(),
            result: None,
        };
        assert_eq!(bundled.status(&registry), NeededStatus::Here);
        for lang in [Lang::Vi, Lang::En] {
            for status in [
                NeededStatus::Here,
                NeededStatus::HereDifferent(7),
                NeededStatus::Missing,
            ] {
                for published in [None, Some(true), Some(false)] {
                    assert!(!status.message(lang, published).is_empty());
                }
            }
        }
        let vi = needed.describe(Lang::Vi, Some(("Vĩnh Long 2026", "Tỉnh ủy Vĩnh Long")));
        assert!(
            vi.contains("Vĩnh Long 2026") && vi.contains("phiên bản 2"),
            "{vi}"
        );
    }
}
